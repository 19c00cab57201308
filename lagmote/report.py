"""The §8 report to Velferdsetaten: anonymous, aggregated numbers for a reporting period.

What it counts, per period (``--from``/``--to``, both days included):

- the youths followed: referred (henvisning) or started (iverksetting) by the period's last
  day, and not closed (avslutning) before its first day; by age on the last day and gender;
- challenge areas: from each youth's latest kartlegging in the period, the youths the team
  rated 1 or 2 in each of the twelve areas of §7.3;
- measures and activities: tiltak by status, and the kinds of appointment in the youth's week;
- changes: each goal's latest rating against its first, completed evaluations by
  recommendation, and follow-ups closed by reason.

The input is one :class:`YouthRecord` per youth, which holds no name, no birth date and no
free text (only an age, codes, dates and numbers), so nothing that identifies a person can
reach the tables. Small counts are then hidden (:func:`hide_group`, rule in
:data:`SUPPRESSION_RULE`). The CSV is for Excel set up for Norway: UTF-8 with a byte order mark
(or Excel reads æ, ø and å wrongly) and ``;`` between fields (Excel's list separator where the
decimal mark is a comma).

Pure Python: no Qt and no database. The records and the period are in
:mod:`lagmote.report_records`, the hiding of small counts in :mod:`lagmote.report_suppression`.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from lagmote.closing import CLOSING_REASONS
from lagmote.report_records import (
    ClosingRecord,
    GoalRecord,
    KartleggingRecord,
    Period,
    YouthRecord,
    followed_in,
)
from lagmote.report_suppression import (
    CountTable,
    ShownTable,
    hide_table,
)
from lagmote.standard import (
    AREAS,
    GENDERS,
    KARTLEGGING_SCALE,
    RECOMMENDATIONS,
    SCHEDULE_KINDS,
    TILTAK_STATUSES,
)

TITLE: Final = "Rapport til Velferdsetaten (§8)"
CONCERN_MAX: Final = 2
"""A team rating up to this (1 «Stor bekymring», 2 «Bekymring») counts as a challenge."""
UNKNOWN: Final = "Ukjent"
CSV_HEADER: Final = ("tabell", "kategori", "antall", "periode")


AGE_BANDS: Final[tuple[tuple[str, int, int], ...]] = (
    ("Under 12 år", 0, 11),
    ("12–13 år", 12, 13),
    ("14–15 år", 14, 15),
    ("16–17 år", 16, 17),
    ("18 år eller eldre", 18, 200),
)
GOAL_CHANGES: Final[dict[str, str]] = {
    "bedre": "Bedre enn ved første vurdering",
    "uendret": "Som ved første vurdering",
    "verre": "Dårligere enn ved første vurdering",
    "for_fa": "Vurdert færre enn to ganger",
}
NO_RECOMMENDATION: Final = "Uten anbefaling"

# --- counting -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Report:
    period: Period
    made_on: date
    districts: tuple[str, ...]
    tables: tuple[ShownTable, ...] = ()

    def table(self, key: str) -> ShownTable:
        return next(t for t in self.tables if t.key == key)


def build_report(youths: Iterable[YouthRecord], period: Period, made_on: date) -> Report:
    """The report on the youths followed in the period, small counts hidden."""
    followed = [y for y in youths if followed_in(y, period)]
    districts = sorted({y.district.strip() for y in followed if y.district.strip()})
    tables = tuple(hide_table(t) for t in count_tables(followed, period))
    return Report(period, made_on, tuple(districts), tables)


def count_tables(followed: Sequence[YouthRecord], period: Period) -> list[CountTable]:
    """Every table, from the youths already known to be followed in the period."""
    return [
        _overview(followed, period),
        _ages(followed),
        _genders(followed),
        _areas(followed, period),
        _tiltak(followed, period),
        _week(followed),
        _goals(followed, period),
        _evaluations(followed, period),
        _closings(followed, period),
    ]


def _down(
    key: str, title: str, rule: str, heading: str, labels: Mapping[str, str],
    counts: Counter[str], total_label: str,
) -> CountTable:  # fmt: skip
    rows = tuple((label, (counts[code],)) for code, label in labels.items())
    total = sum(row[1][0] for row in rows)
    return CountTable(key, title, rule, heading, ("Antall",), rows, total_label, total)


def _overview(followed: Sequence[YouthRecord], period: Period) -> CountTable:
    new = Counter("ny" if y.began_on and y.began_on >= period.start else "for" for y in followed)
    labels = {"for": "Henvist eller startet før perioden", "ny": "Henvist eller startet i perioden"}
    rule = (
        "Ungdommer som var henvist eller hadde startet senest på periodens siste dag, og som "
        "ikke var avsluttet før periodens første dag."
    )
    title = "Ungdommer fulgt opp i perioden"
    return _down("oppfolgt", title, rule, "Når", labels, new, "I alt")


def age_band(age: int | None) -> str:
    for label, low, high in AGE_BANDS:
        if age is not None and low <= age <= high:
            return label
    return UNKNOWN


def _ages(followed: Sequence[YouthRecord]) -> CountTable:
    labels = {label: label for label, _, _ in AGE_BANDS} | {UNKNOWN: UNKNOWN}
    counts = Counter(age_band(y.age) for y in followed)
    rule = "Alder på periodens siste dag."
    return _down("alder", "Alder", rule, "Alder", labels, counts, "I alt")


def _genders(followed: Sequence[YouthRecord]) -> CountTable:
    labels = {**GENDERS, UNKNOWN: UNKNOWN}
    counts = Counter(y.gender if y.gender in GENDERS else UNKNOWN for y in followed)
    rule = "Kjønn slik det er registrert."
    return _down("kjonn", "Kjønn", rule, "Kjønn", labels, counts, "I alt")


def latest_kartlegging(youth: YouthRecord, period: Period) -> KartleggingRecord | None:
    inside = [k for k in youth.kartlegginger if k.assessed_on in period]
    return max(inside, key=lambda k: k.assessed_on, default=None)


def concerns(kartlegging: KartleggingRecord) -> frozenset[int]:
    """The areas the team rated :data:`CONCERN_MAX` or lower."""
    return frozenset(a for a, r in kartlegging.team_ratings.items() if r <= CONCERN_MAX)


def _areas(followed: Sequence[YouthRecord], period: Period) -> CountTable:
    latest = [k for y in followed if (k := latest_kartlegging(y, period)) is not None]
    counts = Counter(a for k in latest for a in concerns(k))
    scale = {s.value: s.label.lower() for s in KARTLEGGING_SCALE}
    rule = (
        "Fra hver ungdoms siste kartlegging i perioden: ungdommer der lagets vurdering av "
        f"området var 1 ({scale[1]}) eller 2 ({scale[2]}). Ungdommer uten kartlegging i "
        "perioden er ikke med."
    )
    columns = ("Bekymring (1–2)", "Ikke bekymring eller ikke vurdert")
    rows = tuple((a.name, (counts[a.number], len(latest) - counts[a.number])) for a in AREAS)
    total_label = "Ungdommer med kartlegging i perioden"
    title = "Utfordringsområder (§7.3)"
    return CountTable(
        "omrader", title, rule, "Område", columns, rows, total_label, len(latest), across=True
    )


def _tiltak(followed: Sequence[YouthRecord], period: Period) -> CountTable:
    kept = [t for y in followed for t in y.tiltak if t.done_on is None or t.done_on >= period.start]
    counts = Counter(t.status for t in kept)
    rule = (
        "Tiltakene i ungdommenes planer, med status slik den er når rapporten lages. Tiltak "
        "som ble fullført før perioden, er ikke med."
    )
    return _down("tiltak", "Tiltak", rule, "Status", TILTAK_STATUSES, counts, "Tiltak i alt")


def _week(followed: Sequence[YouthRecord]) -> CountTable:
    counts = Counter(kind for y in followed for kind in y.week_kinds)
    n = len(followed)
    rows = tuple((name, (counts[kind], n - counts[kind])) for kind, name in SCHEDULE_KINDS.items())
    rule = (
        "Ungdommer som har minst én avtale av denne typen i uka si (§3.3), slik uka er "
        "registrert når rapporten lages."
    )
    columns = ("Har det i uka", "Har det ikke")
    total_label = "Ungdommer fulgt opp i perioden"
    return CountTable(
        "uka", "Aktiviteter i uka", rule, "Type", columns, rows, total_label, n, across=True
    )


def in_period(goal: GoalRecord, period: Period) -> bool:
    """A goal set by the period's last day and not closed before its first."""
    open_then = goal.closed_on is None or goal.closed_on >= period.start
    return goal.created_on <= period.end and open_then


def goal_change(goal: GoalRecord, period: Period) -> str:
    """The latest rating by the period's last day against the first: a key of GOAL_CHANGES."""
    ratings = sorted(r for r in goal.ratings if r[0] <= period.end)
    if len(ratings) < 2:
        return "for_fa"
    first, last = ratings[0][1], ratings[-1][1]
    return "bedre" if last > first else "verre" if last < first else "uendret"


def _goals(followed: Sequence[YouthRecord], period: Period) -> CountTable:
    goals = [g for y in followed for g in y.goals if in_period(g, period)]
    counts = Counter(goal_change(g, period) for g in goals)
    rule = (
        "Målene i ungdommenes planer i perioden: den siste vurderingen på målstigen innen "
        "periodens slutt, sammenlignet med den første."
    )
    title = "Endring i målene"
    return _down("mal", title, rule, "Endring", GOAL_CHANGES, counts, "Mål i alt")


def _evaluations(followed: Sequence[YouthRecord], period: Period) -> CountTable:
    done = [e for y in followed for e in y.evaluations if e.evaluated_on in period]
    counts = Counter(e.recommendation or "ingen" for e in done)
    labels = {**RECOMMENDATIONS, "ingen": NO_RECOMMENDATION}
    rule = "Evalueringer (§7.7) fullført i perioden, etter lagets anbefaling."
    title = "Jevnlig evaluering"
    return _down("evaluering", title, rule, "Anbefaling", labels, counts, "Evalueringer i alt")


def closed_in(closing: ClosingRecord, period: Period) -> bool:
    """Closed in the period and not reopened in it."""
    reopened = closing.reopened_on is not None and closing.reopened_on <= period.end
    return closing.closed_on in period and not reopened


def _closings(followed: Sequence[YouthRecord], period: Period) -> CountTable:
    closed = [c for y in followed for c in y.closings if closed_in(c, period)]
    counts = Counter(c.reason if c.reason in CLOSING_REASONS else "annet" for c in closed)
    rule = "Oppfølginger som ble avsluttet i perioden (og ikke åpnet igjen), etter grunnen."
    title = "Avsluttede oppfølginger"
    return _down("avslutning", title, rule, "Grunn", CLOSING_REASONS, counts, "Avsluttet i alt")


# --- the CSV --------------------------------------------------------------------------------


def csv_rows(report: Report) -> Iterator[tuple[str, str, str, str]]:
    """One row per shown count: table, category, count, period."""
    period = report.period.text
    for table in report.tables:
        for label, cells in table.rows:
            for column, cell in zip(table.columns, cells, strict=True):
                category = label if len(table.columns) == 1 else f"{label} – {column}"
                yield table.title, category, cell, period
        yield table.title, table.total_label, table.total, period


def report_csv(report: Report) -> bytes:
    """The report as CSV bytes for Excel: UTF-8 with BOM, ``;`` between fields, CRLF."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_rows(report))
    return buffer.getvalue().encode("utf-8-sig")
