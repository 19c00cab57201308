"""Reading the texts to translate out of the code, and writing them into the ``.ts`` files:
the build-time half of :mod:`lagmote.ui.translations` (``python -m lagmote.ui.translations
update``), kept apart so that starting the program loads no parser.

The window's texts are ``self.tr("…")``, ``translate("Context", "…")`` and the modules'
``_tr("…")`` helpers; the domain's are :func:`lagmote.i18n.t` and :func:`lagmote.i18n.N_`,
recognised where a module imports them from :mod:`lagmote.i18n`."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lagmote.i18n import DOMAIN
from lagmote.ui.translations import ROOT, SOURCE_LANGUAGE, TS_LOCALES


@dataclass(frozen=True)
class Message:
    """One text to translate, where the code asks for it."""

    context: str
    source: str
    file: str  # relative to the repository
    line: int


def extract_messages(paths: Iterable[Path]) -> list[Message]:
    """Every literal text the modules at ``paths`` pass to a translation call."""
    found: list[Message] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        name = path.resolve().relative_to(ROOT).as_posix()
        found.extend(_Reader(name, _helpers(tree), _domain_markers(tree)).read(tree))
    return found


def _domain_markers(tree: ast.Module) -> dict[str, str]:
    """The module's local names for :func:`lagmote.i18n.t` and :func:`lagmote.i18n.N_`
    (``from lagmote.i18n import t, N_``): local name → ``"t"`` or ``"N_"``."""
    markers = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "lagmote.i18n":
            for alias in node.names:
                if alias.name in ("t", "N_"):
                    markers[alias.asname or alias.name] = alias.name
    return markers


def _domain_context(call: ast.Call) -> str | None:
    """The context of a ``t("…")`` call: a literal second argument or ``context=``, else
    the domain's; ``None`` when it is not a literal."""
    given = call.args[1] if len(call.args) >= 2 else None
    given = next((k.value for k in call.keywords if k.arg == "context"), given)
    if given is None:
        return DOMAIN
    return given.value if isinstance(given, ast.Constant) and isinstance(given.value, str) else None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """The module's ``def _tr(text): return QCoreApplication.translate("Context", text)``."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.body) == 1:
            returned = node.body[0]
            if isinstance(returned, ast.Return) and isinstance(returned.value, ast.Call):
                args = _strings(returned.value)
                if _is_translate(returned.value) and len(args) >= 1 and args[0] is not None:
                    helpers[node.name] = args[0]
    return helpers


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name == "translate" and len(call.args) >= 2


def _strings(call: ast.Call) -> list[str | None]:
    return [
        a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
        for a in call.args
    ]


class _Reader(ast.NodeVisitor):
    """Walks one module, knowing the class each call is in."""

    def __init__(self, file: str, helpers: dict[str, str], markers: dict[str, str]) -> None:
        self.file, self.helpers, self.markers = file, helpers, markers
        self.classes: list[str] = []
        self.found: list[Message] = []

    def read(self, tree: ast.Module) -> list[Message]:
        self.visit(tree)
        return self.found

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        context, text = self._message(node)
        if context is not None and text is not None:
            self.found.append(Message(context, text, self.file, node.lineno))
        self.generic_visit(node)

    def _message(self, node: ast.Call) -> tuple[str | None, str | None]:
        func, args = node.func, _strings(node)
        if isinstance(func, ast.Attribute) and func.attr == "tr" and args and self.classes:
            return self.classes[-1], args[0]
        if _is_translate(node):
            return args[0], args[1]
        if isinstance(func, ast.Name) and func.id in self.helpers and len(args) == 1:
            return self.helpers[func.id], args[0]
        if isinstance(func, ast.Name) and func.id in self.markers and args:
            marker = self.markers[func.id]
            return (DOMAIN if marker == "N_" else _domain_context(node)), args[0]
        return None, None


def update_ts(path: Path, language: str, messages: list[Message]) -> int:
    """Write ``messages`` into the ``.ts`` at ``path``, keeping the translations it has;
    bokmål, the source, translates each text as itself. Returns how many are unfinished."""
    known, by_source = _read_translations(path) if path.exists() else ({}, {})
    root = ET.Element("TS", version="2.1", language=TS_LOCALES[language])
    root.set("sourcelanguage", TS_LOCALES[SOURCE_LANGUAGE])
    unfinished = 0
    for context, grouped in _by_context(messages):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, places in grouped:
            text = source if language == SOURCE_LANGUAGE else known.get((context, source))
            unfinished += text is None
            _message_element(element, source, places, text, by_source.get(source, ""))
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return unfinished


def _by_context(messages: list[Message]) -> Iterator[tuple[str, list[tuple[str, list[Message]]]]]:
    contexts: dict[str, dict[str, list[Message]]] = {}
    for message in messages:
        contexts.setdefault(message.context, {}).setdefault(message.source, []).append(message)
    for context in sorted(contexts):
        yield context, list(contexts[context].items())


def _message_element(
    parent: ET.Element, source: str, places: list[Message], text: str | None, guess: str
) -> None:
    """One ``<message>``; without a ``text`` it holds the ``guess``, marked unfinished."""
    element = ET.SubElement(parent, "message")
    for place in places:
        ET.SubElement(element, "location", filename=f"../../{place.file}", line=str(place.line))
    ET.SubElement(element, "source").text = source
    translation = ET.SubElement(element, "translation")
    translation.text = guess if text is None else text
    if text is None:
        translation.set("type", "unfinished")


def _read_translations(path: Path) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """The finished translations in a ``.ts``: by (context, source), and by source alone."""
    known: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            by_source.setdefault(source, translation.text)
            if translation.get("type") != "unfinished":
                known[(name, source)] = translation.text
    return known, by_source
