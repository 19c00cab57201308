"""Database failures as one plain sentence for the user.

SQLAlchemy's own messages quote the SQL and its parameters, which may hold personal data, so
they never reach a user, a log or stderr: :func:`describe_error` maps them to sentences that
name the problem and nothing from the record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagmote.errors import UserError

if TYPE_CHECKING:  # SQLAlchemy is loaded by whoever has an error of its own to describe
    from sqlalchemy.exc import SQLAlchemyError


class DatabaseError(UserError):
    """A failure the user must be told about, with a message safe to show anywhere."""


class ConnectionLost(DatabaseError):
    """The database server cannot be reached, or dropped the connection: nothing is wrong
    with the change itself, so what the user typed is kept and saved once the server
    answers again (the window watches for that)."""


SERVER_GONE = "Databaseserveren svarer ikke."
CONNECTION_BROKEN = "Forbindelsen til databaseserveren ble brutt."
STILL_LOST = (
    "Forbindelsen til databaseserveren er brutt. Det du skrev, er tatt vare på og lagres "
    "når serveren svarer igjen."
)
_LOST_SENTENCES = frozenset({SERVER_GONE, CONNECTION_BROKEN})


_OPERATIONAL_HINTS: tuple[tuple[str, str], ...] = (
    (
        "file is not a database",
        "Databasen kan ikke åpnes: feil nøkkel eller passord, eller filen er skadet.",
    ),
    ("malformed", "Databasefilen er skadet."),
    ("database is locked", "Databasen er låst av et annet program som bruker den."),
    ("disk is full", "Disken er full, så endringen ble ikke lagret."),
    ("readonly", "Databasefilen kan ikke skrives til (skrivebeskyttet)."),
    ("unable to open", "Databasefilen kan ikke åpnes."),
    ("disk i/o error", "Lesing eller skriving til disken feilet."),
    ("connection refused", SERVER_GONE),
    ("could not connect", SERVER_GONE),
    ("no such file or directory", SERVER_GONE),
    ("password authentication failed", "Innlogging til databaseserveren ble avvist."),
    ('database "', "Databasen finnes ikke på serveren."),
    ("server closed the connection", CONNECTION_BROKEN),
    ("terminating connection", CONNECTION_BROKEN),
    ("permission denied", "Du har ikke tilgang til dette i databasen."),
    (
        "row-level security",
        "Du har ikke tilgang til å lagre dette: du er ikke med i laget rundt ungdommen, "
        "eller rollen din i laget gir ikke tilgang til det.",
    ),
    # The ways psycopg and libpq say that a server is out of reach or went away.
    ("timeout expired", SERVER_GONE),
    ("connection timed out", SERVER_GONE),
    ("network is unreachable", SERVER_GONE),
    ("no route to host", SERVER_GONE),
    ("the connection is lost", CONNECTION_BROKEN),
    ("the connection is closed", CONNECTION_BROKEN),
    ("connection is bad", CONNECTION_BROKEN),
    ("consuming input failed", CONNECTION_BROKEN),
    ("could not receive data", CONNECTION_BROKEN),
    ("could not send data", CONNECTION_BROKEN),
    ("ssl syscall error", CONNECTION_BROKEN),
    ("connection reset by peer", CONNECTION_BROKEN),
    ("broken pipe", CONNECTION_BROKEN),
)


def describe_driver_error(error: BaseException) -> str | None:
    """The sentence for a database driver's own error, if its text is one we know."""
    text = str(error).lower()
    return next((sentence for needle, sentence in _OPERATIONAL_HINTS if needle in text), None)


def describe_error(error: SQLAlchemyError) -> str:
    """One sentence about what went wrong, with no SQL, parameters or record content."""
    from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(error, StaleDataError):
        return "Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen."
    if isinstance(error, IntegrityError):
        return "Endringen ble avvist fordi den bryter en regel i databasen."
    cause = error.orig if isinstance(error, DBAPIError) else None
    sentence = describe_driver_error(cause if cause is not None else error)
    if sentence is not None:
        return sentence
    if isinstance(error, OperationalError):
        return "Databasen kunne ikke brukes akkurat nå."
    return "Databasen meldte en feil, så handlingen ble ikke fullført."


def is_connection_lost(error: SQLAlchemyError) -> bool:
    """True when ``error`` says the server is out of reach or dropped the connection (as
    opposed to refusing the change): the change may be tried again when it answers."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if not isinstance(error, OperationalError | InterfaceError):
        return False
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return describe_error(error) in _LOST_SENTENCES
