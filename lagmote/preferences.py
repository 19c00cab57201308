"""Every setting of the program, declared once, with its default and where it is kept.

Two kinds, by who decides:

- **The user's own** (this computer's user): name, role and organisation (:mod:`lagmote.profile`,
  written on every audit row), the language, the data folder, and the database to open. Kept
  in ``innstillinger.json`` in the user's configuration folder (``LAGMOTE_CONFIG_DIR``
  overrides it), readable by the user only.
- **The district's** (everyone using one database): how often evaluations are due and after how
  many idle minutes the window locks. Kept in the database (:mod:`lagmote.db.settings`), so
  that a shared database has one rule.

The window's size and place are not settings: Qt keeps them apart (``QSettings``), so that a
preference file never changes because a window was moved.

An environment variable, where there is one, wins over the file: ``LAGMOTE_DATA_DIR``,
``LAGMOTE_LANGUAGE``. ``--db`` on the command line wins over the database setting.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Final

from lagmote.errors import UserError
from lagmote.i18n import N_, TextMap, t
from lagmote.profile import config_dir

FILE_NAME: Final = "innstillinger.json"
LANGUAGES: Final = TextMap(
    {"": N_("Som systemet"), "nb": N_("Bokmål"), "nn": N_("Nynorsk"), "en": N_("English")}
)
LANGUAGE_ENV: Final = "LAGMOTE_LANGUAGE"
MAX_PATH_CHARS: Final = 1000


@dataclass(frozen=True)
class Preferences:
    """The user's own settings; the defaults are the program's defaults."""

    language: str = ""  # "": follow the system
    data_folder: str = ""  # "": the platform's data folder
    database: str = ""  # "": the encrypted file in the data folder; or a file path or a URL

    def check(self) -> None:
        if self.language not in LANGUAGES:
            raise UserError(t("Ukjent språk: «{language}».").format(language=self.language))
        invalid = (
            (self.data_folder, N_("Datamappen er ikke en gyldig mappe eller adresse.")),
            (self.database, N_("Databasen er ikke en gyldig mappe eller adresse.")),
        )
        for value, sentence in invalid:
            if len(value) > MAX_PATH_CHARS or "\n" in value:
                raise UserError(t(sentence))
        if self.data_folder and not Path(self.data_folder).expanduser().is_dir():
            raise UserError(t("Mappen {folder} finnes ikke.").format(folder=self.data_folder))


DEFAULTS: Final = Preferences()


def preferences_path() -> Path:
    return config_dir() / FILE_NAME


def load_preferences() -> Preferences:
    """The saved preferences; a missing or unreadable file gives the defaults."""
    try:
        data = json.loads(preferences_path().read_text(encoding="utf-8"))
        known = {f.name for f in fields(Preferences)}
        loaded = Preferences(**{k: str(v) for k, v in data.items() if k in known})
        loaded.check()
    except (OSError, ValueError, TypeError, UserError):
        return DEFAULTS
    return loaded


def save_preferences(preferences: Preferences) -> None:
    from lagmote.private_file import write_private

    clean = replace(
        preferences,
        data_folder=preferences.data_folder.strip(),
        database=preferences.database.strip(),
    )
    clean.check()
    config_dir().mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(clean), ensure_ascii=False, indent=2).encode("utf-8")
    write_private(preferences_path(), data)


def language() -> str:
    """The language to show: the environment, the preference, or "" (follow the system)."""
    chosen = os.environ.get(LANGUAGE_ENV, "") or load_preferences().language
    return chosen if chosen in LANGUAGES else ""


def data_folder_preference() -> str:
    return load_preferences().data_folder


def database_preference() -> str:
    return load_preferences().database
