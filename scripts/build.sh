#!/usr/bin/env bash
# Build the installable folder dist/lagmote/ with PyInstaller (installer/lagmote.spec) and
# start the bundled program once, without a display.
#
# Makes the machine ready first (scripts/setup.sh, plus the "build" extra with PyInstaller
# and the "postgres" extra, so the bundle can open PostgreSQL too), and compiles the
# translations (scripts/translations.sh) when there are .ts files. The check, with nothing
# from the virtualenv on the paths: `lagmote --version`, a demo database made by the bundle
# (`lagmote demo`), the overview page rendered from it to PNG (`lagmote render`, offscreen),
# and the one-page plan as PDF (`lagmote export-plan`), once more with the system's fonts
# hidden when run as root. Then the Windows installer script (installer/lagmote.nsi) is
# compiled with makensis against this bundle, to prove it compiles and packs it (the result
# is no Windows program: see the script's head). The files end up in out/build-check/.
# Prints the bundle's size and how long each step took. Not part of scripts/test.sh: a build
# takes a minute or more.
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
lagmote_setup runtime
lagmote_pip "build,postgres"
cd "$REPO"

BUNDLE="$REPO/dist/lagmote"
CHECK="$REPO/out/build-check"
LOG="$REPO/build/pyinstaller.log"
VERSION="$(python -c 'import lagmote; print(lagmote.__version__)')"
TIMES=()

log() { printf 'lagmote-build: %s\n' "$*"; }
die() {
    printf 'lagmote-build: FAILED: %s\n' "$*" >&2
    exit 1
}

# timed NAME COMMAND...: run COMMAND, remember how long it took under NAME.
timed() {
    local name="$1" start end
    shift
    start="$EPOCHREALTIME"
    "$@"
    end="$EPOCHREALTIME"
    TIMES+=("$(printf '%-28s %6.1f s' "$name" "$(echo "$end - $start" | bc)")")
}

# bundled ARGS...: the bundled program, offscreen, with its data, settings and key in the
# check folder, and nothing of this virtualenv's Python on the way.
bundled() {
    env -u VIRTUAL_ENV -u PYTHONPATH -u PYTHONHOME \
        PATH=/usr/bin:/bin \
        QT_QPA_PLATFORM=offscreen \
        LAGMOTE_DATA_DIR="$CHECK/data" \
        LAGMOTE_CONFIG_DIR="$CHECK/config" \
        LAGMOTE_PASSPHRASE="bygg-sjekk-ikke-hemmelig" \
        "$BUNDLE/lagmote" "$@"
}

pyinstaller_build() {
    mkdir -p "$(dirname "$LOG")"
    log "building $BUNDLE (log: $LOG)"
    if ! python -m PyInstaller --noconfirm --clean --log-level WARN \
            --distpath "$REPO/dist" --workpath "$REPO/build" \
            installer/lagmote.spec >"$LOG" 2>&1; then
        tail -n 30 "$LOG" >&2
        die "pyinstaller (full log: $LOG)"
    fi
}

check_version() {
    local out
    out="$(bundled --version)" || die "$BUNDLE/lagmote --version"
    log "--version: $out"
    [[ "$out" == *"$VERSION"* ]] || die "--version printed '$out', expected $VERSION"
}

check_demo() {
    local out
    out="$(bundled demo --db "$CHECK/demo.db")" || die "lagmote demo"
    YOUTH="$(printf '%s\n' "$out" | tail -n 1 | tr -d '[:space:]')"
    [[ -n "$YOUTH" ]] || die "lagmote demo printed no youth id"
    log "demo database $CHECK/demo.db, youth $YOUTH"
}

check_render() {
    local png="$CHECK/overview.png"
    bundled render --db "$CHECK/demo.db" --youth "$YOUTH" --page overview \
        --size 1280x800 --out "$png" || die "lagmote render"
    [[ -s "$png" ]] || die "lagmote render wrote no $png"
    [[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] \
        || die "$png is not a PNG file"
    log "rendered $png ($(du -h "$png" | cut -f1))"
}

check_pdf() {
    local pdf="$CHECK/plan.pdf"
    bundled export-plan --db "$CHECK/demo.db" --youth "$YOUTH" --out "$pdf" \
        || die "lagmote export-plan"
    [[ "$(head -c 5 "$pdf")" == "%PDF-" ]] || die "$pdf is not a PDF file"
    log "wrote $pdf ($(du -h "$pdf" | cut -f1))"
}

# The bundle's PDFs must not depend on the machine's fonts: as root, export the plan once
# more with the system's font folders hidden (a private mount namespace).
check_bundled_fonts() {
    local pdf="$CHECK/plan-bundled-fonts.pdf"
    if [[ "$(id -u)" != 0 ]] || ! command -v unshare >/dev/null 2>&1; then
        log "not root (or no unshare): skipped the check without system fonts"
        return 0
    fi
    YOUTH="$YOUTH" PDF="$pdf" BUNDLE="$BUNDLE" CHECK="$CHECK" unshare --mount sh -c '
        mount --make-rprivate / && mount -t tmpfs none /usr/share/fonts &&
        env -u VIRTUAL_ENV -u PYTHONPATH PATH=/usr/bin:/bin LAGMOTE_DATA_DIR="$CHECK/data" \
            LAGMOTE_CONFIG_DIR="$CHECK/config" LAGMOTE_PASSPHRASE="bygg-sjekk-ikke-hemmelig" \
            "$BUNDLE/lagmote" export-plan --db "$CHECK/demo.db" --youth "$YOUTH" --out "$PDF"' \
        || die "lagmote export-plan without the system's fonts"
    [[ "$(head -c 5 "$pdf")" == "%PDF-" ]] || die "$pdf is not a PDF file"
    log "wrote $pdf with /usr/share/fonts hidden (the bundled DejaVu Sans)"
}

# The Windows installer script, compiled here against the Linux bundle (/DLINUX_CHECK): every
# warning is an error in the script, so this fails on a wrong path, macro or page.
check_nsis() {
    local exe="$CHECK/lagmote-$VERSION-oppsett-linux-sjekk.exe" out
    if ! out="$(makensis -V2 -INPUTCHARSET UTF8 -DLINUX_CHECK -DVERSION="$VERSION" \
            -DBUNDLE="$BUNDLE" -DICON="$REPO/build/lagmote/lagmote.ico" \
            -DOUTFILE="$exe" -DCOMPRESSOR=zlib installer/lagmote.nsi 2>&1)"; then
        printf '%s\n' "$out" | tail -n 30 >&2
        die "makensis installer/lagmote.nsi"
    fi
    [[ "$(head -c 2 "$exe")" == "MZ" ]] || die "$exe is not a Windows program file"
    log "compiled installer/lagmote.nsi: $exe ($(du -h "$exe" | cut -f1))"
}

command -v bc >/dev/null 2>&1 || lagmote_apt bc
command -v makensis >/dev/null 2>&1 || lagmote_apt nsis
if [[ -f scripts/translations.sh ]] && compgen -G "resources/i18n/*.ts" >/dev/null; then
    timed "translations (.ts -> .qm)" bash scripts/translations.sh
fi
timed "pyinstaller" pyinstaller_build
rm -rf "$CHECK"
mkdir -p "$CHECK"
timed "lagmote --version" check_version
timed "lagmote demo" check_demo
timed "lagmote render overview" check_render
timed "lagmote export-plan" check_pdf
timed "export-plan, no system fonts" check_bundled_fonts
timed "makensis (Windows installer)" check_nsis

log "bundle: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE ($(find "$BUNDLE" -type f | wc -l) files)"
log "times:"
printf '  %s\n' "${TIMES[@]}"
log "all checks passed"
