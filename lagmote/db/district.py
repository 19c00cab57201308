"""Setting up a shared district database: the administrator's side of ``lagmote admin``.

Each user connects as a PostgreSQL role of their own, a member of ``lagmote_app``, which
holds the program's rights (migrations 0004 and 0005); row-level security then limits each
of them to the youths whose team they are on (``team_access``) and to their own service's
notes (``district_user.role``). These functions run as the administrator, the owner of the
tables, whom row-level security does not bind.

A new user's password goes to the server only as a SCRAM-SHA-256 verifier made here, so it
never appears in the server's statement log.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

from sqlalchemy import Connection, Engine, delete, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from lagmote.db.errors import DatabaseError, describe_error
from lagmote.db.models import DistrictUser, TeamAccess
from lagmote.db.ops_common import logged, youth_row
from lagmote.db.store import Changes, Store, WriteResult
from lagmote.i18n import t

APP_ROLE: Final = "lagmote_app"
USER_NAME: Final = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
NOT_USERS: Final = frozenset({"ungdommen", "foresatt"})
"""Roles on the team that are not users of the program: the youth and the parents see the
plan on the wall and on paper, not in the database."""

GRANTS: Final = (
    f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_ROLE}",
    f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE}",
    f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {APP_ROLE}",
    f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON team_access, district_user, alembic_version "
    f"FROM {APP_ROLE}",
    f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {APP_ROLE}",
    f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {APP_ROLE}",
)
"""What ``lagmote_app`` may do, applied again by every ``admin init`` (idempotent)."""


@dataclass(frozen=True)
class UserAdded:
    """What ``add_user`` did: made a new login role, or took in one that existed."""

    name: str
    role: str
    created: bool


def init_district(engine: Engine) -> None:
    """Make the program's role and give it its rights (the schema is already migrated by
    opening the database)."""
    _require_server(engine)
    with _admin_connection(engine) as connection:
        if not _role_exists(connection, APP_ROLE):
            connection.execute(text(f"CREATE ROLE {APP_ROLE} NOLOGIN"))
        for statement in GRANTS:
            connection.execute(text(statement))


def add_user(engine: Engine, name: str, role: str, password: str | None) -> UserAdded:
    """Make ``name`` a user with the team role ``role``: a new login role with ``password``,
    or an existing role (made by IT's own tools, say), which then keeps its password unless
    one is given."""
    _require_server(engine)
    check_user_name(name)
    check_user_role(role)
    with _admin_connection(engine) as connection:
        if not _role_exists(connection, APP_ROLE):
            raise DatabaseError(
                t("Databasen er ikke satt opp ennå: kjør lagmote admin init først.")
            )
        created = not _role_exists(connection, name)
        if created and not password:
            raise DatabaseError(t("En ny bruker må få et passord."))
        verb = "CREATE" if created else "ALTER"
        login = f"{verb} ROLE {name} LOGIN"
        if password:
            login += f" PASSWORD '{_verifier(connection, name, password)}'"
        connection.exec_driver_sql(login)
        connection.execute(text(f"GRANT {APP_ROLE} TO {name}"))
        _register(connection, name, role)
    return UserAdded(name, role, created)


def add_to_team(store: Store, name: str, youth_id: int) -> Changes:
    """Put user ``name`` on the team around the youth: they see the youth at once."""

    def write(session: Session) -> WriteResult:
        _known_user(session, name)
        youth_row(session, youth_id)
        if session.get(TeamAccess, (youth_id, name)) is None:
            session.add(TeamAccess(youth_id=youth_id, db_role=name))
        return logged(youth_id, "create", "team_access", None, name)

    return store.write(write)


def remove_from_team(store: Store, name: str, youth_id: int) -> Changes:
    """Take user ``name`` off the team: their next query no longer returns the youth."""

    def write(session: Session) -> WriteResult:
        _known_user(session, name)
        gone = session.execute(
            delete(TeamAccess).where(TeamAccess.youth_id == youth_id, TeamAccess.db_role == name)
        )
        if getattr(gone, "rowcount", 0) == 0:
            raise DatabaseError(
                t("{name} er ikke med i laget rundt ungdom {id}.").format(name=name, id=youth_id)
            )
        return logged(youth_id, "delete", "team_access", None, name)

    return store.write(write)


def check_user_name(name: str) -> None:
    """A name PostgreSQL takes as a role without quoting, and not one of ours or its own."""
    if not USER_NAME.match(name) or name.startswith("pg_") or name.startswith("lagmote_"):
        raise DatabaseError(
            t(
                "«{name}» kan ikke være et brukernavn: bruk 2–63 små bokstaver a–z, sifre og _, "
                "og begynn med en bokstav."
            ).format(name=name)
        )


def check_user_role(role: str) -> None:
    from lagmote.standard import ROLES

    codes = [r.code for r in ROLES if r.code not in NOT_USERS]
    if role not in codes:
        raise DatabaseError(
            t("Ukjent rolle «{role}». Velg en av: {roles}.").format(
                role=role, roles=", ".join(codes)
            )
        )


def _require_server(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise DatabaseError(
            t("Brukere og lag settes opp bare i en delt PostgreSQL-database, ikke i en lokal fil.")
        )


@contextmanager
def _admin_connection(engine: Engine) -> Iterator[Connection]:
    """One transaction as the administrator; a refusal is one sentence."""
    try:
        with engine.begin() as connection:
            yield connection
    except SQLAlchemyError as error:
        raise DatabaseError(_admin_failure(error)) from error


def _admin_failure(error: SQLAlchemyError) -> str:
    if "permission denied" in str(getattr(error, "orig", error)).lower():
        return t(
            "Du har ikke rettigheter til å sette opp brukere: kjør kommandoen som "
            "databasens eier, med rett til å lage roller (CREATEROLE)."
        )
    return describe_error(error)


def _role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def _verifier(connection: Connection, name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier libpq makes for ``password`` (never the password)."""
    raw = connection.connection.dbapi_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    made: bytes = pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    return made.decode("ascii")


def _register(connection: Connection, name: str, role: str) -> None:
    connection.execute(
        text(
            "INSERT INTO district_user (db_role, role) VALUES (:n, :r) "
            "ON CONFLICT (db_role) DO UPDATE SET role = EXCLUDED.role"
        ),
        {"n": name, "r": role},
    )


def _known_user(session: Session, name: str) -> None:
    if session.scalar(select(DistrictUser.db_role).where(DistrictUser.db_role == name)) is None:
        raise DatabaseError(
            t("{name} er ikke en bruker av databasen: legg til med add-user.").format(name=name)
        )
