"""The fixed words of the family's one-page plan, in bokmål, nynorsk and English.

Klarspråk: most important first, short sentences, words a 14-year-old and a parent with
Norwegian as a second language know. The youth's own words (goals, the incident plan) are
never translated; only these fixed texts are. Dates are written out in the same language.
"""

from __future__ import annotations

from datetime import date
from typing import Final

LANGUAGES: Final = ("nb", "nn", "en")

TEXTS: Final[dict[str, dict[str, str]]] = {
    "nb": {
        "title": "Planen min",
        "made": "Skrevet ut {date}",
        "next_meeting": "Neste lagmøte: {date}",
        "no_meeting": "Neste lagmøte er ikke bestemt ennå.",
        "goals": "Målene mine",
        "now": "Nå",
        "not_rated": "Ikke vurdert ennå",
        "no_goals": "Vi skriver målene sammen på neste møte.",
        "week": "Uka mi",
        "free": "Fri",
        "helpers": "Hvem hjelper meg",
        "no_helpers": "Spør oppfølgeren din.",
        "incident": "Hvis noe går galt",
        "signs": "Tegn på at noe er galt",
        "i_do": "Dette gjør jeg",
        "adults_do": "Dette gjør de voksne",
        "call": "Hvem vi ringer",
        "emergency": "Er noen i fare? Ring 112 (politi) eller 113 (ambulanse).",
        "more": "Noe er kortet ned. Alt står i den fulle planen. Spør oppfølgeren.",
    },
    "nn": {
        "title": "Planen min",
        "made": "Skriven ut {date}",
        "next_meeting": "Neste lagmøte: {date}",
        "no_meeting": "Neste lagmøte er ikkje bestemt enno.",
        "goals": "Måla mine",
        "now": "No",
        "not_rated": "Ikkje vurdert enno",
        "no_goals": "Vi skriv måla saman på neste møte.",
        "week": "Veka mi",
        "free": "Fri",
        "helpers": "Kven hjelper meg",
        "no_helpers": "Spør oppfølgjaren din.",
        "incident": "Viss noko går gale",
        "signs": "Teikn på at noko er gale",
        "i_do": "Dette gjer eg",
        "adults_do": "Dette gjer dei vaksne",
        "call": "Kven vi ringjer",
        "emergency": "Er nokon i fare? Ring 112 (politi) eller 113 (ambulanse).",
        "more": "Noko er korta ned. Alt står i den fulle planen. Spør oppfølgjaren.",
    },
    "en": {
        "title": "My plan",
        "made": "Printed {date}",
        "next_meeting": "Next team meeting: {date}",
        "no_meeting": "The next team meeting is not set yet.",
        "goals": "My goals",
        "now": "Now",
        "not_rated": "Not rated yet",
        "no_goals": "We will write the goals together at the next meeting.",
        "week": "My week",
        "free": "Free",
        "helpers": "Who helps me",
        "no_helpers": "Ask your support worker.",
        "incident": "If something goes wrong",
        "signs": "Signs that something is wrong",
        "i_do": "What I do",
        "adults_do": "What the adults do",
        "call": "Who we call",
        "emergency": "Is someone in danger? Call 112 (police) or 113 (ambulance).",
        "more": "Some of it is shortened. The full plan has everything. Ask your support worker.",
    },
}

# The goal ladder (−2..+2) in plain words, used when the team wrote no words of its own.
LADDER: Final[dict[str, tuple[str, str, str, str, str]]] = {
    "nb": ("Mye verre enn vi håpet", "Litt verre enn vi håpet", "Som vi håpet",
           "Litt bedre enn vi håpet", "Mye bedre enn vi håpet"),
    "nn": ("Mykje verre enn vi håpa", "Litt verre enn vi håpa", "Som vi håpa",
           "Litt betre enn vi håpa", "Mykje betre enn vi håpa"),
    "en": ("Much worse than we hoped", "A little worse than we hoped", "As we hoped",
           "A little better than we hoped", "Much better than we hoped"),
}  # fmt: skip

WEEKDAYS_SHORT: Final[dict[str, tuple[str, ...]]] = {
    "nb": ("Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn"),
    "nn": ("Mån", "Tys", "Ons", "Tor", "Fre", "Lau", "Sun"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}

_WEEKDAYS: Final[dict[str, tuple[str, ...]]] = {
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "nn": ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS_NO: Final = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                     "september", "oktober", "november", "desember")  # fmt: skip
_MONTHS_EN: Final = ("January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December")  # fmt: skip

# Role names for the family, by role code, in the words a family uses.
_ROLE_CODES: Final = ("ungdommen", "foresatt", "fagansvarlig", "oppfolger", "barnevern",
                      "utekontakten", "salto", "helse", "skole", "politi", "nav",
                      "konfliktradet", "kriminalomsorgen", "familieveileder", "fritid",
                      "annen")  # fmt: skip
_ROLE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "nb": ("Meg", "Forelder", "Fagansvarlig i bydelen", "Oppfølgeren min", "Barnevernet",
           "Utekontakten", "SaLTo-koordinator", "Helse", "Skolen", "Politiet", "NAV",
           "Konfliktrådet", "Kriminalomsorgen", "Familieveileder", "Fritid", "Annen"),
    "nn": ("Meg", "Forelder", "Fagansvarleg i bydelen", "Oppfølgjaren min", "Barnevernet",
           "Utekontakten", "SaLTo-koordinator", "Helse", "Skulen", "Politiet", "NAV",
           "Konfliktrådet", "Kriminalomsorga", "Familierettleiar", "Fritid", "Annan"),
    "en": ("Me", "Parent", "District coordinator", "My support worker", "Child welfare",
           "Outreach team", "SaLTo coordinator", "Health", "School", "Police",
           "NAV (welfare)", "Mediation service", "Correctional service", "Family counsellor",
           "Leisure", "Other"),
}  # fmt: skip
ROLE_NAMES: Final[dict[str, dict[str, str]]] = {
    lang: dict(zip(_ROLE_CODES, words, strict=True)) for lang, words in _ROLE_WORDS.items()
}


def text(lang: str, key: str) -> str:
    return TEXTS[lang][key]


def role_name(code: str, lang: str) -> str:
    return ROLE_NAMES[lang].get(code, ROLE_NAMES[lang]["annen"])


def long_date(day: date, lang: str) -> str:
    """E.g. "torsdag 3. desember 2026" or "Thursday 3 December 2026"."""
    weekday = _WEEKDAYS[lang][day.weekday()]
    if lang == "en":
        return f"{weekday} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{weekday} {day.day}. {_MONTHS_NO[day.month - 1]} {day.year}"
