"""No lost updates: a change is saved over what its user saw, or refused as a conflict.

Several people may edit one youth's record at once in a shared district database. Every
update operation therefore takes, besides the new values, the values the user's edit started
from (``base``). In the write transaction :func:`over_stored` compares, field by field, the
base, the new values and what is stored now:

- a field the user did not change (new == base) is left as stored, whatever it is now;
- a field the user changed is written when what is stored is still the base (or already
  the new value);
- a field the user changed that someone else changed too, differently, is a conflict, and
  the whole write is refused with :class:`EditConflict`.

This is finer than comparing whole-row versions, on purpose: two people editing different
fields of one goal (one the goal, one the why) both win, and only a real clash of the same
field is put to the user. The row's ``version`` column still guards against two
transactions interleaving between the read and the write (a stale row refuses the flush).
``base=None`` keeps the old behaviour, for callers that have no base (an import, a row
brought back by undo of a delete).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from lagmote.db.errors import DatabaseError
from lagmote.i18n import N_, t
from lagmote.merge import merge_text
from lagmote.wording import join_words

F = TypeVar("F")

CONFLICT = N_("Noen andre har endret {what} mens du skrev. Velg hva som skal gjelde.")


@dataclass(frozen=True)
class FieldConflict:
    """One field both people changed: its name (``""`` for a single text), a label for the
    user (never data from the record; translated), and the three values."""

    field: str
    label: str
    base: object
    mine: object
    theirs: object

    @property
    def is_text(self) -> bool:
        return all(isinstance(v, str) for v in (self.base, self.mine, self.theirs))


class EditConflict(DatabaseError, Generic[F]):
    """Someone else changed a field this user changed too, since this user's edit began.

    ``str()`` names only the fields, never what they hold. The attributes carry what the
    window needs to let the user choose: the ``conflicts``, the stored values (``theirs``),
    the values the user wants (``mine``: theirs with every field this user changed set to
    the user's value), and ``keep(fields)``, which saves ``fields`` over theirs (base=theirs).
    ``save`` is what the window calls to save a choice: ``keep`` unless the page's actions
    made it an undoable step (:mod:`lagmote.ui.based_actions`).
    """

    def __init__(
        self,
        conflicts: Sequence[FieldConflict],
        mine: F,
        theirs: F,
        keep: Callable[[F], Any],
    ) -> None:
        labels = join_words([t("«{label}»").format(label=c.label) for c in conflicts])
        super().__init__(t(CONFLICT).format(what=labels))
        self.conflicts = tuple(conflicts)
        self.mine, self.theirs = mine, theirs
        self.keep = keep
        self.save: Callable[[F], Any] = keep

    @property
    def mergeable(self) -> bool:
        """True when every conflicting field is a text, which :func:`merge_text` can merge."""
        return all(c.is_text for c in self.conflicts)

    def merged(self) -> tuple[F, bool]:
        """``mine`` with each conflicting text merged with theirs; False when a merge had to
        keep both versions of one part (theirs, then mine)."""
        fields, clean = self.mine, True
        for conflict in self.conflicts:
            result = merge_text(
                cast(str, conflict.base), cast(str, conflict.mine), cast(str, conflict.theirs)
            )
            fields, clean = with_field(fields, conflict.field, result.text), clean and result.clean
        return fields, clean


def with_field(fields: F, name: str, value: object) -> F:
    """``fields`` with ``name`` set to ``value`` (a single text, ``name == ""``, is replaced)."""
    if not name:
        return cast(F, value)
    return cast(F, dataclasses.replace(cast(Any, fields), **{name: value}))


def _names(fields: object) -> list[str]:
    if dataclasses.is_dataclass(fields):
        return [f.name for f in dataclasses.fields(fields)]
    return [""]


def _value(fields: object, name: str) -> object:
    return getattr(fields, name) if name else fields


def over_stored(
    base: F | None,
    new: F,
    stored: F,
    labels: Mapping[str, str] | str,
    again: Callable[[F, F], Any],
) -> F:
    """What to write: ``stored`` with every field the user changed (``new`` differs from
    ``base``) set to ``new``; or :class:`EditConflict` when someone else changed one of those
    fields too. ``base=None`` writes ``new`` as it is. Works on a dataclass of fields (each
    field compared on its own) or on a single text (``labels`` is then its one label). The
    labels are bokmål sources marked with :func:`~lagmote.i18n.N_`, translated here.

    ``again(fields, base)`` is the calling operation, called again: the conflict's ``keep``
    saves over what is stored now (base=stored)."""
    if base is None:
        return new
    result, conflicts = stored, []
    for name in _names(new):
        was, wanted, now = _value(base, name), _value(new, name), _value(stored, name)
        if wanted == was:
            continue
        if now not in (was, wanted):
            label = labels if isinstance(labels, str) else labels.get(name, name)
            conflicts.append(FieldConflict(name, t(label), was, wanted, now))
        result = with_field(result, name, wanted)
    if conflicts:
        raise EditConflict(conflicts, result, stored, lambda fields: again(fields, stored))
    return result
