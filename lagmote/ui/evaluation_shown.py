"""How the Evaluering page words evaluations and the closing: the table's cells, one
evaluation as readable text, and the state of the follow-up's end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from lagmote.closing import TRANSITIONS
from lagmote.dates import format_date
from lagmote.evaluation import EvaluationInfo, EvaluationsView, disagreements
from lagmote.standard import EVALUATION_PERSPECTIVES, EVALUATION_QUESTIONS, JUDGEMENTS
from lagmote.ui.models import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("EvaluationShown", text)


class EvaluationTableModel(RecordTableModel[EvaluationInfo]):
    """The youth's evaluations, newest first."""

    COLUMN_COUNT = 5

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            translate("EvaluationTableModel", "Dato"),
            translate("EvaluationTableModel", "Periode"),
            translate("EvaluationTableModel", "Status"),
            translate("EvaluationTableModel", "Neste evaluering"),
            translate("EvaluationTableModel", "Uenighet"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row())
        if item is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cells(item)[index.column()]

    @staticmethod
    def _cells(item: EvaluationInfo) -> tuple[str, ...]:
        nxt = item.recommendation.next_evaluation_on
        split = len(disagreements(item))
        return (
            format_date(item.evaluated_on),
            period_text(item),
            item.status_text,
            format_date(nxt) if nxt else "–",
            _tr("{n} spørsmål").format(n=split) if split else _tr("ingen"),
        )


def period_text(item: EvaluationInfo) -> str:
    start, end = item.period.period_start, item.period.period_end
    if start is None or end is None:
        return "–"
    return f"{format_date(start)}–{format_date(end)}"


def evaluation_text(item: EvaluationInfo, hide_answers: bool) -> str:
    """One evaluation as text to read: who, the answers per question, the recommendation."""
    gathered = ", ".join(EVALUATION_PERSPECTIVES[p] for p in item.period.perspectives)
    lines = [
        f"{_tr('Evaluering')} {format_date(item.evaluated_on)} ({item.status_text})",
        f"{_tr('Perioden')}: {period_text(item)}",
        f"{_tr('Tilbakemelding fra')}: {gathered or '–'}",
        "",
    ]
    if hide_answers:
        lines += [_tr("Svarene vises ikke i møtemodus."), ""]
    else:
        lines += _answer_lines(item)
    rec = item.recommendation
    lines.append(f"{_tr('Anbefaling')}: {item.status_text if rec.recommendation else '–'}")
    if rec.reasons.strip():
        lines.append(f"{_tr('Begrunnelse')}: {rec.reasons.strip()}")
    if rec.disagreement_note.strip() and not hide_answers:
        lines.append(f"{_tr('Om uenigheten')}: {rec.disagreement_note.strip()}")
    return "\n".join(lines)


def _answer_lines(item: EvaluationInfo) -> list[str]:
    lines = []
    for number, question in enumerate(EVALUATION_QUESTIONS, start=1):
        lines.append(f"{number}. {question}")
        for answer in item.answers_to(number):
            if answer.empty:
                continue
            judged = f" ({JUDGEMENTS[answer.judgement].lower()})" if answer.judgement else ""
            who = EVALUATION_PERSPECTIVES[answer.perspective]
            lines.append(f"   {who}{judged}: {answer.text.strip()}")
        lines.append("")
    for found in disagreements(item):
        lines.append(f"⚠ {_tr('Uenighet')}: {found.sentence}")
    return lines


def closing_text(view: EvaluationsView, ending: bool, concealing: bool) -> str:
    """Where the follow-up's end stands: closed (with what was recorded), or not. On the
    projected screen: the date and the reason only (the rest names services and people)."""
    closing = view.closing
    if closing is None and not view.active:
        return _tr("Oppfølgingen er avsluttet. Avslutningen er ikke registrert i programmet.")
    if closing is None:
        if ending:
            return _tr(
                "Den siste evalueringen anbefaler at oppfølgingen avsluttes. Gå gjennom "
                "avslutningen: grunn, overføring, overganger og oppsummering."
            )
        return _tr("Oppfølgingen pågår.")
    f = closing.fields
    lines = [
        _tr("Oppfølgingen ble avsluttet {day}.").format(day=format_date(f.closed_on)),
        f"{_tr('Grunn')}: {closing.reason_words}",
    ]
    if concealing:
        return "\n".join(lines)
    lines.append(f"{_tr('Følges opp videre av')}: {f.handover}")
    if f.contact_name or f.contact_phone:
        contact = ", ".join(x for x in (f.contact_name, f.contact_service, f.contact_phone) if x)
        lines.append(f"{_tr('Kontaktperson')}: {contact}")
    if f.transitions:
        names = ", ".join(TRANSITIONS[c].lower() for c in f.transitions)
        lines.append(f"{_tr('Overganger')}: {names}. {f.transitions_note}")
    lines.append(f"{_tr('Oppsummering')}: {f.summary}")
    return "\n".join(lines)
