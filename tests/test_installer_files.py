"""The files in installer/: the PyInstaller spec, the icon maker, the Linux .desktop and
AppStream files, and the Windows installer script. Fast: the bundle is not built here (that
is scripts/build.sh). The NSIS script is compiled with makensis against a small stand-in; the
desktop validators run when they are installed, and the files are checked with Python's own
parsers either way."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from lagmote import __version__
from lagmote.pdf import fonts

REPO = Path(__file__).resolve().parents[1]
INSTALLER = REPO / "installer"
SPEC = INSTALLER / "lagmote.spec"
DESKTOP = INSTALLER / "lagmote.desktop"
METAINFO = INSTALLER / "no.oslo.kommune.Lagmote.metainfo.xml"
NSIS = INSTALLER / "lagmote.nsi"
MIGRATIONS = REPO / "lagmote" / "db" / "migrations"


def _spec_constants() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def _spec_function(name: str) -> Any:
    """One function from the spec, run on its own (the rest needs PyInstaller)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    found: list[ast.stmt] = [
        n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name
    ]
    assert found, f"the spec has no function {name}"
    namespace: dict[str, Any] = {"ast": ast}
    exec(compile(ast.Module(body=found, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace[name]


def _make_icon() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icon", INSTALLER / "make_icon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- PyInstaller spec -----------------------------------------------------------------------


def test_spec_parses_and_names_the_migrations_fonts_icon_and_translations() -> None:
    names = _spec_constants()
    assert {"migrations", "env.py", "script.py.mako", "versions"} <= names
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "fonts"} <= names
    assert {"resources", "lagmote.svg", "lagmote.ico", "i18n", "*.qm"} <= names
    assert {"sqlcipher3", "keyring.backends", "reportlab.pdfbase", "psycopg"} <= names
    assert {"lagmote", "lagmote-gui"} <= names  # the console and the windowed executable


def test_spec_files_exist() -> None:
    assert (MIGRATIONS / "env.py").is_file()
    assert (MIGRATIONS / "script.py.mako").is_file()
    assert sorted((MIGRATIONS / "versions").glob("*.py"))
    assert (REPO / "resources" / "lagmote.svg").is_file()
    assert (INSTALLER / "make_icon.py").is_file()


def test_what_the_migrations_import_is_bundled_and_importable() -> None:
    """Alembic runs the migrations from source, so the spec adds their imports by hand."""
    imported_modules = _spec_function("imported_modules")
    paths = [MIGRATIONS / "env.py", *sorted((MIGRATIONS / "versions").glob("*.py"))]
    modules = imported_modules(paths)
    assert {"alembic", "sqlalchemy", "lagmote.db.models"} <= set(modules)
    for module in modules:
        assert importlib.util.find_spec(module) is not None, module


def test_fonts_are_looked_for_first_where_the_spec_puts_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert fonts.font_folders()[0] != tmp_path / "fonts"  # from source: no bundle folder
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.font_folders()[0] == tmp_path / "fonts"
    assert ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") in fonts.FONT_FILES


def test_build_extra_has_pyinstaller() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dep.startswith("pyinstaller") for dep in project["optional-dependencies"]["build"])
    assert project["gui-scripts"]["lagmote-gui"] == project["scripts"]["lagmote"]


# --- Icon -----------------------------------------------------------------------------------


def test_ico_file_holds_each_png_with_its_size() -> None:
    pngs = [(16, b"\x89PNG-16"), (256, b"\x89PNG-256-longer")]
    data = _make_icon().ico_bytes(pngs)
    assert struct.unpack_from("<HHH", data) == (0, 1, 2)
    first = struct.unpack_from("<BBBBHHII", data, 6)
    second = struct.unpack_from("<BBBBHHII", data, 22)
    assert first[:2] == (16, 16) and second[:2] == (0, 0)  # 0 stands for 256
    assert data[first[7] : first[7] + first[6]] == b"\x89PNG-16"
    assert data[second[7] : second[7] + second[6]] == b"\x89PNG-256-longer"


def test_icon_is_drawn_from_the_svg(qapp: Any) -> None:
    pngs = _make_icon().render_pngs(REPO / "resources" / "lagmote.svg", (16, 48))
    assert [size for size, _ in pngs] == [16, 48]
    assert all(png.startswith(b"\x89PNG\r\n\x1a\n") for _, png in pngs)


# --- Linux: .desktop and AppStream ----------------------------------------------------------


def test_desktop_file_has_the_keys_a_menu_needs() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Lagmøte"
    assert entry["Exec"].split()[0] == "lagmote"
    assert entry["Icon"] == "lagmote"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_desktop_file_validates() -> None:
    """With desktop-file-validate: not a word from it. Without: every line is a comment, the
    group header or a key=value pair, and no key is given twice."""
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        lines = DESKTOP.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "[Desktop Entry]"
        pairs = [line.split("=", 1) for line in lines[1:] if line and not line.startswith("#")]
        assert all(len(pair) == 2 and pair[0].strip() == pair[0] for pair in pairs), pairs
        keys = [pair[0] for pair in pairs]
        assert len(keys) == len(set(keys))
        return
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_metainfo_has_the_required_appstream_elements() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "no.oslo.kommune.Lagmote"
    assert root.findtext("metadata_license") == "CC0-1.0"
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == project["license"]["text"]
    assert root.findtext("name") == "Lagmøte"
    assert (root.findtext("summary") or "").strip()
    assert root.findall("description/p")
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "lagmote"
    assert root.find("content_rating") is not None
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__


def test_metainfo_validates() -> None:
    """With appstreamcli: no error or warning. Without: the file is at least well-formed
    XML in UTF-8 with the declaration AppStream tools expect."""
    tool = shutil.which("appstreamcli")
    if tool is None:
        head = METAINFO.read_bytes()[:60]
        assert head.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
        assert ET.parse(METAINFO).getroot().tag == "component"
        return
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [line for line in output.splitlines() if line.startswith(("E:", "W:"))], output


# --- Windows: NSIS --------------------------------------------------------------------------


def _nsis_lines() -> list[str]:
    """The script's lines without comments, continuation lines joined."""
    text = NSIS.read_text(encoding="utf-8-sig").replace("\\\n", "")
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not line.startswith(";")]


def _nsis_block(start: str, end: str) -> list[str]:
    lines = _nsis_lines()
    first = lines.index(start)
    return lines[first : lines.index(end, first)]


def test_nsis_script_is_utf8_with_a_byte_order_mark() -> None:
    """makensis reads a script without a byte order mark in the machine's code page: "Lagmøte"
    would arrive garbled on a Norwegian Windows."""
    assert NSIS.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Unicode true" in _nsis_lines()


def test_nsis_installs_per_user_without_administrator() -> None:
    lines = _nsis_lines()
    assert "RequestExecutionLevel user" in lines
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in lines
    writes = [line for line in lines if line.startswith(("WriteReg", "DeleteReg"))]
    assert writes and all(" HKCU " in line for line in writes)
    assert not [line for line in lines if "HKLM" in line or "$PROGRAMFILES" in line]


def test_nsis_start_menu_entry_starts_the_windowed_program() -> None:
    lines = _nsis_lines()
    assert '!define GUI_EXE "lagmote-gui.exe"' in lines
    program = _nsis_block('Section "${APP_NAME}" SecProgram', "SectionEnd")
    assert [line for line in program if line.startswith('CreateShortCut "$SMPROGRAMS\\')]
    assert "${GUI_EXE}" in next(line for line in program if "$SMPROGRAMS" in line)
    desktop = _nsis_block('Section /o "Snarvei på skrivebordet" SecDesktop', "SectionEnd")
    assert [line for line in desktop if "$DESKTOP" in line]  # /o: off unless chosen


def test_nsis_uninstall_keeps_the_data_folder_unless_the_user_ticks_the_box() -> None:
    lines = _nsis_lines()
    assert '!define DATA_DIR "$LOCALAPPDATA\\lagmote"' in lines  # platformdirs' folder
    assert "StrCpy $DeleteData ${BST_UNCHECKED}" in _nsis_block("Function un.onInit", "FunctionEnd")
    uninstall = _nsis_block('Section "Uninstall"', "SectionEnd")
    deletes = [line for line in lines if "${DATA_DIR}" in line and line.startswith("RMDir")]
    assert deletes == ['RMDir /r "${DATA_DIR}"']
    guard = uninstall[: uninstall.index(deletes[0])]
    assert "${If} $DeleteData == ${BST_CHECKED}" in guard
    assert "${AndIfNot} ${Silent}" in guard  # a silent uninstall never deletes the data


def _fake_bundle(root: Path) -> Path:
    """What makensis packs in the Linux check: one executable and an _internal folder."""
    bundle = root / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "lagmote").write_bytes(b"\x7fELF not a real program")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    return bundle


def test_nsis_script_compiles_with_makensis(tmp_path: Path) -> None:
    """The script compiled for real (every NSIS warning is an error in it), against a small
    stand-in for the bundle: a wrong macro, page or path fails here, not on the IT
    department's Windows machine. scripts/build.sh does the same with the real bundle."""
    makensis = shutil.which("makensis")
    assert makensis, "makensis is missing: scripts/setup.sh test installs the nsis package"
    icon = tmp_path / "lagmote.ico"
    _make_icon().main([str(REPO / "resources" / "lagmote.svg"), str(icon)])
    out = tmp_path / "oppsett.exe"
    result = subprocess.run(
        [
            makensis,
            "-V2",
            "-INPUTCHARSET",
            "UTF8",
            "-DLINUX_CHECK",
            f"-DVERSION={__version__}",
            f"-DBUNDLE={_fake_bundle(tmp_path)}",
            f"-DICON={icon}",
            f"-DOUTFILE={out}",
            "-DCOMPRESSOR=zlib",
            str(NSIS),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"
