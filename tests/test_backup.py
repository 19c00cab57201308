"""Backups: consistent while others write, encrypted, checked, restored, rotated; the command
line's backup and restore; the recovery key shown and printed."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session

from lagmote.db import keys
from lagmote.db.backup import (
    backup,
    check_backup,
    daily_backup,
    known_revision,
    restore,
    restore_target,
)
from lagmote.db.cipher_file import key_for_existing
from lagmote.db.engine import Database, _sqlcipher_engine, open_database
from lagmote.db.errors import DatabaseError
from lagmote.db.models import Youth
from lagmote.db.recovery_key import key_lines, parse_recovery_key, stored_key_hex
from lagmote.db.revision import HEAD_REVISION
from lagmote.db.schema import upgrade
from lagmote.db.store import Actor, Store, WriteResult
from lagmote.ui import app
from lagmote.ui.daily_backup import BackupStatus, DailyBackup, start_daily_backup
from lagmote.ui.main_window import MainWindow
from lagmote.ui.recovery_dialog import RecoveryDialog, recovery_sheet
from tests.memory_keyring import MemoryKeyring
from tests.test_cli import PASSPHRASE, assert_one_line_error, run

MARKER = "Plaintextmarkor-8841"
TODAY = date(2026, 12, 1)


def add_youths(store: Store, *names: str) -> list[int]:
    def work(session: Session) -> WriteResult:
        rows = [Youth(first_name=name) for name in names]
        session.add_all(rows)
        session.flush()
        result = WriteResult(None, created_ids=[row.id for row in rows])
        for row in rows:
            result.log("create", "youth", row.id)
        return result

    return list(store.write(work).created_ids)


def raw_names(path: Path, key: keys.DbKey) -> list[str]:
    """The names in the file, read with a plain keyed connection (no migrations)."""
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = {key.pragma_value}")
        return [row[0] for row in connection.execute("SELECT first_name FROM youth ORDER BY id")]
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def audit_rows(store: Store) -> list[tuple[str, str, str]]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT action, object, detail FROM audit_log WHERE object = 'database'")
        )
        return [(r[0], r[1], r[2]) for r in rows]


@pytest.fixture
def key(database: Database, db_path: Path) -> keys.DbKey:
    return key_for_existing(db_path, None)


# --- making a backup -----------------------------------------------------------------------


class Writer(threading.Thread):
    """Commits pairs of youths ("n-a", "n-b", one transaction each) until stopped."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.committed: list[int] = []
        self.started_writing = threading.Event()
        self.stop = threading.Event()
        self.errors: list[BaseException] = []

    def run(self) -> None:
        n = 0
        try:
            while not self.stop.is_set() or n < 5:
                add_youths(self.store, f"{n}-a", f"{n}-b")
                self.committed.append(n)
                n += 1
                if n == 5:
                    self.started_writing.set()
        except BaseException as error:
            self.errors.append(error)
            self.started_writing.set()


def test_backup_while_another_connection_writes(
    store: Store, db_path: Path, key: keys.DbKey, tmp_path: Path
) -> None:
    add_youths(store, MARKER, *(f"fyll {n} " + "x" * 200 for n in range(3000)))  # ~200 pages
    writer = Writer(store)
    writer.start()
    assert writer.started_writing.wait(30)
    before = list(writer.committed)  # committed before the backup began: all must be in it
    out = tmp_path / "kopi.db"
    try:
        info = backup(db_path, key, out)
        during = len(writer.committed)
    finally:
        writer.stop.set()
        writer.join()
    assert writer.errors == []
    assert during > len(before)  # the writer went on while the copy was made
    names = raw_names(out, key)
    pairs_a = {n.removesuffix("-a") for n in names if n.endswith("-a")}
    pairs_b = {n.removesuffix("-b") for n in names if n.endswith("-b")}
    assert pairs_a == pairs_b  # no transaction half in the copy
    assert {str(n) for n in before} <= pairs_a
    assert MARKER in names
    assert info == check_backup(out, key)
    assert info.youths == len(names)
    assert info.revision == HEAD_REVISION
    assert info.newest_audit is not None and info.newest_audit.tzinfo is not None


def test_backup_is_encrypted_private_and_leaves_nothing_behind(
    store: Store, db_path: Path, key: keys.DbKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_youths(store, MARKER)
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    folder = tmp_path / "kopier"
    folder.mkdir()
    out = folder / "kopi.db"
    backup(db_path, key, out)
    raw = out.read_bytes()
    assert MARKER.encode() not in raw and b"SQLite format 3" not in raw
    assert MARKER in raw_names(out, key)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert os.listdir(folder) == ["kopi.db"]
    assert os.listdir(system_temp) == []
    plain = sqlcipher3.connect(str(out))
    with pytest.raises(sqlcipher3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_backup_keeps_the_salt_so_the_keyring_finds_its_key(
    database: Database, db_path: Path, key: keys.DbKey, tmp_path: Path
) -> None:
    out = tmp_path / "kopi.db"
    backup(db_path, key, out)
    assert keys.salt_of(out) == keys.salt_of(db_path)
    assert key_for_existing(out, None) == key


def test_backup_with_a_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    path = tmp_path / "passord.db"
    open_database(str(path)).dispose()
    out = tmp_path / "kopi.db"
    backup(path, keys.DbKey.passphrase(PASSPHRASE), out)
    assert check_backup(out, keys.DbKey.passphrase(PASSPHRASE)).youths == 0
    with pytest.raises(DatabaseError, match="feil nøkkel"):
        check_backup(out, keys.DbKey.passphrase("et annet passord"))
    assert memory_keyring.secrets == {}


def test_backup_refuses_its_own_source_and_a_missing_file(
    database: Database, db_path: Path, key: keys.DbKey, tmp_path: Path
) -> None:
    with pytest.raises(DatabaseError, match="samme fil"):
        backup(db_path, key, db_path)
    with pytest.raises(DatabaseError, match="finnes ikke"):
        backup(tmp_path / "borte.db", key, tmp_path / "kopi.db")
    assert not list(tmp_path.glob(".*.tmp")) and not (tmp_path / "kopi.db").exists()


# --- restoring -----------------------------------------------------------------------------


def test_restore_round_trip_keeps_the_old_file(
    database: Database, store: Store, db_path: Path, key: keys.DbKey, tmp_path: Path
) -> None:
    add_youths(store, "Før")
    out = tmp_path / "kopi.db"
    backup(db_path, key, out)
    add_youths(store, "Etter")
    database.dispose()
    backup_digest = digest(out)
    kept = restore(out, key, db_path)
    assert kept is not None and kept.name.startswith("case.db.før-gjenoppretting-")
    assert raw_names(db_path, key) == ["Før"]
    assert raw_names(kept, key) == ["Før", "Etter"]
    assert digest(out) == backup_digest
    again = open_database(str(db_path))  # the keyring's key opens it; WAL mode again
    with again.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    again.dispose()
    second = restore(out, key, db_path)  # a second restore keeps a second old file
    assert second is not None and second != kept and kept.exists()


def test_restore_refused_while_the_database_is_open(
    database: Database, store: Store, db_path: Path, key: keys.DbKey, tmp_path: Path
) -> None:
    out = tmp_path / "kopi.db"
    backup(db_path, key, out)
    add_youths(store, "Etter")  # the engine keeps a connection open, as the window does
    before = digest(db_path)
    with pytest.raises(DatabaseError, match="er åpen i Lagmøte"):
        restore(out, key, db_path)
    assert digest(db_path) == before
    assert not list(tmp_path.glob("*før-gjenoppretting*"))


def _corrupt(path: Path, _key: keys.DbKey, _tmp: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))


def _truncate_to_pages(path: Path, _key: keys.DbKey, _tmp: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: (len(data) // 4096 // 2) * 4096])


def _truncate_mid_page(path: Path, _key: keys.DbKey, _tmp: Path) -> None:
    path.write_bytes(path.read_bytes()[:-100])


def _other_database(path: Path, _key: keys.DbKey, tmp: Path) -> None:
    other = tmp / "annen.db"
    open_database(str(other)).dispose()  # its own key in the keyring
    backup(other, key_for_existing(other, None), path)


def _plain_sqlite(path: Path, _key: keys.DbKey, _tmp: Path) -> None:
    path.unlink()
    connection = sqlcipher3.connect(str(path))
    connection.execute("CREATE TABLE youth (first_name TEXT)")
    connection.commit()
    connection.close()


def _random_bytes(path: Path, _key: keys.DbKey, _tmp: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _foreign_schema(path: Path, key: keys.DbKey, _tmp: Path) -> None:
    path.unlink()
    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = {key.pragma_value}")
    connection.execute("CREATE TABLE kunder (navn TEXT)")
    connection.commit()
    connection.close()


def _newer_schema(path: Path, key: keys.DbKey, _tmp: Path) -> None:
    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = {key.pragma_value}")
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_corrupt, "skadet"),
        (_truncate_to_pages, "skadet"),
        (_truncate_mid_page, "ufullstendig"),
        (_other_database, "feil nøkkel"),
        (_plain_sqlite, "ikke kryptert"),
        (_random_bytes, "feil nøkkel"),
        (_foreign_schema, "ikke en sikkerhetskopi fra Lagmøte"),
        (_newer_schema, "nyere versjon"),
    ],
)
def test_restore_refuses_a_bad_backup_without_touching_the_target(
    database: Database,
    store: Store,
    db_path: Path,
    key: keys.DbKey,
    tmp_path: Path,
    spoil: Callable[[Path, keys.DbKey, Path], None],
    words: str,
) -> None:
    add_youths(store, *(f"ungdom {n}" for n in range(200)))  # a file of many pages
    out = tmp_path / "kopi.db"
    backup(db_path, key, out)
    database.dispose()
    spoil(out, key, tmp_path)
    before = digest(db_path)
    with pytest.raises(DatabaseError, match=words) as raised:
        restore(out, key, db_path)
    assert "\n" not in str(raised.value)
    assert digest(db_path) == before
    assert not list(tmp_path.glob("*før-gjenoppretting*"))
    assert not list(tmp_path.glob(".*.tmp*"))


def test_an_older_schema_is_restored_and_upgraded_on_opening(tmp_path: Path) -> None:
    new = keys.NewKey.generate()
    keys.remember_key(new)
    old = tmp_path / "gammel.db"
    engine = _sqlcipher_engine(old, new.db_key, new=True)
    upgrade(engine, "0002")
    engine.dispose()
    out = tmp_path / "kopi.db"
    key = keys.DbKey.raw(new.key)
    assert backup(old, key, out).revision == "0002"
    target = tmp_path / "ny.db"
    assert restore(out, key, target) is None  # nothing was there to keep
    opened = open_database(str(target))
    with opened.engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    opened.dispose()
    assert version == HEAD_REVISION


def test_known_revisions() -> None:
    assert known_revision(HEAD_REVISION) and known_revision("0001")
    assert not known_revision("9999")


# --- the recovery key on a new machine -----------------------------------------------------


def test_restore_with_the_recovery_key_from_paper(
    database: Database,
    store: Store,
    db_path: Path,
    key: keys.DbKey,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    add_youths(store, MARKER)
    out = tmp_path / "kopi.db"
    backup(db_path, key, out)
    paper = key_lines(stored_key_hex(keys.salt_of(db_path)))
    database.dispose()
    memory_keyring.secrets.clear()  # a new machine: the keyring knows nothing
    target = tmp_path / "ny-maskin.db"
    with pytest.raises(DatabaseError, match="gjenopprettingsnøkkelen"):
        restore_target(out, str(target), None)
    with pytest.raises(DatabaseError, match="feil nøkkel"):
        restore_target(out, str(target), lambda _new: "0" * 64)
    assert memory_keyring.secrets == {} and not target.exists()
    typed = "\n".join(paper).lower()
    restored = restore_target(out, str(target), lambda _new: typed)
    assert restored.info.youths == 1 and restored.kept is None
    assert len(memory_keyring.secrets) == 1
    assert raw_names(target, key_for_existing(target, None)) == [MARKER]


def test_recovery_key_lines_and_parsing() -> None:
    digits = "0123456789abcdef" * 4
    lines = key_lines(digits)
    assert lines[0] == "0123 4567 89AB CDEF" and len(lines) == 4
    assert parse_recovery_key(" - ".join(lines)) == bytes.fromhex(digits)
    with pytest.raises(DatabaseError, match="64 tegn"):
        parse_recovery_key(digits[:-1])
    with pytest.raises(DatabaseError, match="64 tegn"):
        parse_recovery_key(digits[:-1] + "g")


# --- the daily backup ----------------------------------------------------------------------


def test_daily_backup_keeps_the_newest_and_makes_one_a_day(
    database: Database, db_path: Path, key: keys.DbKey, tmp_path: Path
) -> None:
    folder = tmp_path / "kopier"
    days = [TODAY + timedelta(days=n) for n in range(5)]
    for day in days:
        assert daily_backup(db_path, key, folder, keep=3, today=day) is not None
    expected = [f"lagmote-{day.isoformat()}.db" for day in days[-3:]]
    assert sorted(p.name for p in folder.iterdir()) == expected
    last = folder / expected[-1]
    before = digest(last)
    assert daily_backup(db_path, key, folder, keep=3, today=days[-1]) is None
    assert digest(last) == before
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_daily_backup_goes_to_the_data_folder_and_skips_a_server(
    database: Database, db_path: Path, key: keys.DbKey, data_dir: Path
) -> None:
    made = daily_backup(db_path, key, today=TODAY)
    assert made == data_dir / "sikkerhetskopier" / "lagmote-2026-12-01.db"
    assert daily_backup("postgresql+psycopg://ola@vert/lagmote", key) is None


def test_the_window_backs_up_only_the_default_database(
    qtbot: QtBot, data_dir: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(None, "")
    qtbot.addWidget(window)
    assert start_daily_backup(window, database) is None  # a --db file, not the default
    monkeypatch.setattr(DailyBackup, "start", lambda _self: None)  # started below, watched
    default = open_database()  # the file in the data folder
    runner = start_daily_backup(window, default)
    assert runner is not None
    with qtbot.waitSignal(runner.made, timeout=20_000) as blocker:
        thread = threading.Thread(target=runner.run)
        thread.start()
    thread.join()
    expected = data_dir / "sikkerhetskopier" / f"lagmote-{date.today().isoformat()}.db"
    assert blocker.args == [str(expected)] and expected.exists()
    status = window.statusBar().findChild(BackupStatus)
    assert status is not None and status.isHidden()
    runner.key_source = "passphrase"  # a typed passphrase is stored nowhere: no backup
    expected.unlink()
    with qtbot.waitSignal(runner.failed, timeout=20_000):
        thread = threading.Thread(target=runner.run)
        thread.start()
    thread.join()
    qtbot.waitUntil(lambda: status.text() != "")
    assert status.text().startswith("Ingen daglig sikkerhetskopi: Passordet lagres ikke")
    assert status.isVisibleTo(window)
    default.dispose()


def test_opening_the_default_database_makes_todays_backup(qtbot: QtBot, data_dir: Path) -> None:
    window = app.opening_window(None)
    qtbot.addWidget(window)
    window.show()
    app._open_into(window, None)
    expected = data_dir / "sikkerhetskopier" / f"lagmote-{date.today().isoformat()}.db"
    qtbot.waitUntil(expected.exists, timeout=20_000)
    for thread in threading.enumerate():
        if thread.name == "daglig-sikkerhetskopi":
            thread.join(30)
    assert check_backup(expected, key_for_existing(data_dir / "lagmote.db", None)).youths == 0


def test_a_daily_backup_failure_is_one_sentence_in_the_status_bar(
    qtbot: QtBot, db_path: Path, database: Database
) -> None:
    runner = DailyBackup(db_path, "", "passphrase")  # a typed passphrase: stored nowhere
    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start().join(30)
    sentence = blocker.args[0]
    assert sentence.startswith("Ingen daglig sikkerhetskopi: Passordet lagres ikke")
    assert "\n" not in sentence and "Traceback" not in sentence


# --- the command line ----------------------------------------------------------------------


def test_cli_backup_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db)).returncode == 0
    out = tmp_path / "kopi.db"
    made = run("backup", "--db", str(db), "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert "1 ungdom" in made.stdout and out.exists()
    restored = run("restore", str(out), "--db", str(db))
    assert restored.returncode == 0, restored.stderr
    assert "før-gjenoppretting" in restored.stdout
    assert len(list(tmp_path.glob("demo.db.før-gjenoppretting-*"))) == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("backup", "--db", "postgresql://ola@vert/lagmote", "--out", "kopi.db"), "pg_dump"),
        (("restore", "kopi.db", "--db", "postgresql://ola@vert/lagmote"), "pg_dump"),
        (("backup", "--db", "finnes-ikke.db", "--out", "kopi.db"), "finnes ikke"),
        (("backup", "--db", "tom.db", "--out", "mangler/kopi.db"), "finnes ikke"),
        (("restore", "finnes-ikke.db", "--db", "tom.db"), "finnes ikke"),
        (("restore", "skadet.db", "--db", "tom.db"), "ufullstendig eller skadet"),
    ],
)
def test_cli_failures_are_one_line(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    (tmp_path / "tom.db").write_bytes(b"")
    (tmp_path / "skadet.db").write_bytes(b"x" * 5000)
    result = run(*args, cwd=tmp_path)
    assert_one_line_error(result, words)
    assert not list(tmp_path.glob("*.tmp"))


def test_cli_restore_is_refused_while_another_program_has_it_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    path = tmp_path / "i-bruk.db"
    db = open_database(str(path))
    add_youths(Store(db.engine, Actor("Test")), MARKER)  # a connection stays open
    out = tmp_path / "kopi.db"
    backup(path, keys.DbKey.passphrase(PASSPHRASE), out)
    assert_one_line_error(run("restore", str(out), "--db", str(path)), "er åpen i Lagmøte")
    assert not list(tmp_path.glob("*før-gjenoppretting*"))
    db.dispose()
    assert run("restore", str(out), "--db", str(path)).returncode == 0


# --- the recovery dialog -------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> RecoveryDialog:
    shown = RecoveryDialog(store, None, lambda: TODAY)
    qtbot.addWidget(shown)
    return shown


def test_the_key_is_shown_only_after_confirming_and_the_read_is_logged(
    dialog: RecoveryDialog, store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert dialog.facts.kind == "keyring" and dialog.show_button.isVisibleTo(dialog)
    monkeypatch.setattr(dialog, "confirm_show", lambda: False)
    dialog.show_button.click()
    assert dialog.key_label.isHidden() and audit_rows(store) == []
    monkeypatch.setattr(dialog, "confirm_show", lambda: True)
    dialog.show_button.click()
    assert not dialog.key_label.isHidden()
    assert dialog.key_label.text().splitlines() == key_lines(stored_key_hex(keys.salt_of(db_path)))
    assert audit_rows(store) == [("read", "database", "recovery_key")]
    dialog.hide_key()
    assert dialog.key_label.text() == ""


def test_the_file_menu_opens_the_recovery_dialog(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[RecoveryDialog] = []
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(None, "")
    qtbot.addWidget(window)
    window.attach_store(store, "case.db")
    assert window.recovery_action.text() == "&Gjenopprettingsnøkkel …"
    window.recovery_action.trigger()
    assert len(opened) == 1 and opened[0].facts.kind == "keyring"


def test_printing_the_key_goes_to_the_printer_and_is_logged(
    dialog: RecoveryDialog, store: Store, db_path: Path, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "ark.pdf"
    printer.setOutputFileName(str(pdf))
    assert dialog.print_to(printer)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
    assert audit_rows(store) == [("print", "database", "recovery_key")]
    sheet = recovery_sheet(db_path.name, TODAY, key_lines(stored_key_hex(keys.salt_of(db_path))))
    assert sheet.key == tuple(key_lines(stored_key_hex(keys.salt_of(db_path))))
    assert "Databasefil: case.db" in sheet.facts and "Skrevet ut: 01.12.2026" in sheet.facts
    assert any("lagmote restore" in step for step in sheet.steps)


def test_with_a_passphrase_nothing_is_shown_and_the_page_has_lines_to_write_on(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    db = open_database(str(tmp_path / "passord.db"))
    store = Store(db.engine, Actor("Test"))
    shown = RecoveryDialog(store, None, lambda: TODAY)
    qtbot.addWidget(shown)
    assert shown.facts.kind == "passphrase"
    assert not shown.show_button.isVisibleTo(shown)
    assert "ikke noe sted" in " ".join(label.text() for label in shown.findChildren(type(
        shown.key_label)))  # fmt: skip
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "ark.pdf"))
    assert shown.print_to(printer)
    assert audit_rows(store) == [("print", "database", "recovery_key")]
    sheet = recovery_sheet("passord.db", TODAY, None)
    assert sheet.key == () and any("LAGMOTE_PASSPHRASE" in step for step in sheet.steps)
    db.dispose()
