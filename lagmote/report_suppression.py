"""Hiding small counts in the §8 report, so that no one can be singled out.

A count of 1 to 4 is shown as "<5" (0 stays 0: nobody in the group, which points at no
one). Where a hidden count could be worked out from a shown total and the other counts, more
counts are hidden ("skjult"), the smallest first, until none can; if that is not enough, the
whole group is hidden and only its total shown. The rule in words is
:data:`SUPPRESSION_RULE`, printed with the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

SMALL_MAX: Final = 4
"""Counts from 1 up to this are shown as :data:`SMALL`."""
SMALL: Final = "<5"
HIDDEN: Final = "skjult"
"""A count hidden so that a small one cannot be worked out from a total."""
SUPPRESSION_RULE: Final = (
    f"Tall fra 1 til {SMALL_MAX} vises som «{SMALL}», også summer, så ingen kan kjennes igjen. "
    "0 vises som 0: at ingen i gruppen har noe, peker ikke ut noen. Viser en tabell en sum, "
    "kunne et skjult tall ofte regnes ut av summen og de andre tallene. Da skjules også det "
    f"minste av de andre tallene (vist som «{HIDDEN}»), og flere om det trengs, til ingen skjulte "
    "tall kan regnes ut. Går heller ikke det, vises bare summen for den tabellen eller raden."
)
"""The rule in words, printed in the PDF."""


@dataclass(frozen=True)
class CountTable:
    """One table of true counts, before small counts are hidden.

    ``across`` False: the one column adds up to the total (a row per category). ``across``
    True: each row adds up to the total (a row per area, split into the columns)."""

    key: str
    title: str
    rule: str
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]
    total_label: str
    total: int
    across: bool = False


@dataclass(frozen=True)
class ShownTable:
    """A table as it is shown: every count a string, small ones hidden."""

    key: str
    title: str
    rule: str
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    total_label: str
    total: str


def is_small(count: int) -> bool:
    return 1 <= count <= SMALL_MAX


def shown(count: int) -> str:
    """A count as shown on its own: 1–4 as «<5», anything else as the number."""
    return SMALL if is_small(count) else str(count)


def hide_group(counts: Sequence[int], total: int) -> tuple[str, ...]:
    """The counts of one group that adds up to ``total``, as shown beside the shown total.

    Every count 1–4 is «<5». When that would let a reader work one of them out exactly from
    the total and the other numbers, the smallest other counts are hidden as well («skjult»)
    until none can be; when even that is not enough, every count in the group is «skjult»."""
    small = [c for c in counts if is_small(c)]
    if not small:
        return tuple(shown(c) for c in counts)
    extra = _extra_hidden(counts, is_small(total))
    if extra is None:
        return tuple(HIDDEN for _ in counts)
    return tuple(HIDDEN if i in extra else shown(c) for i, c in enumerate(counts))


def _extra_hidden(counts: Sequence[int], total_small: bool) -> frozenset[int] | None:
    """The places of the counts to hide besides the small ones; None when no choice helps."""
    small = [c for c in counts if is_small(c)]
    if total_small:  # the total is 1–4 too, so are all the counts: four or more must be 1
        return None if len(small) >= SMALL_MAX else frozenset()
    others = sorted((c, i) for i, c in enumerate(counts) if c > SMALL_MAX)
    extra: list[tuple[int, int]] = []
    while _pinned(small, [c for c, _ in extra]):
        if len(extra) == len(others):
            return None
        extra.append(others[len(extra)])
    return frozenset(i for _, i in extra)


def _pinned(small: Sequence[int], extra: Sequence[int]) -> bool:
    """Whether a reader who knows the total, the shown counts, that each «<5» is 1–4 and that
    each «skjult» is over 4, can tell what one of the «<5» is.

    With nothing else hidden, the «<5» add up to a known sum: one alone is that sum; several
    are pinned when the sum can only be all ones or all fours. With hidden counts of 5 or
    more beside them, the «<5» can be anything from 1 up to where the hidden ones would fall
    under 5: pinned only when all the «<5» are 1 and all the hidden ones exactly 5."""
    if extra:
        return all(c == 1 for c in small) and all(c == SMALL_MAX + 1 for c in extra)
    return len(small) == 1 or all(c == 1 for c in small) or all(c == SMALL_MAX for c in small)


def hide_table(table: CountTable) -> ShownTable:
    """The table with its small counts hidden: each row, or the one column, as a group."""
    if table.across:
        rows = tuple((label, hide_group(counts, table.total)) for label, counts in table.rows)
    else:
        column = hide_group([counts[0] for _, counts in table.rows], table.total)
        rows = tuple((label, (cell,)) for (label, _), cell in zip(table.rows, column, strict=True))
    return ShownTable(
        table.key, table.title, table.rule, table.heading, table.columns, rows,
        table.total_label, shown(table.total),
    )  # fmt: skip
