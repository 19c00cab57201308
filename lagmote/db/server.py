"""Opening a shared PostgreSQL database as the user's own database role.

The user's name is in the URL; the password is never in it, nor in any file of ours: it
comes from the OS keyring (under the server, database and user it belongs to), or, when the
server asks for one the keyring does not have, from a prompt (the window's dialog, or the
terminal), and a password that worked is then kept in the keyring where there is one.

Every connection carries a random client id (``lagmote.client``), which the change
notifications of migration 0005 name, so that a window can tell its own changes from
others'.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from lagmote.db import keys
from lagmote.db.errors import DatabaseError, describe_error
from lagmote.db.schema import current_revision, ensure_schema
from lagmote.db.urls import check_no_password, normalise_server_url
from lagmote.i18n import t

CONNECT_TIMEOUT_SECONDS = 10
KEYRING_PREFIX = "postgresql:"

#: Asked for the password of the database role at a server (given as "user@host/db");
#: returns None when the user cancels.
PasswordPrompt = Callable[[str], "str | None"]

_PASSWORD_WANTED = ("password authentication failed", "no password supplied")


@dataclass(frozen=True)
class ServerConnection:
    """An engine on the server, its client id, and the database role it connects as."""

    engine: Engine
    client_id: str
    db_role: str


def open_server(url: str, prompt: PasswordPrompt | None) -> ServerConnection:
    """Connect to ``url`` as its user and bring the schema up to date (when allowed)."""
    check_no_password(url)
    try:
        parsed = make_url(normalise_server_url(url))
    except Exception as error:  # SQLAlchemy's ArgumentError, or a ValueError for a port
        raise DatabaseError(t("Databaseadressen er ikke en gyldig PostgreSQL-adresse.")) from error
    client_id = str(uuid.uuid4())
    password = _stored_password(parsed)
    try:
        engine = _connected_engine(parsed, client_id, password)
    except _PasswordWanted:
        password = _ask_password(parsed, prompt)
        engine = _engine_with_typed_password(parsed, client_id, password)
        _remember_password(parsed, password)
    try:
        _bring_schema_up_to_date(engine)
        db_role = _current_role(engine)
    except BaseException:
        engine.dispose()
        raise
    return ServerConnection(engine, client_id, db_role)


class _PasswordWanted(Exception):
    """The server wants a password we did not have, or refused the one we had."""


def _engine_with_typed_password(url: URL, client_id: str, password: str) -> Engine:
    try:
        return _connected_engine(url, client_id, password)
    except _PasswordWanted as error:
        raise DatabaseError(
            t("Innlogging til databaseserveren ble avvist: feil brukernavn eller passord.")
        ) from error


def _connected_engine(url: URL, client_id: str, password: str | None) -> Engine:
    try:
        engine = create_engine(
            url, pool_pre_ping=True, connect_args=_connect_args(client_id, password)
        )
    except ImportError as error:
        raise DatabaseError(t("PostgreSQL-støtte mangler: installer lagmote[postgres].")) from error
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as error:
        engine.dispose()
        if _wants_password(error):
            raise _PasswordWanted from error
        raise DatabaseError(describe_error(error)) from error
    except ValueError as error:  # a malformed URL, such as a port that is not a number
        engine.dispose()
        raise DatabaseError(t("Databaseadressen er ikke en gyldig PostgreSQL-adresse.")) from error
    return engine


def _connect_args(client_id: str, password: str | None) -> dict[str, Any]:
    args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "options": f"-c lagmote.client={client_id}",
        "application_name": "Lagmøte",
    }
    if password is not None:
        args["password"] = password
    return args


def _wants_password(error: SQLAlchemyError) -> bool:
    message = str(getattr(error, "orig", error)).lower()
    return any(needle in message for needle in _PASSWORD_WANTED)


def _bring_schema_up_to_date(engine: Engine) -> None:
    """Migrate when the schema is behind; a user's role may not, and is told who may."""
    try:
        with engine.connect() as connection:
            current_revision(connection)
    except SQLAlchemyError as error:
        if _denied(error):
            raise DatabaseError(
                t(
                    "Du har ikke tilgang til denne databasen: administratoren må gjøre deg til "
                    "bruker (lagmote admin add-user)."
                )
            ) from error
        raise DatabaseError(describe_error(error)) from error
    try:
        ensure_schema(engine)
    except SQLAlchemyError as error:
        if _denied(error):
            raise DatabaseError(
                t(
                    "Databasen må oppgraderes til denne versjonen av Lagmøte, og det kan bare "
                    "administratoren gjøre (lagmote admin init)."
                )
            ) from error
        raise DatabaseError(describe_error(error)) from error


def _denied(error: SQLAlchemyError) -> bool:
    return "permission denied" in str(getattr(error, "orig", error)).lower()


def _current_role(engine: Engine) -> str:
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SELECT current_user")).scalar_one())
    except SQLAlchemyError as error:
        raise DatabaseError(describe_error(error)) from error


# --- the password -------------------------------------------------------------------------


def keyring_name(url: URL) -> str:
    """Where the keyring keeps the password of this user on this server and database."""
    host = url.host or url.query.get("host") or "localhost"
    return f"{KEYRING_PREFIX}{url.username or ''}@{host}:{url.port or 5432}/{url.database or ''}"


def _who(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'localhost'}/{url.database or ''}"


def _stored_password(url: URL) -> str | None:
    if not keys.keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(keys.SERVICE, keyring_name(url))
    except Exception:  # a keyring that does not answer: ask instead
        return None


def _remember_password(url: URL, password: str) -> None:
    if not keys.keyring_available():
        return
    import keyring

    try:
        keyring.set_password(keys.SERVICE, keyring_name(url), password)
    except Exception:  # not kept: the user is asked again next time, nothing worse
        return


def forget_password(url: str) -> None:
    """Remove a kept password (after the administrator has changed it, say)."""
    if not keys.keyring_available():
        return
    import keyring

    try:
        keyring.delete_password(keys.SERVICE, keyring_name(make_url(normalise_server_url(url))))
    except Exception:  # nothing kept
        return


def _ask_password(url: URL, prompt: PasswordPrompt | None) -> str:
    if prompt is None:
        raise DatabaseError(
            t(
                "Databaseserveren vil ha et passord, men ingen nøkkelring har det og det kan "
                "ikke spørres om her."
            )
        )
    password = prompt(_who(url))
    if not password:
        raise DatabaseError(t("Databasen ble ikke åpnet fordi passordet ikke ble oppgitt."))
    return password


def terminal_prompt(who: str) -> str | None:
    """Ask on the terminal, without echo; None where there is no terminal to ask on."""
    import getpass
    import sys

    if not sys.stdin.isatty():
        return None
    return getpass.getpass(t("Passord for {who}: ").format(who=who))
