"""Avslutning: closing a follow-up well (§7.7, and the standard's vulnerable transitions).

When the evaluation recommends that the follow-up ends, the team records why, who follows
up afterwards and who the contact is, the vulnerable transitions ahead (a new school,
turning 18 or 19, other measures and services) and a closing summary. The case then leaves
the active list but stays readable. Nothing is deleted: reopening a case keeps the closing
record, marked with the day it was reopened.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lagmote.dates import age_on
from lagmote.errors import UserError
from lagmote.i18n import N_, TextMap, t
from lagmote.plan import MAX_TEXT_CHARS, check_length

CLOSING_REASONS: TextMap = TextMap(
    {
        "mal_nadd": N_("Målene er nådd"),
        "andre_tiltak": N_("Ungdommen får hjelp gjennom andre tiltak"),
        "onsker_ikke": N_("Ungdommen eller familien ønsker ikke mer oppfølging"),
        "flytter": N_("Ungdommen flytter fra bydelen"),
        "alder": N_("Ungdommen har nådd aldersgrensen"),
        "annet": N_("Annet"),
    }
)

TRANSITIONS: TextMap = TextMap(
    {
        "ny_skole": N_("Ny skole, eller overgang til videregående"),
        "fyller_18": N_("Fyller 18 år"),
        "fyller_19": N_("Fyller 19 år"),
        "andre_tiltak": N_("Overgang til andre tiltak og tjenester"),
    }
)
"""The vulnerable transitions the standard names (§4.1): the team must say how each is met."""

# A birthday within this many days of closing is a transition to plan for.
BIRTHDAY_AHEAD_DAYS = 365
MAX_SHORT_CHARS = 200


@dataclass(frozen=True)
class ClosingFields:
    """The closing flow as the user fills it in."""

    closed_on: date
    reason: str
    reason_text: str = ""
    handover: str = ""
    contact_name: str = ""
    contact_service: str = ""
    contact_phone: str = ""
    transitions: tuple[str, ...] = ()
    transitions_note: str = ""
    summary: str = ""
    evaluation_id: int | None = None


@dataclass(frozen=True)
class ClosingInfo:
    """A stored closing; ``reopened_on`` set means the case was opened again after it."""

    id: int
    fields: ClosingFields
    reopened_on: date | None = None

    @property
    def reason_words(self) -> str:
        words = CLOSING_REASONS.get(self.fields.reason, self.fields.reason)
        extra = self.fields.reason_text.strip()
        return f"{words}: {extra}" if extra else words


def suggested_transitions(birth_date: date | None, closed_on: date) -> tuple[str, ...]:
    """Birthdays (18, 19) within a year of closing: transitions the team should plan for."""
    if birth_date is None:
        return ()
    found = []
    for years, code in ((18, "fyller_18"), (19, "fyller_19")):
        if age_on(birth_date, closed_on) < years:
            birthday = _birthday(birth_date, years)
            if (birthday - closed_on).days <= BIRTHDAY_AHEAD_DAYS:
                found.append(code)
    return tuple(found)


def _birthday(birth: date, years: int) -> date:
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # born 29 February
        return birth.replace(year=birth.year + years, day=28)


def check_closing(fields: ClosingFields, today: date) -> None:
    """Everything a closing needs, or one sentence naming the first thing missing."""
    if fields.closed_on > today:
        raise UserError(t("Avslutningsdatoen kan ikke være fram i tid."))
    if fields.reason not in CLOSING_REASONS:
        raise UserError(t("Velg hvorfor oppfølgingen avsluttes."))
    if fields.reason == "annet" and not fields.reason_text.strip():
        raise UserError(t("Skriv hvorfor oppfølgingen avsluttes."))
    if not fields.handover.strip():
        raise UserError(t("Skriv hvem som følger opp videre, eller at ingen gjør det."))
    _check_transitions(fields.transitions)
    if fields.transitions and not fields.transitions_note.strip():
        raise UserError(t("Skriv hvordan laget følger opp overgangene som er krysset av."))
    if not fields.summary.strip():
        raise UserError(t("Skriv en kort oppsummering av oppfølgingen."))
    _check_lengths(fields)


def _check_transitions(codes: Iterable[str]) -> None:
    for code in codes:
        if code not in TRANSITIONS:
            raise UserError(t("Ukjent overgang: «{code}».").format(code=code))


def _check_lengths(fields: ClosingFields) -> None:
    for text, what in (
        (fields.contact_name, N_("Navnet på kontaktpersonen")),
        (fields.contact_service, N_("Tjenesten")),
        (fields.contact_phone, N_("Telefonnummeret")),
    ):
        check_length(text, MAX_SHORT_CHARS, t(what))
    for text, what in (
        (fields.reason_text, N_("Grunnen")),
        (fields.handover, N_("Overføringen")),
        (fields.transitions_note, N_("Teksten om overganger")),
        (fields.summary, N_("Oppsummeringen")),
    ):
        check_length(text, MAX_TEXT_CHARS, t(what))
