"""Hostile input: each refused with one clear sentence, nothing half written.

- JSON files to import, fuzzed with hypothesis: malformed bytes, huge strings, deep nesting,
  wrong types, control characters, NUL, lone surrogates, duplicated keys, giant numbers.
  ``LAGMOTE_FUZZ_EXAMPLES`` sets the number of cases (a few hundred in the normal suite,
  e.g. 5000 by hand).
- Text fields of 100,000 characters, with NUL, or with characters that reorder the text
  around them (U+202E RIGHT-TO-LEFT OVERRIDE): these are kept exactly, and no error message
  ever holds the user's text.

Broken database files and a server that goes away: :mod:`tests.test_hostile_storage`.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.cli import main as cli_main
from lagmote.db import meeting_ops, plan_ops, team_ops
from lagmote.db.errors import DatabaseError
from lagmote.db.models import Goal
from lagmote.db.store import UNSTORABLE_CHARS, UNSTORABLE_TEXT, Store, WriteResult
from lagmote.db.transfer import (
    TransferError,
    export_youth,
    import_document,
    read_document,
    validate_document,
    write_document,
)
from lagmote.db.transfer import validate as validate_module
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.plan import EntryFields, GoalFields, TiltakFields
from lagmote.team import MemberFields
from tests.test_transfer import row_counts

TODAY = date(2026, 3, 1)
FUZZ_EXAMPLES = int(os.environ.get("LAGMOTE_FUZZ_EXAMPLES") or 300)

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Characters that reorder the text around them, such as U+202E RIGHT-TO-LEFT OVERRIDE."""
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def assert_one_sentence(message: str) -> None:
    """Fit for the one line the command line prints: a sentence, no line break, nothing
    that could reorder or hide the text around it."""
    assert message.endswith("."), message
    assert "\n" not in message and "\r" not in message
    assert not UNSTORABLE_CHARS.search(message) and not _BIDI.search(message)
    assert len(message) < 400


# --- fuzzed JSON files --------------------------------------------------------------------

DEMO = build_demo(TODAY)
DEMO_TEXT = json.dumps(DEMO, ensure_ascii=False, indent=1)
HOLE = "\u2063hull\u2063"
"""A placeholder no value of the demo holds, replaced by raw JSON text."""


def _paths(value: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    items: list[tuple[str | int, object]] = []
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    found = [prefix] if prefix else []
    for key, item in items:
        found.extend(_paths(item, (*prefix, key)))
    return found


DEMO_PATHS = _paths(DEMO)
KEY_PATHS = [p for p in DEMO_PATHS if isinstance(p[-1], str)]


def _deep(depth: int) -> str:
    return '{"a": [' * depth + "1" + "]}" * depth


def _demo_with(path: tuple[str | int, ...], raw: str, as_key: bool = False) -> bytes:
    """The demo as JSON with the value at ``path`` (or its key) written as ``raw`` JSON text;
    lone surrogates in ``raw`` become the invalid UTF-8 a careless encoder writes."""
    document = copy.deepcopy(DEMO)
    parent: Any = document
    for step in path[:-1]:
        parent = parent[step]
    if as_key:
        parent[HOLE] = parent.pop(path[-1])
    else:
        parent[path[-1]] = HOLE
    text = json.dumps(document, ensure_ascii=False, indent=1)
    return text.replace(json.dumps(HOLE, ensure_ascii=False), raw, 1).encode(
        "utf-8", "surrogatepass"
    )


STRING_SNIPPETS = ['"\\u0000"', '"a\\u0000b"', '"\\ud800"', '"x\\udfffy"', '"\\u202egnp.exe"',
                   '"\x00"', '"\x1f"', '"\u202e"', '"\ufeff"', '""', '"2026-02-30"', '"text"',
                   '"ref"']  # fmt: skip
OTHER_SNIPPETS = ["NaN", "-Infinity", "1e999", "-1e-999", "-0", "18446744073709551616", "1.5",
                  "true", "null", "[]", "{}", '{"a": 1, "a": 2}', "[1, 2,]", "'enkle'", "0x10",
                  "01"]  # fmt: skip
json_strings = st.one_of(
    st.sampled_from(STRING_SNIPPETS),
    st.text(max_size=30).map(json.dumps),
    st.text(max_size=30).map(lambda text: json.dumps(text, ensure_ascii=False)),
    st.text(st.characters(categories=["Cc", "Cs", "Cf", "Zl", "Zp"]), max_size=8).map(json.dumps),
)
json_snippets = st.one_of(
    json_strings,
    st.sampled_from(OTHER_SNIPPETS),
    st.integers(100_000, 300_000).map(lambda n: '"' + "x" * n + '"'),
    st.integers(4_000, 12_000).map(lambda n: "9" * n),
    st.integers(500, 12_000).map(_deep),
    st.integers(-(2**80), 2**80).map(str),
)
special_bytes = st.sampled_from(
    [b"\x00", b"\xed\xa0\x80", b"\xe2\x80\xae", b"\xff", b"\xc0\xaf", b'"', b"{", b"[", b",",
     b"\\", b"\\u0000", b"\\ud800", b"\r\n", b"\xef\xbb\xbf"]
)  # fmt: skip


@st.composite
def spliced_demo(draw: st.DrawFn) -> bytes:
    """The demo file with bytes cut, deleted, inserted or overwritten here and there."""
    data = bytearray(DEMO_TEXT.encode("utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.sampled_from(["cut", "delete", "insert", "overwrite"]))
        if how == "cut":
            del data[at:]
        elif how == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            chunk = draw(special_bytes | st.binary(min_size=1, max_size=8))
            data[at : at + (len(chunk) if how == "overwrite" else 0)] = chunk
    return bytes(data)


@st.composite
def demo_with_snippet(draw: st.DrawFn) -> bytes:
    """The demo with one value, or one key, replaced by hostile JSON text."""
    if draw(st.booleans()):
        return _demo_with(draw(st.sampled_from(DEMO_PATHS)), draw(json_snippets))
    return _demo_with(draw(st.sampled_from(KEY_PATHS)), draw(json_strings), as_key=True)


hostile_files = st.one_of(
    st.binary(max_size=600),
    spliced_demo(),
    *[demo_with_snippet()] * 3,  # most often, so that most files get as far as the checks
    st.integers(500, 20_000).map(lambda n: _deep(n).encode()),
)

fuzz_settings = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


def _import_file(store: Store, path: Path) -> None:
    """Import the file as a new youth; a TransferError must leave every table as it was,
    success must add the youth and one audit row."""
    before = row_counts(store)
    try:
        import_document(store, read_document(path), as_new=True)
    except TransferError as error:
        assert_one_sentence(str(error))
        assert row_counts(store) == before
        return
    after = row_counts(store)
    assert after["youth"] == before["youth"] + 1
    assert after["audit_log"] == before["audit_log"] + 1


@fuzz_settings
@given(raw=hostile_files)
def test_fuzzed_files_are_refused_in_one_sentence_and_write_nothing(
    store: Store, tmp_path: Path, raw: bytes
) -> None:
    path = tmp_path / "fiendtlig.json"
    path.write_bytes(raw)
    _import_file(store, path)


def _nested_list(depth: int) -> object:
    value: object = "bunn"
    for _ in range(depth):
        value = [value]
    return value


hostile_values = st.one_of(
    st.text(st.characters(categories=["Cc", "Cs", "Cf"]), min_size=1, max_size=6),
    st.text(alphabet=BIDI_CONTROLS + "abc", min_size=1, max_size=10),
    st.integers(-(2**100), 2**100),
    st.floats(),
    st.integers(1, 20_000).map(_nested_list),
    st.dictionaries(st.integers() | st.text(max_size=3), st.none(), min_size=1, max_size=2),
    st.integers(100_001, 200_000).map(lambda n: "ø" * n),
)


@fuzz_settings
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(DEMO_PATHS), st.booleans(), hostile_values),
        min_size=1,
        max_size=3,
    )
)
def test_hostile_values_in_a_document_are_refused_in_one_sentence(
    changes: list[tuple[tuple[str | int, ...], bool, object]],
) -> None:
    document: Any = copy.deepcopy(DEMO)
    for path, as_key, value in changes:
        parent = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            if as_key and isinstance(parent, dict) and isinstance(value, str):
                parent[value] = parent.pop(path[-1])
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change took this path away
    try:
        validate_document(document)
    except TransferError as error:
        assert_one_sentence(str(error))


_TOO_DEEP = r"^Filen er nestet for dypt til å være en Lagmøte-fil\.$"
_CONTROL = r"^plan_sections\[0\]\.text: har kontrolltegn"
_NOT_UTF8 = r"^Filen er ikke tekst i UTF-8\.$"
_SECTION = ("plan_sections", 0, "text")
HOSTILE_FILES = [
    (_deep(10_000).encode(), _TOO_DEEP),
    (_demo_with(("youth", "first_name"), "[" * 10_000 + "]" * 10_000), _TOO_DEEP),
    (_demo_with(("goals", 0, "text"), '"' + "x" * 1_000_000 + '"'),
     r"^goals\[0\]\.text: kan ha høyst 100000 tegn, fikk 1000000\.$"),
    (_demo_with(("goals", 0, "area"), "9" * 5_000), r"^Filen er ikke gyldig JSON\.$"),
    (_demo_with(("goals", 0, "area"), "1e999"), r"^goals\[0\]\.area: .*fikk et desimaltall\.$"),
    (_demo_with(("goals", 0, "area"), str(2**64)), r"^goals\[0\]\.area: .*tall utenfor\.$"),
    (_demo_with(_SECTION, '"a\\u0000b"'), _CONTROL),
    (_demo_with(_SECTION, '"a\\ud800b"'), _CONTROL),
    (_demo_with(_SECTION, '"a\x00b"'), r"^Filen er ikke gyldig JSON \(feil på linje \d+, kolonne"),
    (_demo_with(_SECTION, '"a\ud800b"'), _NOT_UTF8),
    (DEMO_TEXT.encode("utf-16"), _NOT_UTF8),
    (_demo_with(("youth", "district"), '"\\u202e"', as_key=True),
     r"^youth: har et ukjent felt med et navn som ikke kan vises\.$"),
    (_demo_with(("goals", 1, "why"), '"text"', as_key=True),
     r"^Filen har et objekt med samme felt to ganger\.$"),
    (_demo_with(("youth",), '{"a": ' * 50 + '"x"' + "}" * 50), r"^youth\.a: ukjent felt\.$"),
]  # fmt: skip
HOSTILE_FILE_IDS = ["deep", "deep-field", "huge-text", "long-number", "1e999", "2**64",
                    "escaped-nul", "escaped-surrogate", "raw-nul", "raw-surrogate", "utf-16",
                    "rlo-key", "same-key", "nested-youth"]  # fmt: skip


@pytest.mark.parametrize(("raw", "message"), HOSTILE_FILES, ids=HOSTILE_FILE_IDS)
def test_each_kind_of_hostile_file_gets_its_own_sentence(
    store: Store, tmp_path: Path, raw: bytes, message: str
) -> None:
    path = tmp_path / "fiendtlig.json"
    path.write_bytes(raw)
    before = row_counts(store)
    with pytest.raises(TransferError, match=message) as caught:
        import_document(store, read_document(path), as_new=True)
    assert_one_sentence(str(caught.value))
    assert row_counts(store) == before


def test_a_value_nested_far_too_deep_is_refused_where_it_stands() -> None:
    document = copy.deepcopy(DEMO)
    document["youth"]["first_name"] = _nested_list(200_000)
    with pytest.raises(TransferError, match=r"^youth\.first_name: må være tekst, fikk en liste\.$"):
        validate_document(document)
    del document["youth"]["first_name"]
    document["youth"][7] = _nested_list(200_000)
    with pytest.raises(TransferError, match=r"^youth: har et ukjent felt med et navn som ikke"):
        validate_document(document)


def test_the_store_refuses_exactly_the_characters_an_import_refuses() -> None:
    """So a record the program saved can always be exported and imported again."""
    import_refuses = validate_module._BAD_CHARS
    for code in range(0x110000):
        char = chr(code)
        assert bool(UNSTORABLE_CHARS.search(char)) == bool(import_refuses.search(char)), hex(code)


# --- text fields --------------------------------------------------------------------------


@dataclass(frozen=True)
class TextField:
    """A text the user types, the operation that saves it, and its most characters."""

    name: str
    limit: int
    save: Callable[[Store, int, int, str], object]


def _entry(title: str) -> EntryFields:
    return EntryFields(0, 600, 660, "skole", title=title)


def _goal_why(store: Store, youth_id: int, _meeting_id: int, text: str) -> object:
    return plan_ops.add_goal(store, youth_id, GoalFields("Mål", why=text), TODAY)


def _meeting_notes(store: Store, youth_id: int, meeting_id: int, text: str) -> object:
    return meeting_ops.set_meeting_text(store, youth_id, meeting_id, "notes", text)


TEXT_FIELDS = (
    TextField("plan section", 20_000, lambda s, y, m, t: plan_ops.set_section(s, y, "styrker", t)),
    TextField("goal", 5_000, lambda s, y, m, t: plan_ops.add_goal(s, y, GoalFields(t), TODAY)),
    TextField("goal why", 20_000, _goal_why),
    TextField("tiltak", 20_000, lambda s, y, m, t: plan_ops.add_tiltak(s, y, TiltakFields(t))),
    TextField("entry title", 200, lambda s, y, m, t: plan_ops.add_entry(s, y, _entry(t))),
    TextField(
        "member name", 200, lambda s, y, m, t: team_ops.add_member(s, y, MemberFields("skole", t))
    ),
    TextField(
        "member phone",
        40,
        lambda s, y, m, t: team_ops.add_member(s, y, MemberFields("skole", "N", phone=t)),
    ),
    TextField("meeting notes", 20_000, _meeting_notes),
)


@pytest.fixture
def youth_and_meeting(any_store: Store) -> tuple[int, int]:
    youth_id = import_document(any_store, build_demo(TODAY))
    meeting_id = meeting_ops.plan_meeting(any_store, youth_id, TODAY).created_ids[0]
    return youth_id, meeting_id


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _spoofing_text(length: int) -> str:
    """Norwegian, Arabic and every reordering character, ``length`` characters long."""
    pattern = "Å\u202egnp.exe\u202c سارة\u2066ø\u2069\u200f\u061c\u2067x\u2068\u202a\u202b"
    pattern += "\u202d\u200e "
    return "".join(itertools.islice(itertools.cycle(pattern), length))


def test_100000_characters_are_refused_naming_the_limit_and_write_nothing(
    any_store: Store, youth_and_meeting: tuple[int, int]
) -> None:
    text = _spoofing_text(100_000)
    for field in TEXT_FIELDS:
        before = row_counts(any_store)
        with pytest.raises(UserError) as caught:
            field.save(any_store, *youth_and_meeting, text)
        message = str(caught.value)
        assert message.endswith(f"(100000); høyst {field.limit} går an."), field.name
        assert_one_sentence(message)
        assert row_counts(any_store) == before, field.name


def test_text_at_the_limit_with_reordering_characters_is_kept_exactly(
    any_store: Store, youth_and_meeting: tuple[int, int]
) -> None:
    youth_id, _ = youth_and_meeting
    for field in TEXT_FIELDS:
        text = _spoofing_text(field.limit)
        field.save(any_store, *youth_and_meeting, text)
        assert text in set(_strings(export_youth(any_store, youth_id))), field.name


def test_nul_and_other_unstorable_characters_are_refused_in_one_sentence(
    any_store: Store, youth_and_meeting: tuple[int, int]
) -> None:
    for field, bad in itertools.product(TEXT_FIELDS, "\x00\x07\x1b\r\x7f\x85\ud800\udfff"):
        before = row_counts(any_store)
        with pytest.raises(UserError) as caught:
            field.save(any_store, *youth_and_meeting, f"før{bad}etter")
        assert str(caught.value) == UNSTORABLE_TEXT, (field.name, bad)
        assert row_counts(any_store) == before, (field.name, bad)


def test_an_edit_of_an_unstorable_text_is_refused_whatever_the_session_does(
    store: Store,
) -> None:
    """The rule holds for every write, not only the ones whose checks know of it."""
    youth_id = import_document(store, build_demo(TODAY))
    before = row_counts(store)

    def write(session: Session) -> WriteResult:
        goal = session.scalars(select(Goal).where(Goal.youth_id == youth_id)).first()
        assert goal is not None
        goal.level_0 = "fire\x00null"
        return WriteResult(youth_id)

    with pytest.raises(DatabaseError, match=f"^{re.escape(UNSTORABLE_TEXT)}$"):
        store.write(write)
    assert row_counts(store) == before


def test_a_record_with_reordering_characters_exports_and_imports_unchanged(
    store: Store, tmp_path: Path
) -> None:
    document = copy.deepcopy(DEMO)
    document["plan_sections"][0]["text"] = _spoofing_text(5_000)
    document["goals"][0]["text"] = "\u202egnp.exe\u202c og \u2067كلمة\u2069"
    youth_id = import_document(store, document)
    path = tmp_path / "ut.json"
    write_document(export_youth(store, youth_id), path)
    again = read_document(path)
    assert isinstance(again, dict)
    assert again["plan_sections"][0]["text"] == document["plan_sections"][0]["text"]
    assert again["goals"][0]["text"] == document["goals"][0]["text"]


def test_the_command_line_error_holds_none_of_the_users_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = copy.deepcopy(DEMO)
    document["goals"][0]["text"] = "\u202eslettet alt\x00" + "x" * 50
    path = tmp_path / "fiendtlig.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli_main(["import", "--db", str(tmp_path / "case.db"), str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "lagmote: goals[0].text: har kontrolltegn, og bare linjeskift og tabulator er lov.\n"
    )


def test_a_file_name_cannot_spoof_the_one_line_error(tmp_path: Path) -> None:
    """A newline or a right-to-left override in a path is shown as "?": still one line."""
    from tests.test_cli import assert_one_line_error, run

    name = tmp_path / "a\nlagmote: alt ok\u202egpj.json"
    result = run("import", "--db", str(tmp_path / "x.db"), str(name))
    assert_one_line_error(result, "?lagmote: alt ok?gpj.json")
    assert "\u202e" not in result.stderr
