#!/usr/bin/env bash
# Show Lagmøte with fictional demo data.
#
# Makes the machine ready (scripts/setup.sh), creates a demo database in
# ${LAGMOTE_DEMO_DIR:-out/demo} the first time, then opens the program when there is a
# display, or else renders each page to PNG files in that folder.
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
lagmote_setup runtime

# The pages rendered without a display: add a page here by its name.
PAGES=(overview plan week kartlegging team lagmote evaluations evaluation closing sheet)

DIR="${LAGMOTE_DEMO_DIR:-$REPO/out/demo}"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
DB="$DIR/demo.db"

if [[ -z "${LAGMOTE_PASSPHRASE+set}" ]]; then
    export LAGMOTE_PASSPHRASE="demo-passord-ikke-hemmelig"
    echo "lagmote-demo: the demo database uses the fixed demo passphrase" \
        "'$LAGMOTE_PASSPHRASE' (all its data is fictional)"
fi

if [[ ! -f "$DB" || ! -s "$DIR/youth-id" ]]; then
    rm -f "$DB" "$DIR/youth-id"
    echo "lagmote-demo: creating the demo database $DB"
    if ! output="$(lagmote demo --db "$DB")"; then
        rm -f "$DB"
        echo "lagmote-demo: error: 'lagmote demo' failed" >&2
        exit 1
    fi
    [[ -z "$output" ]] || printf '%s\n' "$output"
    youth_id="$(printf '%s\n' "$output" | tail -n 1 | tr -d '[:space:]')"
    if [[ -z "$youth_id" ]]; then
        rm -f "$DB"
        echo "lagmote-demo: error: 'lagmote demo' printed no youth id" >&2
        exit 1
    fi
    printf '%s\n' "$youth_id" >"$DIR/youth-id"
fi
youth_id="$(tr -d '[:space:]' <"$DIR/youth-id")"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    echo "lagmote-demo: opening Lagmøte with $DB"
    exec lagmote --db "$DB"
fi

echo "lagmote-demo: no display (\$DISPLAY / \$WAYLAND_DISPLAY unset): rendering pages to PNG"
pngs=()
for page in "${PAGES[@]}"; do
    QT_QPA_PLATFORM=offscreen lagmote render --db "$DB" --youth "$youth_id" --page "$page" \
        --out "$DIR/$page.png" --size 1280x800
    QT_QPA_PLATFORM=offscreen lagmote render --db "$DB" --youth "$youth_id" --page "$page" \
        --meeting --size 1920x1080 --out "$DIR/$page-meeting.png"
    pngs+=("$DIR/$page.png" "$DIR/$page-meeting.png")
done
echo "lagmote-demo: pictures of the pages are in $DIR:"
printf '  %s\n' "${pngs[@]}"
