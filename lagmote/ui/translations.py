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
context), nor the context of ``self.tr`` in a mixin, nor the domain's ``t("…")`` and
``N_("…")`` (:mod:`lagmote.i18n`, Qt-free), so the reading here is our own: a walk over the
syntax tree that knows ``self.tr("…")``, ``translate("Context", "…")``, those helpers and the
domain's markers. A translation already in a ``.ts`` is kept; a text found again under a new
context takes its old translation, marked unfinished for a translator to confirm.

Installing the translators also installs ``QCoreApplication.translate`` as the domain's
translator (:func:`lagmote.i18n.set_translator`), so its sentences speak the chosen language
too; removing them puts the bokmål source back.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lagmote.i18n import set_translator

LANGUAGES: Final = ("nb", "nn", "en")
SOURCE_LANGUAGE: Final = "nb"
ROOT: Final = Path(__file__).resolve().parents[2]
I18N_DIR: Final = ROOT / "resources" / "i18n"
# The window's modules, and the domain's (whose texts go through lagmote.i18n).
CODE_GLOBS: Final = (
    "lagmote/*.py",
    "lagmote/db/*.py",
    "lagmote/db/transfer/*.py",
    "lagmote/ui/*.py",
    "lagmote/widgets/*.py",
)
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
    set_translator(QCoreApplication.translate)  # the domain's sentences too (lagmote.i18n)
    QLocale.setDefault(_LOCALES[chosen])
    return chosen


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators :func:`install_translators` put in: the source texts show."""
    set_translator(None)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()


def translation_files(language: str) -> list[Path]:
    """The ``.qm`` files for ``language`` that exist (built first where stale): Qt's, ours."""
    compile_stale()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_file = (I18N_DIR if language in OWN_QT_TEXTS else qt_folder) / f"qtbase_{language}.qm"
    # Bokmål is the source language: its own file translates every text to itself, so it
    # is not loaded (one file less to read before the window's first paint).
    ours = I18N_DIR / f"lagmote_{language}.qm" if language != SOURCE_LANGUAGE else None
    return [path for path in (qt_file, ours) if path is not None and path.is_file()]


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
    import subprocess

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


def main(argv: list[str]) -> int:
    """``update``: read the texts out of the code into the ``.ts`` files; then compile."""
    if argv[:1] == ["update"]:
        from lagmote.ui.translation_sources import extract_messages, update_ts

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
