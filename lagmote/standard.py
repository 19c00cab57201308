"""The fixed texts of the Oslostandard for én-til-én-oppfølging, kept as data.

This module is the one place in Lagmøte where the words of the Oslostandard live: the twelve
kartlegging areas (§7.3) and their rating scale, the roles on the team with their standard
responsibilities (§4.1–4.4, with §3, §5 and §7 where the standard says what a role does), the
steps of the follow-up and their deadlines (§3.1, §7), the parts of «Min plan» and the «Plan
ved uønskede hendelser» (§7.5), the lagmøte agenda (§7.6), and the five evaluation questions
(§7.7), plus the small code lists the rest of the program stores (statuses, kinds, sources).

Widgets, the database and the print layout read their texts from here and never spell them
out themselves. Codes and keys (``"oppfolger"``, ``"skole"``) are stable ASCII and are what gets
stored; names, labels and prompts are Norwegian bokmål in plain language and are only shown.
Where the standard gives the words verbatim (the area names, the evaluation questions) they are
copied exactly.

Pure Python: no Qt and no database imports, so it can be used anywhere, including tests and
the report generator.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

__all__ = [
    "ACUTE_INTAKE_DAYS",
    "ACUTE_INTAKE_DEADLINE",
    "AREAS",
    "CONSENT_FORMS",
    "CORE_GROUPS",
    "DEADLINES",
    "EVALUATION_INTERVAL_DAYS",
    "EVALUATION_PERSPECTIVES",
    "EVALUATION_QUESTIONS",
    "GENDERS",
    "GOAL_LADDER",
    "INCIDENT_PLAN_FIELDS",
    "INCIDENT_PLAN_TITLE",
    "INTAKE_INTERVAL_DAYS",
    "JUDGEMENTS",
    "KARTLEGGING_SCALE",
    "LAGMOTE_AGENDA",
    "LAGMOTE_INTERVAL_DAYS",
    "PERSPECTIVES",
    "PLAN_GROUPS",
    "PLAN_SECTIONS",
    "RECOMMENDATIONS",
    "REFERRAL_SOURCES",
    "ROLES",
    "ROLE_GROUPS",
    "SCHEDULE_KINDS",
    "STEPS",
    "TILTAK_STATUSES",
    "AgendaItem",
    "Area",
    "Deadline",
    "LadderStep",
    "PlanSection",
    "Role",
    "ScaleStep",
    "StepKind",
    "area",
    "area_by_key",
    "deadline",
    "missing_core_groups",
    "role",
    "step_kind",
]


# --------------------------------------------------------------------------------------------
# Kartlegging (§7.3)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Area:
    """One of the twelve kartlegging areas of §7.3."""

    number: int
    """1..12, in the order of the standard."""
    key: str
    """Stable ASCII slug, stored in the database."""
    name: str
    """The area's name as the standard gives it."""
    short_name: str
    """At most 14 characters, for radar labels."""
    description: str
    """One plain sentence: what the area is about."""
    sensitive: bool
    """Hidden from the projected screen and the family print unless someone chooses so."""


AREAS: Final[tuple[Area, ...]] = (
    Area(
        1,
        "skole",
        "Skole og utdanning",
        "Skole",
        "Hvordan det går på skolen eller i utdanningen, og om ungdommen er der.",
        False,
    ),
    Area(
        2,
        "familie",
        "Familie og omsorgssituasjon",
        "Familie",
        "Hvem ungdommen bor med, og hvordan hjemmet og omsorgen fungerer.",
        False,
    ),
    Area(
        3,
        "venner_fritid",
        "Venner og fritid",
        "Venner/fritid",
        "Hvem ungdommen er sammen med, og hva ungdommen gjør når skolen er slutt.",
        False,
    ),
    Area(
        4,
        "helse",
        "Psykisk og fysisk helse",
        "Helse",
        "Hvordan ungdommen har det med kroppen og med tankene og følelsene sine.",
        True,
    ),
    Area(
        5,
        "atferd",
        "Tidligere og nåværende atferd",
        "Atferd",
        "Hvordan ungdommen har oppført seg før, og hvordan ungdommen oppfører seg nå.",
        False,
    ),
    Area(
        6,
        "motivasjon",
        "Motivasjon og endringsvilje",
        "Motivasjon",
        "Hva ungdommen selv vil endre, og hva som gir lyst og krefter til å prøve.",
        False,
    ),
    Area(
        7,
        "kriminalitet",
        "Kriminalitetshistorikk",
        "Kriminalitet",
        "Hvilken kriminalitet ungdommen har vært med på, og om det skjer fortsatt.",
        True,
    ),
    Area(
        8,
        "nettverk",
        "Ungdommens nettverk",
        "Nettverk",
        "Hvilke voksne, venner og miljøer ungdommen har rundt seg, både gode og dårlige.",
        False,
    ),
    Area(
        9,
        "interesser",
        "Interesser",
        "Interesser",
        "Hva ungdommen liker å gjøre, og hva ungdommen gjerne vil prøve.",
        False,
    ),
    Area(
        10,
        "beskyttelse_risiko",
        "Ungdommens beskyttelses- og risikofaktorer",
        "Vern og risiko",
        "Hva som beskytter ungdommen, og hva som kan dra ungdommen i feil retning.",
        False,
    ),
    Area(
        11,
        "familiens_styrker",
        "Familiens styrker og behov",
        "Familiestyrker",
        "Hva familien får til, og hva familien trenger hjelp til.",
        False,
    ),
    Area(
        12,
        "sikkerhet",
        "Sikkerhet",
        "Sikkerhet",
        "Om ungdommen, familien eller andre er i fare, og hva som gjør dem trygge.",
        True,
    ),
)

_AREAS_BY_NUMBER: Final[dict[int, Area]] = {a.number: a for a in AREAS}
_AREAS_BY_KEY: Final[dict[str, Area]] = {a.key: a for a in AREAS}


def area(number: int) -> Area:
    """Return the kartlegging area with this number (1..12).

    Raises ValueError for a number that is not an area.
    """
    try:
        return _AREAS_BY_NUMBER[number]
    except KeyError:
        raise ValueError(
            f"Unknown kartlegging area number {number!r}; expected 1..{len(AREAS)}"
        ) from None


def area_by_key(key: str) -> Area:
    """Return the kartlegging area with this key (e.g. ``"skole"``).

    Raises ValueError for an unknown key.
    """
    try:
        return _AREAS_BY_KEY[key]
    except KeyError:
        known = ", ".join(_AREAS_BY_KEY)
        raise ValueError(f"Unknown kartlegging area key {key!r}; known keys: {known}") from None


@dataclass(frozen=True)
class ScaleStep:
    """One step of the kartlegging rating scale."""

    value: int
    label: str
    description: str


KARTLEGGING_SCALE: Final[tuple[ScaleStep, ...]] = (
    ScaleStep(1, "Stor bekymring", "Dette er et alvorlig problem som trenger hjelp nå."),
    ScaleStep(2, "Bekymring", "Dette er et tydelig problem som må følges opp."),
    ScaleStep(3, "Litt bekymring", "Noe går bra, men noe er vanskelig og må følges med på."),
    ScaleStep(4, "Greit", "Dette går stort sett bra."),
    ScaleStep(5, "Bra – en styrke", "Dette går bra og er noe å bygge videre på."),
)

PERSPECTIVES: Final[dict[str, str]] = {
    "ungdom": "Ungdommens vurdering",
    "lag": "Lagets vurdering",
}
"""Whose rating an assessment is. Both are kept side by side, never averaged."""


# --------------------------------------------------------------------------------------------
# The team and its roles (§4, §7.6)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """A role on the team around the youth, with its standard responsibilities."""

    code: str
    """Stable ASCII code, stored in the database."""
    name: str
    """Bokmål display name."""
    group: str
    """One of the keys of ROLE_GROUPS."""
    responsibilities: tuple[str, ...]
    """The standard's responsibilities, to prefill; the team may edit them per youth."""
    section: str
    """Where in the standard the role is described."""


ROLE_GROUPS: Final[dict[str, str]] = {
    "ungdom": "Ungdommen",
    "familie": "Familien",
    "bydel": "Bydel",
    "skole": "Skole",
    "politi": "Politi",
    "annen": "Andre",
}

ROLES: Final[tuple[Role, ...]] = (
    Role(
        "ungdommen",
        "Ungdommen",
        "ungdom",
        (
            "Være med og bestemme hva oppfølgingen skal inneholde.",
            "Lage «Min plan» med egne mål og ønsker sammen med oppfølgeren.",
            "Forberede lagmøtene sammen med oppfølgeren.",
            "Delta i lagmøtene sammen med oppfølgeren.",
            "Si fra om hva som virker, og hva som bør endres.",
            "Gi tilbakemelding når oppfølgingen evalueres.",
        ),
        "§5",
    ),
    Role(
        "foresatt",
        "Foresatte",
        "familie",
        (
            "Ha ansvaret for ungdommens oppvekst og daglige omsorg.",
            "Svare innen 1–2 dager etter oppstartsmøtet om familien vil være med.",
            "Ta stilling til samtykke til samarbeid og deling av informasjon.",
            "Være med og lage «Min plan» sammen med ungdommen.",
            "Delta aktivt i oppfølgingen og i lagmøtene.",
            "Gi tilbakemelding når oppfølgingen evalueres.",
        ),
        "§7.6",
    ),
    Role(
        "fagansvarlig",
        "Fagansvarlig",
        "bydel",
        (
            "Ha det faglige ansvaret for oppfølgingen.",
            "Koordinere oppfølgingen ved å kalle inn til og lede møter.",
            "Lede inntaksmøtene.",
            "Sørge for at oppstartsmøtet blir holdt.",
            "Gjennomføre kartleggingen sammen med oppfølgeren.",
            "Ha ansvaret for at oppfølgingen blir satt i gang.",
            "Gjøre «Min plan» ferdig sammen med oppfølgeren.",
            "Kalle inn til lagmøter sammen med oppfølgeren.",
            "Foreslå tilbud og tiltak i regi av bydelen.",
            "Sørge for at oppfølgeren får veiledning.",
            "Sikre at rutiner for informasjonsdeling, meldeplikt og avvergingsplikt følges.",
            "Sørge for at oppfølgingen blir evaluert jevnlig.",
            "Rapportere om oppfølgingen.",
        ),
        "§4.1",
    ),
    Role(
        "oppfolger",
        "Én-til-én-oppfølger",
        "bydel",
        (
            "Jobbe tett med ungdommen gjennom hele oppfølgingen.",
            "Ha hovedansvaret for å bygge relasjon, støtte endring og følge opp ungdommen i "
            "hverdagen.",
            "Møte ungdommen daglig, som hovedregel.",
            "Kartlegge ungdommens behov og interesser.",
            "Lage «Min plan» sammen med ungdommen og gjøre den ferdig med fagansvarlig.",
            "Forberede ungdommen før lagmøtene.",
            "Kalle inn til lagmøter sammen med fagansvarlig.",
            "Delta i lagmøtene.",
            "Hente inn relevant informasjon før lagmøtene og sikre god informasjonsutveksling "
            "i møtet.",
            "Foreslå tiltak og tilbud i regi av bydelen.",
            "Delta på veiledning og fagsamlinger i regi av Velferdsetaten.",
        ),
        "§4.1",
    ),
    Role(
        "barnevern",
        "Barneverntjenesten",
        "bydel",
        (
            "Foreslå ungdommer som kan vurderes for én-til-én-oppfølging.",
            "Delta fast i inntaksmøtene.",
            "Ta imot bekymringsmeldinger og ha en aktiv rolle i samarbeidet.",
            "Foreslå tiltak og tilbud i regi av bydelen.",
            "Dele informasjon om ungdommens utvikling, omsorgs- og oppvekstsituasjon.",
            "Hente inn relevant informasjon før møter og ta den med inn i møtet.",
            "Samarbeide med fagansvarlig og én-til-én-oppfølger.",
            "Koordinere oppfølgingen når det er hensiktsmessig.",
            "Bidra med familieveileder når det er aktuelt.",
        ),
        "§4.1",
    ),
    Role(
        "utekontakten",
        "Utekontakten",
        "bydel",
        (
            "Foreslå ungdommer som kan vurderes for én-til-én-oppfølging.",
            "Foreslå tiltak og tilbud i regi av bydelen.",
            "Dele kunnskap om ungdommens utvikling, omsorgs- og oppvekstsituasjon og om "
            "ungdomsmiljøet.",
            "Delta i oppfølgingen når det er ønskelig og hensiktsmessig.",
            "Samarbeide med fagansvarlig og én-til-én-oppfølger.",
        ),
        "§4.1",
    ),
    Role(
        "salto",
        "SaLTo-koordinator",
        "bydel",
        (
            "Være bydelens innslagspunkt i det rus- og kriminalitetsforebyggende arbeidet.",
            "Sikre at oppfølgingen er i tråd med føringer fra politirådet.",
            "Hjelpe oppfølgeren med faglige vurderinger og oversikt over aktuelle tiltak.",
            "Sørge for maler og informasjonsmateriell til ungdom og samarbeidspartnere.",
            "Være fagansvarlig i bydeler med få ungdommer i målgruppen.",
        ),
        "§4.1",
    ),
    Role(
        "helse",
        "Forebyggende helsetjenester",
        "bydel",
        (
            "Delta i oppfølgingen når ungdommen har behov for det.",
            "Bidra med helseperspektivet når det vurderes om oppfølgingen passer for ungdommen.",
            "Foreslå tiltak og tilbud i regi av bydelen.",
            "Være et hurtigspor til psykisk helsehjelp ved behov.",
            "Henvise ungdommen til spesialisthelsetjenesten når det er nødvendig.",
            "Bidra med familieveileder når det er aktuelt.",
        ),
        "§4.1",
    ),
    Role(
        "skole",
        "Skole",
        "skole",
        (
            "Kjenne til én-til-én-oppfølgingen i bydelen.",
            "Foreslå ungdommer som kan vurderes for oppfølgingen.",
            "Delta fast i inntaksmøtene.",
            "Delta i samarbeidsmøter og lagmøter når det er aktuelt.",
            "Gi tilpasset opplæring som styrker tilhørighet, mestring og motivasjon.",
            "Bidra til å finne andre skole- eller opplæringstilbud til ungdommen.",
            "Hente inn kunnskap fra fagteamene i Utdanningsetaten ved behov.",
        ),
        "§4.4",
    ),
    Role(
        "politi",
        "Politi (nærpolitiet)",
        "politi",
        (
            "Delta fast i inntaksmøter, samarbeidsmøter og lagmøter.",
            "Ha tett dialog og samarbeid med fagansvarlig og oppfølger.",
            "Foreslå ungdommer som kan vurderes for oppfølgingen, og være med i utvelgelsen.",
            "Ha oversikt over deltakerne og oppdatere informasjon om ungdommens utvikling og "
            "behov.",
            "Informere om nye forhold, registreringer og påtreff, og om kriminalitetsutviklingen.",
            "Bistå i nødvendige kartlegginger og jevnlig gi relevant informasjon.",
            "Være i aktiv dialog med ungdommen.",
        ),
        "§4.3",
    ),
    Role(
        "nav",
        "NAV",
        "annen",
        (
            "Hjelpe ungdommen med å skaffe jobb eller annen meningsfull aktivitet.",
            "Veilede familien om tjenester og økonomi ved behov.",
            "Se egne tiltak i sammenheng med én-til-én-oppfølgingen.",
        ),
        "§3.4",
    ),
    Role(
        "konfliktradet",
        "Konfliktrådet",
        "annen",
        (
            "Samordne straffereaksjonen med tiltakene i én-til-én-oppfølgingen.",
            "Gjøre det tydelig for ungdommen og familien hvem som har ansvar for hva.",
            "Ta med kommunens frivillige tiltak i ungdomsplanen når det passer.",
        ),
        "§3",
    ),
    Role(
        "kriminalomsorgen",
        "Kriminalomsorgen",
        "annen",
        (
            "Samordne straffegjennomføringen med tiltakene i én-til-én-oppfølgingen.",
            "Gjøre det tydelig for ungdommen og familien hvem som har ansvar for hva.",
            "Ta med kommunens frivillige tiltak i ungdomsplanen når det passer.",
        ),
        "§3",
    ),
    Role(
        "familieveileder",
        "Familieveileder",
        "bydel",
        (
            "Styrke foresatte i foreldrerollen.",
            "Kartlegge familiens ressurser og utfordringer.",
            "Veilede foresatte i tydelig kommunikasjon, grensesetting og konflikthåndtering.",
            "Veilede om tjenester som NAV og helse, og om familiens økonomi.",
            "Finne støtte til fritidsaktiviteter for søsken.",
        ),
        "§3.4",
    ),
    Role(
        "fritid",
        "Fritid",
        "annen",
        (
            "Gi ungdommen minst én meningsfull aktivitet.",
            "Være en trygg voksen for ungdommen i nærmiljøet.",
            "Vise laget hvilke gode aktiviteter og muligheter som finnes i nærmiljøet.",
        ),
        "§3.3",
    ),
    Role(
        "annen",
        "Annen samarbeidspartner",
        "annen",
        (),
        "§7.6",
    ),
)

_ROLES_BY_CODE: Final[dict[str, Role]] = {r.code: r for r in ROLES}


def role(code: str) -> Role:
    """Return the role with this code (e.g. ``"oppfolger"``).

    Raises ValueError for an unknown code.
    """
    try:
        return _ROLES_BY_CODE[code]
    except KeyError:
        known = ", ".join(_ROLES_BY_CODE)
        raise ValueError(f"Unknown role code {code!r}; known codes: {known}") from None


CORE_GROUPS: Final[dict[str, str]] = {
    "bydel": "Bydel",
    "skole": "Skole",
    "politi": "Politi",
}
"""§3.1, §7.6: bydel, skole and politi should always be represented on the team."""


def missing_core_groups(role_codes: Iterable[str]) -> list[str]:
    """Return the CORE_GROUPS keys that none of the given roles covers, in CORE_GROUPS order.

    Unknown role codes are ignored.
    """
    covered = {_ROLES_BY_CODE[c].group for c in role_codes if c in _ROLES_BY_CODE}
    return [g for g in CORE_GROUPS if g not in covered]


# --------------------------------------------------------------------------------------------
# Steps and deadlines (§3.1, §7)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepKind:
    """One step of the follow-up, from referral to the end."""

    key: str
    name: str
    section: str
    description: str


STEPS: Final[tuple[StepKind, ...]] = (
    StepKind(
        "henvisning",
        "Henvisning",
        "§7.1",
        "Ungdommen blir meldt inn på et henvisningsskjema, oftest fra barnevernet, skolen, "
        "politiet eller andre tjenester i bydelen.",
    ),
    StepKind(
        "inntaksmote",
        "Inntaksmøte",
        "§7.1",
        "Fagansvarlig, barnevernet, politiet og skolen vurderer om oppfølgingen passer for "
        "ungdommen. Møtet holdes minst hver 4. uke.",
    ),
    StepKind(
        "oppstartsmote",
        "Oppstartsmøte",
        "§7.2",
        "Ungdommen og foresatte får vite hva oppfølgingen er. Samtykke hentes inn først, og "
        "de svarer innen 1–2 dager om de vil være med.",
    ),
    StepKind(
        "kartlegging",
        "Kartlegging",
        "§7.3",
        "Bydelen går gjennom tolv viktige områder i ungdommens liv for å finne ressurser, "
        "risiko og det som motiverer.",
    ),
    StepKind(
        "iverksetting",
        "Iverksetting",
        "§7.4",
        "Oppfølgingen settes i gang 1–2 dager etter inntaksmøtet.",
    ),
    StepKind(
        "forste_lagmote",
        "Første lagmøte",
        "§7.6",
        "Laget møtes for første gang, avklarer roller og forventninger og gjør «Min plan» "
        "ferdig sammen med ungdommen.",
    ),
    StepKind(
        "lagmote",
        "Lagmøte",
        "§7.6",
        "Laget rundt ungdommen følger opp «Min plan» og fordeler ansvar. Det skal være "
        "lagmøte minst hver sjette uke.",
    ),
    StepKind(
        "evaluering",
        "Jevnlig evaluering",
        "§7.7",
        "Laget vurderer om oppfølgingen virker og anbefaler om den skal avsluttes eller "
        "videreføres.",
    ),
    StepKind(
        "avslutning",
        "Avslutning",
        "§4.1",
        "Oppfølgingen avsluttes. Vær ekstra nøye med overganger, som ny skole, når ungdommen "
        "fyller 18 eller 19 år, og når andre tiltak tar over.",
    ),
)

_STEPS_BY_KEY: Final[dict[str, StepKind]] = {s.key: s for s in STEPS}


def step_kind(key: str) -> StepKind:
    """Return the step with this key (e.g. ``"oppstartsmote"``).

    Raises ValueError for an unknown key.
    """
    try:
        return _STEPS_BY_KEY[key]
    except KeyError:
        known = ", ".join(_STEPS_BY_KEY)
        raise ValueError(f"Unknown step key {key!r}; known keys: {known}") from None


@dataclass(frozen=True)
class Deadline:
    """A rule that one step must happen at most ``days`` days after another."""

    step: str
    """StepKind key of the step that has the deadline."""
    after: str
    """StepKind key of the step the deadline counts from."""
    days: int
    section: str
    text: str
    """The rule in plain words."""


INTAKE_INTERVAL_DAYS: Final = 28
"""§3.1, §7.1: inntaksmøter are held at least every 4th week."""
ACUTE_INTAKE_DAYS: Final = 7
"""§3.1, §7.1: when acute, an inntaksmøte is held within one week of the referral."""
LAGMOTE_INTERVAL_DAYS: Final = 42
"""§7.6: lagmøter are held at least every sixth week."""
EVALUATION_INTERVAL_DAYS: Final = 182
"""§7.7 says only «jevnlig»; six months is this program's default, and the team may change it."""

DEADLINES: Final[tuple[Deadline, ...]] = (
    Deadline(
        "inntaksmote",
        "henvisning",
        INTAKE_INTERVAL_DAYS,
        "§7.1",
        "Inntaksmøter holdes minst hver 4. uke, så en henvisning skal vurderes innen fire uker.",
    ),
    Deadline(
        "oppstartsmote",
        "inntaksmote",
        7,
        "§7.1",
        "Oppstartsmøtet skal holdes senest én uke etter inntaksmøtet.",
    ),
    Deadline(
        "iverksetting",
        "inntaksmote",
        2,
        "§7.4",
        "Oppfølgingen skal settes i gang 1–2 dager etter inntaksmøtet.",
    ),
    Deadline(
        "forste_lagmote",
        "oppstartsmote",
        7,
        "§7.6",
        "Første lagmøte skal holdes senest én uke etter oppstartsmøtet.",
    ),
    Deadline(
        "lagmote",
        "lagmote",
        LAGMOTE_INTERVAL_DAYS,
        "§7.6",
        "Det skal være lagmøte minst hver sjette uke.",
    ),
    Deadline(
        "evaluering",
        "iverksetting",
        EVALUATION_INTERVAL_DAYS,
        "§7.7",
        "Oppfølgingen skal evalueres jevnlig. Her er fristen satt til et halvår, "
        "men laget kan endre den.",
    ),
)

ACUTE_INTAKE_DEADLINE: Final = Deadline(
    "inntaksmote",
    "henvisning",
    ACUTE_INTAKE_DAYS,
    "§7.1",
    "Når det haster, skal inntaksmøtet holdes innen én uke etter henvisningen.",
)
"""The acute variant of the first rule in DEADLINES; not in DEADLINES itself."""

_DEADLINES_BY_PAIR: Final[dict[tuple[str, str], Deadline]] = {
    (d.step, d.after): d for d in DEADLINES
}


def deadline(step: str, after: str) -> Deadline:
    """Return the (ordinary, non-acute) deadline for ``step`` counted from ``after``.

    Raises ValueError when there is no such rule.
    """
    try:
        return _DEADLINES_BY_PAIR[(step, after)]
    except KeyError:
        known = ", ".join(f"{s} etter {a}" for s, a in _DEADLINES_BY_PAIR)
        raise ValueError(
            f"No deadline for step {step!r} after {after!r}; known rules: {known}"
        ) from None


# --------------------------------------------------------------------------------------------
# Min plan (§7.5)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanSection:
    """One part of «Min plan», with the plain question put to the youth."""

    key: str
    title: str
    group: str
    prompt: str


PLAN_GROUPS: Final[dict[str, str]] = {
    "meg": "Om meg og mine mål",
    "fremtid": "Planen for fremtiden",
    "oppfolging": "Oppfølgingen",
    "hendelser": "Plan ved uønskede hendelser",
}

PLAN_SECTIONS: Final[tuple[PlanSection, ...]] = (
    PlanSection("mal", "Mine mål", "meg", "Hva vil du oppnå?"),
    PlanSection("onsker", "Ønsker", "meg", "Hva ønsker du deg?"),
    PlanSection("styrker", "Styrker", "meg", "Hva er du god til?"),
    PlanSection("utfordringer", "Utfordringer", "meg", "Hva er vanskelig for deg nå?"),
    PlanSection("motivasjon", "Motivasjon", "fremtid", "Hva gjør at du vil endre noe?"),
    PlanSection(
        "ambivalens",
        "Tvil (ambivalens)",
        "fremtid",
        "Hva gjør at du er i tvil, eller at det er vanskelig å endre noe?",
    ),
    PlanSection(
        "trygghet",
        "Sikkerhet og trygghet",
        "fremtid",
        "Hva skal til for at du er trygg?",
    ),
    PlanSection(
        "omfang",
        "Hvor mye oppfølging",
        "oppfolging",
        "Hvor ofte skal du og oppfølgeren møtes?",
    ),
    PlanSection(
        "innhold",
        "Hva oppfølgingen inneholder",
        "oppfolging",
        "Hva skal dere gjøre sammen, og hvilke tiltak skal brukes?",
    ),
    PlanSection(
        "hverdag",
        "Hverdagen og uka",
        "oppfolging",
        "Hvordan ser en vanlig uke ut for deg?",
    ),
    PlanSection("behov", "Hva jeg trenger", "oppfolging", "Hva trenger du hjelp til?"),
)

INCIDENT_PLAN_TITLE: Final = "Plan ved uønskede hendelser"

INCIDENT_PLAN_FIELDS: Final[tuple[PlanSection, ...]] = (
    PlanSection(
        "varseltegn",
        "Varseltegn",
        "hendelser",
        "Hva er tegnene på at noe er i ferd med å gå galt?",
    ),
    PlanSection(
        "ungdommen_gjor",
        "Dette gjør jeg",
        "hendelser",
        "Hva gjør du når du merker tegnene?",
    ),
    PlanSection(
        "voksne_gjor",
        "Dette gjør de voksne",
        "hendelser",
        "Hva gjør de voksne rundt deg da?",
    ),
    PlanSection("ring", "Hvem vi ringer", "hendelser", "Hvem kan du og de voksne ringe?"),
    PlanSection(
        "hvis_ikke_virker",
        "Hvis planen ikke virker",
        "hendelser",
        "Hva gjør vi hvis planen ikke virker?",
    ),
)


# --------------------------------------------------------------------------------------------
# Lagmøte (§7.6)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaItem:
    """One point on the lagmøte agenda."""

    key: str
    title: str
    prompt: str


LAGMOTE_AGENDA: Final[tuple[AgendaItem, ...]] = (
    AgendaItem(
        "ungdommens_ord",
        "Ungdommens ord",
        "Hvordan har du det, og hva er viktigst for deg nå?",
    ),
    AgendaItem("siden_sist", "Siden sist", "Hva har skjedd siden forrige lagmøte?"),
    AgendaItem("maal", "Målene", "Hvordan går det med hvert mål i «Min plan»?"),
    AgendaItem(
        "hva_virker",
        "Hva virker",
        "Hvilke tiltak virker, og trengs det nye eller andre tiltak?",
    ),
    AgendaItem(
        "roller",
        "Roller",
        "Må noen roller endres fordi ungdommens situasjon eller behov har endret seg?",
    ),
    AgendaItem(
        "hvem_gjor_hva",
        "Hvem gjør hva",
        "Hvem gjør hva, og innen når?",
    ),
    AgendaItem(
        "familien",
        "Hele familien",
        "Hvordan har familien det, og hva trenger de?",
    ),
    AgendaItem(
        "koordinering",
        "Samordning",
        "Hvordan unngår vi dobbeltarbeid og overlapp mellom tjenestene?",
    ),
    AgendaItem(
        "neste_mote",
        "Neste møte",
        "Når er neste lagmøte, og hvem kaller inn?",
    ),
)


# --------------------------------------------------------------------------------------------
# Jevnlig evaluering (§7.7)
# --------------------------------------------------------------------------------------------


EVALUATION_QUESTIONS: Final[tuple[str, ...]] = (
    "Hvordan er ungdommens deltakelse i skolehverdagen, fritidsaktivitet og jobb?",
    "Er ungdommens livskvalitet endret under én-til-én-oppfølgingen? Hva er i tilfelle endret?",
    "Er ungdommen mindre involvert i kriminalitet, kriminelle miljøer og nettverk?",
    "Har én-til-én-oppfølgingen gitt ungdommen andre handlingsalternativer enn tidligere, "
    "spesielt med fokus på å utsette andre for vold og trusler?",
    "Hvordan er foresatte involvert i oppfølgingen?",
)
"""The five questions of §7.7, word for word."""

EVALUATION_PERSPECTIVES: Final[dict[str, str]] = {
    "ungdommen": "Ungdommen",
    "foresatte": "Foresatte",
    "fagansvarlig": "Fagansvarlig",
    "oppfolger": "Én-til-én-oppfølger",
    "samarbeidspartnere": "Samarbeidspartnere",
}

JUDGEMENTS: Final[dict[str, str]] = {
    "bedre": "Bedre",
    "uendret": "Uendret",
    "verre": "Verre",
}

RECOMMENDATIONS: Final[dict[str, str]] = {
    "avsluttes": "Oppfølgingen avsluttes",
    "viderefores": "Oppfølgingen videreføres",
}


# --------------------------------------------------------------------------------------------
# Goal progress (Goal Attainment Scaling)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LadderStep:
    """One step of the goal ladder; the team may write its own label per goal."""

    value: int
    label: str


GOAL_LADDER: Final[tuple[LadderStep, ...]] = (
    LadderStep(-2, "Mye dårligere enn ventet"),
    LadderStep(-1, "Litt dårligere enn ventet"),
    LadderStep(0, "Som ventet"),
    LadderStep(1, "Litt bedre enn ventet"),
    LadderStep(2, "Mye bedre enn ventet"),
)


# --------------------------------------------------------------------------------------------
# Small code lists
# --------------------------------------------------------------------------------------------


TILTAK_STATUSES: Final[dict[str, str]] = {
    "planlagt": "Planlagt",
    "pagar": "Pågår",
    "fullfort": "Fullført",
    "avbrutt": "Avbrutt",
}

SCHEDULE_KINDS: Final[dict[str, str]] = {
    "skole": "Skole/dagtilbud",
    "aktivitet": "Aktivitet",
    "oppfolger": "Med oppfølgeren",
    "jobb": "Jobb",
    "familie": "Familie",
    "annet": "Annet",
}
"""§3.3: the week holds a school or day offer and at least one activity."""

REFERRAL_SOURCES: Final[dict[str, str]] = {
    "barnevern": "Barneverntjenesten",
    "skole": "Skole",
    "politi": "Politi",
    "bydel": "Andre tjenester i bydelen",
    "annen": "Annen offentlig samarbeidspartner",
}
"""§3.1: referrals come mainly from district services (including child welfare), school or
police, possibly from other public partners."""

CONSENT_FORMS: Final[dict[str, str]] = {
    "skriftlig": "Skriftlig",
    "muntlig": "Muntlig",
}

GENDERS: Final[dict[str, str]] = {
    "gutt": "Gutt",
    "jente": "Jente",
    "annet": "Annet / vil ikke si",
}
