"""Reading the youth a page or an export is about, with one sentence when it cannot be read.

In a shared PostgreSQL database a youth whose team the user is not on is not there for
them at all (row-level security, migration 0005), which the database cannot tell apart from
a youth that does not exist; the sentence says both, so that refused access never looks
like "no data".
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from lagmote.db.errors import DatabaseError
from lagmote.db.models import Youth
from lagmote.i18n import t


def shown_youth(session: Session, youth_id: int) -> Youth:
    """The youth with ``youth_id``, or a :class:`DatabaseError` saying why there is none."""
    youth = session.get(Youth, youth_id)
    if youth is None:
        raise DatabaseError(youth_not_found(session, youth_id))
    return youth


def youth_not_found(session: Session, youth_id: int) -> str:
    if session.get_bind().dialect.name == "postgresql" and not _sees_every_youth(session):
        return t(
            "Du har ikke tilgang til ungdom {id}: du er ikke med i laget rundt "
            "ungdommen (eller saken finnes ikke). Spør administratoren om du skal ha tilgang."
        ).format(id=youth_id)
    return t("Fant ingen ungdom med id {id}.").format(id=youth_id)


def _sees_every_youth(session: Session) -> bool:
    """True for the administrator (the tables' owner, or a superuser): row-level security
    does not bind them, so a youth they cannot find is not there."""
    return bool(
        session.execute(
            text(
                "SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, c.relowner, "
                "'MEMBER') FROM pg_roles r, pg_class c "
                "WHERE r.rolname = current_user AND c.oid = 'youth'::regclass"
            )
        ).scalar()
    )
