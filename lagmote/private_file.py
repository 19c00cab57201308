"""Writing a file that holds personal data: whole or not at all, readable by its owner only.

The bytes go to a fresh temporary file in the same folder (``mkstemp``: a new name, created
exclusively with mode 0600, never following a planted link), are flushed to disk, and then
replace the target in one rename. On any failure, even Ctrl-C, the temporary file is removed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lagmote.errors import UserError
from lagmote.i18n import t


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600; UserError if it cannot."""
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise UserError(_cannot_write(path)) from error
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise UserError(_cannot_write(path)) from error
        raise


def _cannot_write(path: Path) -> str:
    return t("Filen {path} kan ikke skrives.").format(path=path)
