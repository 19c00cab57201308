"""One youth's record as a JSON document: export, validation, import, reading files."""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import CheckConstraint, func, select
from sqlalchemy import Table as SaTable

from lagmote.closing import ClosingFields
from lagmote.db import closing_ops, transfer
from lagmote.db.errors import DatabaseError
from lagmote.db.evaluation_queries import load_evaluations
from lagmote.db.models import AuditEntry, Base
from lagmote.db.store import Store
from lagmote.db.transfer import (
    FORMAT,
    FORMAT_VERSION,
    MAX_BYTES,
    TransferError,
    export_youth,
    import_document,
    read_document,
    validate_document,
    write_document,
)
from lagmote.db.transfer import importer as importer_module
from lagmote.db.transfer.spec import TABLES, all_tables
from lagmote.demo import DEMO_UID, build_demo
from lagmote.errors import UserError

TODAY = date(2026, 3, 1)
DOCS = Path(__file__).resolve().parent.parent / "docs" / "json-format.md"

Doc = dict[str, Any]


def demo() -> Doc:
    return build_demo(TODAY)


def row_counts(store: Store) -> dict[str, int]:
    """Rows in every table of the schema, the audit log included."""
    with store.engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def audit_rows(store: Store) -> list[tuple[str, str, int | None, int | None]]:
    with store.engine.connect() as connection:
        query = select(
            AuditEntry.action, AuditEntry.object, AuditEntry.youth_id, AuditEntry.object_id
        ).order_by(AuditEntry.id)
        return [(r.action, r.object, r.youth_id, r.object_id) for r in connection.execute(query)]


def without_exported_at(doc: Doc) -> Doc:
    return {k: v for k, v in doc.items() if k != "exported_at"}


# --- Round trip ---------------------------------------------------------------------------


def test_demo_round_trips_through_the_database(any_store: Store) -> None:
    original = demo()
    youth_id = import_document(any_store, copy.deepcopy(original))
    exported = export_youth(any_store, youth_id)
    assert without_exported_at(exported) == without_exported_at(original)
    assert exported["exported_at"] != original["exported_at"]
    assert validate_document(json.loads(json.dumps(exported))).uid == DEMO_UID


def test_import_and_export_are_audit_logged(store: Store) -> None:
    youth_id = import_document(store, demo())
    export_youth(store, youth_id)
    assert audit_rows(store) == [
        ("import", "youth", youth_id, youth_id),
        ("export", "youth", youth_id, youth_id),
    ]


def test_refs_may_be_any_distinct_numbers_and_export_renumbers_them(store: Store) -> None:
    original = demo()
    renumbered = _map_refs(copy.deepcopy(original), lambda ref: ref * 7 + 100)
    assert renumbered["goals"][0]["ref"] == 107
    youth_id = import_document(store, renumbered)
    assert without_exported_at(export_youth(store, youth_id)) == without_exported_at(original)


def _map_refs(doc: Doc, change: Callable[[int], int]) -> Doc:
    """Apply ``change`` to every ref and every pointer to one."""

    def walk(value: object) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                if (key == "ref" or key.endswith("_ref")) and isinstance(item, int):
                    value[key] = change(item)
                else:
                    walk(item)

    walk(doc)
    return doc


def test_minimal_document_round_trips(any_store: Store) -> None:
    doc = _minimal()
    youth_id = import_document(any_store, copy.deepcopy(doc))
    assert without_exported_at(export_youth(any_store, youth_id)) == without_exported_at(doc)


def _minimal() -> Doc:
    youth = {**demo()["youth"], "birth_date": None, "gender": None, "referral_source": None}
    return {"format": FORMAT, "version": FORMAT_VERSION, "exported_at": "2026-01-01T00:00:00",
            "youth": youth, **{t.key: [] for t in TABLES}}  # fmt: skip


def test_export_of_unknown_youth_is_refused_and_not_logged(store: Store) -> None:
    with pytest.raises(DatabaseError, match=r"^Fant ingen ungdom med id 999\.$"):
        export_youth(store, 999)
    assert audit_rows(store) == []


# --- Existing uid and --as-new ------------------------------------------------------------


def test_existing_uid_is_refused_and_nothing_is_written(any_store: Store) -> None:
    import_document(any_store, demo())
    before = row_counts(any_store)
    with pytest.raises(TransferError) as caught:
        import_document(any_store, demo())
    assert str(caught.value) == (
        f"Ungdommen finnes allerede i databasen (uid {DEMO_UID}). Bruk --as-new for å lage en kopi."
    )
    assert row_counts(any_store) == before


def test_as_new_makes_a_second_youth_with_a_new_uid(any_store: Store) -> None:
    first = import_document(any_store, demo())
    second = import_document(any_store, demo(), as_new=True)
    assert second != first
    copy_doc = export_youth(any_store, second)
    assert copy_doc["youth"]["uid"] != DEMO_UID
    validate_document(copy_doc)
    copy_doc["youth"]["uid"] = DEMO_UID
    assert without_exported_at(copy_doc) == without_exported_at(demo())
    assert row_counts(any_store)["youth"] == 2


def test_import_is_all_or_nothing(any_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure after several tables are in leaves no trace, not even in the audit log."""
    real = importer_module.insert_rows
    inserted: list[str] = []

    def failing(session: Any, table: Any, rows: Any, ids: Any) -> None:
        if table.key == "tiltak":
            raise RuntimeError("stopp midt i importen")
        inserted.append(table.key)
        real(session, table, rows, ids)

    monkeypatch.setattr(importer_module, "insert_rows", failing)
    before = row_counts(any_store)
    with pytest.raises(RuntimeError):
        import_document(any_store, demo())
    assert {"team_members", "lagmoter", "goals", "kartlegginger"} <= set(inserted)
    assert row_counts(any_store) == before


# --- Malformed documents ------------------------------------------------------------------


def _set(path: str, value: object) -> Callable[[Doc], object]:
    """A mutation that sets the value at a dotted path such as ``goals.2.ratings.0.value``."""

    def mutate(doc: Doc) -> object:
        *parents, last = _steps(path)
        target: Any = doc
        for step in parents:
            target = target[step]
        target[last] = value
        return doc

    return mutate


def _drop(path: str) -> Callable[[Doc], object]:
    def mutate(doc: Doc) -> object:
        *parents, last = _steps(path)
        target: Any = doc
        for step in parents:
            target = target[step]
        del target[last]
        return doc

    return mutate


def _steps(path: str) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in path.split(".")]


def _dup(key: str, index: int) -> Callable[[Doc], object]:
    def mutate(doc: Doc) -> object:
        doc[key].append(copy.deepcopy(doc[key][index]))
        return doc

    return mutate


def _dup_area_rating(doc: Doc) -> object:
    ratings = doc["kartlegginger"][1]["ratings"]
    ratings[3] = {**ratings[3], "area": ratings[1]["area"], "perspective": "lag"}
    return doc


SECRET = "Hemmelig Personnavn 12345678901"

MALFORMED: list[tuple[str, Callable[[Doc], object], str]] = [
    ("not an object", lambda d: [d], "Dokumentet må være et JSON-objekt, fikk en liste."),
    ("wrong format", _set("format", "noe-annet"), 'format: må være "lagmote-ungdom"'),
    ("no format", _drop("format"), "format: må være"),
    ("newer version", _set("version", FORMAT_VERSION + 1),
     "version: filen er laget med en nyere versjon"),
    ("older version", _set("version", 0), "version: må være 3, fikk et annet tall."),
    ("version as text", _set("version", "1"), "version: må være et heltall, fikk tekst."),
    ("missing list", _drop("tiltak"), "tiltak: feltet mangler."),
    ("unknown root field", _set("extra", 1), "extra: ukjent felt."),
    ("bad exported_at", _set("exported_at", "i går"), "exported_at: må være et tidspunkt"),
    ("youth a list", _set("youth", []), "youth: må være et objekt, fikk en liste."),
    ("missing field", _drop("youth.first_name"), "youth.first_name: feltet mangler."),
    ("unknown field", _set("goals.1.extra", 1), "goals[1].extra: ukjent felt."),
    ("unknown odd field", _set(f"goals.1.{SECRET}", 1),
     "goals[1]: har et ukjent felt med et navn som ikke kan vises."),
    ("list an object", _set("team_members", {}), "team_members: må være en liste, fikk et objekt."),
    ("row not object", _set("steps.0", "x"), "steps[0]: må være et objekt, fikk tekst."),
    ("ladder text", _set("goals.2.ratings.0.value", "høy"),
     "goals[2].ratings[0].value: må være et heltall fra -2 til 2, fikk tekst."),
    ("ladder range", _set("goals.2.ratings.0.value", 3),
     "goals[2].ratings[0].value: må være et heltall fra -2 til 2, fikk et tall utenfor."),
    ("int as bool", _set("goals.0.position", True),
     "goals[0].position: må være et heltall fra -2147483648 til 2147483647, fikk en "
     "sannhetsverdi."),
    ("int as float", _set("schedule.0.weekday", 1.0),
     "schedule[0].weekday: må være et heltall fra 0 til 6, fikk et desimaltall."),
    ("int too big", _set("goals.0.position", 2**31), "goals[0].position: må være et heltall"),
    ("area 13", _set("kartlegginger.0.ratings.0.area", 13),
     "kartlegginger[0].ratings[0].area: må være et heltall fra 1 til 12, fikk et tall utenfor."),
    ("rating 0", _set("kartlegginger.0.ratings.0.rating", 0),
     "kartlegginger[0].ratings[0].rating: må være et heltall fra 1 til 5 eller null"),
    ("perspective", _set("kartlegginger.0.ratings.0.perspective", "far"),
     "kartlegginger[0].ratings[0].perspective: må være en av ungdom, lag, fikk en ukjent kode."),
    ("rating twice", _dup_area_rating,
     "kartlegginger[1].ratings[3]: samme area og perspective finnes allerede i "
     "kartlegginger[1].ratings[1]."),
    ("step twice", _dup("steps", 0), "steps[4]: samme kind finnes allerede i steps[0]."),
    ("step kind", _set("steps.0.kind", "lagmote"), "steps[0].kind: må være en av henvisning"),
    ("plan key twice", _dup("plan_sections", 2),
     "plan_sections[16]: samme key finnes allerede i plan_sections[2]."),
    ("plan key", _set("plan_sections.0.key", "drommer"), "plan_sections[0].key: må være en av"),
    ("role", _set("team_members.0.role", "rektor"), "team_members[0].role: må være en av"),
    ("weekday", _set("schedule.0.weekday", 7), "schedule[0].weekday: må være et heltall fra 0"),
    ("end before start", _set("schedule.0.end_minute", 0),
     "schedule[0].end_minute: må være senere enn start_minute."),
    ("end after midnight", _set("schedule.0.end_minute", 1441),
     "schedule[0].end_minute: må være et heltall fra 0 til 1440"),
    ("question 6", _set("evaluations.0.answers.0.question", 6),
     "evaluations[0].answers[0].question: må være et heltall fra 1 til 5"),
    ("eval perspective", _set("evaluations.0.answers.0.perspective", "politi"),
     "evaluations[0].answers[0].perspective: må være en av ungdommen"),
    ("judgement", _set("evaluations.0.answers.0.judgement", "mye bedre"),
     "evaluations[0].answers[0].judgement: må være en av bedre, uendret, verre eller null"),
    ("recommendation", _set("evaluations.0.recommendation", "pause"),
     "evaluations[0].recommendation: må være en av avsluttes, viderefores eller null"),
    ("status", _set("tiltak.0.status", "ferdig"), "tiltak[0].status: må være en av planlagt"),
    ("gender", _set("youth.gender", SECRET), "youth.gender: må være en av gutt"),
    ("responsible", _set("tiltak.0.responsible_ref", 99),
     "tiltak[0].responsible_ref: peker på ref 99, men ingen rad i team_members har den."),
    ("goal ref", _set("tiltak.0.goal_ref", 5), "tiltak[0].goal_ref: peker på ref 5"),
    ("lagmote ref", _set("goals.0.ratings.0.lagmote_ref", 9),
     "goals[0].ratings[0].lagmote_ref: peker på ref 9, men ingen rad i lagmoter har den."),
    ("member ref", _set("lagmoter.0.attendees.0.member_ref", 0),
     "lagmoter[0].attendees[0].member_ref: peker på ref 0"),
    ("owner ref", _set("lagmoter.0.action_items.0.owner_ref", -1),
     "lagmoter[0].action_items[0].owner_ref: må være et heltall fra 0"),
    ("ref twice", _set("team_members.1.ref", 1),
     "team_members[1].ref: ref 1 er brukt av en annen rad i team_members."),
    ("ref text", _set("goals.0.ref", "1"), "goals[0].ref: må være et heltall fra 0"),
    ("ref missing", _drop("lagmoter.0.ref"), "lagmoter[0].ref: feltet mangler."),
    ("date format", _set("steps.0.done_on", "01.03.2026"),
     "steps[0].done_on: må være en dato (ÅÅÅÅ-MM-DD) eller null, fikk annen tekst."),
    ("no such date", _set("steps.0.done_on", "2026-02-30"),
     "steps[0].done_on: må være en dato som finnes, fikk en dato som ikke finnes."),
    ("date as number", _set("consents.0.given_on", 20260301),
     "consents[0].given_on: må være en dato (ÅÅÅÅ-MM-DD), fikk et heltall."),
    ("required null", _set("consents.0.given_on", None),
     "consents[0].given_on: må være en dato (ÅÅÅÅ-MM-DD), fikk null."),
    ("text null", _set("goals.0.text", None), "goals[0].text: må være tekst, fikk null."),
    ("too long", _set("youth.first_name", "x" * 101),
     "youth.first_name: kan ha høyst 100 tegn, fikk 101."),
    ("huge text", _set("lagmoter.0.notes", "x" * 100_001),
     "lagmoter[0].notes: kan ha høyst 100000 tegn, fikk 100001."),
    ("bell", _set("lagmoter.0.notes", f"{SECRET}\x07"),
     "lagmoter[0].notes: har kontrolltegn, og bare linjeskift og tabulator er lov."),
    ("carriage return", _set("goals.0.text", "a\r\nb"), "goals[0].text: har kontrolltegn"),
    ("nul", _set("youth.last_name", "a\x00"), "youth.last_name: har kontrolltegn"),
    ("surrogate", _set("youth.last_name", "a\ud800"), "youth.last_name: har kontrolltegn"),
    ("bool as text", _set("youth.acute", "true"),
     "youth.acute: må være true eller false, fikk tekst."),
    ("bool as int", _set("lagmoter.0.held", 1), "lagmoter[0].held: må være true eller false"),
    ("uid", _set("youth.uid", SECRET), "youth.uid: må være en UUID med små bokstaver"),
    ("uid upper", _set("youth.uid", DEMO_UID.upper()), "youth.uid: må være en UUID"),
    ("uid braces", _set("youth.uid", DEMO_UID.replace("-", "")), "youth.uid: må være en UUID"),
    ("sensitive", _set("youth.sensitive_areas", "4,13"),
     "youth.sensitive_areas: må være områdenumre fra 1 til 12"),
    ("too many rows", lambda d: _set("schedule", d["schedule"][:1] * 10_001)(d),
     "schedule: kan ha høyst 10000 rader, fikk 10001."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "message"), [(m, msg) for _, m, msg in MALFORMED], ids=[n for n, _, _ in MALFORMED]
)
def test_malformed_document_is_refused_naming_the_field(
    mutate: Callable[[Doc], object], message: str
) -> None:
    assert_refused(mutate(demo()), message)


def assert_refused(doc: object, message: str) -> str:
    """``doc`` is refused with one sentence starting with ``message``; that sentence."""
    with pytest.raises(TransferError) as caught:
        validate_document(doc)
    text = str(caught.value)
    assert text.startswith(message)
    assert text.endswith(".")
    return text
    assert "\n" not in text
    assert SECRET not in text
    assert "Hemmelig" not in text


def test_malformed_documents_write_nothing(store: Store) -> None:
    """With a youth already there, no refused import adds a row or an audit entry."""
    import_document(store, demo(), as_new=True)
    before = row_counts(store)
    audit_before = audit_rows(store)
    for name, mutate, _ in MALFORMED:
        with pytest.raises(TransferError):
            import_document(store, mutate(demo()))
        assert row_counts(store) == before, name
    assert audit_rows(store) == audit_before


@pytest.mark.parametrize(
    "mutate",
    [
        _set("youth.sensitive_areas", "4, 7,12"),
        _set("youth.sensitive_areas", "11"),
        _set("goals.0.text", "Linje én\n\tinnrykket linje"),
        _set("youth.first_name", "سارة"),
        _set("youth.first_name", "x" * 100),
        _set("goals.0.ratings.0.lagmote_ref", None),
        _set("kartlegginger.0.ratings.0.rating", None),
        _set("schedule.0.end_minute", 1440),
        _set("exported_at", "2026-03-01"),
    ],
)
def test_edge_values_are_accepted(mutate: Callable[[Doc], object]) -> None:
    validate_document(mutate(demo()))


def test_extreme_valid_values_round_trip(any_store: Store) -> None:
    """The limits the validator allows are limits both databases can store."""
    doc = demo()
    doc["youth"]["first_name"] = "ø😀\u2028" * 33 + "é"  # 100 characters, many more bytes
    doc["youth"]["birth_date"] = "0001-01-01"
    doc["goals"][0]["position"] = 2**31 - 1
    doc["goals"][1]["position"] = -(2**31)
    doc["goals"][0]["closed_on"] = "9999-12-31"
    doc["goals"][0]["text"] = "x\n\t" * 30_000
    doc["schedule"][0].update(start_minute=0, end_minute=1440)
    youth_id = import_document(any_store, copy.deepcopy(doc))
    assert without_exported_at(export_youth(any_store, youth_id)) == without_exported_at(doc)


def test_validated_record_holds_python_values() -> None:
    record = validate_document(demo())
    assert record.uid == DEMO_UID
    assert record.version == FORMAT_VERSION
    assert isinstance(record.youth["birth_date"], date)
    rating = record.tables["goals"][0].children["ratings"][0]
    assert rating.values["lagmote_id"] == 1  # still the document ref
    assert record.tables["team_members"][2].ref == 3


# --- The format matches the models and the documentation ----------------------------------


def test_codes_and_ranges_match_the_models_check_constraints() -> None:
    """Every IN list and BETWEEN range in the schema is what the validator allows."""
    for table in all_tables():
        sa_table = table.model.__table__
        assert isinstance(sa_table, SaTable)
        fields = {f.column: f for f in table.fields}
        for constraint in sa_table.constraints:
            if not isinstance(constraint, CheckConstraint):
                continue
            sql = str(constraint.sqltext)
            for column, codes in re.findall(r"(\w+) IN \(([^)]*)\)", sql):
                assert fields[column].codes == tuple(re.findall(r"'(\w+)'", codes)), sql
            for column, low, high in re.findall(r"(\w+) BETWEEN (-?\d+) AND (-?\d+)", sql):
                assert fields[column].bounds == (int(low), int(high)), sql


def test_documentation_lists_exactly_the_fields_of_each_table() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for table, heading in _doc_headings():
        section = text.split(f"### `{heading}`\n", 1)[1].split("\n#", 1)[0]
        listed = re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE)
        assert listed == list(table.keys), heading
    top = text.split("## Top level\n", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^\| `(\w+)` \|", top, flags=re.MULTILINE) == list(transfer.spec.ROOT_KEYS)


def _doc_headings() -> list[tuple[Any, str]]:
    found: list[tuple[Any, str]] = [(transfer.spec.YOUTH, "youth")]
    for table in TABLES:
        found.append((table, table.key))
        found.extend((child, f"{table.key}[].{child.key}") for child in table.children)
    return found


# --- Reading files ------------------------------------------------------------------------


def test_read_document_reads_an_exported_file(store: Store, tmp_path: Path) -> None:
    youth_id = import_document(store, demo())
    path = tmp_path / "ungdom.json"
    text = json.dumps(export_youth(store, youth_id), ensure_ascii=False, indent=2)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # with a byte order mark
    data = read_document(path)
    assert validate_document(data).youth["first_name"] == "Emil"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe{}", "Filen er ikke tekst i UTF-8."),
        (b'{"format": ', "Filen er ikke gyldig JSON (feil på linje 1, kolonne 12)."),
        (b"", "Filen er ikke gyldig JSON (feil på linje 1, kolonne 1)."),
        (b'{"a": 1, "a": 2}', "Filen har et objekt med samme felt to ganger."),
        (b'{"a": NaN}', "Filen har NaN eller Infinity, som ikke er gyldig JSON."),
        (b"[" * 200_000 + b"]" * 200_000, "Filen er nestet for dypt til å være en Lagmøte-fil."),
        (b"1" * 5000, "Filen er ikke gyldig JSON."),
    ],
)
def test_read_document_refuses_unusable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "fil.json"
    path.write_bytes(content)
    with pytest.raises(TransferError) as caught:
        read_document(path)
    assert str(caught.value) == message


def test_write_document_writes_a_private_file_that_reads_back(tmp_path: Path) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    path = folder / "ungdom.json"
    path.write_text("gammelt innhold", encoding="utf-8")
    write_document(demo(), path)
    assert read_document(path) == demo()
    assert "سارة حسن" in path.read_text(encoding="utf-8")  # not \u-escaped
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == ["ungdom.json"]


def test_write_document_to_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match=r"^Filen .*ungdom\.json kan ikke skrives\.$"):
        write_document(demo(), tmp_path / "finnes-ikke" / "ungdom.json")


def test_transfer_error_is_a_user_error() -> None:
    assert issubclass(TransferError, UserError)
    assert issubclass(TransferError, ValueError)


def test_read_document_refuses_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match=r"^Fant ikke filen .*finnes-ikke\.json\.$"):
        read_document(tmp_path / "finnes-ikke.json")
    with pytest.raises(TransferError, match=r"er en mappe, ikke en fil\.$"):
        read_document(tmp_path)


def test_read_document_refuses_a_file_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "stor.json"
    with path.open("wb") as file:
        file.write(b'"')
        file.write(b"x" * MAX_BYTES)
        file.write(b'"')
    with pytest.raises(TransferError, match=r"^Filen er større enn 20 MB"):
        read_document(path)


# --- Property tests: nothing but TransferError, whatever comes in -------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text()
    | st.sampled_from(["2026-02-30", "2026-03-01", "", "ungdom", "bedre", DEMO_UID])
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def _nested(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


nasty_values = (
    json_values
    | st.text(alphabet=st.characters(categories=["Cc", "Cs"]), min_size=1, max_size=5)
    | st.integers(100_001, 400_000).map(lambda n: "x" * n)
    | st.integers(1, 5_000).map(_nested)
    | st.integers(-(2**70), 2**70)
)

DEMO = demo()


def _paths(value: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found: list[tuple[str | int, ...]] = [prefix] if prefix else []
    items: list[tuple[str | int, object]] = []
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    for key, item in items:
        found.extend(_paths(item, (*prefix, key)))
    return found


DEMO_PATHS = _paths(DEMO)


@st.composite
def mutated_demo(draw: st.DrawFn) -> object:
    doc = copy.deepcopy(DEMO)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(DEMO_PATHS))
        _mutate(doc, path, draw(st.sampled_from(["drop", "replace", "add"])), draw(nasty_values))
    return doc


def _mutate(doc: Doc, path: tuple[str | int, ...], how: str, value: object) -> None:
    target: Any = doc
    for step in path[:-1]:
        try:
            target = target[step]
        except (KeyError, IndexError, TypeError):
            return  # an earlier mutation took this path away
    last = path[-1]
    try:
        if how == "drop":
            del target[last]
        elif how == "add" and isinstance(target.get(last) if isinstance(target, dict) else None,
                                         dict):  # fmt: skip
            target[last]["ekstra"] = value
        else:
            target[last] = value
    except (KeyError, IndexError, TypeError):
        return


_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _like(value: object) -> st.SearchStrategy[Any]:
    """Values of the same JSON type as ``value``, often valid, sometimes out of range."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(-3, 1500)
    if isinstance(value, str) and _DATE_TEXT.fullmatch(value):
        return st.dates().map(date.isoformat)
    if isinstance(value, str):
        return st.text(max_size=60)
    return st.none() | st.text(max_size=5) | st.integers(0, 5)


@st.composite
def plausible_demo(draw: st.DrawFn) -> Doc:
    """The demo with rows dropped and values replaced by others of the same type."""
    doc = copy.deepcopy(DEMO)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(DEMO_PATHS))
        target: Any = doc
        try:
            for step in path[:-1]:
                target = target[step]
            current = target[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change took this path away
        if isinstance(target, list):
            del target[int(path[-1])]
        elif not isinstance(current, dict | list):
            target[path[-1]] = draw(_like(current))
    return doc


_POINTERS = {
    "responsible_ref": "team_members",
    "member_ref": "team_members",
    "owner_ref": "team_members",
    "goal_ref": "goals",
    "lagmote_ref": "lagmoter",
    "evaluation_ref": "evaluations",
}


def _canonical(doc: Doc) -> Doc:
    """The document as export writes it: refs 1, 2, 3… in list order; no time or uid."""
    doc = copy.deepcopy(doc)
    del doc["exported_at"], doc["youth"]["uid"]
    renumber = {key: {row["ref"]: n for n, row in enumerate(doc[key], 1)} for key in
                ("team_members", "goals", "lagmoter", "evaluations")}  # fmt: skip
    for key, numbers in renumber.items():
        for row in doc[key]:
            row["ref"] = numbers[row["ref"]]

    def walk(value: object) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for name, item in value.items():
                if name in _POINTERS and item is not None:
                    value[name] = renumber[_POINTERS[name]][item]
                else:
                    walk(item)

    for table in TABLES:
        walk(doc[table.key])
    return doc


def _only_transfer_errors(data: object) -> None:
    try:
        validate_document(data)
    except TransferError as error:
        text = str(error)
        assert text.endswith(".") and "\n" not in text
        assert len(text) < 400


@settings(max_examples=300, deadline=None, database=None)
@given(json_values)
def test_random_json_values_raise_only_transfer_error(data: object) -> None:
    _only_transfer_errors(data)


@settings(max_examples=300, deadline=None, database=None)
@given(st.fixed_dictionaries({k: json_values for k in transfer.spec.ROOT_KEYS}))
def test_random_documents_raise_only_transfer_error(data: Doc) -> None:
    data.update(format=FORMAT, version=FORMAT_VERSION)
    _only_transfer_errors(data)


@settings(max_examples=300, deadline=None, database=None)
@given(mutated_demo())
def test_mutated_demo_documents_raise_only_transfer_error(data: object) -> None:
    _only_transfer_errors(data)


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=mutated_demo() | plausible_demo())
def test_mutated_demo_imports_all_or_nothing(store: Store, data: Any) -> None:
    """Full imports: a TransferError and no change, or one more youth that exports unchanged.

    Whatever the validator lets through, the database must take and give back as it was.
    """
    before = row_counts(store)
    try:
        youth_id = import_document(store, data, as_new=True)
    except TransferError:
        assert row_counts(store) == before
        return
    after = row_counts(store)
    assert after["youth"] == before["youth"] + 1
    assert after["audit_log"] == before["audit_log"] + 1
    assert _canonical(export_youth(store, youth_id)) == _canonical(data)


def _as_version_1(doc: Doc) -> Doc:
    """The document as version 1 wrote it: no consent roles, no agenda notes."""
    old = copy.deepcopy(doc)
    old["version"] = 1
    for consent in old["consents"]:
        del consent["shared_roles"]
    for meeting in old["lagmoter"]:
        del meeting["agenda_notes"]
    return old


def test_version_1_documents_are_read_with_empty_new_fields() -> None:
    doc = build_demo(date(2026, 12, 1))
    record = validate_document(_as_version_1(doc))
    assert record.version == FORMAT_VERSION
    assert all(row.values["shared_roles"] == "" for row in record.tables["consents"])
    assert all(not row.children["agenda_notes"] for row in record.tables["lagmoter"])
    with pytest.raises(TransferError, match="shared_roles: feltet mangler"):
        validate_document({**_as_version_1(doc), "version": 2})  # a 2 must have them


def test_unknown_role_in_consent_is_refused() -> None:
    doc = build_demo(date(2026, 12, 1))
    doc["consents"][0]["shared_roles"] = "skole,rektor"
    with pytest.raises(TransferError, match=r"consents\[0\]\.shared_roles: må være rollekoder"):
        validate_document(doc)


# --- Version 3: evaluation refs, perspectives, drafts, and closings -----------------------


def _as_version_2(doc: Doc) -> Doc:
    """The document as version 2 wrote it: evaluations without ref, perspectives,
    disagreement note and page, and no closings."""
    old = copy.deepcopy(doc)
    old["version"] = 2
    for evaluation in old["evaluations"]:
        for key in ("ref", "perspectives", "disagreement_note", "resume_page"):
            del evaluation[key]
    del old["closings"]
    return old


def _two_evaluations(today: date = date(2026, 12, 1)) -> Doc:
    doc = build_demo(today)
    second = copy.deepcopy(doc["evaluations"][0])
    second.update(ref=2, completed=False, resume_page=3, evaluated_on=today.isoformat())
    second.update(recommendation=None, next_evaluation_on=None, period_end=today.isoformat())
    doc["evaluations"].append(second)
    return doc


def _closing_row(**changes: object) -> Doc:
    row: Doc = {
        "evaluation_ref": 1,
        "closed_on": "2026-11-25",
        "reason": "andre_tiltak",
        "reason_text": "Emil får oppfølging fra NAV.",
        "handover": "NAV-veileder følger opp.",
        "contact_name": "Navn Navnesen",
        "contact_service": "NAV Eksempel",
        "contact_phone": "400 00 099",
        "transitions": "ny_skole,fyller_18",
        "transitions_note": "Overgangsmøte før sommeren.",
        "summary": "Emil går på skolen og har jobb.",
        "reopened_on": None,
    }
    row.update(changes)
    return row


def test_version_2_documents_are_read_with_numbered_refs_and_no_closings() -> None:
    record = validate_document(_as_version_2(_two_evaluations()))
    assert record.version == FORMAT_VERSION == 3
    evaluations = record.tables["evaluations"]
    assert [row.ref for row in evaluations] == [1, 2]
    for row in evaluations:
        assert (row.values["perspectives"], row.values["disagreement_note"]) == ("", "")
        assert row.values["resume_page"] == 0
        assert row.children["answers"]
    assert record.tables["closings"] == ()


def test_version_1_documents_get_the_version_3_fields_too() -> None:
    old = _as_version_2(_two_evaluations())
    old = _as_version_1({**old, "closings": []})
    del old["closings"]
    record = validate_document(old)
    assert [row.ref for row in record.tables["evaluations"]] == [1, 2]
    assert all(row.values["shared_roles"] == "" for row in record.tables["consents"])
    assert record.tables["closings"] == ()


def test_upgrading_leaves_the_older_document_unchanged() -> None:
    old = _as_version_2(_two_evaluations())
    kept = copy.deepcopy(old)
    validate_document(old)
    assert old == kept


def test_a_version_3_document_must_have_the_new_fields() -> None:
    doc = _two_evaluations()
    del doc["evaluations"][1]["perspectives"]
    with pytest.raises(TransferError) as caught:
        validate_document(doc)
    assert str(caught.value) == "evaluations[1].perspectives: feltet mangler."
    with pytest.raises(TransferError, match=r"^closings: feltet mangler\.$"):
        validate_document({k: v for k, v in build_demo(TODAY).items() if k != "closings"})


def test_a_version_2_document_imports_and_exports_as_version_3(any_store: Store) -> None:
    youth_id = import_document(any_store, _as_version_2(_two_evaluations()))
    exported = export_youth(any_store, youth_id)
    assert exported["version"] == 3
    assert [e["ref"] for e in exported["evaluations"]] == [1, 2]
    assert [(e["perspectives"], e["disagreement_note"], e["resume_page"])
            for e in exported["evaluations"]] == [("", "", 0)] * 2  # fmt: skip
    assert exported["closings"] == []
    assert _as_version_2(exported) == {**_as_version_2(_two_evaluations()),
                                       "exported_at": exported["exported_at"]}  # fmt: skip


def test_closings_round_trip_through_export_and_import(any_store: Store) -> None:
    doc = _two_evaluations()
    doc["youth"]["status"] = "avsluttet"
    doc["closings"] = [
        _closing_row(closed_on="2026-06-01", reopened_on="2026-07-01", evaluation_ref=None,
                     reason="annet", reason_text="Familien ba om pause.", transitions=""),
        _closing_row(evaluation_ref=2),
    ]  # fmt: skip
    first = import_document(any_store, copy.deepcopy(doc))
    exported = export_youth(any_store, first)
    assert without_exported_at(exported) == without_exported_at(doc)
    second = import_document(any_store, exported, as_new=True)
    again = export_youth(any_store, second)
    assert again["youth"]["uid"] != exported["youth"]["uid"]
    again["youth"]["uid"] = exported["youth"]["uid"]
    assert without_exported_at(again) == without_exported_at(exported)


def test_closings_made_in_the_program_round_trip(any_store: Store) -> None:
    """A closing written by closing_ops, pointing at an evaluation, comes back the same."""
    today = date(2026, 12, 1)
    youth_id = import_document(any_store, build_demo(today))
    evaluation_id = load_evaluations(any_store, youth_id).evaluations[0].id
    fields = ClosingFields(
        today - timedelta(days=30), "mal_nadd", handover="Skolen følger med.",
        transitions=("fyller_18",), transitions_note="Fyller 18 i mars.",
        summary="Målene er nådd.", evaluation_id=evaluation_id,
    )  # fmt: skip
    closing_ops.close_case(any_store, youth_id, fields, today)
    closing_ops.reopen_case(any_store, youth_id, today - timedelta(days=10))
    closing_ops.close_case(any_store, youth_id, replace(fields, closed_on=today), today)
    exported = export_youth(any_store, youth_id)
    assert exported["youth"]["status"] == "avsluttet"
    assert [(c["evaluation_ref"], c["closed_on"], c["reopened_on"], c["transitions"])
            for c in exported["closings"]] == [
        (1, (today - timedelta(days=30)).isoformat(), (today - timedelta(days=10)).isoformat(),
         "fyller_18"),
        (1, today.isoformat(), None, "fyller_18"),
    ]  # fmt: skip
    copy_id = import_document(any_store, copy.deepcopy(exported), as_new=True)
    copied = export_youth(any_store, copy_id)
    copied["youth"]["uid"] = exported["youth"]["uid"]
    assert without_exported_at(copied) == without_exported_at(exported)
    view = load_evaluations(any_store, copy_id)
    assert view.closing is not None and view.closing.fields.closed_on == today
    assert view.closing.fields.evaluation_id == view.evaluations[0].id


def _with_closing(**changes: object) -> Callable[[Doc], object]:
    def mutate(doc: Doc) -> object:
        doc["closings"] = [_closing_row(**changes)]
        return doc

    return mutate


VERSION_3_MALFORMED: list[tuple[str, Callable[[Doc], object], str]] = [
    ("eval perspectives", _set("evaluations.0.perspectives", "ungdommen,politi"),
     "evaluations[0].perspectives: må være perspektivkoder skilt med komma, fikk en ukjent "
     "kode."),
    ("eval perspectives secret", _set("evaluations.0.perspectives", SECRET),
     "evaluations[0].perspectives: må være perspektivkoder skilt med komma"),
    ("eval ref twice", lambda d: _set("evaluations.1.ref", 1)(_two_evaluations()),
     "evaluations[1].ref: ref 1 er brukt av en annen rad i evaluations."),
    ("eval ref missing", _drop("evaluations.0.ref"), "evaluations[0].ref: feltet mangler."),
    ("resume page", _set("evaluations.0.resume_page", 101),
     "evaluations[0].resume_page: må være et heltall fra 0 til 100, fikk et tall utenfor."),
    ("note null", _set("evaluations.0.disagreement_note", None),
     "evaluations[0].disagreement_note: må være tekst, fikk null."),
    ("closings object", _set("closings", {}), "closings: må være en liste, fikk et objekt."),
    ("transition", _with_closing(transitions="ny_skole,fyller_20"),
     "closings[0].transitions: må være overgangskoder skilt med komma, fikk en ukjent kode."),
    ("transition secret", _with_closing(transitions=SECRET),
     "closings[0].transitions: må være overgangskoder"),
    ("closing reason", _with_closing(reason="lei"),
     "closings[0].reason: må være en av mal_nadd, andre_tiltak, onsker_ikke, flytter, alder, "
     "annet"),
    ("closing eval ref", _with_closing(evaluation_ref=9),
     "closings[0].evaluation_ref: peker på ref 9, men ingen rad i evaluations har den."),
    ("closing date", _with_closing(closed_on=None),
     "closings[0].closed_on: må være en dato (ÅÅÅÅ-MM-DD), fikk null."),
    ("closing field", _with_closing(extra=1), "closings[0].extra: ukjent felt."),
    ("closing missing", lambda d: _set("closings", [{k: v for k, v in _closing_row().items()
                                                     if k != "summary"}])(d),
     "closings[0].summary: feltet mangler."),
    ("phone too long", _with_closing(contact_phone="4" * 201),
     "closings[0].contact_phone: kan ha høyst 200 tegn, fikk 201."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "message"),
    [(m, msg) for _, m, msg in VERSION_3_MALFORMED],
    ids=[name for name, _, _ in VERSION_3_MALFORMED],
)
def test_version_3_fields_are_checked_and_named_by_path(
    mutate: Callable[[Doc], object], message: str
) -> None:
    text = assert_refused(mutate(demo()), message)
    assert "\n" not in text and SECRET not in text


def test_a_refused_closing_writes_nothing(store: Store) -> None:
    import_document(store, demo(), as_new=True)
    before = row_counts(store)
    for name, mutate, _ in VERSION_3_MALFORMED:
        with pytest.raises(TransferError):
            import_document(store, mutate(demo()), as_new=True)
        assert row_counts(store) == before, name


@pytest.mark.parametrize(
    "mutate",
    [
        _set("evaluations.0.perspectives", ""),
        _set("evaluations.0.perspectives", "oppfolger, ungdommen"),
        _set("evaluations.0.resume_page", 100),
        _with_closing(transitions="", evaluation_ref=None),
        _with_closing(transitions="andre_tiltak,fyller_19,fyller_18,ny_skole"),
        _with_closing(reopened_on="2026-12-01"),
    ],
)
def test_version_3_edge_values_are_accepted(mutate: Callable[[Doc], object]) -> None:
    validate_document(mutate(demo()))
