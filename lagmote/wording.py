"""Wording shared by the domain's sentences, in the language installed (:mod:`lagmote.i18n`)."""

from __future__ import annotations

from collections.abc import Sequence

from lagmote.i18n import t


def join_words(words: Sequence[str]) -> str:
    """ "a", "a og b", "a, b og c", with the "og" of the language installed."""
    if len(words) <= 1:
        return "".join(words)
    return t("{first} og {last}").format(first=", ".join(words[:-1]), last=words[-1])
