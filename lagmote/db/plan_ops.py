"""Changes to Min plan and the week, each one audit-logged write through :class:`Store`.

Every function validates its input first (:mod:`lagmote.plan`), then makes one transaction.
Deleted rows can be brought back with their old ids (``restore_*``), so that undo and redo
keep every id that other undo steps refer to. Updates take the values the user's edit began
from (``base``) and refuse to save over someone else's change of the same field
(:mod:`lagmote.db.conflicts`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.conflicts import over_stored
from lagmote.db.models import (
    Goal,
    GoalRating,
    PlanSection,
    ScheduleEntry,
    TeamMember,
    Tiltak,
)
from lagmote.db.ops_common import (
    created,
    delete_with_children,
    get_row,
    logged,
    owned_row,
    same_youth,
    youth_row,
)
from lagmote.db.store import Changes, Store, WriteResult
from lagmote.i18n import N_
from lagmote.plan import (
    EntryFields,
    GoalFields,
    GoalInfo,
    TiltakFields,
    TiltakInfo,
    check_entry,
    check_goal,
    check_rating,
    check_section,
    check_tiltak,
)

GOAL_LABELS = {
    "text": N_("målet"),
    "area": N_("området"),
    "why": N_("hvorfor"),
    "levels": N_("målstigen"),
}
TILTAK_LABELS = {
    "text": N_("tiltaket"),
    "goal_id": N_("målet tiltaket hører til"),
    "responsible_id": N_("hvem som har ansvaret"),
    "due_on": N_("fristen"),
    "status": N_("statusen"),
    "done_on": N_("datoen det ble gjort"),
}
ENTRY_LABELS = {
    "weekday": N_("dagen"),
    "start_minute": N_("starttiden"),
    "end_minute": N_("sluttiden"),
    "kind": N_("slaget aktivitet"),
    "title": N_("navnet på aktiviteten"),
    "place": N_("stedet"),
}

# --- Min plan sections ---------------------------------------------------------------------


def set_section(
    store: Store, youth_id: int, key: str, text: str, base: str | None = None
) -> Changes:
    """Set one plan section's text (creating the section the first time); with ``base``,
    refused when someone else changed it since (a missing section is an empty text)."""
    check_section(key, text)

    def again(new: str, over: str) -> Changes:
        return set_section(store, youth_id, key, new, over)

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        row = session.scalars(
            select(PlanSection).where(PlanSection.youth_id == youth_id, PlanSection.key == key)
        ).one_or_none()
        stored = row.text if row is not None else ""
        written = over_stored(base, text, stored, N_("teksten"), again)
        action = "update"
        if row is None:
            row = PlanSection(youth_id=youth_id, key=key, text=written)
            session.add(row)
            action = "create"
        else:
            row.text = written
        session.flush()
        return logged(youth_id, action, "plan_section", row.id, key)

    return store.write(write)


# --- goals ---------------------------------------------------------------------------------


def add_goal(store: Store, youth_id: int, fields: GoalFields, today: date) -> Changes:
    """A new goal, last in the list; its id is ``created_ids[0]``."""
    check_goal(fields)

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        positions = session.scalars(select(Goal.position).where(Goal.youth_id == youth_id))
        goal = Goal(youth_id=youth_id, position=max(positions, default=-1) + 1, created_on=today)
        _fill_goal(goal, fields)
        session.add(goal)
        session.flush()
        return created(youth_id, "goal", goal.id)

    return store.write(write)


def update_goal(
    store: Store, youth_id: int, goal_id: int, fields: GoalFields, base: GoalFields | None = None
) -> Changes:
    """Save the fields the user changed from ``base`` (all of them without a base)."""
    check_goal(fields)

    def again(new: GoalFields, over: GoalFields) -> Changes:
        return update_goal(store, youth_id, goal_id, new, over)

    def write(session: Session) -> WriteResult:
        goal = owned_row(session, Goal, goal_id, youth_id, N_("målet"))
        _fill_goal(goal, over_stored(base, fields, goal_fields(goal), GOAL_LABELS, again))
        return logged(goal.youth_id, "update", "goal", goal_id)

    return store.write(write)


def delete_goal(store: Store, youth_id: int, goal_id: int) -> Changes:
    """Delete a goal with its ratings; its measures stay, tied to no goal."""

    def write(session: Session) -> WriteResult:
        goal = owned_row(session, Goal, goal_id, youth_id, N_("målet"))
        return delete_with_children(session, goal, "goal", goal.ratings, "goal_rating")

    return store.write(write)


def restore_goal(store: Store, youth_id: int, goal: GoalInfo) -> Changes:
    """Bring a deleted goal back with its old id, ratings and measures (for undo)."""

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        row = Goal(
            id=goal.id, youth_id=youth_id, position=goal.position, created_on=goal.created_on
        )
        _fill_goal(row, goal.fields)
        row.ratings = [
            GoalRating(
                id=r.id, rated_on=r.rated_on, value=r.value, lagmote_id=r.lagmote_id, note=r.note
            )
            for r in goal.ratings
        ]
        session.add(row)
        session.flush()
        result = created(youth_id, "goal", goal.id)
        for rating in goal.ratings:
            result.log("create", "goal_rating", rating.id)
        for measure in goal.tiltak:
            if _tie_tiltak(session, measure.id, goal.id, youth_id):
                result.log("update", "tiltak", measure.id)
        return result

    return store.write(write)


def goal_fields(goal: Goal) -> GoalFields:
    """A goal row's fields as the user edits them."""
    levels = (
        goal.level_minus2,
        goal.level_minus1,
        goal.level_0,
        goal.level_plus1,
        goal.level_plus2,
    )
    return GoalFields(goal.text, goal.area, goal.why, levels)


def _fill_goal(goal: Goal, fields: GoalFields) -> None:
    goal.text, goal.area, goal.why = fields.text, fields.area, fields.why
    (goal.level_minus2, goal.level_minus1, goal.level_0, goal.level_plus1, goal.level_plus2) = (
        fields.levels
    )


def _tie_tiltak(session: Session, tiltak_id: int, goal_id: int, youth_id: int) -> bool:
    measure = session.get(Tiltak, tiltak_id)
    if measure is None or measure.youth_id != youth_id:
        return False
    measure.goal_id = goal_id
    return True


# --- ratings -------------------------------------------------------------------------------


def rate_goal(
    store: Store,
    youth_id: int,
    goal_id: int,
    value: int,
    rated_on: date,
    lagmote_id: int | None = None,
) -> Changes:
    """Rate a goal. A second rating the same day replaces the first (a corrected keypress),
    so a lagmøte leaves one rating a goal."""
    check_rating(value)

    def write(session: Session) -> WriteResult:
        owned_row(session, Goal, goal_id, youth_id, N_("målet"))
        rating = session.scalars(
            select(GoalRating).where(GoalRating.goal_id == goal_id, GoalRating.rated_on == rated_on)
        ).first()
        action = "update"
        if rating is None:
            rating = GoalRating(
                goal_id=goal_id, rated_on=rated_on, value=value, lagmote_id=lagmote_id
            )
            session.add(rating)
            action = "create"
        else:
            rating.value, rating.lagmote_id = value, lagmote_id
        session.flush()
        result = logged(youth_id, action, "goal_rating", rating.id)
        result.created_ids.append(rating.id)
        return result

    return store.write(write)


def clear_rating(store: Store, youth_id: int, goal_id: int, rated_on: date) -> Changes:
    """Remove a goal's rating of one day (undo of a first rating that day)."""

    def write(session: Session) -> WriteResult:
        owned_row(session, Goal, goal_id, youth_id, N_("målet"))
        result = WriteResult(youth_id)
        for rating in session.scalars(
            select(GoalRating).where(GoalRating.goal_id == goal_id, GoalRating.rated_on == rated_on)
        ):
            result.log("delete", "goal_rating", rating.id)
            session.delete(rating)
        return result

    return store.write(write)


# --- tiltak --------------------------------------------------------------------------------


def add_tiltak(
    store: Store, youth_id: int, fields: TiltakFields, tiltak_id: int | None = None
) -> Changes:
    """A new measure (or, with ``tiltak_id``, a deleted one brought back for undo)."""
    check_tiltak(fields)

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        row = Tiltak(id=tiltak_id, youth_id=youth_id)
        _fill_tiltak(session, row, youth_id, fields)
        session.add(row)
        session.flush()
        return created(youth_id, "tiltak", row.id)

    return store.write(write)


def update_tiltak(
    store: Store,
    youth_id: int,
    tiltak_id: int,
    fields: TiltakFields,
    base: TiltakFields | None = None,
) -> Changes:
    """Save the fields the user changed from ``base`` (all of them without a base)."""
    check_tiltak(fields)

    def again(new: TiltakFields, over: TiltakFields) -> Changes:
        return update_tiltak(store, youth_id, tiltak_id, new, over)

    def write(session: Session) -> WriteResult:
        row = owned_row(session, Tiltak, tiltak_id, youth_id, N_("tiltaket"))
        stored = TiltakFields(
            row.text, row.goal_id, row.responsible_id, row.due_on, row.status, row.done_on
        )
        written = over_stored(base, fields, stored, TILTAK_LABELS, again)
        _fill_tiltak(session, row, row.youth_id, written)
        return logged(row.youth_id, "update", "tiltak", tiltak_id)

    return store.write(write)


def delete_tiltak(store: Store, youth_id: int, tiltak_id: int) -> Changes:
    def write(session: Session) -> WriteResult:
        row = owned_row(session, Tiltak, tiltak_id, youth_id, N_("tiltaket"))
        session.delete(row)
        return logged(row.youth_id, "delete", "tiltak", tiltak_id)

    return store.write(write)


def restore_tiltak(store: Store, youth_id: int, measure: TiltakInfo) -> Changes:
    return add_tiltak(store, youth_id, measure.fields, measure.id)


def _fill_tiltak(session: Session, row: Tiltak, youth_id: int, fields: TiltakFields) -> None:
    if fields.goal_id is not None:
        goal = get_row(session, Goal, fields.goal_id, N_("målet"))
        same_youth(goal.youth_id, youth_id)
    if fields.responsible_id is not None:
        member = get_row(session, TeamMember, fields.responsible_id, N_("den ansvarlige"))
        same_youth(member.youth_id, youth_id)
    row.text, row.goal_id, row.responsible_id = fields.text, fields.goal_id, fields.responsible_id
    row.due_on, row.status, row.done_on = fields.due_on, fields.status, fields.done_on


# --- the week ------------------------------------------------------------------------------


def add_entry(
    store: Store, youth_id: int, fields: EntryFields, entry_id: int | None = None
) -> Changes:
    """A new weekly entry (or, with ``entry_id``, a deleted one brought back for undo)."""
    check_entry(fields)

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        row = ScheduleEntry(id=entry_id, youth_id=youth_id)
        _fill_entry(row, fields)
        session.add(row)
        session.flush()
        return created(youth_id, "schedule_entry", row.id)

    return store.write(write)


def update_entry(
    store: Store,
    youth_id: int,
    entry_id: int,
    fields: EntryFields,
    base: EntryFields | None = None,
) -> Changes:
    """Move, resize or rename an entry: the fields the user changed from ``base``. A mix of
    this user's and someone else's times is checked again as a whole."""
    check_entry(fields)

    def again(new: EntryFields, over: EntryFields) -> Changes:
        return update_entry(store, youth_id, entry_id, new, over)

    def write(session: Session) -> WriteResult:
        row = owned_row(session, ScheduleEntry, entry_id, youth_id, N_("aktiviteten"))
        stored = EntryFields(
            row.weekday, row.start_minute, row.end_minute, row.kind, row.title, row.place
        )
        written = over_stored(base, fields, stored, ENTRY_LABELS, again)
        check_entry(written)
        _fill_entry(row, written)
        return logged(row.youth_id, "update", "schedule_entry", entry_id)

    return store.write(write)


def delete_entry(store: Store, youth_id: int, entry_id: int) -> Changes:
    def write(session: Session) -> WriteResult:
        row = owned_row(session, ScheduleEntry, entry_id, youth_id, N_("aktiviteten"))
        session.delete(row)
        return logged(row.youth_id, "delete", "schedule_entry", entry_id)

    return store.write(write)


def _fill_entry(row: ScheduleEntry, fields: EntryFields) -> None:
    row.weekday, row.start_minute, row.end_minute = (
        fields.weekday,
        fields.start_minute,
        fields.end_minute,
    )
    row.kind, row.title, row.place = fields.kind, fields.title, fields.place
