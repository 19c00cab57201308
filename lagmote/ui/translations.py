"""The languages the window speaks: bokmål (the source), nynorsk and English.

Our texts live in ``resources/i18n/lagmote_<lang>.ts``; Qt's own texts (standard buttons,
the file dialog, a line edit's context menu) come from the ``qtbase_<lang>.qm`` that
PySide6 ships, except bokmål, which Qt does not ship: ``resources/i18n/qtbase_nb.ts`` is
ours. The ``.qm`` files are built, not committed: ``scripts/translations.sh`` builds them,
and :func:`install_translators` rebuilds any that is missing or older than its ``.ts``
(where ``lrelease`` and a writable folder are at hand), so a checkout whose ``.ts`` was just
edited never shows stale texts.

``python -m lagmote.ui.translations update`` reads the texts out of the code into the
``.ts`` files and compiles them. Qt's ``lupdate`` cannot do it: it does not know the
modules' ``_tr("…")`` helpers (each a ``QCoreApplication.translate`` with the module's
context), nor the context of ``self.tr`` in a mixin, so the reading here is our own: a walk
over the syntax tree that knows ``self.tr("…")``, ``translate("Context", "…")`` and those
helpers. A translation already in a ``.ts`` is kept; a text found again under a new context
takes its old translation, marked unfinished for a translator to confirm.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES: Final = ("nb", "nn", "en")
SOURCE_LANGUAGE: Final = "nb"
ROOT: Final = Path(__file__).resolve().parents[2]
I18N_DIR: Final = ROOT / "resources" / "i18n"
CODE_GLOBS: Final = ("lagmote/ui/*.py", "lagmote/widgets/*.py")
TS_LOCALES: Final = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
OWN_QT_TEXTS: Final = ("nb",)  # languages whose qtbase translation is ours, not Qt's
TRANSLATOR_NAME: Final = "lagmote-translator"
_LOCALES: Final = {
    "nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": QLocale(QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": QLocale(QLocale.Language.English, QLocale.Country.Norway),
}


def system_language(ui_languages: list[str] | None = None) -> str:
    """The system's first language if we speak it (Norwegian "no" is bokmål), else bokmål."""
    languages = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    first = languages[0].replace("_", "-").split("-")[0].lower() if languages else ""
    return {"nb": "nb", "no": "nb", "nn": "nn", "en": "en"}.get(first, SOURCE_LANGUAGE)


def resolve_language(choice: str | None) -> str:
    """The language to use for a setting: ``None`` or ``""`` follows the system."""
    return choice if choice in LANGUAGES else system_language()


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install our texts and Qt's own for ``language`` (``None``: the system's) into ``app``,
    replacing any installed before, and make it the default locale; returns the language."""
    chosen = resolve_language(language)
    remove_translators(app)
    for path in translation_files(chosen):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(str(path)):
            app.installTranslator(translator)
    QLocale.setDefault(_LOCALES[chosen])
    return chosen


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators :func:`install_translators` put in: the source texts show."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()


def translation_files(language: str) -> list[Path]:
    """The ``.qm`` files for ``language`` that exist (built first where stale): Qt's, ours."""
    compile_stale()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_file = (I18N_DIR if language in OWN_QT_TEXTS else qt_folder) / f"qtbase_{language}.qm"
    ours = I18N_DIR / f"lagmote_{language}.qm"
    return [path for path in (qt_file, ours) if path.is_file()]


def compile_stale(force: bool = False) -> list[Path]:
    """Build every ``.qm`` that is missing or older than its ``.ts``; the ones built."""
    pairs = [(ts, ts.with_suffix(".qm")) for ts in sorted(I18N_DIR.glob("*.ts"))]
    stale = [(ts, qm) for ts, qm in pairs if force or _older(qm, ts)]
    return [qm for ts, qm in stale if _lrelease(ts, qm)]


def _older(target: Path, source: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def lrelease_path() -> Path:
    """Qt's ``lrelease`` as the PySide6 wheel ships it."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def _lrelease(source: Path, target: Path) -> bool:
    tool = lrelease_path()
    if not tool.exists():
        return False
    try:
        subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return False  # a read-only install: the .qm files built with it are used
    return True


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
        found.extend(_Reader(name, _helpers(tree)).read(tree))
    return found


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

    def __init__(self, file: str, helpers: dict[str, str]) -> None:
        self.file, self.helpers = file, helpers
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


def main(argv: list[str]) -> int:
    """``update``: read the texts out of the code into the ``.ts`` files; then compile."""
    if argv[:1] == ["update"]:
        messages = extract_messages(sorted(p for g in CODE_GLOBS for p in ROOT.glob(g)))
        for language in LANGUAGES:
            path = I18N_DIR / f"lagmote_{language}.ts"
            missing = update_ts(path, language, messages)
            count = len({(m.context, m.source) for m in messages})
            print(f"{path.relative_to(ROOT)}: {count} texts, {missing} unfinished")
    for path in compile_stale(force=True):
        print(f"built {path.relative_to(I18N_DIR.parents[1])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
