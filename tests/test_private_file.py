"""Files with personal data: written whole, 0600, and no temporary file left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lagmote.errors import UserError
from lagmote.private_file import write_private


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "ut"
    path.mkdir()
    return path


def test_written_whole_and_private(folder: Path) -> None:
    target = folder / "plan.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_private(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["plan.json"]


def test_failure_keeps_the_old_file_and_leaves_no_temporary(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "plan.json"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError, match="kan ikke skrives"):
        write_private(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["plan.json"]


def test_interrupt_leaves_no_temporary(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_private(folder / "plan.json", b"data")
    assert list(folder.iterdir()) == []


def test_missing_folder(folder: Path) -> None:
    with pytest.raises(UserError, match="kan ikke skrives"):
        write_private(folder / "nei" / "plan.json", b"data")
