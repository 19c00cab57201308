"""Checking a ``lagmote-ungdom`` document completely before anything is written.

:func:`validate_document` walks the document along :mod:`lagmote.db.transfer.spec`, never
into values it does not expect, so neither size nor nesting can make it recurse or run
long: a value of the wrong kind is refused where it stands. The first problem found raises a
:class:`TransferError` naming the field by path; the value itself is never echoed (it may be
personal data), only its kind.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from lagmote.closing import TRANSITIONS
from lagmote.db.transfer.spec import (
    AREA_RANGE,
    FORMAT,
    FORMAT_VERSION,
    INT_MAX,
    MAX_ROWS,
    ROLE_CODES,
    ROOT_KEYS,
    TABLES,
    YOUTH,
    Field,
    Table,
    TransferError,
)
from lagmote.i18n import N_, TextMap, t
from lagmote.standard import EVALUATION_PERSPECTIVES
from lagmote.wording import join_words

_BAD_CHARS: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
"""Control characters other than tab and newline, and lone surrogates (not storable)."""
_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SAFE_KEY: Final = re.compile(r"[A-Za-z0-9_]{1,40}")
_AREA_LIST: Final = re.compile(r" *(?:(?:1[0-2]|[1-9]) *(?:, *(?:1[0-2]|[1-9]) *)*)?")
_EXPORTED_AT_MAX: Final = 40
READABLE_VERSIONS: Final = (1, 2, FORMAT_VERSION)
"""Every version this program reads; older ones are upgraded first (:func:`_upgrade`)."""
_KIND_TEXTS: Final = TextMap(
    {"str": N_("tekst"), "bool": N_("true eller false"), "date": N_("en dato (ÅÅÅÅ-MM-DD)")}
)
"""What a field of each kind (other than a code or an integer) must be, in words."""


@dataclass(frozen=True)
class Row:
    """One validated row: column values (dates as dates; ref columns hold document refs)."""

    values: dict[str, Any]
    ref: int | None = None
    children: dict[str, tuple[Row, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ValidatedRecord:
    """A document that passed every check, ready to be inserted as it stands."""

    version: int
    exported_at: datetime
    youth: dict[str, Any]
    tables: dict[str, tuple[Row, ...]]

    @property
    def uid(self) -> str:
        uid = self.youth["uid"]
        assert isinstance(uid, str)
        return uid


def validate_document(data: object) -> ValidatedRecord:
    """Check a whole document (as parsed from JSON); raise TransferError at the first fault."""
    return _Validator().document(data)


def describe(value: object) -> str:
    """What kind of value this is, in words, without showing the value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return t("en sannhetsverdi")
    if isinstance(value, int):
        return t("et heltall")
    if isinstance(value, float):
        return t("et desimaltall")
    if isinstance(value, str):
        return t("tekst")
    if isinstance(value, list):
        return t("en liste")
    if isinstance(value, dict):
        return t("et objekt")
    return t("en verdi JSON ikke har")


def _wrong(path: str, expected: str, value: object) -> TransferError:
    """The value at ``path`` is of the wrong kind; ``expected`` (translated) says which kind
    it must be, and :func:`describe` the kind it is."""
    return TransferError(
        t("{path}: må være {expected}, fikk {actual}.").format(
            path=path, expected=expected, actual=describe(value)
        )
    )


def _int_range(low: int, high: int) -> str:
    return t("et heltall fra {low} til {high}").format(low=low, high=high)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _Validator:
    """One run over one document: remembers the refs seen and the refs still to resolve."""

    def __init__(self) -> None:
        self._refs: dict[str, set[int]] = {table.key: set() for table in TABLES}
        self._pending: list[tuple[str, str, int]] = []

    def document(self, data: object) -> ValidatedRecord:
        if not isinstance(data, dict):
            raise TransferError(
                t("Dokumentet må være et JSON-objekt, fikk {actual}.").format(actual=describe(data))
            )
        _check_format(data)
        data = _upgrade(data)
        _check_keys(data, ROOT_KEYS, "")
        exported_at = _exported_at(data["exported_at"])
        youth = self.row(YOUTH, data["youth"], "youth")
        tables = {table.key: self.rows(table, data[table.key], table.key) for table in TABLES}
        self._resolve()
        return ValidatedRecord(FORMAT_VERSION, exported_at, youth.values, tables)

    def rows(self, table: Table, value: object, path: str) -> tuple[Row, ...]:
        if not isinstance(value, list):
            raise _wrong(path, t("en liste"), value)
        if len(value) > MAX_ROWS:
            raise TransferError(
                t("{path}: kan ha høyst {most} rader, fikk {count}.").format(
                    path=path, most=MAX_ROWS, count=len(value)
                )
            )
        rows = tuple(self.row(table, item, f"{path}[{i}]") for i, item in enumerate(value))
        _check_unique(table, rows, path)
        return rows

    def row(self, table: Table, value: object, path: str) -> Row:
        if not isinstance(value, dict):
            raise _wrong(path, t("et objekt"), value)
        _check_keys(value, table.keys, path)
        ref = self._own_ref(table, value, path) if table.has_ref else None
        values = {f.column: self._field(f, value[f.name], f"{path}.{f.name}") for f in table.fields}
        _ROW_CHECKS.get(table.key, _no_check)(values, path)
        children = {c.key: self.rows(c, value[c.key], f"{path}.{c.key}") for c in table.children}
        return Row(values, ref, children)

    def _own_ref(self, table: Table, row: Mapping[str, object], path: str) -> int:
        ref = row["ref"]
        if not isinstance(ref, int) or isinstance(ref, bool) or not 0 <= ref <= INT_MAX:
            raise _wrong(f"{path}.ref", _int_range(0, INT_MAX), ref)
        seen = self._refs[table.key]
        if ref in seen:
            raise TransferError(
                t("{path}: ref {ref} er brukt av en annen rad i {table}.").format(
                    path=f"{path}.ref", ref=ref, table=table.key
                )
            )
        seen.add(ref)
        return ref

    def _field(self, f: Field, value: object, path: str) -> Any:
        if value is None:
            if f.nullable:
                return None
            raise _wrong(path, _expected(f), value)
        checked = _CHECKERS[f.kind](f, value, path)
        if f.target is not None:
            self._pending.append((path, f.target, checked))
        return checked

    def _resolve(self) -> None:
        for path, target, ref in self._pending:
            if ref not in self._refs[target]:
                raise TransferError(
                    t("{path}: peker på ref {ref}, men ingen rad i {table} har den.").format(
                        path=path, ref=ref, table=target
                    )
                )


def _check_format(data: Mapping[object, object]) -> None:
    if data.get("format") != FORMAT:
        raise TransferError(
            t('{path}: må være "{format}", ellers er dette ikke en Lagmøte-fil.').format(
                path="format", format=FORMAT
            )
        )
    version = data.get("version")
    if not _is_int(version):
        raise _wrong("version", t("et heltall"), version)
    assert isinstance(version, int)
    if version > FORMAT_VERSION:
        raise TransferError(
            t(
                "{path}: filen er laget med en nyere versjon av Lagmøte, "
                "så programmet må oppdateres først."
            ).format(path="version")
        )
    if version not in READABLE_VERSIONS:
        raise TransferError(
            t("{path}: må være {version}, fikk et annet tall.").format(
                path="version", version=FORMAT_VERSION
            )
        )


def _upgrade(data: Mapping[object, object]) -> dict[object, object]:
    """An older document as the newest version (a copy; the input is not changed).

    Version 2 added ``consents[].shared_roles`` and ``lagmoter[].agenda_notes``; a version 1
    document gets them empty: sharing covered for no role, no agenda notes. Version 3 added
    ``evaluations[].ref``, ``perspectives``, ``disagreement_note`` and ``resume_page``, and
    ``closings``; an older document gets refs 1, 2, 3…, empty texts, page 0 and no closing.
    """
    upgraded = dict(data)
    if data.get("version") == 1:
        upgraded["consents"] = _with_key(data.get("consents"), "shared_roles", "")
        upgraded["lagmoter"] = _with_key(data.get("lagmoter"), "agenda_notes", [])
        upgraded["version"] = 2
    if upgraded.get("version") == 2:
        evaluations = upgraded.get("evaluations")
        for key, value in (("perspectives", ""), ("disagreement_note", ""), ("resume_page", 0)):
            evaluations = _with_key(evaluations, key, value)
        upgraded["evaluations"] = _numbered(evaluations)
        upgraded["closings"] = []
        upgraded["version"] = FORMAT_VERSION
    return upgraded


def _numbered(rows: object) -> object:
    """Each row of ``rows`` with ``ref`` 1, 2, 3… (anything else is left to the checks)."""
    if not isinstance(rows, list):
        return rows
    return [
        {"ref": number, **row} if isinstance(row, dict) else row
        for number, row in enumerate(rows, start=1)
    ]


def _with_key(rows: object, key: str, value: object) -> object:
    """Each row of ``rows`` with ``key`` added (anything else is left to the checks)."""
    if not isinstance(rows, list):
        return rows
    return [{**row, key: value} if isinstance(row, dict) else row for row in rows]


def _check_keys(data: Mapping[object, object], expected: Iterable[str], path: str) -> None:
    wanted = tuple(expected)
    for key in data:
        if key not in wanted:
            raise _unknown_key(key, path)
    for key in wanted:
        if key not in data:
            raise TransferError(t("{path}: feltet mangler.").format(path=_join(path, key)))


def _unknown_key(key: object, path: str) -> TransferError:
    if isinstance(key, str) and _SAFE_KEY.fullmatch(key):
        return TransferError(t("{path}: ukjent felt.").format(path=_join(path, key)))
    return TransferError(
        t("{path}: har et ukjent felt med et navn som ikke kan vises.").format(
            path=path or t("Dokumentet")
        )
    )


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _exported_at(value: object) -> datetime:
    expected = t("et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss")
    if not isinstance(value, str) or len(value) > _EXPORTED_AT_MAX:
        raise _wrong("exported_at", expected, value)
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _other_text("exported_at", expected) from None


def _other_text(path: str, expected: str) -> TransferError:
    return TransferError(
        t("{path}: må være {expected}, fikk annen tekst.").format(path=path, expected=expected)
    )


def _expected(f: Field) -> str:
    """What the field's value must be, in words (translated)."""
    if f.codes is not None:
        text = t("en av {codes}").format(codes=", ".join(f.codes))
    elif f.kind == "int":
        assert f.bounds is not None
        text = _int_range(*f.bounds)
    else:
        text = _KIND_TEXTS[f.kind]
    return t("{expected} eller null").format(expected=text) if f.nullable else text


def _check_str(f: Field, value: object, path: str) -> str:
    if not isinstance(value, str):
        raise _wrong(path, _expected(f), value)
    if f.codes is not None:
        if value not in f.codes:
            raise TransferError(
                t("{path}: må være {expected}, fikk en ukjent kode.").format(
                    path=path, expected=_expected(f)
                )
            )
        return value
    assert f.max_length is not None
    if len(value) > f.max_length:
        raise TransferError(
            t("{path}: kan ha høyst {most} tegn, fikk {count}.").format(
                path=path, most=f.max_length, count=len(value)
            )
        )
    if _BAD_CHARS.search(value):
        raise TransferError(
            t("{path}: har kontrolltegn, og bare linjeskift og tabulator er lov.").format(path=path)
        )
    return value


def _check_int(f: Field, value: object, path: str) -> int:
    assert f.bounds is not None
    if not _is_int(value):
        raise _wrong(path, _expected(f), value)
    assert isinstance(value, int)
    if not f.bounds[0] <= value <= f.bounds[1]:
        raise TransferError(
            t("{path}: må være {expected}, fikk et tall utenfor.").format(
                path=path, expected=_expected(f)
            )
        )
    return value


def _check_bool(f: Field, value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise _wrong(path, _expected(f), value)
    return value


def _check_date(f: Field, value: object, path: str) -> date:
    if not isinstance(value, str):
        raise _wrong(path, _expected(f), value)
    if not _DATE.fullmatch(value):
        raise _other_text(path, _expected(f))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise TransferError(
            t("{path}: må være en dato som finnes, fikk en dato som ikke finnes.").format(path=path)
        ) from None


_CHECKERS: Final[dict[str, Callable[[Field, object, str], Any]]] = {
    "str": _check_str,
    "int": _check_int,
    "bool": _check_bool,
    "date": _check_date,
}


def _check_unique(table: Table, rows: tuple[Row, ...], path: str) -> None:
    for names in table.unique:
        columns = [f.column for f in table.fields if f.name in names]
        seen: dict[tuple[object, ...], int] = {}
        for index, row in enumerate(rows):
            key = tuple(row.values[c] for c in columns)
            if key in seen:
                raise TransferError(
                    t("{path}: samme {fields} finnes allerede i {other}.").format(
                        path=f"{path}[{index}]",
                        fields=join_words(names),
                        other=f"{path}[{seen[key]}]",
                    )
                )
            seen[key] = index


def _no_check(values: dict[str, Any], path: str) -> None:
    """Rows of most tables need no check beyond their fields."""


def _check_youth(values: dict[str, Any], path: str) -> None:
    uid = values["uid"]
    try:
        canonical = str(uuid.UUID(uid))
    except ValueError:
        canonical = ""
    if canonical != uid:
        raise TransferError(
            t("{path}: må være en UUID med små bokstaver, fikk annen tekst.").format(
                path=f"{path}.uid"
            )
        )
    if not _AREA_LIST.fullmatch(values["sensitive_areas"]):
        low, high = AREA_RANGE
        raise TransferError(
            t(
                "{path}: må være områdenumre fra {low} til {high} skilt med komma, "
                "fikk annen tekst."
            ).format(path=f"{path}.sensitive_areas", low=low, high=high)
        )


def _check_minutes(values: dict[str, Any], path: str) -> None:
    if values["start_minute"] >= values["end_minute"]:
        raise TransferError(
            t("{path}: må være senere enn {start}.").format(
                path=f"{path}.end_minute", start="start_minute"
            )
        )


def _check_consent(values: dict[str, Any], path: str) -> None:
    codes = [c.strip() for c in values["shared_roles"].split(",") if c.strip()]
    if any(code not in ROLE_CODES for code in codes):
        raise TransferError(
            t("{path}: må være rollekoder skilt med komma, fikk en ukjent kode.").format(
                path=f"{path}.shared_roles"
            )
        )


def _check_code_list(value: str, allowed: Iterable[str], path: str, what: str) -> None:
    """``what`` names the codes, a bokmål source marked with :func:`~lagmote.i18n.N_`
    (``N_("perspektivkoder")``) and translated here."""
    codes = [c.strip() for c in value.split(",") if c.strip()]
    if any(code not in allowed for code in codes):
        raise TransferError(
            t("{path}: må være {what} skilt med komma, fikk en ukjent kode.").format(
                path=path, what=t(what)
            )
        )


def _check_evaluation(values: dict[str, Any], path: str) -> None:
    _check_code_list(
        values["perspectives"],
        EVALUATION_PERSPECTIVES,
        f"{path}.perspectives",
        N_("perspektivkoder"),
    )


def _check_closing(values: dict[str, Any], path: str) -> None:
    _check_code_list(
        values["transitions"], TRANSITIONS, f"{path}.transitions", N_("overgangskoder")
    )


_ROW_CHECKS: Final[dict[str, Callable[[dict[str, Any], str], None]]] = {
    YOUTH.key: _check_youth,
    "schedule": _check_minutes,
    "consents": _check_consent,
    "evaluations": _check_evaluation,
    "closings": _check_closing,
}
