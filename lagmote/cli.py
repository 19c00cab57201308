"""The command line: ``lagmote [--db URL]`` opens the window; subcommands do the rest.

Exit codes: 0 ok, 1 an error, a wrong usage too (one sentence on stderr, no traceback). Heavy
modules (Qt, SQLAlchemy) are imported inside the commands, so ``--version`` and usage errors
answer at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from lagmote import __version__
from lagmote.cli_parser import VERSION_HELP, Parser, one_line, speak_bokmal
from lagmote.errors import UserError

if TYPE_CHECKING:
    from lagmote.db.audit import Actor
    from lagmote.db.engine import Database
    from lagmote.db.quick import QuickStore
    from lagmote.db.store import Store

DEBUG_ENV = "LAGMOTE_DEBUG"
RENDER_PAGES = (
    "overview",
    "plan",
    "week",
    "kartlegging",
    "team",
    "lagmote",
    "evaluations",
    "evaluation",
    "closing",
    "sheet",
)
"""The tabs, then dialogs over the window: the evaluation wizard's start, the closing flow,
and the one-page plan's preview."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.needs_db and not args.db:
        args.command_parser.error("kommandoen trenger en database: gi den med --db URL")
    command: Callable[[argparse.Namespace], int] = args.command
    try:
        return command(args)
    except UserError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return _fail("Avbrutt.")
    except BrokenPipeError:  # the reader went away (``lagmote audit | head``): not an error
        _silence_stdout()
        return 0
    except Exception as error:  # the last guard: no traceback for the user
        if os.environ.get(DEBUG_ENV):
            raise
        return _fail(f"Uventet feil ({type(error).__name__}). Kjør med {DEBUG_ENV}=1 for detaljer.")
    finally:
        _close_opened()


_opened: list[Database] = []
"""The databases a command opened, closed when it is done (a server's connections too)."""


def _close_opened() -> None:
    while _opened:
        _opened.pop().dispose()


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's flush at exit meets no broken pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _fail(message: str) -> int:
    print(f"lagmote: {one_line(message)}", file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    speak_bokmal()
    parser: argparse.ArgumentParser = Parser(
        prog="lagmote",
        description="Lagmøte: planen, uka og laget rundt én ungdom.",
    )
    parser.add_argument(
        "--version", action="version", version=f"lagmote {__version__}", help=VERSION_HELP
    )
    parser.add_argument("--db", metavar="URL", help=_DB_HELP)
    parser.set_defaults(command=_cmd_window, needs_db=False)  # the window has a default
    sub = parser.add_subparsers(title="kommandoer", metavar="KOMMANDO")
    _add_demo(sub)
    _add_render(sub)
    _add_export_json(sub)
    _add_export_calendar(sub)
    _add_export_minutes(sub)
    _add_export_evaluation(sub)
    _add_report(sub)
    _add_export_plan(sub)
    _add_archive(sub)
    _add_import(sub)
    _add_audit(sub)
    _add_backup(sub)
    _add_restore(sub)
    from lagmote.cli_admin import add_admin

    add_admin(sub)
    return parser


_DB_HELP = (
    "databasen: en filsti (kryptert SQLite, lages om den ikke finnes) eller en "
    "PostgreSQL-URL (postgresql+psycopg://bruker@vert/database); standard er filen i "
    "brukerens datamappe"
)


def _db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db`` after the command too; SUPPRESS keeps a ``--db`` given before it."""
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=_DB_HELP)
    parser.set_defaults(needs_db=True, command_parser=parser)


def _youth_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--youth",
        metavar="ID",
        type=_positive_int,
        required=True,
        help="ungdommens id (skrevet ut av demo og import)",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et heltall") from None
    if value < 1:
        raise argparse.ArgumentTypeError("må være 1 eller mer")
    return value


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en størrelse som 1280x800")
    w, h = int(width), int(height)
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise argparse.ArgumentTypeError("størrelsen må være mellom 320x240 og 7680x4320")
    return w, h


def _add_demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="fyll en database med en fiktiv ungdom og et helt lag")
    _db_argument(parser)
    parser.set_defaults(command=_cmd_demo)


def _add_render(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("render", help="tegn én side av vinduet til en PNG-fil, uten skjerm")
    _db_argument(parser)
    _youth_argument(parser)
    parser.add_argument("--page", choices=RENDER_PAGES, required=True)
    parser.add_argument("--out", metavar="FILE.png", type=Path, required=True)
    parser.add_argument("--size", metavar="WxH", type=_size, default=(1280, 800))
    parser.add_argument("--meeting", action="store_true", help="møtemodus (for prosjektor)")
    parser.set_defaults(command=_cmd_render)


Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Command: TypeAlias = Callable[[argparse.Namespace], int]


def _export_parser(
    sub: Subparsers,
    name: str,
    help_text: str,
    out: str,
    command: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    """A command that writes one youth's record to a file: ``--db``, ``--youth``, ``--out``."""
    parser = sub.add_parser(name, help=help_text)
    _db_argument(parser)
    _youth_argument(parser)
    parser.add_argument("--out", metavar=out, type=Path, required=True)
    parser.set_defaults(command=command)
    return parser


def _add_export_json(sub: Subparsers) -> None:
    _export_parser(
        sub, "export-json", "skriv hele saken til én ungdom som JSON", "FILE.json",
        _cmd_export_json,
    )  # fmt: skip


def _add_export_calendar(sub: Subparsers) -> None:
    _export_parser(
        sub, "export-calendar",
        "skriv uka og de planlagte lagmøtene som en kalenderfil (.ics) for mobilen",
        "FILE.ics", _cmd_export_calendar,
    )  # fmt: skip


def _add_export_minutes(sub: Subparsers) -> None:
    parser = _export_parser(
        sub, "export-minutes", "skriv referatet fra et lagmøte som PDF til deltakerne",
        "FILE.pdf", _cmd_export_minutes,
    )  # fmt: skip
    parser.add_argument(
        "--meeting",
        metavar="N",
        type=_positive_int,
        help="lagmøte nummer N, talt fra 1 (det første); standard er det siste som er holdt",
    )


def _add_export_evaluation(sub: Subparsers) -> None:
    _export_parser(
        sub, "export-evaluation",
        "skriv den siste fullførte evalueringen som PDF til laget: de fem spørsmålene "
        "med svarene, det journalen viser og anbefalingen",
        "FILE.pdf", _cmd_export_evaluation,
    )  # fmt: skip


def _add_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "report",
        help="skriv rapporten til Velferdsetaten (§8) som CSV og PDF: bare samlede, anonyme tall",
    )
    _db_argument(parser)
    parser.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help="periodens første dag; standard er 1. januar samme år som periodens siste dag",
    )
    parser.add_argument(
        "--to", dest="end", metavar="YYYY-MM-DD", help="periodens siste dag; standard er i dag"
    )
    parser.add_argument("--out", metavar="FILE.csv", type=Path, required=True)
    parser.add_argument(
        "--pdf",
        metavar="FILE.pdf",
        type=Path,
        help="PDF-en med de samme tabellene; standard er --out med .pdf i stedet for .csv",
    )
    parser.set_defaults(command=_cmd_report)


def _add_export_plan(sub: Subparsers) -> None:
    parser = _export_parser(
        sub, "export-plan",
        "skriv planen på én side til ungdommen og familien som PDF (--full: hele planen)",
        "FILE.pdf", _cmd_export_plan,
    )  # fmt: skip
    parser.add_argument(
        "--lang", choices=("nb", "nn", "en"), default="nb", help="språket (standard: nb)"
    )
    parser.add_argument(
        "--full", action="store_true", help="hele planen til laget, merket «Fortrolig»"
    )


def _add_archive(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "archive",
        help="arkiver en avsluttet sak (JSON og hele planen som PDF) i en mappe; "
        "med --erase slettes den deretter fra databasen",
    )
    _db_argument(parser)
    _youth_argument(parser)
    parser.add_argument("--out", metavar="FOLDER", type=Path, required=True)
    parser.add_argument(
        "--erase", action="store_true", help="slett saken når arkivet er skrevet og sjekket"
    )
    parser.set_defaults(command=_cmd_archive)


def _add_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import", help="les inn en ungdom fra en JSON-fil (alt eller ingenting)"
    )
    _db_argument(parser)
    parser.add_argument("file", metavar="FILE.json", type=Path)
    parser.add_argument(
        "--as-new",
        action="store_true",
        help="lag en kopi med nye id-er hvis ungdommen finnes fra før",
    )
    parser.set_defaults(command=_cmd_import)


def _add_audit(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "audit",
        help="skriv ut loggen over hvem som har lest, endret, lagret og skrevet ut saker, "
        "det nyeste først (én linje hver, felt skilt med tabulator)",
    )
    _db_argument(parser)
    parser.add_argument(
        "--youth", metavar="ID", type=_positive_int, help="bare loggen for denne ungdommen"
    )
    parser.add_argument("--limit", metavar="N", type=_positive_int, help="bare de N nyeste")
    parser.set_defaults(command=_cmd_audit)


# --- commands ---------------------------------------------------------------------------


def _open(args: argparse.Namespace) -> tuple[Database, Store]:
    from lagmote.db.engine import open_database
    from lagmote.db.server import terminal_prompt
    from lagmote.db.store import Actor, Store

    database = open_database(args.db, password_prompt=terminal_prompt)
    _opened.append(database)
    return database, Store(database.engine, Actor.current(), database.db_role)


def _store(args: argparse.Namespace) -> Store:
    return _open(args)[1]


def _cmd_window(args: argparse.Namespace) -> int:
    from lagmote.ui.app import run_window

    return run_window(args.db)


def _cmd_demo(args: argparse.Namespace) -> int:
    from lagmote.db.transfer import import_document
    from lagmote.demo import build_demo

    store = _store(args)
    youth_id = import_document(store, build_demo(date.today()), as_new=True)
    print("Demodata er lagt inn: én fiktiv ungdom med lag, plan, uke og kartlegginger.")
    print(youth_id)
    return 0


def _cmd_render(args: argparse.Namespace) -> int:
    from lagmote.ui.app import create_application, location_text
    from lagmote.ui.render import render_page

    _check_out_folder(args.out)
    database, store = _open(args)
    create_application(headless=True)  # first: its translators word the location too
    location = location_text(database)  # as the window names it: never a password
    render_page(store, args.youth, args.page, args.out, args.size, args.meeting, location)
    return 0


def _cmd_export_json(args: argparse.Namespace) -> int:
    from lagmote.db.transfer import export_youth, write_document

    _check_out_folder(args.out)
    write_document(export_youth(_store(args), args.youth), args.out)
    return 0


def _cmd_export_calendar(args: argparse.Namespace) -> int:
    from lagmote.calendar_export import build_calendar
    from lagmote.db.plan_queries import load_week
    from lagmote.db.store import AuditEvent
    from lagmote.private_file import write_private

    _check_out_folder(args.out)
    store = _store(args)
    week = load_week(store, args.youth)
    data = build_calendar(week, week.meetings, date.today())
    write_private(args.out, data)
    store.log(AuditEvent("export", "youth", args.youth, args.youth, "calendar"))
    return 0


def _cmd_export_minutes(args: argparse.Namespace) -> int:
    from lagmote.db.minutes_queries import load_minutes
    from lagmote.db.store import AuditEvent
    from lagmote.pdf.minutes_pdf import minutes_pdf
    from lagmote.private_file import write_private

    _check_out_folder(args.out)
    store = _store(args)
    data = minutes_pdf(load_minutes(store, args.youth, args.meeting, date.today()))
    # Logged first: an export that fails after this is logged, never the other way round.
    store.log(AuditEvent("export", "youth", args.youth, args.youth, "minutes"))
    write_private(args.out, data)
    return 0


def _cmd_export_evaluation(args: argparse.Namespace) -> int:
    from lagmote.db.evaluation_queries import load_evaluation_document
    from lagmote.db.store import AuditEvent
    from lagmote.pdf.evaluation_pdf import evaluation_pdf
    from lagmote.private_file import write_private

    _check_out_folder(args.out)
    store = _store(args)
    data = evaluation_pdf(load_evaluation_document(store, args.youth))
    # Logged first: an export that fails after this is logged, never the other way round.
    store.log(AuditEvent("export", "youth", args.youth, args.youth, "evaluation"))
    write_private(args.out, data)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from lagmote.db.report_queries import load_report
    from lagmote.db.store import AuditEvent
    from lagmote.pdf.report_pdf import report_pdf
    from lagmote.private_file import write_private
    from lagmote.report import report_csv
    from lagmote.report_records import report_period

    today = date.today()
    period = report_period(args.start, args.end, today)
    pdf = _report_pdf_path(args.out, args.pdf)
    store = _store(args)
    report = load_report(store, period, today)
    csv_data, pdf_data = report_csv(report), report_pdf(report)
    # Logged first: an export that fails after this is logged, never the other way round.
    store.log(AuditEvent("export", "report", detail=f"§8 {period.text}"))
    write_private(args.out, csv_data)
    write_private(pdf, pdf_data)
    print(f"Rapporten er skrevet til {args.out} og {pdf}.")
    return 0


def _report_pdf_path(out: Path, pdf: Path | None) -> Path:
    """``--pdf``, or the CSV's name with .pdf; both folders must exist, the names differ."""
    path = out.with_suffix(".pdf") if pdf is None else pdf
    if path.resolve() == out.resolve():
        raise UserError("CSV-filen og PDF-filen må ha hvert sitt navn.")
    _check_out_folder(out)
    _check_out_folder(path)
    return path


def _cmd_export_plan(args: argparse.Namespace) -> int:
    """The team's whole plan, or one page for the family: the page goes the quick way into
    an existing file (:mod:`lagmote.db.quick`; no SQLAlchemy, no Qt, no platypus)."""
    _check_out_folder(args.out)
    if not args.full:
        from lagmote.db.audit import Actor

        quick = _quick_store(args.db, Actor.current())
        if quick is not None:
            return _quick_sheet(quick, args)
    store = _store(args)
    data = _full_plan(store, args.youth) if args.full else _sheet(store, args.youth, args.lang)
    _write_export(store, args, "full_plan" if args.full else "sheet", data)
    return 0


def _quick_store(target: str, actor: Actor) -> QuickStore | None:
    from lagmote.db.quick import open_quick

    return open_quick(target, actor)


def _quick_sheet(store: QuickStore, args: argparse.Namespace) -> int:
    from lagmote.db.sheet_quick import quick_sheet
    from lagmote.pdf.sheet_pdf import sheet_pdf

    try:
        data = sheet_pdf(quick_sheet(store, args.youth, date.today(), args.lang))
        _write_export(store, args, "sheet", data)
    finally:
        store.close()
    return 0


def _write_export(
    store: Store | QuickStore, args: argparse.Namespace, detail: str, data: bytes
) -> None:
    """Log the export, then write the file: an export that fails after this is logged,
    never the other way round."""
    from lagmote.db.audit import AuditEvent
    from lagmote.private_file import write_private

    store.log(AuditEvent("export", "youth", args.youth, args.youth, detail))
    write_private(args.out, data)


def _sheet(store: Store, youth_id: int, lang: str) -> bytes:
    from lagmote.db.sheet_queries import load_sheet
    from lagmote.pdf.sheet_pdf import sheet_pdf

    return sheet_pdf(load_sheet(store, youth_id, date.today(), lang))


def _full_plan(store: Store, youth_id: int) -> bytes:
    from lagmote.db.full_plan_queries import load_full_plan
    from lagmote.pdf.full_plan_pdf import full_plan_pdf

    return full_plan_pdf(load_full_plan(store, youth_id, date.today()))


def _cmd_archive(args: argparse.Namespace) -> int:
    from lagmote.db.archive import archive, archive_and_erase

    work = archive_and_erase if args.erase else archive
    paths = work(_store(args), args.youth, args.out, date.today())
    print(paths.json_path)
    print(paths.pdf_path)
    if args.erase:
        print("Saken er arkivert og slettet fra databasen.")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from lagmote.db.transfer import import_document, read_document

    data = read_document(args.file)
    youth_id = import_document(_store(args), data, as_new=args.as_new)
    print(youth_id)
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    """One line per row of the log; reading it is logged once, never per row."""
    from lagmote.audit_view import cli_line
    from lagmote.db.audit_queries import load_audit

    for line in load_audit(_store(args), args.youth, args.limit):
        print(cli_line(line))
    return 0


def _add_backup(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "backup",
        help="skriv en kryptert sikkerhetskopi av databasen, også mens programmet er i bruk",
    )
    _db_argument(parser)
    parser.add_argument("--out", metavar="FILE", type=Path, required=True)
    parser.set_defaults(command=_cmd_backup)


def _add_restore(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "restore",
        help="gjenopprett databasen fra en sikkerhetskopi (den gamle filen tas vare på)",
    )
    _db_argument(parser)
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.set_defaults(command=_cmd_restore)


def _cmd_backup(args: argparse.Namespace) -> int:
    from lagmote.db.backup import backup_target
    from lagmote.db.store import AuditEvent

    info = backup_target(args.db, args.out)
    # The copy holds every record: logged as an export, once the source is known to exist.
    store = _store(args)
    store.log(AuditEvent("export", "database", detail="backup"))
    store.engine.dispose()
    print(f"Sikkerhetskopien er skrevet til {args.out} ({_youth_count(info.youths)}).")
    print("Ta vare på nøkkelen: uten den kan ingen åpne sikkerhetskopien.")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from lagmote.db.backup import restore_target
    from lagmote.db.store import AuditEvent

    restored = restore_target(args.file, args.db, _ask_recovery_key)
    store = _store(args)  # the restored database says when it was restored, and by whom
    store.log(AuditEvent("import", "database", detail="restore"))
    store.engine.dispose()
    if restored.kept is not None:
        print(f"Den gamle databasefilen er tatt vare på som {restored.kept}.")
    print(f"Databasen er gjenopprettet fra {args.file} ({_youth_count(restored.info.youths)}).")
    return 0


def _youth_count(count: int) -> str:
    return "1 ungdom" if count == 1 else f"{count} ungdommer"


def _ask_recovery_key(_new: bool) -> str | None:
    """The recovery key typed off the paper, when there is a terminal to type it in."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass("Gjenopprettingsnøkkel (64 tegn fra arket): ") or None


def _check_out_folder(out: Path) -> None:
    if not out.parent.resolve().is_dir():
        raise UserError(f"Mappen {out.parent} finnes ikke.")
