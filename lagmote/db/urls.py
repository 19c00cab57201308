"""Database targets as the user writes them: a file path or a PostgreSQL URL.

Kept free of SQLAlchemy so that the window can name its database before the database layer
is imported. A password never belongs in a URL (it would show in the window, in process
lists and in shell history); :func:`check_no_password` refuses one.
"""

from __future__ import annotations

import re

from lagmote.errors import UserError
from lagmote.i18n import t

SERVER_PREFIXES = ("postgresql:", "postgresql+", "postgres:")
_DRIVER = "postgresql+psycopg://"
_PASSWORD = re.compile(r"^(?P<head>[a-z0-9+]+://[^:/@?#]*):(?P<password>[^@/?#]*)@", re.I)


def is_server_url(target: str) -> bool:
    return target.lower().startswith(SERVER_PREFIXES)


def normalise_server_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` mean the psycopg 3 driver, the one we ship."""
    for prefix in ("postgresql://", "postgres://"):
        if url.lower().startswith(prefix):
            return _DRIVER + url[len(prefix) :]
    return url


def check_no_password(url: str) -> None:
    if _PASSWORD.match(url):
        raise UserError(
            t(
                "Skriv ikke passordet i databaseadressen: Lagmøte spør om det og tar vare på "
                "det i nøkkelringen."
            )
        )


def display_location(target: str) -> str:
    """The target as it may be shown on screen: any password in a URL is masked."""
    return _PASSWORD.sub(r"\g<head>:***@", target)
