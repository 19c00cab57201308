"""Translating the domain's own sentences, without Qt.

The domain modules (``lagmote/*.py``) build sentences the window shows: a step's deadline,
an alert, a week check, a validation error. They may not import Qt, so they translate
through this hook: :func:`t` hands the text to the translator installed with
:func:`set_translator`; the window installs ``QCoreApplication.translate``
(:func:`lagmote.ui.translations.install_translators`), and without one (the command line,
the tests) every text is its bokmål source.

Rules for the domain code:

- translate the text with its placeholders, then format: ``t("{n} dager").format(n=n)``,
  never ``t(f"{n} dager")`` (the extractor reads only literal texts, and the translation
  must be able to move the placeholders);
- a module-level constant is translated when it is read, not at import (the language is
  chosen after the modules are loaded): mark its texts with :func:`N_` and keep them in a
  :class:`TextMap` or :class:`TextList`, which translate on every read, or translate a
  dataclass field in a property with :func:`t`.

``python -m lagmote.ui.translations update`` reads ``t("…")`` and ``N_("…")`` out of
``lagmote/*.py`` into the ``.ts`` files, under the context ``Domain`` unless a literal
``context`` is given to :func:`t`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Final, overload

DOMAIN: Final = "Domain"
"""The translation context of the domain's texts."""

Translator = Callable[[str, str], str]
"""``(context, source text) -> translated text``, like ``QCoreApplication.translate``."""


def _source(context: str, text: str) -> str:
    return text


_translator: Translator = _source


def set_translator(translator: Translator | None) -> None:
    """Install ``translator`` for every later :func:`t`; ``None``: the source texts."""
    global _translator
    _translator = translator or _source


def t(text: str, context: str = DOMAIN) -> str:
    """``text`` in the language installed (bokmål, the source, when none is)."""
    return _translator(context, text)


def N_(text: str) -> str:  # the gettext name every translator knows
    """Mark ``text`` for translation without translating it: for constants, which are
    translated where they are read (with :func:`t`, or by :class:`TextMap`/:class:`TextList`)."""
    return text


@contextmanager
def source_texts() -> Iterator[None]:
    """Within the block, every text is its bokmål source: for documents that must stay
    bokmål whatever language the window speaks."""
    before = _translator
    set_translator(None)
    try:
        yield
    finally:
        set_translator(before)


class TextMap(Mapping[str, str]):
    """A code list (code → display text) that translates each text when it is read.

    Codes are what gets stored; reading ``names[code]``, ``.get``, ``.items()`` or
    ``.values()`` gives the text in the language installed now.
    """

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = dict(texts)

    def __getitem__(self, code: str) -> str:
        return t(self._texts[code])

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"TextMap({self._texts!r})"

    def source(self, code: str) -> str:
        """The bokmål text of ``code``, untranslated."""
        return self._texts[code]


class TextList(Sequence[str]):
    """A fixed list of texts (day names, questions) that translates each text when read."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = tuple(texts)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return tuple(t(text) for text in self._texts[index])
        return t(self._texts[index])

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"TextList({self._texts!r})"

    @property
    def sources(self) -> tuple[str, ...]:
        """The bokmål texts, untranslated."""
        return self._texts
