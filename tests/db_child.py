"""A second program using a case database, for tests that need one to crash, fill a disk,
lack rights, or hold the write lock. Run it with the venv's python; the key comes from
``LAGMOTE_PASSPHRASE``::

    python tests/db_child.py write DB START [--fsize BYTES] [--user UID]
    python tests/db_child.py hold-lock DB SECONDS

``write`` makes numbered changes through the real operations, and prints each number only
after its commit has returned: START, START+1, … until it is killed, or until a write is
refused, when it prints ``feil: <the sentence>`` and exits with 1. What change number ``n`` is
follows from ``n`` alone (:func:`kind`): a goal named ``nr n``; the plan section ``styrker``
set to ``nr n`` and padding; or the demo imported as a new youth named ``nr n``, hundreds of
rows in one transaction. ``--fsize`` lowers the largest file this process may write (a disk
that fills up); ``--user`` makes a root process run as that user once everything is loaded
(a file it may not write).

``hold-lock`` takes the write lock (``BEGIN IMMEDIATE``), prints ``låst`` and keeps the lock
for SECONDS, or until its stdin closes when SECONDS is 0.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from lagmote.db import plan_ops
from lagmote.db.engine import open_database
from lagmote.db.store import Actor, Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.plan import GoalFields

TODAY = date(2026, 3, 1)
YOUTH_ID = 1
"""The youth whose goals and plan the changes go to: the first one in the database."""
BASE_UID = "00000000-0000-4000-8000-000000000001"
SECTION = "styrker"
GOAL, PLAN_SECTION, IMPORT = "goal", "plan_section", "import"
_KINDS = (GOAL, PLAN_SECTION, GOAL, IMPORT)


def kind(n: int) -> str:
    """What change number ``n`` makes."""
    return _KINDS[n % len(_KINDS)]


def label(n: int) -> str:
    """The text that marks change ``n`` in the database."""
    return f"nr {n}"


def number(text: str) -> int | None:
    """The change number in a text that :func:`label` began, or None."""
    first = text.split("\n", 1)[0]
    if not first.startswith("nr ") or not first[3:].isdigit():
        return None
    return int(first[3:])


def padding(n: int) -> str:
    """Some kilobytes of text, a different amount for each change, so that changes span
    from one page of the file to several."""
    return "ø" * (n * 7919 % 6000)


def base_document() -> dict[str, Any]:
    """The demo youth without any rows: the youth the numbered changes go to."""
    document = {key: ([] if isinstance(value, list) else value)
                for key, value in build_demo(TODAY).items()}  # fmt: skip
    document["youth"] = {**document["youth"], "uid": BASE_UID, "first_name": "Grunnlag"}
    return document


def import_document_for(n: int) -> dict[str, Any]:
    document = build_demo(TODAY)
    document["youth"] = {**document["youth"], "first_name": label(n)}
    return document


def change(store: Store, n: int) -> None:
    """Make change number ``n``, one transaction with its audit rows."""
    what = kind(n)
    if what == GOAL:
        fields = GoalFields(text=label(n), why=padding(n))
        plan_ops.add_goal(store, YOUTH_ID, fields, TODAY)
    elif what == PLAN_SECTION:
        plan_ops.set_section(store, YOUTH_ID, SECTION, f"{label(n)}\n{padding(n)}")
    else:
        import_document(store, import_document_for(n), as_new=True)


def _write(path: str, start: int) -> int:
    database = open_database(path)
    store = Store(database.engine, Actor("Krasjtest"))
    n = start
    while True:
        change(store, n)
        print(n, flush=True)
        n += 1


def _warm_up() -> None:
    """Load every module a write needs, by making one in a scratch database: a process that
    has given up root may no longer read the interpreter's files."""
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "oppvarming.db"))
        store = Store(database.engine, Actor("Krasjtest"))
        import_document(store, base_document())
        for n in range(len(_KINDS)):
            change(store, n)
        database.dispose()


def _limit(fsize: int | None, user: int | None) -> None:
    if fsize is not None:
        import resource  # Unix only, as are the tests that ask for a limit

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
        _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, hard))
    if user is not None and os.geteuid() == 0:
        os.setgroups([])
        os.setgid(user)
        os.setuid(user)


def _hold_lock(path: str, seconds: float) -> int:
    database = open_database(path)
    with database.engine.connect() as connection, connection.begin():  # BEGIN IMMEDIATE
        print("låst", flush=True)
        if seconds > 0:
            time.sleep(seconds)
        else:
            sys.stdin.read()
    print("sluppet", flush=True)
    database.dispose()
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="db_child")
    sub = parser.add_subparsers(dest="command", required=True)
    write = sub.add_parser("write")
    write.add_argument("db")
    write.add_argument("start", type=int)
    write.add_argument("--fsize", type=int)
    write.add_argument("--user", type=int)
    hold = sub.add_parser("hold-lock")
    hold.add_argument("db")
    hold.add_argument("seconds", type=float)
    args = parser.parse_args(argv)
    try:
        if args.command == "hold-lock":
            return _hold_lock(args.db, args.seconds)
        if args.user is not None:
            _warm_up()
        _limit(args.fsize, args.user)
        return _write(args.db, args.start)
    except UserError as error:
        print(f"feil: {error}", flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
