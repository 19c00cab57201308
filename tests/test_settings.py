"""Every setting in one place: the user's preferences (declared once, with defaults, kept
private), the district's settings in the database, the settings dialog that saves all or
nothing, the window's geometry kept apart, and the first start's welcome."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from lagmote.db.engine import data_dir, default_target
from lagmote.db.queries import list_youths
from lagmote.db.settings import AUTO_LOCK, EVALUATION_INTERVAL, load_number
from lagmote.db.store import Store
from lagmote.errors import UserError
from lagmote.preferences import (
    DEFAULTS,
    LANGUAGE_ENV,
    Preferences,
    language,
    load_preferences,
    preferences_path,
    save_preferences,
)
from lagmote.profile import CONFIG_ENV, Profile, load_profile
from lagmote.ui import app as app_module
from lagmote.ui.main_window import GEOMETRY_KEY
from lagmote.ui.settings_dialog import SettingsDialog
from lagmote.ui.welcome import WelcomeWizard


def test_preferences_have_defaults_and_are_kept_private(tmp_path: Path) -> None:
    assert load_preferences() == DEFAULTS == Preferences("", "", "")
    folder = tmp_path / "mine data"
    folder.mkdir()
    save_preferences(Preferences("nn", f" {folder} ", ""))
    assert load_preferences() == Preferences("nn", str(folder), "")
    assert (preferences_path().stat().st_mode & 0o777) == 0o600
    preferences_path().write_text("{ødelagt", encoding="utf-8")
    assert load_preferences() == DEFAULTS


def test_a_bad_preference_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Ukjent språk"):
        save_preferences(Preferences("sv"))
    with pytest.raises(UserError, match="finnes ikke"):
        save_preferences(Preferences("", str(tmp_path / "nei")))
    assert not preferences_path().exists()


def test_the_data_folder_and_database_follow_the_preference_unless_the_environment_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "annen"
    folder.mkdir()
    save_preferences(Preferences("", str(folder), ""))
    monkeypatch.delenv("LAGMOTE_DATA_DIR")
    assert data_dir() == folder
    assert default_target() == str(folder / "lagmote.db")
    save_preferences(Preferences("", "", "postgresql+psycopg://kari@server/bydel"))
    assert default_target() == "postgresql+psycopg://kari@server/bydel"
    monkeypatch.setenv("LAGMOTE_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path


def test_the_language_follows_the_environment_then_the_preference(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV)  # the tests' own bokmål, set for every test
    assert language() == ""
    save_preferences(Preferences("en"))
    assert language() == "en"
    monkeypatch.setenv(LANGUAGE_ENV, "nn")
    assert language() == "nn"


def test_the_dialog_saves_everything_or_nothing(qtbot: QtBot, store: Store) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Test Testesen"  # the test's profile
    assert dialog.lock_minutes is not None and dialog.evaluation_months is not None
    dialog.name.setText("")
    dialog.lock_minutes.setValue(9)
    dialog.save()
    assert "Skriv navnet ditt." in dialog.problem.text()
    assert load_number(store, AUTO_LOCK) == 5  # nothing saved
    dialog.name.setText("Kari Nordmann")
    dialog.language.setCurrentIndex(dialog.language.findData("nn"))
    dialog.evaluation_months.setValue(4)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert load_profile() == Profile("Kari Nordmann", "oppfolger", "Bydel Test")
    assert load_preferences().language == "nn"
    assert (load_number(store, AUTO_LOCK), load_number(store, EVALUATION_INTERVAL)) == (9, 4)


def test_the_windows_geometry_is_kept_apart_from_the_preferences(qtbot: QtBot) -> None:
    window = app_module.opening_window(None)
    qtbot.addWidget(window)
    window.resize(700, 500)  # inside the offscreen screen (800×600)
    window.close()
    assert QSettings().value(GEOMETRY_KEY) is not None
    assert not preferences_path().exists()  # moving a window changes no setting
    again = app_module.opening_window(None)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_the_welcome_sets_the_user_creates_the_database_and_opens_the_demo(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "ny"))
    target = str(tmp_path / "ny.db")
    wizard = WelcomeWizard(target)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.you  # a name is needed
    assert "Skriv navnet ditt." in wizard.you.problem.text()
    wizard.you.name.setText("Jonas Berg")
    wizard.next()
    assert "ny.db" in wizard.database_page.where.text()
    wizard.next()
    assert wizard.store is not None and Path(target).exists()
    assert "nøkkelringen" in wizard.key_page.key.text()  # the tests' keyring holds the key
    assert "sikkerhetskopi hver dag" in wizard.key_page.backups.text()
    wizard.accept()
    assert len(list_youths(wizard.store, date.today())) == 1  # the demo youth
    assert load_profile() == Profile("Jonas Berg", "oppfolger", "")
    wizard.store.engine.dispose()


def test_the_welcome_is_only_for_the_first_start(qtbot: QtBot) -> None:
    window = app_module.opening_window(None)
    qtbot.addWidget(window)
    assert app_module.welcome(window, None) is None  # the tests' user is set up already
