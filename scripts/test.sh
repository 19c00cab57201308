#!/usr/bin/env bash
# Run every check: ruff, mypy, then pytest (arguments go to pytest).
#
# Makes the machine ready first (scripts/setup.sh, with PostgreSQL and poppler for the
# tests), stops at the first failing step and exits with that step's code. pytest's
# exit code 5 (no tests collected) is a failure too.
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
lagmote_setup test
cd "$REPO"

# step NAME COMMAND...: run one step; on failure print which and exit with its code.
step() {
    local name="$1" rc=0
    shift
    echo "lagmote-test: $name"
    "$@" || rc=$?
    if ((rc != 0)); then
        echo "lagmote-test: FAILED: $name (exit code $rc)" >&2
        exit "$rc"
    fi
}

step "ruff" ruff check lagmote tests bench
step "mypy" mypy
step "pytest" env QT_QPA_PLATFORM=offscreen python -m pytest "$@"
echo "lagmote-test: all steps passed"
