"""The shared district database: who is on which youth's team, service-only notes, and
access enforced by PostgreSQL itself.

Three tables on every backend:

- ``team_access``: which database role (one per user) is on the team around which youth.
  Written only by the district's administrator (``lagmote admin add-to-team``) and by the
  trigger that puts whoever creates a youth on that youth's team;
- ``district_user``: each database role's role on the team (a code of the standard), which
  decides which service's notes the user may read;
- ``service_note``: a note that belongs to one service (police, child welfare, health).

On PostgreSQL, row-level security then makes every query of a program role (a member of
``lagmote_app``) return only the youths whose team its user is on, and their rows, whatever
program or tool it connects with; a service's notes only to users of that service. The
administrator (the tables' owner) is not bound by it. The audit log's ``db_role`` is set by
the database from the connected role, so that no client can write another's name there. A
row trigger on every record table sends ``NOTIFY lagmote_changes`` with the youth's id, the
table and the writing client's id (never any content), so that open windows refresh.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

APP_ROLE = "lagmote_app"
SERVICES = "'politi', 'barnevern', 'helse'"

YOUTH_TABLES = (
    "team_member", "step", "consent", "kartlegging", "plan_section", "goal", "tiltak",
    "schedule_entry", "lagmote", "evaluation", "closing",
)  # fmt: skip
"""Tables whose rows name their youth in ``youth_id``."""
CHILD_TABLES = {
    "area_rating": ("kartlegging_id", "kartlegging"),
    "goal_rating": ("goal_id", "goal"),
    "attendee": ("lagmote_id", "lagmote"),
    "agenda_note": ("lagmote_id", "lagmote"),
    "decision": ("lagmote_id", "lagmote"),
    "action_item": ("lagmote_id", "lagmote"),
    "evaluation_answer": ("evaluation_id", "evaluation"),
}
"""Tables whose rows belong to a youth through a parent row: (column, parent table)."""


def upgrade() -> None:
    _create_tables()
    if op.get_bind().dialect.name == "postgresql":
        for statement in _postgres_statements():
            op.execute(statement)


def _create_tables() -> None:
    op.create_table(
        "team_access",
        sa.Column("youth_id", sa.Integer(), nullable=False),
        sa.Column("db_role", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(
            ["youth_id"],
            ["youth.id"],
            name=op.f("fk_team_access_youth_id_youth"),
            ondelete="CASCADE",
            deferrable=True,
            initially="DEFERRED",
        ),
        sa.PrimaryKeyConstraint("youth_id", "db_role", name=op.f("pk_team_access")),
    )
    op.create_index(op.f("ix_team_access_db_role"), "team_access", ["db_role"], unique=False)
    op.create_table(
        "district_user",
        sa.Column("db_role", sa.String(length=63), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.PrimaryKeyConstraint("db_role", name=op.f("pk_district_user")),
    )
    _create_service_note()


def _create_service_note() -> None:
    op.create_table(
        "service_note",
        sa.Column("youth_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=30), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("written_by", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"service IN ({SERVICES})", name=op.f("ck_service_note_service")),
        sa.ForeignKeyConstraint(
            ["youth_id"],
            ["youth.id"],
            name=op.f("fk_service_note_youth_id_youth"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_note")),
    )
    op.create_index(op.f("ix_service_note_youth_id"), "service_note", ["youth_id"], unique=False)


# --- PostgreSQL ----------------------------------------------------------------------------

_FUNCTIONS = (
    # On the team around the youth: the one question every policy asks. VOLATILE, so that
    # it sees the team_access row the youth's insert trigger has just written (a STABLE
    # function would see the statement's snapshot, from before).
    """CREATE FUNCTION lagmote_sees(youth integer) RETURNS boolean
       LANGUAGE sql VOLATILE SET search_path = public AS $$
         SELECT EXISTS (SELECT 1 FROM team_access a
                        WHERE a.youth_id = youth AND a.db_role = current_user)
       $$""",
    """CREATE FUNCTION lagmote_user_role() RETURNS text
       LANGUAGE sql STABLE SET search_path = public AS $$
         SELECT role FROM district_user WHERE db_role = current_user
       $$""",
    # Whoever creates a youth is on that youth's team. SECURITY DEFINER: users may not
    # write team_access themselves; session_user, since current_user is the definer here.
    """CREATE FUNCTION lagmote_join_new_youth() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
       BEGIN
         INSERT INTO team_access (youth_id, db_role) VALUES (NEW.id, session_user)
           ON CONFLICT DO NOTHING;
         RETURN NEW;
       END $$""",
    """CREATE FUNCTION lagmote_audit_role() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.db_role := session_user;
         RETURN NEW;
       END $$""",
    """CREATE FUNCTION lagmote_notify() RETURNS trigger
       LANGUAGE plpgsql SET search_path = public AS $$
       DECLARE
         changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
         youth integer;
       BEGIN
         IF TG_TABLE_NAME = 'youth' THEN
           youth := (changed ->> 'id')::integer;
         ELSIF changed ? 'youth_id' THEN
           youth := (changed ->> 'youth_id')::integer;
         ELSIF TG_NARGS = 2 THEN
           EXECUTE format('SELECT youth_id FROM %I WHERE id = $1', TG_ARGV[1])
             INTO youth USING (changed ->> TG_ARGV[0])::integer;
         END IF;
         PERFORM pg_notify('lagmote_changes', json_build_object(
           'youth', youth, 'table', TG_TABLE_NAME,
           'client', coalesce(current_setting('lagmote.client', true), ''))::text);
         RETURN NULL;
       END $$""",
)


def _postgres_statements() -> list[str]:
    statements = [*_FUNCTIONS, *_youth_policies(), *_audit_policies(), *_own_row_policies()]
    for table in YOUTH_TABLES:
        statements += _policy(table, "lagmote_sees(youth_id)")
    for table, (column, parent) in CHILD_TABLES.items():
        visible = f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table}.{column})"
        statements += _policy(table, visible)
    statements += _policy(
        "service_note", "lagmote_sees(youth_id) AND service = lagmote_user_role()"
    )
    statements += _notify_triggers()
    statements += _grants()
    return statements


def _policy(table: str, visible: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY team_only ON {table} USING ({visible}) WITH CHECK ({visible})",
    ]


def _youth_policies() -> list[str]:
    """Anyone may read and change the youths whose team they are on; only an oppfølger
    starts a new follow-up (and is put on its team by the trigger)."""
    return [
        "ALTER TABLE youth ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY team_reads ON youth FOR SELECT USING (lagmote_sees(id))",
        "CREATE POLICY team_changes ON youth FOR UPDATE USING (lagmote_sees(id))",
        "CREATE POLICY team_deletes ON youth FOR DELETE USING (lagmote_sees(id))",
        "CREATE POLICY oppfolger_creates ON youth FOR INSERT "
        "WITH CHECK (lagmote_user_role() = 'oppfolger')",
        "CREATE TRIGGER youth_joins_creator BEFORE INSERT ON youth "
        "FOR EACH ROW EXECUTE FUNCTION lagmote_join_new_youth()",
    ]


def _audit_policies() -> list[str]:
    """The log of a youth is read by that youth's team; one's own entries always. Anyone
    may add entries, always under their own database role."""
    return [
        "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY team_reads ON audit_log FOR SELECT USING "
        "(db_role = current_user OR (youth_id IS NOT NULL AND lagmote_sees(youth_id)))",
        "CREATE POLICY anyone_adds ON audit_log FOR INSERT WITH CHECK (db_role = session_user)",
        "CREATE TRIGGER audit_log_db_role BEFORE INSERT ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION lagmote_audit_role()",
    ]


def _own_row_policies() -> list[str]:
    """A user sees their own team memberships and their own role, and nobody else's."""
    statements = []
    for table in ("team_access", "district_user"):
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY own_rows ON {table} FOR SELECT USING (db_role = current_user)",
        ]
    return statements


def _notify_triggers() -> list[str]:
    tables = [("youth", ""), ("team_access", ""), ("service_note", "")]
    tables += [(table, "") for table in YOUTH_TABLES]
    tables += [(table, f"'{col}', '{parent}'") for table, (col, parent) in CHILD_TABLES.items()]
    return [
        f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION lagmote_notify({args})"
        for table, args in tables
    ]


def _grants() -> list[str]:
    """The program's roles read but never write who is on which team, or the schema's
    version; where ``lagmote_app`` does not exist yet, ``lagmote admin init`` grants this."""
    return [
        f"""DO $$ BEGIN
          IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
            GRANT SELECT, INSERT, UPDATE, DELETE ON service_note TO {APP_ROLE};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE};
            GRANT SELECT ON team_access, district_user, alembic_version TO {APP_ROLE};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE
              ON team_access, district_user, alembic_version FROM {APP_ROLE};
          END IF;
        END $$""",
    ]


def downgrade() -> None:
    """Policies and triggers first, then the new tables, then the functions they used."""
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        _drop_policies_and_triggers()
    op.drop_index(op.f("ix_service_note_youth_id"), table_name="service_note")
    op.drop_table("service_note")
    op.drop_table("district_user")
    op.drop_index(op.f("ix_team_access_db_role"), table_name="team_access")
    op.drop_table("team_access")
    if postgres:
        for function in ("lagmote_notify()", "lagmote_audit_role()", "lagmote_join_new_youth()",
                         "lagmote_user_role()", "lagmote_sees(integer)"):  # fmt: skip
            op.execute(f"DROP FUNCTION IF EXISTS {function}")


def _drop_policies_and_triggers() -> None:
    for table in ["youth", "audit_log", *YOUTH_TABLES, *CHILD_TABLES]:
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for policy in ("team_only", "team_reads", "team_changes", "team_deletes",
                       "oppfolger_creates", "anyone_adds"):  # fmt: skip
            op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
    for table in ["youth", *YOUTH_TABLES, *CHILD_TABLES]:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
    op.execute("DROP TRIGGER IF EXISTS youth_joins_creator ON youth")
    op.execute("DROP TRIGGER IF EXISTS audit_log_db_role ON audit_log")
