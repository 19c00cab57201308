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
They are marked with ``N_`` and translated when read (:mod:`lagmote.i18n`): a dataclass keeps
the bokmål in its ``source_*`` fields and translates in the property of the same name without
``source_``; the code lists are :class:`~lagmote.i18n.TextMap`.
Where the standard gives the words verbatim (the area names, the evaluation questions) they are
copied exactly.

Pure Python: no Qt and no database imports, so it can be used anywhere, including tests and
the report generator.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from lagmote.i18n import N_, TextList, TextMap, t

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
    "incident_plan_title",
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
    source_name: str
    """The area's name as the standard gives it (bokmål; :attr:`name` translates it)."""
    source_short_name: str
    """At most 14 characters, for radar labels."""
    source_description: str
    """One plain sentence: what the area is about."""
    sensitive: bool
    """Hidden from the projected screen and the family print unless someone chooses so."""

    @property
    def name(self) -> str:
        return t(self.source_name)

    @property
    def short_name(self) -> str:
        return t(self.source_short_name)

    @property
    def description(self) -> str:
        return t(self.source_description)


AREAS: Final[tuple[Area, ...]] = (
    Area(
        1,
        "skole",
        N_("Skole og utdanning"),
        N_("Skole"),
        N_("Hvordan det går på skolen eller i utdanningen, og om ungdommen er der."),
        False,
    ),
    Area(
        2,
        "familie",
        N_("Familie og omsorgssituasjon"),
        N_("Familie"),
        N_("Hvem ungdommen bor med, og hvordan hjemmet og omsorgen fungerer."),
        False,
    ),
    Area(
        3,
        "venner_fritid",
        N_("Venner og fritid"),
        N_("Venner/fritid"),
        N_("Hvem ungdommen er sammen med, og hva ungdommen gjør når skolen er slutt."),
        False,
    ),
    Area(
        4,
        "helse",
        N_("Psykisk og fysisk helse"),
        N_("Helse"),
        N_("Hvordan ungdommen har det med kroppen og med tankene og følelsene sine."),
        True,
    ),
    Area(
        5,
        "atferd",
        N_("Tidligere og nåværende atferd"),
        N_("Atferd"),
        N_("Hvordan ungdommen har oppført seg før, og hvordan ungdommen oppfører seg nå."),
        False,
    ),
    Area(
        6,
        "motivasjon",
        N_("Motivasjon og endringsvilje"),
        N_("Motivasjon"),
        N_("Hva ungdommen selv vil endre, og hva som gir lyst og krefter til å prøve."),
        False,
    ),
    Area(
        7,
        "kriminalitet",
        N_("Kriminalitetshistorikk"),
        N_("Kriminalitet"),
        N_("Hvilken kriminalitet ungdommen har vært med på, og om det skjer fortsatt."),
        True,
    ),
    Area(
        8,
        "nettverk",
        N_("Ungdommens nettverk"),
        N_("Nettverk"),
        N_("Hvilke voksne, venner og miljøer ungdommen har rundt seg, både gode og dårlige."),
        False,
    ),
    Area(
        9,
        "interesser",
        N_("Interesser"),
        N_("Interesser"),
        N_("Hva ungdommen liker å gjøre, og hva ungdommen gjerne vil prøve."),
        False,
    ),
    Area(
        10,
        "beskyttelse_risiko",
        N_("Ungdommens beskyttelses- og risikofaktorer"),
        N_("Vern og risiko"),
        N_("Hva som beskytter ungdommen, og hva som kan dra ungdommen i feil retning."),
        False,
    ),
    Area(
        11,
        "familiens_styrker",
        N_("Familiens styrker og behov"),
        N_("Familiestyrker"),
        N_("Hva familien får til, og hva familien trenger hjelp til."),
        False,
    ),
    Area(
        12,
        "sikkerhet",
        N_("Sikkerhet"),
        N_("Sikkerhet"),
        N_("Om ungdommen, familien eller andre er i fare, og hva som gjør dem trygge."),
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
    source_label: str
    source_description: str

    @property
    def label(self) -> str:
        return t(self.source_label)

    @property
    def description(self) -> str:
        return t(self.source_description)


KARTLEGGING_SCALE: Final[tuple[ScaleStep, ...]] = (
    ScaleStep(1, N_("Stor bekymring"), N_("Dette er et alvorlig problem som trenger hjelp nå.")),
    ScaleStep(2, N_("Bekymring"), N_("Dette er et tydelig problem som må følges opp.")),
    ScaleStep(
        3, N_("Litt bekymring"), N_("Noe går bra, men noe er vanskelig og må følges med på.")
    ),
    ScaleStep(4, N_("Greit"), N_("Dette går stort sett bra.")),
    ScaleStep(5, N_("Bra – en styrke"), N_("Dette går bra og er noe å bygge videre på.")),
)

PERSPECTIVES: Final[TextMap] = TextMap(
    {
        "ungdom": N_("Ungdommens vurdering"),
        "lag": N_("Lagets vurdering"),
    }
)
"""Whose rating an assessment is. Both are kept side by side, never averaged."""


# --------------------------------------------------------------------------------------------
# The team and its roles (§4, §7.6)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """A role on the team around the youth, with its standard responsibilities."""

    code: str
    """Stable ASCII code, stored in the database."""
    source_name: str
    """Bokmål display name (:attr:`name` translates it)."""
    group: str
    """One of the keys of ROLE_GROUPS."""
    source_responsibilities: tuple[str, ...]
    """The standard's responsibilities, to prefill; the team may edit them per youth."""
    section: str
    """Where in the standard the role is described."""

    @property
    def name(self) -> str:
        return t(self.source_name)

    @property
    def responsibilities(self) -> tuple[str, ...]:
        return tuple(t(text) for text in self.source_responsibilities)


ROLE_GROUPS: Final[TextMap] = TextMap(
    {
        "ungdom": N_("Ungdommen"),
        "familie": N_("Familien"),
        "bydel": N_("Bydel"),
        "skole": N_("Skole"),
        "politi": N_("Politi"),
        "annen": N_("Andre"),
    }
)

ROLES: Final[tuple[Role, ...]] = (
    Role(
        "ungdommen",
        N_("Ungdommen"),
        "ungdom",
        (
            N_("Være med og bestemme hva oppfølgingen skal inneholde."),
            N_("Lage «Min plan» med egne mål og ønsker sammen med oppfølgeren."),
            N_("Forberede lagmøtene sammen med oppfølgeren."),
            N_("Delta i lagmøtene sammen med oppfølgeren."),
            N_("Si fra om hva som virker, og hva som bør endres."),
            N_("Gi tilbakemelding når oppfølgingen evalueres."),
        ),
        "§5",
    ),
    Role(
        "foresatt",
        N_("Foresatte"),
        "familie",
        (
            N_("Ha ansvaret for ungdommens oppvekst og daglige omsorg."),
            N_("Svare innen 1–2 dager etter oppstartsmøtet om familien vil være med."),
            N_("Ta stilling til samtykke til samarbeid og deling av informasjon."),
            N_("Være med og lage «Min plan» sammen med ungdommen."),
            N_("Delta aktivt i oppfølgingen og i lagmøtene."),
            N_("Gi tilbakemelding når oppfølgingen evalueres."),
        ),
        "§7.6",
    ),
    Role(
        "fagansvarlig",
        N_("Fagansvarlig"),
        "bydel",
        (
            N_("Ha det faglige ansvaret for oppfølgingen."),
            N_("Koordinere oppfølgingen ved å kalle inn til og lede møter."),
            N_("Lede inntaksmøtene."),
            N_("Sørge for at oppstartsmøtet blir holdt."),
            N_("Gjennomføre kartleggingen sammen med oppfølgeren."),
            N_("Ha ansvaret for at oppfølgingen blir satt i gang."),
            N_("Gjøre «Min plan» ferdig sammen med oppfølgeren."),
            N_("Kalle inn til lagmøter sammen med oppfølgeren."),
            N_("Foreslå tilbud og tiltak i regi av bydelen."),
            N_("Sørge for at oppfølgeren får veiledning."),
            N_("Sikre at rutiner for informasjonsdeling, meldeplikt og avvergingsplikt følges."),
            N_("Sørge for at oppfølgingen blir evaluert jevnlig."),
            N_("Rapportere om oppfølgingen."),
        ),
        "§4.1",
    ),
    Role(
        "oppfolger",
        N_("Én-til-én-oppfølger"),
        "bydel",
        (
            N_("Jobbe tett med ungdommen gjennom hele oppfølgingen."),
            N_(
                "Ha hovedansvaret for å bygge relasjon, støtte endring og følge opp ungdommen i "
                "hverdagen."
            ),
            N_("Møte ungdommen daglig, som hovedregel."),
            N_("Kartlegge ungdommens behov og interesser."),
            N_("Lage «Min plan» sammen med ungdommen og gjøre den ferdig med fagansvarlig."),
            N_("Forberede ungdommen før lagmøtene."),
            N_("Kalle inn til lagmøter sammen med fagansvarlig."),
            N_("Delta i lagmøtene."),
            N_(
                "Hente inn relevant informasjon før lagmøtene og sikre god informasjonsutveksling "
                "i møtet."
            ),
            N_("Foreslå tiltak og tilbud i regi av bydelen."),
            N_("Delta på veiledning og fagsamlinger i regi av Velferdsetaten."),
        ),
        "§4.1",
    ),
    Role(
        "barnevern",
        N_("Barneverntjenesten"),
        "bydel",
        (
            N_("Foreslå ungdommer som kan vurderes for én-til-én-oppfølging."),
            N_("Delta fast i inntaksmøtene."),
            N_("Ta imot bekymringsmeldinger og ha en aktiv rolle i samarbeidet."),
            N_("Foreslå tiltak og tilbud i regi av bydelen."),
            N_("Dele informasjon om ungdommens utvikling, omsorgs- og oppvekstsituasjon."),
            N_("Hente inn relevant informasjon før møter og ta den med inn i møtet."),
            N_("Samarbeide med fagansvarlig og én-til-én-oppfølger."),
            N_("Koordinere oppfølgingen når det er hensiktsmessig."),
            N_("Bidra med familieveileder når det er aktuelt."),
        ),
        "§4.1",
    ),
    Role(
        "utekontakten",
        N_("Utekontakten"),
        "bydel",
        (
            N_("Foreslå ungdommer som kan vurderes for én-til-én-oppfølging."),
            N_("Foreslå tiltak og tilbud i regi av bydelen."),
            N_(
                "Dele kunnskap om ungdommens utvikling, omsorgs- og oppvekstsituasjon og om "
                "ungdomsmiljøet."
            ),
            N_("Delta i oppfølgingen når det er ønskelig og hensiktsmessig."),
            N_("Samarbeide med fagansvarlig og én-til-én-oppfølger."),
        ),
        "§4.1",
    ),
    Role(
        "salto",
        N_("SaLTo-koordinator"),
        "bydel",
        (
            N_("Være bydelens innslagspunkt i det rus- og kriminalitetsforebyggende arbeidet."),
            N_("Sikre at oppfølgingen er i tråd med føringer fra politirådet."),
            N_("Hjelpe oppfølgeren med faglige vurderinger og oversikt over aktuelle tiltak."),
            N_("Sørge for maler og informasjonsmateriell til ungdom og samarbeidspartnere."),
            N_("Være fagansvarlig i bydeler med få ungdommer i målgruppen."),
        ),
        "§4.1",
    ),
    Role(
        "helse",
        N_("Forebyggende helsetjenester"),
        "bydel",
        (
            N_("Delta i oppfølgingen når ungdommen har behov for det."),
            N_(
                "Bidra med helseperspektivet når det vurderes om oppfølgingen passer for ungdommen."
            ),
            N_("Foreslå tiltak og tilbud i regi av bydelen."),
            N_("Være et hurtigspor til psykisk helsehjelp ved behov."),
            N_("Henvise ungdommen til spesialisthelsetjenesten når det er nødvendig."),
            N_("Bidra med familieveileder når det er aktuelt."),
        ),
        "§4.1",
    ),
    Role(
        "skole",
        N_("Skole"),
        "skole",
        (
            N_("Kjenne til én-til-én-oppfølgingen i bydelen."),
            N_("Foreslå ungdommer som kan vurderes for oppfølgingen."),
            N_("Delta fast i inntaksmøtene."),
            N_("Delta i samarbeidsmøter og lagmøter når det er aktuelt."),
            N_("Gi tilpasset opplæring som styrker tilhørighet, mestring og motivasjon."),
            N_("Bidra til å finne andre skole- eller opplæringstilbud til ungdommen."),
            N_("Hente inn kunnskap fra fagteamene i Utdanningsetaten ved behov."),
        ),
        "§4.4",
    ),
    Role(
        "politi",
        N_("Politi (nærpolitiet)"),
        "politi",
        (
            N_("Delta fast i inntaksmøter, samarbeidsmøter og lagmøter."),
            N_("Ha tett dialog og samarbeid med fagansvarlig og oppfølger."),
            N_("Foreslå ungdommer som kan vurderes for oppfølgingen, og være med i utvelgelsen."),
            N_(
                "Ha oversikt over deltakerne og oppdatere informasjon om ungdommens utvikling og "
                "behov."
            ),
            N_(
                "Informere om nye forhold, registreringer og påtreff, og om "
                "kriminalitetsutviklingen."
            ),
            N_("Bistå i nødvendige kartlegginger og jevnlig gi relevant informasjon."),
            N_("Være i aktiv dialog med ungdommen."),
        ),
        "§4.3",
    ),
    Role(
        "nav",
        N_("NAV"),
        "annen",
        (
            N_("Hjelpe ungdommen med å skaffe jobb eller annen meningsfull aktivitet."),
            N_("Veilede familien om tjenester og økonomi ved behov."),
            N_("Se egne tiltak i sammenheng med én-til-én-oppfølgingen."),
        ),
        "§3.4",
    ),
    Role(
        "konfliktradet",
        N_("Konfliktrådet"),
        "annen",
        (
            N_("Samordne straffereaksjonen med tiltakene i én-til-én-oppfølgingen."),
            N_("Gjøre det tydelig for ungdommen og familien hvem som har ansvar for hva."),
            N_("Ta med kommunens frivillige tiltak i ungdomsplanen når det passer."),
        ),
        "§3",
    ),
    Role(
        "kriminalomsorgen",
        N_("Kriminalomsorgen"),
        "annen",
        (
            N_("Samordne straffegjennomføringen med tiltakene i én-til-én-oppfølgingen."),
            N_("Gjøre det tydelig for ungdommen og familien hvem som har ansvar for hva."),
            N_("Ta med kommunens frivillige tiltak i ungdomsplanen når det passer."),
        ),
        "§3",
    ),
    Role(
        "familieveileder",
        N_("Familieveileder"),
        "bydel",
        (
            N_("Styrke foresatte i foreldrerollen."),
            N_("Kartlegge familiens ressurser og utfordringer."),
            N_("Veilede foresatte i tydelig kommunikasjon, grensesetting og konflikthåndtering."),
            N_("Veilede om tjenester som NAV og helse, og om familiens økonomi."),
            N_("Finne støtte til fritidsaktiviteter for søsken."),
        ),
        "§3.4",
    ),
    Role(
        "fritid",
        N_("Fritid"),
        "annen",
        (
            N_("Gi ungdommen minst én meningsfull aktivitet."),
            N_("Være en trygg voksen for ungdommen i nærmiljøet."),
            N_("Vise laget hvilke gode aktiviteter og muligheter som finnes i nærmiljøet."),
        ),
        "§3.3",
    ),
    Role(
        "annen",
        N_("Annen samarbeidspartner"),
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


CORE_GROUPS: Final[TextMap] = TextMap(
    {
        "bydel": N_("Bydel"),
        "skole": N_("Skole"),
        "politi": N_("Politi"),
    }
)
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
    source_name: str
    section: str
    source_description: str

    @property
    def name(self) -> str:
        return t(self.source_name)

    @property
    def description(self) -> str:
        return t(self.source_description)


STEPS: Final[tuple[StepKind, ...]] = (
    StepKind(
        "henvisning",
        N_("Henvisning"),
        "§7.1",
        N_(
            "Ungdommen blir meldt inn på et henvisningsskjema, oftest fra barnevernet, skolen, "
            "politiet eller andre tjenester i bydelen."
        ),
    ),
    StepKind(
        "inntaksmote",
        N_("Inntaksmøte"),
        "§7.1",
        N_(
            "Fagansvarlig, barnevernet, politiet og skolen vurderer om oppfølgingen passer for "
            "ungdommen. Møtet holdes minst hver 4. uke."
        ),
    ),
    StepKind(
        "oppstartsmote",
        N_("Oppstartsmøte"),
        "§7.2",
        N_(
            "Ungdommen og foresatte får vite hva oppfølgingen er. Samtykke hentes inn først, og "
            "de svarer innen 1–2 dager om de vil være med."
        ),
    ),
    StepKind(
        "kartlegging",
        N_("Kartlegging"),
        "§7.3",
        N_(
            "Bydelen går gjennom tolv viktige områder i ungdommens liv for å finne ressurser, "
            "risiko og det som motiverer."
        ),
    ),
    StepKind(
        "iverksetting",
        N_("Iverksetting"),
        "§7.4",
        N_("Oppfølgingen settes i gang 1–2 dager etter inntaksmøtet."),
    ),
    StepKind(
        "forste_lagmote",
        N_("Første lagmøte"),
        "§7.6",
        N_(
            "Laget møtes for første gang, avklarer roller og forventninger og gjør «Min plan» "
            "ferdig sammen med ungdommen."
        ),
    ),
    StepKind(
        "lagmote",
        N_("Lagmøte"),
        "§7.6",
        N_(
            "Laget rundt ungdommen følger opp «Min plan» og fordeler ansvar. Det skal være "
            "lagmøte minst hver sjette uke."
        ),
    ),
    StepKind(
        "evaluering",
        N_("Jevnlig evaluering"),
        "§7.7",
        N_(
            "Laget vurderer om oppfølgingen virker og anbefaler om den skal avsluttes eller "
            "videreføres."
        ),
    ),
    StepKind(
        "avslutning",
        N_("Avslutning"),
        "§4.1",
        N_(
            "Oppfølgingen avsluttes. Vær ekstra nøye med overganger, som ny skole, når ungdommen "
            "fyller 18 eller 19 år, og når andre tiltak tar over."
        ),
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
    source_text: str
    """The rule in plain words (bokmål; :attr:`text` translates it)."""

    @property
    def text(self) -> str:
        return t(self.source_text)


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
        N_(
            "Inntaksmøter holdes minst hver 4. uke, så en henvisning skal vurderes innen fire uker."
        ),
    ),
    Deadline(
        "oppstartsmote",
        "inntaksmote",
        7,
        "§7.1",
        N_("Oppstartsmøtet skal holdes senest én uke etter inntaksmøtet."),
    ),
    Deadline(
        "iverksetting",
        "inntaksmote",
        2,
        "§7.4",
        N_("Oppfølgingen skal settes i gang 1–2 dager etter inntaksmøtet."),
    ),
    Deadline(
        "forste_lagmote",
        "oppstartsmote",
        7,
        "§7.6",
        N_("Første lagmøte skal holdes senest én uke etter oppstartsmøtet."),
    ),
    Deadline(
        "lagmote",
        "lagmote",
        LAGMOTE_INTERVAL_DAYS,
        "§7.6",
        N_("Det skal være lagmøte minst hver sjette uke."),
    ),
    Deadline(
        "evaluering",
        "iverksetting",
        EVALUATION_INTERVAL_DAYS,
        "§7.7",
        N_(
            "Oppfølgingen skal evalueres jevnlig. Her er fristen satt til et halvår, "
            "men laget kan endre den."
        ),
    ),
)

ACUTE_INTAKE_DEADLINE: Final = Deadline(
    "inntaksmote",
    "henvisning",
    ACUTE_INTAKE_DAYS,
    "§7.1",
    N_("Når det haster, skal inntaksmøtet holdes innen én uke etter henvisningen."),
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
    source_title: str
    group: str
    source_prompt: str

    @property
    def title(self) -> str:
        return t(self.source_title)

    @property
    def prompt(self) -> str:
        return t(self.source_prompt)


PLAN_GROUPS: Final[TextMap] = TextMap(
    {
        "meg": N_("Om meg og mine mål"),
        "fremtid": N_("Planen for fremtiden"),
        "oppfolging": N_("Oppfølgingen"),
        "hendelser": N_("Plan ved uønskede hendelser"),
    }
)

PLAN_SECTIONS: Final[tuple[PlanSection, ...]] = (
    PlanSection("mal", N_("Mine mål"), "meg", N_("Hva vil du oppnå?")),
    PlanSection("onsker", N_("Ønsker"), "meg", N_("Hva ønsker du deg?")),
    PlanSection("styrker", N_("Styrker"), "meg", N_("Hva er du god til?")),
    PlanSection("utfordringer", N_("Utfordringer"), "meg", N_("Hva er vanskelig for deg nå?")),
    PlanSection("motivasjon", N_("Motivasjon"), "fremtid", N_("Hva gjør at du vil endre noe?")),
    PlanSection(
        "ambivalens",
        N_("Tvil (ambivalens)"),
        "fremtid",
        N_("Hva gjør at du er i tvil, eller at det er vanskelig å endre noe?"),
    ),
    PlanSection(
        "trygghet",
        N_("Sikkerhet og trygghet"),
        "fremtid",
        N_("Hva skal til for at du er trygg?"),
    ),
    PlanSection(
        "omfang",
        N_("Hvor mye oppfølging"),
        "oppfolging",
        N_("Hvor ofte skal du og oppfølgeren møtes?"),
    ),
    PlanSection(
        "innhold",
        N_("Hva oppfølgingen inneholder"),
        "oppfolging",
        N_("Hva skal dere gjøre sammen, og hvilke tiltak skal brukes?"),
    ),
    PlanSection(
        "hverdag",
        N_("Hverdagen og uka"),
        "oppfolging",
        N_("Hvordan ser en vanlig uke ut for deg?"),
    ),
    PlanSection("behov", N_("Hva jeg trenger"), "oppfolging", N_("Hva trenger du hjelp til?")),
)

INCIDENT_PLAN_TITLE: Final = N_("Plan ved uønskede hendelser")
"""Bokmål, as documents print it; :func:`incident_plan_title` is the window's."""


def incident_plan_title() -> str:
    """The title of the «Plan ved uønskede hendelser» in the language installed."""
    return t(INCIDENT_PLAN_TITLE)


INCIDENT_PLAN_FIELDS: Final[tuple[PlanSection, ...]] = (
    PlanSection(
        "varseltegn",
        N_("Varseltegn"),
        "hendelser",
        N_("Hva er tegnene på at noe er i ferd med å gå galt?"),
    ),
    PlanSection(
        "ungdommen_gjor",
        N_("Dette gjør jeg"),
        "hendelser",
        N_("Hva gjør du når du merker tegnene?"),
    ),
    PlanSection(
        "voksne_gjor",
        N_("Dette gjør de voksne"),
        "hendelser",
        N_("Hva gjør de voksne rundt deg da?"),
    ),
    PlanSection("ring", N_("Hvem vi ringer"), "hendelser", N_("Hvem kan du og de voksne ringe?")),
    PlanSection(
        "hvis_ikke_virker",
        N_("Hvis planen ikke virker"),
        "hendelser",
        N_("Hva gjør vi hvis planen ikke virker?"),
    ),
)


# --------------------------------------------------------------------------------------------
# Lagmøte (§7.6)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaItem:
    """One point on the lagmøte agenda."""

    key: str
    source_title: str
    source_prompt: str

    @property
    def title(self) -> str:
        return t(self.source_title)

    @property
    def prompt(self) -> str:
        return t(self.source_prompt)


LAGMOTE_AGENDA: Final[tuple[AgendaItem, ...]] = (
    AgendaItem(
        "ungdommens_ord",
        N_("Ungdommens ord"),
        N_("Hvordan har du det, og hva er viktigst for deg nå?"),
    ),
    AgendaItem("siden_sist", N_("Siden sist"), N_("Hva har skjedd siden forrige lagmøte?")),
    AgendaItem("maal", N_("Målene"), N_("Hvordan går det med hvert mål i «Min plan»?")),
    AgendaItem(
        "hva_virker",
        N_("Hva virker"),
        N_("Hvilke tiltak virker, og trengs det nye eller andre tiltak?"),
    ),
    AgendaItem(
        "roller",
        N_("Roller"),
        N_("Må noen roller endres fordi ungdommens situasjon eller behov har endret seg?"),
    ),
    AgendaItem(
        "hvem_gjor_hva",
        N_("Hvem gjør hva"),
        N_("Hvem gjør hva, og innen når?"),
    ),
    AgendaItem(
        "familien",
        N_("Hele familien"),
        N_("Hvordan har familien det, og hva trenger de?"),
    ),
    AgendaItem(
        "koordinering",
        N_("Samordning"),
        N_("Hvordan unngår vi dobbeltarbeid og overlapp mellom tjenestene?"),
    ),
    AgendaItem(
        "neste_mote",
        N_("Neste møte"),
        N_("Når er neste lagmøte, og hvem kaller inn?"),
    ),
)


# --------------------------------------------------------------------------------------------
# Jevnlig evaluering (§7.7)
# --------------------------------------------------------------------------------------------


EVALUATION_QUESTIONS: Final[TextList] = TextList(
    (
        N_("Hvordan er ungdommens deltakelse i skolehverdagen, fritidsaktivitet og jobb?"),
        N_(
            "Er ungdommens livskvalitet endret under én-til-én-oppfølgingen? "
            "Hva er i tilfelle endret?"
        ),
        N_("Er ungdommen mindre involvert i kriminalitet, kriminelle miljøer og nettverk?"),
        N_(
            "Har én-til-én-oppfølgingen gitt ungdommen andre handlingsalternativer enn tidligere, "
            "spesielt med fokus på å utsette andre for vold og trusler?"
        ),
        N_("Hvordan er foresatte involvert i oppfølgingen?"),
    )
)
"""The five questions of §7.7, word for word."""

EVALUATION_PERSPECTIVES: Final[TextMap] = TextMap(
    {
        "ungdommen": N_("Ungdommen"),
        "foresatte": N_("Foresatte"),
        "fagansvarlig": N_("Fagansvarlig"),
        "oppfolger": N_("Én-til-én-oppfølger"),
        "samarbeidspartnere": N_("Samarbeidspartnere"),
    }
)

JUDGEMENTS: Final[TextMap] = TextMap(
    {
        "bedre": N_("Bedre"),
        "uendret": N_("Uendret"),
        "verre": N_("Verre"),
    }
)

RECOMMENDATIONS: Final[TextMap] = TextMap(
    {
        "avsluttes": N_("Oppfølgingen avsluttes"),
        "viderefores": N_("Oppfølgingen videreføres"),
    }
)


# --------------------------------------------------------------------------------------------
# Goal progress (Goal Attainment Scaling)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LadderStep:
    """One step of the goal ladder; the team may write its own label per goal."""

    value: int
    source_label: str

    @property
    def label(self) -> str:
        return t(self.source_label)


GOAL_LADDER: Final[tuple[LadderStep, ...]] = (
    LadderStep(-2, N_("Mye dårligere enn ventet")),
    LadderStep(-1, N_("Litt dårligere enn ventet")),
    LadderStep(0, N_("Som ventet")),
    LadderStep(1, N_("Litt bedre enn ventet")),
    LadderStep(2, N_("Mye bedre enn ventet")),
)


# --------------------------------------------------------------------------------------------
# Small code lists
# --------------------------------------------------------------------------------------------


TILTAK_STATUSES: Final[TextMap] = TextMap(
    {
        "planlagt": N_("Planlagt"),
        "pagar": N_("Pågår"),
        "fullfort": N_("Fullført"),
        "avbrutt": N_("Avbrutt"),
    }
)

SCHEDULE_KINDS: Final[TextMap] = TextMap(
    {
        "skole": N_("Skole/dagtilbud"),
        "aktivitet": N_("Aktivitet"),
        "oppfolger": N_("Med oppfølgeren"),
        "jobb": N_("Jobb"),
        "familie": N_("Familie"),
        "annet": N_("Annet"),
    }
)
"""§3.3: the week holds a school or day offer and at least one activity."""

REFERRAL_SOURCES: Final[TextMap] = TextMap(
    {
        "barnevern": N_("Barneverntjenesten"),
        "skole": N_("Skole"),
        "politi": N_("Politi"),
        "bydel": N_("Andre tjenester i bydelen"),
        "annen": N_("Annen offentlig samarbeidspartner"),
    }
)
"""§3.1: referrals come mainly from district services (including child welfare), school or
police, possibly from other public partners."""

CONSENT_FORMS: Final[TextMap] = TextMap(
    {
        "skriftlig": N_("Skriftlig"),
        "muntlig": N_("Muntlig"),
    }
)

GENDERS: Final[dict[str, str]] = {
    "gutt": "Gutt",
    "jente": "Jente",
    "annet": "Annet / vil ikke si",
}
"""Only the district report (a bokmål document) shows these, so they stay a plain dict."""
