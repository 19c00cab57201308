"""A complete, plainly fictional case, as a ``lagmote-ungdom`` document (docs/json-format.md).

Emil Fiktiv Hansen (15) in «Bydel Eksempel (fiktiv)» has been followed up for about five
months: referral, intake, start, two kartlegginger, three held lagmøter and one planned, an
evaluation, and a full team with every role the standard wants. Everything is dated relative
to ``today``, so the demo always looks current. One step is late, so the timeline has a
warning to show: the last lagmøte was held 45 days ago and the next one is planned after the
six-week limit. One tiltak is past its date as well; every other step and action item is on
time. Names, phone numbers (400 00 0xx) and e-mail addresses
(@eksempel.no) are made up.

Pure data: no database and no Qt. Import it with :func:`lagmote.db.transfer.import_document`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Final

from lagmote.standard import role

DEMO_UID: Final = "5e1f0c1a-7d3b-4c2e-9a4f-0de30000de30"

# Days relative to today (negative: in the past).
HENVISNING: Final = -150
INNTAKSMOTE: Final = -136
IVERKSETTING: Final = -134
OPPSTARTSMOTE: Final = -131
KARTLEGGINGER: Final = (-128, -38)
LAGMOTER: Final = (-126, -86, -45, 4)
"""Three held about six weeks apart; the next is planned 49 days after the last, too late."""
EVALUATION: Final = -12
NEXT_EVALUATION: Final = EVALUATION + 91
CONSENT_WITHDRAWN: Final = -60

# Team members by ref: (role, name, organisation, e-mail user).
TEAM: Final = (
    ("ungdommen", "Emil Fiktiv Hansen", "", "emil.hansen"),
    ("foresatt", "Thomas Fiktiv Hansen", "Far", "thomas.hansen"),
    ("foresatt", "سارة حسن", "Mor (Sara Hassan)", "sara.hassan"),
    ("fagansvarlig", "Kari Eksempel Nordmann", "Bydel Eksempel (fiktiv)", "kari.nordmann"),
    ("oppfolger", "Jonas Prøve Berg", "Bydel Eksempel (fiktiv)", "jonas.berg"),
    ("barnevern", "Ingrid Test Dahl", "Barneverntjenesten, Bydel Eksempel", "ingrid.dahl"),
    ("skole", "Lise Demo Lund", "Eksempel ungdomsskole, kontaktlærer", "lise.lund"),
    ("politi", "Ali Fiktiv Rahman", "Oslo politidistrikt, nærpolitiet", "ali.rahman"),
    ("helse", "Nora Test Aas", "Helsestasjon for ungdom, Bydel Eksempel", "nora.aas"),
    ("fritid", "Marius Test Vik", "Eksempel IL, fotballtrener", "marius.vik"),
)
EMIL, FAR, MOR, KARI, JONAS, INGRID, LISE, ALI, NORA, MARIUS = range(1, len(TEAM) + 1)
INACTIVE: Final = frozenset({MARIUS})
"""The coach left the team when the father withdrew consent to share with him."""
INTERPRETER: Final = "Tolk (arabisk)"


def build_demo(today: date) -> dict[str, Any]:
    """The demo case as a document, dated around ``today``; the same ``today`` gives the same
    document."""
    return {
        "format": "lagmote-ungdom",
        "version": 3,
        "exported_at": f"{today.isoformat()}T08:00:00+00:00",
        "youth": _youth(today),
        "team_members": _team(),
        "steps": _steps(today),
        "consents": _consents(today),
        "kartlegginger": _kartlegginger(today),
        "plan_sections": [{"key": k, "text": t} for k, t in PLAN_TEXTS],
        "goals": _goals(today),
        "tiltak": _tiltak(today),
        "schedule": _schedule(),
        "lagmoter": _lagmoter(today),
        "evaluations": [_evaluation(today)],
        "closings": [],
    }


def _day(today: date, offset: int | None) -> str | None:
    """The ISO date ``offset`` days from today, or None."""
    return None if offset is None else (today + timedelta(days=offset)).isoformat()


def _birth_date(today: date) -> date:
    """Fifteen years and about three months before today."""
    year = today.year - 15
    day = today.replace(year=year, day=28) if (today.month, today.day) == (2, 29) else today
    return day.replace(year=year) - timedelta(days=100)


def _youth(today: date) -> dict[str, Any]:
    return {
        "uid": DEMO_UID,
        "first_name": "Emil",
        "last_name": "Fiktiv Hansen",
        "preferred_name": "",
        "birth_date": _birth_date(today).isoformat(),
        "gender": "gutt",
        "district": "Bydel Eksempel (fiktiv)",
        "language": "Norsk og arabisk",
        "acute": False,
        "referral_source": "skole",
        "status": "aktiv",
        "sensitive_areas": "",
    }


def _team() -> list[dict[str, Any]]:
    return [
        {
            "ref": ref,
            "role": code,
            "name": name,
            "organisation": organisation,
            "phone": f"400 00 0{ref:02d}",
            "email": f"{user}@eksempel.no",
            "responsibilities": "\n".join(role(code).responsibilities),
            "active": ref not in INACTIVE,
        }
        for ref, (code, name, organisation, user) in enumerate(TEAM, start=1)
    ]


# --- Steps and consent ------------------------------------------------------------------

STEP_ROWS: Final = (
    (
        "henvisning",
        None,
        HENVISNING,
        "Henvist av Eksempel ungdomsskole på henvisningsskjemaet, etter mye fravær og to "
        "anmeldelser. Dette er en oppdiktet demo-sak: alle personer er fiktive.",
    ),
    (
        "inntaksmote",
        INNTAKSMOTE,
        INNTAKSMOTE,
        "Fagansvarlig, barneverntjenesten, politiet og skolen anbefalte én-til-én-oppfølging.",
    ),
    (
        "iverksetting",
        IVERKSETTING,
        IVERKSETTING,
        "Jonas Prøve Berg er Emils én-til-én-oppfølger fra i dag.",
    ),
    (
        "oppstartsmote",
        OPPSTARTSMOTE,
        OPPSTARTSMOTE,
        "Emil og foreldrene fikk vite hva oppfølgingen er. Tolk var med for mor. "
        "Familien svarte ja dagen etter.",
    ),
)


def _steps(today: date) -> list[dict[str, Any]]:
    return [
        {
            "kind": kind,
            "planned_on": _day(today, planned),
            "done_on": _day(today, done),
            "note": note,
        }
        for kind, planned, done, note in STEP_ROWS
    ]


_SHARED_WITH: Final = "Skolen, politiet, barneverntjenesten og helsestasjonen"
_SHARED_ROLES: Final = "skole,politi,barnevern,helse"
_SCOPE: Final = (
    "Oppmøte og trivsel på skolen, hendelser politiet kjenner til, og det laget trenger for "
    "å følge opp «Min plan»."
)


def _consents(today: date) -> list[dict[str, Any]]:
    start, next_day = _day(today, OPPSTARTSMOTE), _day(today, OPPSTARTSMOTE + 1)
    rows = [
        (TEAM[EMIL - 1][1], "ungdommen", _SHARED_WITH, _SCOPE, "muntlig", start, None,
         "Emil fikk forklart hva deling betyr, og sa ja selv i oppstartsmøtet.", _SHARED_ROLES),
        (TEAM[FAR - 1][1], "foresatt", _SHARED_WITH, _SCOPE, "skriftlig", next_day, None,
         "Samtykket etter at Emil hadde sagt sin mening.", _SHARED_ROLES),
        (TEAM[MOR - 1][1], "foresatt", _SHARED_WITH, _SCOPE, "skriftlig", next_day, None,
         "Skjemaet ble lest høyt og forklart med tolk.", _SHARED_ROLES),
        (TEAM[FAR - 1][1], "foresatt", "Eksempel IL (fotballtreneren)",
         "At Emil er med i oppfølgingen, og hvordan det går på trening.", "muntlig",
         _day(today, LAGMOTER[0]), _day(today, CONSENT_WITHDRAWN),
         "Far trakk samtykket tilbake uten å gi grunn. Treneren får ikke lenger informasjon.",
         "fritid"),
    ]  # fmt: skip
    keys = ("given_by", "given_by_role", "shared_with", "scope", "form", "given_on",
            "withdrawn_on", "note", "shared_roles")  # fmt: skip
    return [dict(zip(keys, row, strict=True)) for row in rows]


# --- Kartlegging ------------------------------------------------------------------------

# Per area: (area, ratings (youth 1, team 1, youth 2, team 2), the youth's words
# (resources, risks), the team's first assessment, the team's update three months later).
# None is "not assessed": Emil did not want to rate health, crime and safety the first time.
# The second time Emil rates his friends and network far above the team: a thing to talk about.
AREA_ROWS: Final = (
    (1, (2, 1, 3, 3),
     ("Jeg liker gym og mat og helse.", "Jeg skjønner ikke matte, og da gidder jeg ikke gå."),
     ("Har god kontakt med kontaktlæreren og får til praktiske fag.",
      "Rundt 40 prosent fravær siste halvår. Kommer ofte for sent."),
     ("Fraværet er nede i rundt 10 prosent. Egen timeplan med praktiske timer virker.",
      "Matte er fortsatt tungt, og morgenene er vanskelige.")),
    (2, (3, 2, 3, 3),
     ("Mamma og pappa bryr seg, selv om vi krangler.", "Det blir mye kjefting om kvelden."),
     ("Foreldrene er glad i Emil, og begge kommer på møtene.",
      "Mye konflikt om innetider. Foreldrene er uenige om grenser."),
     ("Familieveiledningen har startet, og innetidene er avtalt.",
      "Fortsatt krangling i helgene.")),
    (3, (3, 2, 5, 3),
     ("Jeg har venner på fotballaget.", "Gutta på senteret er mer spennende enn trening."),
     ("Har spilt fotball før, og treneren vil gjerne ha ham tilbake.",
      "Henger med eldre ungdommer på senteret om kvelden."),
     ("Trener fast to ganger i uka.", "Onsdag etter skolen er han ofte på senteret.")),
    (4, (None, 3, 3, 3),
     ("", ""),
     ("Er i god fysisk form.", "Sover dårlig og er mye på mobilen om natta."),
     ("Har hatt to samtaler med helsesykepleier.", "Søvnen er fortsatt ujevn.")),
    (5, (3, 2, 3, 3),
     ("Jeg har ikke slått noen i år.", "Jeg blir fort sint når lærerne maser."),
     ("Roer seg når en voksen han stoler på, snakker med ham.",
      "Flere utbrudd på skolen og to bortvisninger i høst."),
     ("Ingen bortvisninger de siste to månedene.",
      "Blir fortsatt fort sint når det stilles krav.")),
    (6, (4, 3, 4, 4),
     ("Jeg vil ha egne penger og slippe bråk med politiet.",
      "Jeg vet ikke om jeg orker hvis det blir for mye."),
     ("Sier selv at han vil ha jobb og slippe politiet.",
      "Motivasjonen svinger når noe går dårlig."),
     ("Har fått helgejobb og er stolt av det.", "")),
    (7, (None, 2, 3, 3),
     ("", ""),
     ("Ingen nye saker den siste måneden før henvisningen.",
      "Anmeldt for to butikktyverier og ett ran sammen med eldre ungdommer."),
     ("Ingen nye anmeldelser etter oppstart.", "Saken om ranet er ikke avgjort ennå.")),
    (8, (3, 2, 5, 3),
     ("Morbroren min er grei å snakke med.", ""),
     ("Morbror er en viktig voksen for Emil.",
      "Flere av vennene er eldre og kjent for politiet."),
     ("Har fått to nye venner på fotballaget.",
      "Har fortsatt kontakt med de eldre gutta på mobilen.")),
    (9, (5, 4, 5, 5),
     ("Fotball, FIFA og å skru på sykler.", ""),
     ("Liker å jobbe med hendene, særlig med sykler og motorer.", ""),
     ("Vil gjerne prøve sykkelverkstedet på fritidsklubben.", "")),
    (10, (3, 2, 3, 3),
     ("Fotball og familien min.", "At jeg kjeder meg."),
     ("Foreldre som bryr seg, fotball og en god kontaktlærer.",
      "Mye fritid uten voksne, eldre venner og konflikter hjemme."),
     ("Jobb og trening gir faste rammer i uka.", "Onsdag ettermiddag er fortsatt uten noe fast.")),
    (11, (4, 3, 4, 4),
     ("Vi spiser middag sammen på søndager.", ""),
     ("Faste søndagsmiddager og god kontakt med slekta.",
      "Foreldrene trenger hjelp til å bli enige om grenser. Mor ønsker tolk på møter."),
     ("Foreldrene kommer sammen på alle møtene.", "")),
    (12, (None, 3, 4, 3),
     ("", ""),
     ("Ingen kjente trusler mot Emil eller familien.",
      "Eldre ungdommer kan presse ham til å være med på ting."),
     ("Ingen kjente trusler.", "Får meldinger fra eldre gutter som vil ha ham med ut om kvelden.")),
)  # fmt: skip

KARTLEGGING_NOTES: Final = (
    "Første kartlegging, gjort hjemme sammen med Emil og foreldrene. Tolk var med.",
    "Ny kartlegging etter tredje lagmøte, gjort sammen med Emil på kontoret.",
)


def _kartlegginger(today: date) -> list[dict[str, Any]]:
    return [
        {
            "assessed_on": _day(today, offset),
            "note": KARTLEGGING_NOTES[index],
            "ratings": [r for row in AREA_ROWS for r in _area_ratings(row, index)],
        }
        for index, offset in enumerate(KARTLEGGINGER)
    ]


def _area_ratings(row: tuple[Any, ...], index: int) -> list[dict[str, Any]]:
    """The youth's and the team's rating of one area at kartlegging ``index`` (0 or 1)."""
    area, ratings, youth_words, team_first, team_update = row
    youth_text = youth_words if index == 0 else ("", "")
    team_text = team_first if index == 0 else team_update
    return [
        _rating(area, "ungdom", ratings[2 * index], youth_text),
        _rating(area, "lag", ratings[2 * index + 1], team_text),
    ]


def _rating(
    area: int, perspective: str, value: int | None, text: tuple[str, str]
) -> dict[str, Any]:
    return {
        "area": area,
        "perspective": perspective,
        "rating": value,
        "resources": text[0],
        "risks": text[1],
    }


# --- Min plan ---------------------------------------------------------------------------

PLAN_TEXTS: Final = (
    ("mal", "Jeg vil gå på skolen hver dag og bestå 10. klasse. Jeg vil ha jobb og tjene "
     "egne penger. Jeg vil slippe å ha noe med politiet å gjøre."),
    ("onsker", "Jeg ønsker meg moped når jeg blir 16. Jeg vil gå bilfag på videregående."),
    ("styrker", "Jeg er god i fotball og flink med hendene. Jeg stiller opp for vennene mine."),
    ("utfordringer", "Jeg blir fort sint når noen maser. Når jeg kjeder meg, blir jeg med de "
     "eldre gutta på senteret."),
    ("motivasjon", "Jeg vil ikke at mamma skal være lei seg. Jeg vil ha egne penger og ikke bli "
     "stoppet av politiet hele tiden."),
    ("ambivalens", "Det er gøy med gutta på senteret. Jeg er redd de ikke vil være venner med "
     "meg hvis jeg slutter å henge der."),
    ("trygghet", "Jeg er trygg hjemme, på trening og sammen med Jonas. Jeg vil ikke bli med på "
     "ting jeg ikke har lyst til."),
    ("omfang", "Jonas henter meg hver morgen før skolen. Mandag og fredag gjør vi noe sammen "
     "etter skolen. Jeg kan ringe ham på hverdager til klokka 21."),
    ("innhold", "Vi trener sammen, øver på matte og finner ting å gjøre på fritida. Jonas "
     "hjalp meg med CV og jobbsøknader. Tiltakene står under hvert mål."),
    ("hverdag", "Skole mandag til fredag. Fotball tirsdag og torsdag. Jobb på butikken på "
     "lørdag. Middag med familien på søndag. Onsdag etter skolen har jeg ikke noe fast."),
    ("behov", "Jeg trenger hjelp med matte og med å komme meg opp om morgenen. Jeg trenger "
     "noe å gjøre på onsdager. Mamma og pappa trenger hjelp til å bli enige om regler."),
    ("varseltegn", "Jeg svarer ikke på telefonen, kommer sent hjem og er mye på senteret. Jeg "
     "blir sur og svarer kort."),
    ("ungdommen_gjor", "Jeg ringer Jonas eller morbroren min. Jeg går hjem i stedet for å bli "
     "med de andre."),
    ("voksne_gjor", "Mamma eller pappa ringer Jonas samme kveld. Jonas tar kontakt neste "
     "morgen. Ingen kjefting: vi snakker om det dagen etter."),
    ("ring", "Jonas (oppfølger): 400 00 005. Pappa: 400 00 002. Mamma: 400 00 003. "
     "Ring 112 hvis noen er i fare."),
    ("hvis_ikke_virker", "Kari (fagansvarlig) kaller inn til et ekstra lagmøte innen en uke. "
     "Da ser vi på planen sammen og finner ut hva vi gjør annerledes."),
)  # fmt: skip


# --- Goals and tiltak -------------------------------------------------------------------

# Per goal: (area, text, why, ladder -2..+2, ratings at the three held lagmøter).
GOAL_ROWS: Final = (
    (1, "Jeg skal gå på skolen hver dag.",
     "Jeg vil bestå 10. klasse og komme inn på bilfag.",
     ("Er på skolen to dager i uka eller mindre.", "Er på skolen tre dager i uka.",
      "Er på skolen fire dager i uka.",
      "Er på skolen hver dag, men kommer for sent noen ganger.",
      "Er på skolen hver dag og kommer tidsnok."),
     ((-2, "Var på skolen to dager sist uke."),
      (-1, "Tre dager i uka i snitt. Morgenhentingen hjelper."),
      (1, "Hver dag de siste tre ukene, men for sent to ganger."))),
    (3, "Jeg skal være mindre på senteret om kvelden.",
     "Det blir bare bråk når jeg er der.",
     ("Er på senteret nesten hver kveld.", "Er på senteret tre eller fire kvelder i uka.",
      "Er på senteret to kvelder i uka.", "Er på senteret én kveld i uka.",
      "Er ikke på senteret om kvelden."),
     ((-2, "Nesten hver kveld."),
      (-1, "Trening tirsdag og torsdag tar to av kveldene."),
      (0, "Nå mest onsdag og lørdag kveld."))),
    (6, "Jeg skal få jobb og tjene egne penger.",
     "Da slipper jeg å be mamma og pappa om penger.",
     ("Har ikke søkt noen jobber.", "Har skrevet CV.", "Har søkt minst tre jobber.",
      "Har vært på jobbintervju.", "Har fast helgejobb."),
     ((-2, "Har ikke begynt ennå."),
      (0, "Har søkt fem jobber sammen med Jonas."),
      (2, "Jobber på Eksempel Matsenter hver lørdag."))),
    (2, "Vi skal krangle mindre hjemme.",
     "Jeg vil at det skal være godt å være hjemme.",
     ("Vi krangler hver dag, og noen smeller med dører.", "Vi krangler flere ganger i uka.",
      "Vi krangler omtrent én gang i uka.",
      "Vi krangler sjelden og blir fort venner igjen.",
      "Vi løser uenigheter ved å snakke sammen."),
     ((-2, "Krangling nesten hver dag."),
      (-1, "Bedre etter at innetidene ble avtalt."),
      (-1, "Bedre i hverdagen, men fortsatt krangling i helgene."))),
)  # fmt: skip

LADDER_KEYS: Final = ("level_minus2", "level_minus1", "level_0", "level_plus1", "level_plus2")


def _goals(today: date) -> list[dict[str, Any]]:
    return [
        {
            "ref": ref,
            "position": ref - 1,
            "text": text,
            "area": area,
            "why": why,
            **dict(zip(LADDER_KEYS, ladder, strict=True)),
            "created_on": _day(today, LAGMOTER[0]),
            "closed_on": None,
            "ratings": [
                {
                    "lagmote_ref": meeting,
                    "rated_on": _day(today, LAGMOTER[meeting - 1]),
                    "value": value,
                    "note": note,
                }
                for meeting, (value, note) in enumerate(ratings, start=1)
            ],
        }
        for ref, (area, text, why, ladder, ratings) in enumerate(GOAL_ROWS, start=1)
    ]


# (goal ref, responsible ref, text, due, status, done); the support application is late.
TILTAK_ROWS: Final = (
    (1, JONAS, "Jonas henter Emil hjemme klokka 08.00 hver skoledag.",
     NEXT_EVALUATION, "pagar", None),
    (1, LISE, "Egen timeplan med to praktiske timer i uka og ekstra hjelp i matte.",
     -112, "fullfort", -114),
    (2, JONAS, "Emil begynner på fotballtrening igjen tirsdag og torsdag.",
     -116, "fullfort", -118),
    (2, ALI, "Bekymringssamtale med Emil og foreldrene om miljøet på senteret.",
     -116, "fullfort", -118),
    (3, JONAS, "Skrive CV og søke helgejobber sammen med Jonas.", -76, "fullfort", -80),
    (4, INGRID, "Familieveiledning hjemme annenhver uke.", NEXT_EVALUATION, "pagar", None),
    (2, INGRID, "Søke om støtte til fotballkontingent og utstyr.", -9, "planlagt", None),
    (2, JONAS, "Finne et fast tilbud onsdag ettermiddag, for eksempel sykkelverkstedet på "
     "fritidsklubben.", 30, "planlagt", None),
    (None, NORA, "Samtaler med helsesykepleier om søvn.", 20, "pagar", None),
)  # fmt: skip


def _tiltak(today: date) -> list[dict[str, Any]]:
    return [
        {
            "goal_ref": goal,
            "responsible_ref": responsible,
            "text": text,
            "due_on": _day(today, due),
            "status": status,
            "done_on": _day(today, done),
        }
        for goal, responsible, text, due, status, done in TILTAK_ROWS
    ]


# --- The week ---------------------------------------------------------------------------

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def _hm(text: str) -> int:
    """Minutes after midnight for "tt:mm"."""
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


# (weekdays, start, end, kind, title, place). Wednesday afternoon is left empty on purpose.
WEEK_ROWS: Final = (
    ((MON, TUE, WED, THU, FRI), "08:00", "08:30", "oppfolger", "Jonas henter meg", "Hjemme"),
    ((MON, TUE, WED, THU, FRI), "08:30", "14:30", "skole", "Skole",
     "Eksempel ungdomsskole"),
    ((MON,), "15:00", "16:30", "oppfolger", "Matte med Jonas", "Biblioteket"),
    ((TUE, THU), "17:00", "18:30", "aktivitet", "Fotballtrening", "Eksempel kunstgress"),
    ((FRI,), "15:00", "16:30", "oppfolger", "Trening med Jonas", "Eksempel treningssenter"),
    ((SAT,), "10:00", "16:00", "jobb", "Jobb på butikken", "Eksempel Matsenter"),
    ((SUN,), "17:00", "19:00", "familie", "Søndagsmiddag", "Hjemme"),
)  # fmt: skip


def _schedule() -> list[dict[str, Any]]:
    entries = [
        {
            "weekday": day,
            "start_minute": _hm(start),
            "end_minute": _hm(end),
            "kind": kind,
            "title": title,
            "place": place,
        }
        for days, start, end, kind, title, place in WEEK_ROWS
        for day in days
    ]
    return sorted(entries, key=lambda e: (e["weekday"], e["start_minute"]))


# --- Lagmøter ---------------------------------------------------------------------------

# Per lagmøte: (attending member refs, youth's words, notes, decisions,
# action items as (owner, text, due, done)).
MEETINGS: Final = (
    (
        (EMIL, FAR, MOR, KARI, JONAS, INGRID, LISE, ALI, MARIUS),
        "Jeg vil gå på skolen og få meg jobb. Jeg vil ikke at alle skal mase på meg hele tiden.",
        "Første lagmøte. «Min plan» ble gjort ferdig sammen med Emil. Alle gikk gjennom "
        "rollene sine. Tolk var med for mor.",
        (
            "«Min plan» er ferdig, og Emil og foreldrene er enige i den.",
            "Jonas henter Emil hver morgen før skolen.",
            "Kari kaller inn til neste lagmøte om cirka seks uker.",
        ),
        (
            (LISE, "Lage egen timeplan med praktiske fag.", -112, -114),
            (JONAS, "Melde Emil på fotballtrening igjen.", -116, -118),
            (ALI, "Ha bekymringssamtale med Emil og foreldrene.", -116, -118),
        ),
    ),
    (
        (EMIL, FAR, MOR, KARI, JONAS, LISE, ALI, MARIUS),
        "Det går bedre på skolen. Trening er gøy. Jeg vil ha jobb før sommeren.",
        "Oppmøtet på skolen er bedre. Emil har søkt fem jobber. Det er fortsatt mye krangling "
        "hjemme. Barneverntjenesten hadde meldt forfall og sendte en skriftlig oppdatering.",
        (
            "Barneverntjenesten tilbyr familieveiledning hjemme annenhver uke.",
            "Jonas og Emil fortsetter å søke helgejobber.",
        ),
        (
            (INGRID, "Starte familieveiledningen.", -72, -74),
            (JONAS, "Øve på jobbintervju med Emil.", -76, -78),
        ),
    ),
    (
        (EMIL, FAR, MOR, KARI, JONAS, INGRID, LISE, ALI, NORA),
        "Jeg har fått jobb på butikken! Onsdagene er kjedelige, og da blir jeg med de andre "
        "på senteret.",
        "Emil har fått helgejobb. Far har trukket tilbake samtykket til at treneren får "
        "informasjon, så treneren er ikke lenger med i laget. Onsdag ettermiddag har fortsatt "
        "ikke noe fast. Helsesykepleier var med for første gang.",
        (
            "Jonas finner et fast tilbud onsdag ettermiddag sammen med Emil.",
            "Barneverntjenesten søker om støtte til fotballkontingent og utstyr.",
            "Emil begynner med samtaler hos helsesykepleier om søvn.",
        ),
        (
            (NORA, "Avtale første samtale med Emil.", -35, -38),
            (KARI, "Kalle inn til neste lagmøte.", -25, -26),
            (JONAS, "Besøke fritidsklubben og sykkelverkstedet sammen med Emil.", 7, None),
            (INGRID, "Sende søknaden om støtte til fotballkontingent og utstyr.", -20, None),
        ),
    ),
)
# Per held lagmøte: what was said under some items of the §7.6 agenda.
AGENDA_NOTES: Final = (
    (
        ("hva_virker", "At Jonas henter Emil om morgenen, virker allerede."),
        ("familien", "Foreldrene er uenige om innetider. Mor ønsker tolk på alle møter."),
    ),
    (
        ("hva_virker", "Trening to ganger i uka og egen timeplan på skolen."),
        ("familien", "Mye krangling hjemme. Familien vil gjerne ha veiledning."),
    ),
    (
        ("hva_virker", "Jobb og trening gir faste rammer. Onsdagene mangler fortsatt noe."),
        ("familien", "Familieveiledningen har startet. Helgene er fortsatt vanskelige."),
        ("roller", "Treneren er ikke lenger med i laget etter at far trakk samtykket."),
    ),
)
PLANNED_NOTE: Final = (
    "Innkalling er sendt. Møtet kom senere enn seks uker fordi skolen og politiet ikke kunne "
    "før. Tema: tilbud onsdag ettermiddag, søknaden om støtte til fotball og det evalueringen "
    "viste."
)


def _lagmoter(today: date) -> list[dict[str, Any]]:
    held = [_held_meeting(today, ref, meeting) for ref, meeting in enumerate(MEETINGS, 1)]
    planned: dict[str, Any] = {
        "ref": len(MEETINGS) + 1,
        "meeting_on": _day(today, LAGMOTER[-1]),
        "held": False,
        "youth_words": "",
        "notes": PLANNED_NOTE,
        "attendees": [],
        "agenda_notes": [],
        "decisions": [],
        "action_items": [],
    }
    return [*held, planned]


def _held_meeting(today: date, ref: int, meeting: tuple[Any, ...]) -> dict[str, Any]:
    members, youth_words, notes, decisions, actions = meeting
    agenda = AGENDA_NOTES[ref - 1]
    return {
        "ref": ref,
        "meeting_on": _day(today, LAGMOTER[ref - 1]),
        "held": True,
        "youth_words": youth_words,
        "notes": notes,
        "attendees": [*map(_attendee, members), _interpreter()],
        "agenda_notes": [{"item": item, "text": text} for item, text in agenda],
        "decisions": [{"text": text} for text in decisions],
        "action_items": [
            {
                "owner_ref": owner,
                "text": text,
                "due_on": _day(today, due),
                "done_on": _day(today, done),
            }
            for owner, text, due, done in actions
        ],
    }


def _attendee(member: int) -> dict[str, Any]:
    code, name, _organisation, _user = TEAM[member - 1]
    return {"member_ref": member, "name": name, "role": code}


def _interpreter() -> dict[str, Any]:
    """A guest, not on the team: the interpreter for the mother."""
    return {"member_ref": None, "name": INTERPRETER, "role": "annen"}


# --- Evaluering -------------------------------------------------------------------------

# (question, perspective, answer, judgement). On question 3 Emil sees it better than the team.
ANSWERS: Final = (
    (1, "ungdommen", "Jeg er på skolen hver dag nå, og jeg jobber på lørdager.", "bedre"),
    (1, "foresatte", "Han står opp og går på skolen. Vi er stolte av jobben.", "bedre"),
    (1, "oppfolger", "Oppmøtet har gått fra rundt 60 til rundt 90 prosent. Han har fast "
     "trening og jobb.", "bedre"),
    (1, "samarbeidspartnere", "Skolen ser bedre oppmøte og mindre uro i timene.", "bedre"),
    (2, "ungdommen", "Jeg har det bedre. Det er mindre mas.", "bedre"),
    (2, "foresatte", "Han er gladere, men vi krangler fortsatt i helgene.", "bedre"),
    (2, "fagansvarlig", "Bedre på skolen og i fritida. Hjemme er det fortsatt krevende.",
     "bedre"),
    (3, "ungdommen", "Jeg er ikke med på noe nå. Jeg er ferdig med det.", "bedre"),
    (3, "oppfolger", "Han er mindre på senteret, men har fortsatt kontakt med de eldre gutta.",
     "uendret"),
    (3, "samarbeidspartnere", "Ingen nye anmeldelser, men politiet ser ham fortsatt sammen med "
     "eldre ungdommer på senteret, særlig på onsdager.", "uendret"),
    (4, "ungdommen", "Når jeg blir sint, går jeg derfra eller ringer Jonas.", "bedre"),
    (4, "oppfolger", "Han bruker planen ved uønskede hendelser og har gått fra to situasjoner "
     "som kunne endt med vold.", "bedre"),
    (5, "ungdommen", "Mamma og pappa er med på alt. Noen ganger litt for mye.", "uendret"),
    (5, "foresatte", "Vi er med på alle møtene. Med tolk forstår mamma alt.", "bedre"),
    (5, "fagansvarlig", "Begge foreldrene deltar aktivt, og familieveiledningen er i gang.",
     "bedre"),
)  # fmt: skip


def _evaluation(today: date) -> dict[str, Any]:
    return {
        "ref": 1,
        "evaluated_on": _day(today, EVALUATION),
        "period_start": _day(today, IVERKSETTING),
        "period_end": _day(today, EVALUATION),
        "participants": "Emil, far, mor (med tolk), fagansvarlig, én-til-én-oppfølger, "
        "kontaktlærer og nærpolitiet.",
        "recommendation": "viderefores",
        "reasons": "Emil er på skolen nesten hver dag, har fått jobb og har ingen nye "
        "anmeldelser. Han trenger fortsatt voksne rundt seg på ettermiddagene og hjelp med "
        "konfliktene hjemme. Alle er enige om å fortsette.",
        "next_evaluation_on": _day(today, NEXT_EVALUATION),
        "completed": True,
        "perspectives": "ungdommen,foresatte,fagansvarlig,oppfolger,samarbeidspartnere",
        "disagreement_note": "Emil mener selv at han er ferdig med kriminaliteten. Laget ser "
        "fremgang, men er bekymret for kontakten med de eldre gutta. Vi følger med på dette "
        "fram til neste evaluering.",
        "resume_page": 0,
        "answers": [
            {"question": q, "perspective": p, "text": t, "judgement": j} for q, p, t, j in ANSWERS
        ],
    }
