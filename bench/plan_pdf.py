"""The family's one-page plan: how fast it is made, in-process and as a command.

Targets (issue 7): building the one-page PDF in-process under 100 ms; the whole
``lagmote export-plan`` command at least 3× faster than what teams do today, converting an
equivalent Word document with ``libreoffice --headless --convert-to pdf``.

The Word document holds the same text as the sheet (title, name, next meeting, the goals
with where they stand, the week as a table, who helps, the incident plan), written here as a
minimal .docx. Each timing is the median of several runs; the report gives the ratio.

Run by hand: ``python bench/plan_pdf.py [--runs N]``. Needs LibreOffice for the comparison
(Debian: ``apt-get install libreoffice-writer-nogui``); without it, that part is skipped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from lagmote.db.engine import open_database  # noqa: E402
from lagmote.db.sheet_queries import load_sheet  # noqa: E402
from lagmote.db.store import Actor, Store  # noqa: E402
from lagmote.db.transfer import import_document  # noqa: E402
from lagmote.demo import build_demo  # noqa: E402
from lagmote.family_sheet import FamilySheet  # noqa: E402
from lagmote.family_sheet_texts import text  # noqa: E402
from lagmote.pdf.sheet_pdf import sheet_pdf  # noqa: E402

PASSPHRASE = "benkmerke-passord"
TARGET_MS = 100.0
TARGET_RATIO = 3.0


def _median_ms(work: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _paragraphs(sheet: FamilySheet) -> list[str]:
    lang = sheet.lang
    lines = [text(lang, "title"), sheet.youth_name, str(sheet.next_meeting), text(lang, "goals")]
    lines += [f"{g.text} — {g.level_words}" for g in sheet.goals]
    lines += [text(lang, "helpers")]
    lines += [f"{h.role}: {h.name}, {h.phone}" for h in sheet.helpers]
    lines += [text(lang, "incident")]
    lines += [f"{text(lang, key)}: {value}" for key, value in sheet.incident]
    return lines


def _docx(sheet: FamilySheet, path: Path) -> None:
    """A minimal Word document with the sheet's text: paragraphs and the week as a table."""
    body = "".join(
        f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in _paragraphs(sheet)
    )
    cells = "".join(
        f"<w:tc><w:p><w:r><w:t>{escape(e.time + ' ' + e.title)}</w:t></w:r></w:p></w:tc>"
        for e in sheet.week
    )
    table = f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>"
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}{table}<w:sectPr/></w:body></w:document>"
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://'
        "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        'Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)


def _run(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, env=env, check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "LAGMOTE_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND":
           "keyring.backends.fail.Keyring"}  # fmt: skip
    os.environ.update(env)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        db = folder / "demo.db"
        store = Store(open_database(str(db)).engine, Actor("benk"))
        youth_id = import_document(store, build_demo(date.today()))
        sheet = load_sheet(store, youth_id, date.today())
        first = _median_ms(lambda: sheet_pdf(sheet), 1)
        warm = _median_ms(lambda: sheet_pdf(sheet), args.runs * 3)
        print(f"én side i prosessen: første {first:.1f} ms, deretter median {warm:.1f} ms "
              f"(mål < {TARGET_MS:.0f} ms: {'ok' if max(first, warm) < TARGET_MS else 'OVER'})")
        out = folder / "plan.pdf"
        command = [sys.executable, "-m", "lagmote", "export-plan", "--db", str(db),
                   "--youth", str(youth_id), "--out", str(out)]  # fmt: skip
        ours = _median_ms(lambda: _run(command, env), args.runs)
        print(f"lagmote export-plan (hele kommandoen): median {ours:.0f} ms")
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office is None:
            print("libreoffice finnes ikke: sammenligningen er hoppet over")
            return 0
        docx = folder / "plan.docx"
        _docx(sheet, docx)
        profile = f"-env:UserInstallation=file://{folder / 'lo-profile'}"
        convert = [office, profile, "--headless", "--convert-to", "pdf", "--outdir",
                   str(folder / "lo"), str(docx)]  # fmt: skip
        _run(convert, env)  # the first run makes LibreOffice's profile: not counted
        theirs = _median_ms(lambda: _run(convert, env), args.runs)
        ratio = theirs / ours
        print(f"libreoffice --convert-to pdf (samme innhold som .docx): median {theirs:.0f} ms")
        print(f"libreoffice / lagmote = {ratio:.1f}× (mål ≥ {TARGET_RATIO:.0f}×: "
              f"{'ok' if ratio >= TARGET_RATIO else 'UNDER'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
