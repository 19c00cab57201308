"""``lagmote admin``: the district administrator's commands for a shared PostgreSQL database.

    lagmote admin init --db URL
    lagmote admin add-user NAME --role ROLE --db URL
    lagmote admin add-to-team NAME --youth ID --db URL
    lagmote admin remove-from-team NAME --youth ID --db URL

URL names the administrator (the owner of the database, with the right to make roles); the
password comes from the keyring or is asked for on the terminal, never from the command
line. A new user's password is typed twice on the terminal, or read as one line from
standard input when that is not a terminal (for IT's own scripts).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from lagmote.errors import UserError

if TYPE_CHECKING:
    from collections.abc import Callable

    from lagmote.db.engine import Database
    from lagmote.db.store import Changes, Store

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]
    TeamChange = Callable[[Store, str, int], Changes]


def add_admin(sub: Subparsers) -> None:
    from lagmote.cli import _db_argument, _youth_argument

    admin = sub.add_parser("admin", help="sett opp en delt PostgreSQL-database: brukere og lag")
    commands = admin.add_subparsers(title="administrasjon", metavar="KOMMANDO", required=True)
    init = commands.add_parser(
        "init", help="lag tabellene, rollen lagmote_app og rettighetene (trygt å kjøre igjen)"
    )
    _db_argument(init)
    init.set_defaults(command=_cmd_init)
    user = commands.add_parser("add-user", help="gi en person sin egen innlogging")
    user.add_argument("name", metavar="NAME", help="brukernavnet (databaserollen)")
    user.add_argument("--role", required=True, help="rollen i laget, f.eks. skole eller politi")
    _db_argument(user)
    user.set_defaults(command=_cmd_add_user)
    for name, text, command in (
        ("add-to-team", "sett en bruker på laget rundt en ungdom", _cmd_add_to_team),
        ("remove-from-team", "ta en bruker av laget (tilgangen går straks)", _cmd_remove),
    ):
        parser = commands.add_parser(name, help=text)
        parser.add_argument("name", metavar="NAME", help="brukernavnet")
        _youth_argument(parser)
        _db_argument(parser)
        parser.set_defaults(command=command)


def _open_admin(url: str) -> Database:
    from lagmote.db.engine import open_database
    from lagmote.db.server import terminal_prompt
    from lagmote.db.urls import is_server_url

    if not is_server_url(url):
        raise UserError(
            "Brukere og lag settes opp bare i en delt PostgreSQL-database: gi --db en "
            "postgresql://-adresse."
        )
    return open_database(url, password_prompt=terminal_prompt)


def _cmd_init(args: argparse.Namespace) -> int:
    from lagmote.db.district import init_district

    database = _open_admin(args.db)
    try:
        init_district(database.engine)
    finally:
        database.dispose()
    print("Databasen er klar: tabellene, rollen lagmote_app og rettighetene er på plass.")
    return 0


def _cmd_add_user(args: argparse.Namespace) -> int:
    from lagmote.db.district import add_user, check_user_name, check_user_role

    check_user_name(args.name)
    check_user_role(args.role)
    database = _open_admin(args.db)
    try:
        added = add_user(database.engine, args.name, args.role, _new_password(args.name))
    finally:
        database.dispose()
    verb = "er lagt til" if added.created else "finnes fra før og er tatt inn"
    print(f"{added.name} {verb} med rollen {added.role}.")
    return 0


def _new_password(name: str) -> str | None:
    """Typed twice on a terminal; one line from a pipe (empty: keep an existing password)."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        return line or None
    import getpass

    first = getpass.getpass(f"Nytt passord for {name} (tomt: behold det en eksisterende har): ")
    if not first:
        return None
    if getpass.getpass("Skriv det en gang til: ") != first:
        raise UserError("Passordene var ikke like, så ingenting ble endret.")
    return first


def _cmd_add_to_team(args: argparse.Namespace) -> int:
    from lagmote.db.district import add_to_team

    _team_change(args, add_to_team)
    print(f"{args.name} er nå med i laget rundt ungdom {args.youth}.")
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    from lagmote.db.district import remove_from_team

    _team_change(args, remove_from_team)
    print(f"{args.name} er tatt av laget rundt ungdom {args.youth} og ser ikke saken lenger.")
    return 0


def _team_change(args: argparse.Namespace, change: TeamChange) -> None:
    from lagmote.db.district import check_user_name
    from lagmote.db.store import Actor, Store

    check_user_name(args.name)
    database = _open_admin(args.db)
    try:
        store = Store(database.engine, Actor.current(), database.db_role)
        change(store, args.name, args.youth)
    finally:
        database.dispose()
