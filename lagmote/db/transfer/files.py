"""Reading and writing ``lagmote-ungdom`` files.

Every way a file can be unusable (missing, a folder, unreadable, too large, not UTF-8, not
JSON, nested too deep, a key given twice) ends in one :class:`TransferError` sentence. What
the JSON holds is checked afterwards by :func:`~lagmote.db.transfer.validate_document`.
A file is written whole or not at all, readable by its owner only: it holds personal data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from lagmote.db.transfer.spec import TransferError
from lagmote.errors import UserError
from lagmote.i18n import t
from lagmote.private_file import write_private

MAX_MEGABYTES: Final = 20
MAX_BYTES: Final = MAX_MEGABYTES * 1024 * 1024


def read_document(path: str | Path) -> object:
    """Read and parse the JSON file at ``path``; raise TransferError if it cannot be used."""
    path = Path(path)
    return parse_document(_read_bytes(path))


def parse_document(raw: bytes) -> object:
    """Parse a document's bytes (UTF-8, with or without a byte order mark)."""
    if len(raw) > MAX_BYTES:
        raise _too_large()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TransferError(t("Filen er ikke tekst i UTF-8.")) from None
    return _parse(text)


def write_document(document: Mapping[str, Any], path: str | Path) -> None:
    """Write the document as indented UTF-8 JSON, replacing ``path`` only when all is written."""
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        write_private(Path(path), data)
    except UserError as error:  # its sentence is translated already
        raise TransferError(str(error)) from None


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise TransferError(t("{path} er en mappe, ikke en fil.").format(path=path))
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise TransferError(t("Fant ikke filen {path}.").format(path=path)) from None
    except OSError:
        raise TransferError(t("Filen {path} kan ikke leses.").format(path=path)) from None
    if len(raw) > MAX_BYTES:
        raise _too_large()
    return raw


def _too_large() -> TransferError:
    return TransferError(
        t("Filen er større enn {megabytes} MB, som er grensen for en Lagmøte-fil.").format(
            megabytes=MAX_MEGABYTES
        )
    )


def _parse(text: str) -> object:
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
    except TransferError:
        raise
    except json.JSONDecodeError as error:
        raise TransferError(
            t("Filen er ikke gyldig JSON (feil på linje {line}, kolonne {column}).").format(
                line=error.lineno, column=error.colno
            )
        ) from None
    except RecursionError:
        raise TransferError(t("Filen er nestet for dypt til å være en Lagmøte-fil.")) from None
    except ValueError:  # an integer too long to convert, for one
        raise TransferError(t("Filen er ikke gyldig JSON.")) from None


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object, refused when a key comes twice (JSON would keep only the last)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        raise TransferError(t("Filen har et objekt med samme felt to ganger."))
    return result


def _constant(name: str) -> object:
    raise TransferError(t("Filen har NaN eller Infinity, som ikke er gyldig JSON."))
