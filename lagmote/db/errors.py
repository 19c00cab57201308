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
    ("connection refused", "Databaseserveren svarer ikke."),
    ("could not connect", "Databaseserveren svarer ikke."),
    ("no such file or directory", "Databaseserveren svarer ikke."),
    ("password authentication failed", "Innlogging til databaseserveren ble avvist."),
    ('database "', "Databasen finnes ikke på serveren."),
    ("server closed the connection", "Forbindelsen til databaseserveren ble brutt."),
    ("terminating connection", "Forbindelsen til databaseserveren ble brutt."),
    ("permission denied", "Du har ikke tilgang til dette i databasen."),
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
