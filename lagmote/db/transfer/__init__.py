"""One youth's whole record as a documented, versioned JSON document (``lagmote-ungdom``).

The format is described field by field in ``docs/json-format.md``. Public API:

- :func:`export_youth` reads a youth's record into a document (audit-logged as ``export``);
- :func:`write_document` writes a document to a file (whole or not at all);
- :func:`read_document` reads a file into JSON values, refusing unusable files;
- :func:`validate_document` checks a document completely, without a database;
- :func:`import_document` validates, then inserts everything in one transaction
  (audit-logged as ``import``).

Every problem with a file or a document is a :class:`TransferError` with one plain sentence
that names the field by path but never shows its value.
"""

from lagmote.db.transfer.export import export_youth
from lagmote.db.transfer.files import MAX_BYTES, parse_document, read_document, write_document
from lagmote.db.transfer.importer import import_document
from lagmote.db.transfer.spec import FORMAT, FORMAT_VERSION, TransferError
from lagmote.db.transfer.validate import Row, ValidatedRecord, validate_document

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_BYTES",
    "Row",
    "TransferError",
    "ValidatedRecord",
    "export_youth",
    "import_document",
    "parse_document",
    "read_document",
    "validate_document",
    "write_document",
]
