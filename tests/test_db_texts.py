"""The database layer's sentences go through :func:`lagmote.i18n.t`, so that the window can
show them in nynorsk or English, and telling a lost connection apart still works then. The
layer is ``lagmote/db`` with the file transfer (``lagmote/db/transfer``), whose refusals of a
file or a document are shown to the user as well.

The code is read with :mod:`ast`: an exception built with a bare text (a literal, an
f-string, a concatenation or a ``.format`` of one), or with a marked constant that is never
translated, is named by file and line. Sentences kept as constants (the hint table of
:mod:`lagmote.db.errors`, the labels of a conflict) must be marked with ``N_``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import InterfaceError, OperationalError

from lagmote import i18n
from lagmote.db import plan_ops
from lagmote.db.audit_queries import load_audit
from lagmote.db.conflicts import EditConflict, over_stored
from lagmote.db.errors import (
    _OPERATIONAL_HINTS,
    CONNECTION_BROKEN,
    SERVER_GONE,
    DatabaseError,
    describe_error,
    is_connection_lost,
)
from lagmote.db.recovery_key import parse_recovery_key
from lagmote.db.store import Store
from lagmote.db.transfer import FORMAT, TransferError, read_document, validate_document

ROOT = Path(__file__).resolve().parents[1]
DB_FILES = sorted(
    path
    for pattern in ("*.py", "transfer/*.py")
    for path in (ROOT / "lagmote" / "db").glob(pattern)
)
MARKERS = ("t", "N_")
# A bug in the program, told to the developer in English; the user never sees it.
PROGRAMMER_ERRORS = ("TypeError",)
LETTER = re.compile(r"[^\W\d_]")
THE_LAYERS_TRANSLATED_EXCEPTIONS = 120  # a few fewer than there are: none can go unread
# A sentence: begins with a capital (or a quote or a placeholder), has a space, and ends
# like one, a word and then its stop. Codes, file names, log words and SQL (whose "= ?" has
# no word before its stop) do not look like this.
SENTENCE = re.compile(r"^[«{\"'(]?[A-ZÆØÅ{].*\s.*[\w»)\"'}][.!?:]$", re.S)


# -- reading the code ---------------------------------------------------------------------


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _is_error(call: ast.Call) -> bool:
    """A call that builds an exception for the user: ``…Error(…)``, ``ConnectionLost``,
    ``EditConflict`` (not a programmer error, :data:`PROGRAMMER_ERRORS`)."""
    name = _name(call.func)
    if name in PROGRAMMER_ERRORS:
        return False
    return name.endswith(("Error", "Exception")) or name in ("ConnectionLost", "EditConflict")


def _is_marker(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS
    )


def _has_letter(node: ast.expr) -> bool:
    return any(
        isinstance(part, ast.Constant) and isinstance(part.value, str) and LETTER.search(part.value)
        for part in ast.walk(node)
    )


def marked_constants(source: str) -> set[str]:
    """Module-level names bound to a text (``X = N_("…")`` or ``X = "…"``) in ``source``:
    handed to an exception as they are, they would reach the user untranslated."""
    names = set()
    for node in ast.parse(source).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if isinstance(node, ast.AnnAssign):
            target = node.target
        value = getattr(node, "value", None)
        if not isinstance(target, ast.Name) or value is None:
            continue
        text = value.args[0] if _is_marker(value) and value.args else value
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            names.add(target.id)
    return names


def _untranslated(arg: ast.expr, constants: set[str]) -> bool:
    """True for an exception's argument that is user text not passed through ``t``."""
    if _is_marker(arg):  # t("…"), or N_("…"), which marks without translating
        return isinstance(arg, ast.Call) and _name(arg.func) == "N_"
    if isinstance(arg, ast.Constant | ast.JoinedStr | ast.BinOp):
        return _has_letter(arg)
    if isinstance(arg, ast.Name):
        return arg.id in constants
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute):
        if arg.func.attr == "format":  # "…".format(…) or CONSTANT.format(…); t(…).format is fine
            return _untranslated(arg.func.value, constants)
        return False
    if isinstance(arg, ast.BoolOp):  # sentence or "fallback"
        return any(_untranslated(value, constants) for value in arg.values)
    if isinstance(arg, ast.IfExp):
        return _untranslated(arg.body, constants) or _untranslated(arg.orelse, constants)
    return False


def untranslated_errors(source: str, file: str, constants: set[str]) -> list[str]:
    """``file:line`` of every exception in ``source`` built with an untranslated text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _is_error(node):
            arguments = [*node.args, *(k.value for k in node.keywords)]
            if any(_untranslated(arg, constants) for arg in arguments):
                found.append(f"{file}:{node.lineno}")
    return found


def _text(node: ast.expr) -> str | None:
    """A literal's text; an f-string's with ``{}`` for each value."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_text(part) or "{}" for part in node.values)
    return None


def bare_sentences(source: str, file: str) -> list[str]:
    """``file:line`` of every sentence in ``source`` outside ``t``/``N_`` (docstrings and
    attribute docstrings aside), wherever it goes: raised, returned, assigned or passed on."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # a docstring
        if isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in node.values)  # read as a whole
        if isinstance(node, ast.Call) and _is_marker(node):
            skip.update(id(part) for arg in node.args[:1] for part in ast.walk(arg))
    found = []
    for node in ast.walk(tree):
        text = _text(node) if isinstance(node, ast.expr) and id(node) not in skip else None
        if text is not None and SENTENCE.match(text.strip()):
            found.append((node.lineno, f"{file}:{node.lineno}"))
    return [place for _line, place in sorted(found)]


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _sources() -> Iterator[tuple[str, str]]:
    for path in DB_FILES:
        yield path.read_text(encoding="utf-8"), _relative(path)


# -- the checks on the code -----------------------------------------------------------------


def test_every_exception_of_the_database_layer_is_translated() -> None:
    constants = {name for source, _file in _sources() for name in marked_constants(source)}
    assert {"SERVER_GONE", "STILL_LOST", "CLOSED", "UNSTORABLE_TEXT", "CONFLICT"} <= constants
    wrong = [line for s, f in _sources() for line in untranslated_errors(s, f, constants)]
    assert not wrong, "untranslated: " + ", ".join(wrong)


def test_every_sentence_of_the_database_layer_is_marked() -> None:
    wrong = [line for source, file in _sources() for line in bare_sentences(source, file)]
    assert not wrong, "not marked: " + ", ".join(wrong)


def _calls_t(node: ast.expr) -> bool:
    return any(
        isinstance(part, ast.Call) and isinstance(part.func, ast.Name) and part.func.id == "t"
        for part in ast.walk(node)
    )


def test_the_checks_see_the_translated_sentences() -> None:
    """Not trivially clean: the layer raises many translated sentences, all of which the
    checks read; and no ``t``/``N_`` is given a text the extractor cannot read
    (``t(f"…")``, ``t("…" + x)``, ``t("…".format(…))``)."""
    trees = [(ast.parse(source), file) for source, file in _sources()]
    translated = [
        node
        for tree, _file in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _is_error(node) and node.args and _calls_t(node.args[0])
    ]
    assert len(translated) >= THE_LAYERS_TRANSLATED_EXCEPTIONS
    unreadable = [
        f"{file}:{node.lineno}"
        for tree, file in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and _is_marker(node)
        and node.args
        and isinstance(node.args[0], ast.JoinedStr | ast.BinOp | ast.Call)
    ]
    assert not unreadable, "not a literal: " + ", ".join(unreadable)


BAD = """
from lagmote.i18n import N_, t
GONE = N_("Serveren svarer ikke.")
PLAIN = "Noe gikk galt."
def f(x, y):
    raise DatabaseError("Fant ikke noe.")                        # 6
    raise DatabaseError(f"Fant ikke {x}.")                       # 7
    raise UserError("Fant " + x)                                 # 8
    raise ValueError("Mappen {x} finnes ikke.".format(x=x))      # 9
    raise ConnectionLost(GONE)                                   # 10
    error = DatabaseError(y or "Databasen meldte en feil.")      # 11
    return DatabaseError(N_("Merket, men ikke oversatt."))       # 12
    raise DatabaseError(PLAIN.format())                          # 13
    raise DatabaseError(t("Fant ikke {x}.").format(x=x))
    raise ConnectionLost(t(GONE)) from None
    raise DatabaseError(describe(y))
    raise DatabaseError(y or t("Databasen meldte en feil."))
    raise DatabaseError(y)
    return f"Du har ikke tilgang til ungdom {x}."                # 19
    raise TypeError(f"No JSON mapping for column type {x!r}")
"""


def test_the_checks_name_each_untranslated_text_by_line() -> None:
    constants = marked_constants(BAD)
    assert constants == {"GONE", "PLAIN"}
    assert sorted(untranslated_errors(BAD, "bad.py", constants), key=_line) == [
        f"bad.py:{n}" for n in (6, 7, 8, 9, 10, 11, 12, 13)
    ]
    assert bare_sentences(BAD, "bad.py") == [f"bad.py:{n}" for n in (4, 6, 7, 9, 11, 19)]


def _line(place: str) -> int:
    return int(place.rsplit(":", 1)[1])


def test_the_hint_table_holds_marked_sentences() -> None:
    """Every sentence of :mod:`lagmote.db.errors`'s table is ``N_``-marked (or one of its
    marked constants), so the extractor reads it and :func:`describe_error` translates it."""
    tree = ast.parse((ROOT / "lagmote" / "db" / "errors.py").read_text(encoding="utf-8"))
    table = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "_OPERATIONAL_HINTS"
    )
    assert isinstance(table, ast.Tuple)
    rows = [row for row in table.elts if isinstance(row, ast.Tuple)]
    assert len(rows) == len(_OPERATIONAL_HINTS)
    unmarked = [
        f"lagmote/db/errors.py:{row.lineno}"
        for row in rows
        if not (_is_marker(row.elts[1]) or isinstance(row.elts[1], ast.Name))
    ]
    assert not unmarked, "not marked: " + ", ".join(unmarked)


# -- the sentences in another language --------------------------------------------------------


def _marked(context: str, text: str) -> str:
    assert context == i18n.DOMAIN
    return f"«{text}»"


@pytest.fixture
def marked() -> Iterator[None]:
    """Every domain text comes back in «…»; afterwards the translator installed before."""
    with i18n.source_texts():  # puts back the translator it found, whatever happens
        i18n.set_translator(_marked)
        yield


def _lost(message: str) -> OperationalError:
    return OperationalError("SELECT 1", {}, Exception(message))


def test_a_refusal_of_the_database_arrives_translated(store: Store, marked: None) -> None:
    with pytest.raises(DatabaseError) as unknown:
        load_audit(store, 4242, None)
    assert str(unknown.value) == "«Fant ingen ungdom med id 4242.»"
    with pytest.raises(DatabaseError) as gone:
        plan_ops.delete_goal(store, 1, 4242)
    assert str(gone.value) == "«Fant ikke «målet» (id 4242); noen kan ha slettet det.»"
    with pytest.raises(DatabaseError) as paper:
        parse_recovery_key("1234")
    assert str(paper.value).startswith("«Gjenopprettingsnøkkelen skal ha 64 tegn")


def test_the_driver_sentences_arrive_translated(marked: None) -> None:
    assert describe_error(_lost("connection refused")) == f"«{SERVER_GONE}»"
    assert (
        describe_error(_lost("disk is full")) == "«Disken er full, så endringen ble ikke lagret.»"
    )
    assert describe_error(_lost("something else")) == "«Databasen kunne ikke brukes akkurat nå.»"


def test_a_conflict_names_its_fields_translated(marked: None) -> None:
    with pytest.raises(EditConflict) as caught:
        over_stored("a", "b", "c", i18n.N_("teksten"), lambda new, over: None)
    assert [c.label for c in caught.value.conflicts] == ["«teksten»"]
    assert str(caught.value) == (
        "«Noen andre har endret «««teksten»»» mens du skrev. Velg hva som skal gjelde.»"
    )


def test_a_refused_document_arrives_translated(tmp_path: Path, marked: None) -> None:
    """The sentence is translated, and so is each piece put into it (the kind of value
    expected and found); field paths, numbers and codes stay as they are."""
    with pytest.raises(TransferError) as kind:
        validate_document({"format": FORMAT, "version": "3"})
    assert str(kind.value) == "«version: må være «et heltall», fikk «tekst».»"
    with pytest.raises(TransferError) as stranger:
        validate_document({"format": "noe annet"})
    assert str(stranger.value) == (
        f'«format: må være "{FORMAT}", ellers er dette ikke en Lagmøte-fil.»'
    )
    broken = tmp_path / "ungdom.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(TransferError) as unreadable:
        read_document(broken)
    assert str(unreadable.value) == "«Filen er ikke gyldig JSON (feil på linje 1, kolonne 2).»"
    with pytest.raises(TransferError) as missing:
        read_document(tmp_path / "finnes-ikke.json")
    assert str(missing.value) == f"«Fant ikke filen {tmp_path / 'finnes-ikke.json'}.»"


@pytest.mark.parametrize(
    "message",
    ["connection refused", "server closed the connection unexpectedly", "broken pipe"],
)
def test_a_lost_connection_is_told_apart_in_any_language(message: str, marked: None) -> None:
    assert describe_error(_lost(message)) in {f"«{SERVER_GONE}»", f"«{CONNECTION_BROKEN}»"}
    assert is_connection_lost(_lost(message))
    assert is_connection_lost(InterfaceError("SELECT 1", {}, Exception(message)))


def test_a_refused_change_is_not_a_lost_connection_in_any_language(marked: None) -> None:
    assert not is_connection_lost(_lost("permission denied for table youth"))
    assert not is_connection_lost(_lost("something else"))
