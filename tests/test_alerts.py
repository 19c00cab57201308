"""Deadline warnings for the youth list: in words, with the number of days."""

from __future__ import annotations

from datetime import date, timedelta

from lagmote.alerts import actions_alert, lagmote_alert
from lagmote.db.meeting_ops import plan_meeting, set_meeting_date
from lagmote.db.meeting_queries import load_meetings
from lagmote.db.queries import list_youths
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo

TODAY = date(2026, 12, 1)


def test_overdue_and_not_planned_in_time() -> None:
    alert = lagmote_alert(date(2026, 11, 28), None, TODAY)
    assert alert is not None and alert.level == "overdue"
    assert alert.words == "Lagmøte på overtid: 3 dager over fristen 28.11.2026"
    planned_in_time = lagmote_alert(date(2026, 11, 28), date(2026, 11, 27), TODAY)
    assert planned_in_time is None  # a meeting held late is the overview's business


def test_planned_after_the_deadline() -> None:
    alert = lagmote_alert(date(2026, 12, 10), date(2026, 12, 24), TODAY)
    assert alert is not None and alert.words == "Neste lagmøte er planlagt 2 uker etter fristen"


def test_soon_and_not_planned() -> None:
    alert = lagmote_alert(date(2026, 12, 4), None, TODAY)
    assert alert is not None and alert.level == "soon"
    assert alert.words == "Lagmøte må holdes om 3 dager, og er ikke planlagt"
    assert lagmote_alert(TODAY, None, TODAY).words.endswith("i dag, og er ikke planlagt")  # type: ignore[union-attr]
    assert lagmote_alert(date(2026, 12, 20), None, TODAY) is None
    assert lagmote_alert(date(2026, 12, 4), date(2026, 12, 3), TODAY) is None
    assert lagmote_alert(None, None, TODAY) is None


def test_late_actions_counted_in_words() -> None:
    assert actions_alert(0) is None
    assert actions_alert(1).words == "1 oppgave fra lagmøtene over fristen"  # type: ignore[union-attr]
    assert actions_alert(3).words == "3 oppgaver fra lagmøtene over fristen"  # type: ignore[union-attr]


def test_list_counts_a_planned_meeting_only_after_the_last_held(store: Store) -> None:
    """A meeting left planned before the last held one (never marked held) does not count
    as the next one; the one planned after the last held does."""
    youth_id = import_document(store, build_demo(TODAY))
    plan_meeting(store, youth_id, TODAY - timedelta(days=100))
    (item,) = list_youths(store, TODAY)
    assert item.alerts[0].words == "Lagmøte på overtid: 3 dager over fristen 28.11.2026"
    # A week earlier the deadline (28.11) was ahead, and the meeting planned after it.
    (item,) = list_youths(store, TODAY - timedelta(days=7))
    assert item.alerts[0].words == "Neste lagmøte er planlagt 7 dager etter fristen"
    planned = [m for m in load_meetings(store, youth_id).meetings if not m.held]
    latest = max(planned, key=lambda m: m.meeting_on)
    set_meeting_date(store, youth_id, latest.id, date(2026, 11, 27))
    (item,) = list_youths(store, TODAY - timedelta(days=7))
    assert [a.words for a in item.alerts] == ["1 oppgave fra lagmøtene over fristen"]
