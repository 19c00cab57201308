# shellcheck shell=bash
# Make this machine ready to run Lagmøte (Debian 12 / Ubuntu 22.04 or newer).
#
# Sourced by scripts/demo.sh and scripts/test.sh:
#     source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
#     lagmote_setup runtime      # or: lagmote_setup test
# Run directly: bash scripts/setup.sh [runtime|test]
#
# It installs the missing apt packages (apt-get update only when something is missing),
# makes the virtualenv $REPO/.venv with Python >= 3.11, installs the package into it in
# editable mode (skipped when pyproject.toml and the extras are unchanged), and puts
# $REPO/.venv/bin first on PATH. Safe under `set -euo pipefail`.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"

LAGMOTE_APT_RUNTIME=(python3 python3-venv python3-pip libgl1 libegl1 libxkbcommon0
    libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
LAGMOTE_APT_TEST=(postgresql poppler-utils nsis)
LAGMOTE_MIN_PYTHON="3.11"

lagmote_log() { printf 'lagmote-setup: %s\n' "$*" >&2; }
lagmote_die() { printf 'lagmote-setup: error: %s\n' "$*" >&2; return 1; }

# True when the Debian package $1 is installed (also under its Ubuntu 24.04 "t64" name).
lagmote_pkg_installed() {
    local name status
    for name in "$1" "${1}t64"; do
        status="$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null || true)"
        [[ "$status" == "install ok installed" ]] && return 0
    done
    return 1
}

lagmote_apt() {
    local pkg missing=()
    if ! command -v dpkg-query >/dev/null 2>&1; then
        lagmote_log "no dpkg-query (not Debian/Ubuntu): skipping system packages, install by hand: $*"
        return 0
    fi
    for pkg in "$@"; do
        lagmote_pkg_installed "$pkg" || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        lagmote_log "system packages: all present"
        return 0
    fi
    local sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null 2>&1 \
            || lagmote_die "need root or sudo to install: ${missing[*]}" || return 1
        sudo=(sudo)
    fi
    lagmote_log "installing system packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        || lagmote_die "apt-get update failed" || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null \
        || lagmote_die "apt-get install failed for: ${missing[*]}" || return 1
}

# Prints "X.Y" for the interpreter $1, or nothing.
lagmote_py_version() {
    "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true
}

# True when version "X.Y" in $1 is at least LAGMOTE_MIN_PYTHON.
lagmote_py_ok() {
    local major="${1%%.*}" minor="${1#*.}"
    [[ "$major" =~ ^[0-9]+$ && "$minor" =~ ^[0-9]+$ ]] || return 1
    ((major > 3 || (major == 3 && minor >= ${LAGMOTE_MIN_PYTHON#3.})))
}

# Prints the first python3 >= 3.11 on PATH (python3 first, then python3.13 ... python3.11).
lagmote_find_python() {
    local cand found=""
    for cand in python3 python3.13 python3.12 python3.11; do
        command -v "$cand" >/dev/null 2>&1 || continue
        if lagmote_py_ok "$(lagmote_py_version "$cand")"; then
            command -v "$cand"
            return 0
        fi
    done
    found="$(lagmote_py_version python3)"
    lagmote_die "Python >= $LAGMOTE_MIN_PYTHON is needed (python3 here is ${found:-missing})" \
        "- install python3.11 or newer with its venv module"
}

lagmote_venv() {
    local version
    if [[ -x "$VENV/bin/python" ]]; then
        version="$(lagmote_py_version "$VENV/bin/python")"
        if lagmote_py_ok "$version"; then
            lagmote_log "virtualenv: $VENV (Python $version)"
            return 0
        fi
        lagmote_log "virtualenv $VENV is broken or too old (${version:-unusable}): recreating"
    fi
    local python
    python="$(lagmote_find_python)" || return 1
    lagmote_log "creating virtualenv $VENV with $python"
    "$python" -m venv --clear "$VENV" \
        || lagmote_die "could not create $VENV (is the venv module for $python installed?)" \
        || return 1
}

# pip install -e ".[extras]" unless the stamp says pyproject.toml and the extras are unchanged.
lagmote_pip() {
    local extras="$1" stamp="$VENV/.lagmote-setup-${1//,/-}.stamp" want log
    want="$( (cat "$REPO/pyproject.toml"; printf '\nextras=%s\npython=%s\n' "$extras" \
        "$(lagmote_py_version "$VENV/bin/python")") | sha256sum | cut -d' ' -f1)"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        lagmote_log "python packages: up to date ([$extras])"
        return 0
    fi
    log="$VENV/pip-install.log"
    lagmote_log "installing python packages: -e .[$extras] (log: $log)"
    if ! (cd "$REPO" && "$VENV/bin/python" -m pip install --disable-pip-version-check \
            -e ".[$extras]") >"$log" 2>&1; then
        grep -v '^WARNING: Location' "$log" | tail -n 20 >&2 || true
        rm -f "$stamp"
        lagmote_die "pip install failed (full log: $log)" || return 1
    fi
    printf '%s\n' "$want" >"$stamp"
}

# lagmote_setup [runtime|test]
lagmote_setup() {
    local kind="${1:-runtime}" extras packages=("${LAGMOTE_APT_RUNTIME[@]}")
    case "$kind" in
        runtime) extras="postgres" ;;
        test) extras="test,postgres"; packages+=("${LAGMOTE_APT_TEST[@]}") ;;
        *) lagmote_die "unknown setup kind '$kind' (use runtime or test)" || return 1 ;;
    esac
    lagmote_apt "${packages[@]}" || return 1
    lagmote_venv || return 1
    lagmote_pip "$extras" || return 1
    bash "$REPO/scripts/translations.sh" || return 1
    export VIRTUAL_ENV="$VENV"
    case ":$PATH:" in
        *":$VENV/bin:"*) ;;
        *) export PATH="$VENV/bin:$PATH" ;;
    esac
    lagmote_log "ready ($kind)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    lagmote_setup "${1:-runtime}"
fi
