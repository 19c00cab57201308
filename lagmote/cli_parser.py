"""The command line's parser: argparse's own words in bokmål, and a wrong usage as one line.

argparse takes its words ("usage:", "options", its error messages) from gettext's default
domain, for which Python installs no catalogue; :func:`speak_bokmal` puts bokmål in their
place before the parser is built. A word argparse adds in a later Python stays English
rather than breaking anything.

A wrong usage is a command-line error like any other: one line on stderr, naming the command
and the problem and pointing to ``--help``, and exit code 1 (argparse's own is the usage
block and exit code 2).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from typing import Final, NoReturn

WORDS: Final = {
    "usage: ": "bruk: ",
    "options": "valg",
    "positional arguments": "argumenter",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r er ikke et gyldig valg (velg blant %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "%(value)r er ikke en gyldig verdi",
    "the following arguments are required: %s": "mangler %s",
    "one of the arguments %s is required": "ett av argumentene %s må være med",
    "expected one argument": "trenger én verdi",
    "expected at most one argument": "tar høyst én verdi",
    "expected at least one argument": "trenger minst én verdi",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s er tvetydig: kan være %(matches)s"
    ),
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "ignored explicit argument %r": "tar ingen verdi, fikk %r",
    "unexpected option string: %s": "uventet valg: %s",
    "can't open '%(filename)s': %(error)s": "kan ikke åpne «%(filename)s»: %(error)s",
}
"""argparse's texts (its gettext message ids) → bokmål."""

PLURALS: Final = {
    ("expected %s argument", "expected %s arguments"): ("trenger %s verdi", "trenger %s verdier"),
}

VERSION_HELP: Final = "vis programmets versjon og avslutt"
"""argparse gives the ``version`` action's help as a default argument, not through gettext."""


def _word(message: str) -> str:
    return WORDS.get(message, message)


def _plural(singular: str, plural: str, n: int) -> str:
    one, many = PLURALS.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def speak_bokmal() -> None:
    """Give argparse bokmål for its own words, for every parser built after."""
    # argparse looks ``_`` and ``ngettext`` up in its module at each use.
    setattr(argparse, "_", _word)  # noqa: B010 (mypy knows no ``argparse._``)
    setattr(argparse, "ngettext", _plural)  # noqa: B010


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr and exit code 1.

    Its subcommands' parsers are of this class too (argparse makes them of the parent's).
    """

    def error(self, message: str) -> NoReturn:
        sentence = one_line(message).rstrip(".")
        print(f"{self.prog}: {sentence}. Se «{self.prog} --help».", file=sys.stderr)
        raise SystemExit(1)


def one_line(text: str) -> str:
    """``text`` with control and direction characters (say from a file name) shown as "?",
    so that an error is always one line that reads as it is written."""
    return "".join("?" if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)
