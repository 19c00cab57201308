"""What the youth list and the overview warn about, from the standard's deadlines: the
first lagmøte at most a week after oppstartsmøtet and then at most six weeks apart (§7.6),
action items from the lagmøter past their date, and evaluations past theirs (§7.7). Always
in words with the number of days, so that a warning never rests on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lagmote.dates import days_between_words, format_date
from lagmote.i18n import t

# How soon a coming lagmøte is worth a word in the list.
SOON_DAYS = 7


@dataclass(frozen=True)
class Alert:
    """One warning: ``overdue`` (past a deadline) or ``soon`` (a deadline within a week)."""

    level: str
    words: str


def lagmote_alert(due: date | None, planned: date | None, today: date) -> Alert | None:
    """About the next lagmøte: due on ``due`` by the standard, planned on ``planned``."""
    if due is None:
        return None
    if due < today and (planned is None or planned > due):
        late = days_between_words((today - due).days)
        words = t("Lagmøte på overtid: {late} over fristen {due}")
        return Alert("overdue", words.format(late=late, due=format_date(due)))
    if planned is not None and planned > due:
        after = days_between_words((planned - due).days)
        return Alert(
            "overdue", t("Neste lagmøte er planlagt {after} etter fristen").format(after=after)
        )
    if planned is None and due == today:
        return Alert("soon", t("Lagmøte må holdes i dag, og er ikke planlagt"))
    if planned is None and (due - today).days <= SOON_DAYS:
        left = days_between_words((due - today).days)
        return Alert(
            "soon", t("Lagmøte må holdes om {left}, og er ikke planlagt").format(left=left)
        )
    return None


def evaluation_alert(due: date | None, today: date) -> Alert | None:
    """About the next evaluation (§7.7), when it is past its date."""
    if due is None or due >= today:
        return None
    late = days_between_words((today - due).days)
    words = t("Evaluering på overtid: {late} over fristen {due}")
    return Alert("overdue", words.format(late=late, due=format_date(due)))


def actions_alert(late: int) -> Alert | None:
    """About action items from the lagmøter past their date."""
    if late <= 0:
        return None
    if late == 1:
        return Alert("overdue", t("1 oppgave fra lagmøtene over fristen"))
    return Alert("overdue", t("{n} oppgaver fra lagmøtene over fristen").format(n=late))
