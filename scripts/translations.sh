#!/usr/bin/env bash
# Build the translations: resources/i18n/*.ts -> *.qm (the .qm files are not committed).
#
#     bash scripts/translations.sh           # compile every .ts into its .qm
#     bash scripts/translations.sh update    # first read the texts out of the code into the
#                                            # .ts files (new texts come in unfinished), then compile
#
# The reading is lagmote.ui.translations's own (pyside6-lupdate misses the modules' _tr()
# helpers); the compiling is Qt's lrelease from the PySide6 wheel.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$REPO/.venv/bin/python}"
[[ -x "$PYTHON" ]] || PYTHON="$(command -v python3)"
cd "$REPO"
exec "$PYTHON" -m lagmote.ui.translations "$@"
