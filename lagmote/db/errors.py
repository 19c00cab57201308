"""Database failures as one plain sentence for the user.

SQLAlchemy's own messages quote the SQL and its parameters, which may hold personal data, so
they never reach a user, a log or stderr: :func:`describe_error` maps them to sentences that
name the problem and nothing from the record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagmote.errors import UserError
from lagmote.i18n import N_, t

if TYPE_CHECKING:  # SQLAlchemy is loaded by whoever has an error of its own to describe
    from sqlalchemy.exc import SQLAlchemyError


class DatabaseError(UserError):
    """A failure the user must be told about, with a message safe to show anywhere."""


class ConnectionLost(DatabaseError):
    """The database server cannot be reached, or dropped the connection: nothing is wrong
    with the change itself, so what the user typed is kept and saved once the server
    answers again (the window watches for that)."""


# The sentences are bokmål sources, marked for translation and translated where they are
# raised (``t(SERVER_GONE)``): the language is chosen after this module is imported.
SERVER_GONE = N_("Databaseserveren svarer ikke.")
CONNECTION_BROKEN = N_("Forbindelsen til databaseserveren ble brutt.")
STILL_LOST = N_(
    "Forbindelsen til databaseserveren er brutt. Det du skrev, er tatt vare på og lagres "
    "når serveren svarer igjen."
)
_LOST_SENTENCES = frozenset({SERVER_GONE, CONNECTION_BROKEN})


# (what the driver says, in lower case; the bokmål source of the sentence for the user)
_OPERATIONAL_HINTS: tuple[tuple[str, str], ...] = (
    (
        "file is not a database",
        N_("Databasen kan ikke åpnes: feil nøkkel eller passord, eller filen er skadet."),
    ),
    ("malformed", N_("Databasefilen er skadet.")),
    ("database is locked", N_("Databasen er låst av et annet program som bruker den.")),
    ("disk is full", N_("Disken er full, så endringen ble ikke lagret.")),
    ("readonly", N_("Databasefilen kan ikke skrives til (skrivebeskyttet).")),
    ("unable to open", N_("Databasefilen kan ikke åpnes.")),
    ("disk i/o error", N_("Lesing eller skriving til disken feilet.")),
    ("connection refused", SERVER_GONE),
    ("could not connect", SERVER_GONE),
    ("no such file or directory", SERVER_GONE),
    ("password authentication failed", N_("Innlogging til databaseserveren ble avvist.")),
    ('database "', N_("Databasen finnes ikke på serveren.")),
    ("server closed the connection", CONNECTION_BROKEN),
    ("terminating connection", CONNECTION_BROKEN),
    ("permission denied", N_("Du har ikke tilgang til dette i databasen.")),
    (
        "row-level security",
        N_(
            "Du har ikke tilgang til å lagre dette: du er ikke med i laget rundt ungdommen, "
            "eller rollen din i laget gir ikke tilgang til det."
        ),
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


def _driver_source(error: BaseException) -> str | None:
    """The bokmål source of the sentence for a driver's error, if its text is one we know."""
    text = str(error).lower()
    return next((sentence for needle, sentence in _OPERATIONAL_HINTS if needle in text), None)


def describe_driver_error(error: BaseException) -> str | None:
    """The sentence for a database driver's own error, if its text is one we know."""
    source = _driver_source(error)
    return None if source is None else t(source)


def _describe_source(error: SQLAlchemyError) -> str:
    """The bokmål source of :func:`describe_error`'s sentence: what is compared with the
    constants above, so that the comparison holds whatever language the window speaks."""
    from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(error, StaleDataError):
        return N_("Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.")
    if isinstance(error, IntegrityError):
        return N_("Endringen ble avvist fordi den bryter en regel i databasen.")
    cause = error.orig if isinstance(error, DBAPIError) else None
    sentence = _driver_source(cause if cause is not None else error)
    if sentence is not None:
        return sentence
    if isinstance(error, OperationalError):
        return N_("Databasen kunne ikke brukes akkurat nå.")
    return N_("Databasen meldte en feil, så handlingen ble ikke fullført.")


def describe_error(error: SQLAlchemyError) -> str:
    """One sentence about what went wrong, with no SQL, parameters or record content."""
    source = _describe_source(error)
    return t(source)


def is_connection_lost(error: SQLAlchemyError) -> bool:
    """True when ``error`` says the server is out of reach or dropped the connection (as
    opposed to refusing the change): the change may be tried again when it answers."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if not isinstance(error, OperationalError | InterfaceError):
        return False
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return _describe_source(error) in _LOST_SENTENCES
