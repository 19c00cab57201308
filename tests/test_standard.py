"""Tests for lagmote.standard: the Oslostandard's fixed texts as data."""

import dataclasses
from collections.abc import Mapping

import pytest

from lagmote import standard
from lagmote.standard import (
    ACUTE_INTAKE_DAYS,
    ACUTE_INTAKE_DEADLINE,
    AREAS,
    CORE_GROUPS,
    DEADLINES,
    EVALUATION_INTERVAL_DAYS,
    EVALUATION_PERSPECTIVES,
    EVALUATION_QUESTIONS,
    GOAL_LADDER,
    INCIDENT_PLAN_FIELDS,
    KARTLEGGING_SCALE,
    LAGMOTE_AGENDA,
    LAGMOTE_INTERVAL_DAYS,
    PERSPECTIVES,
    PLAN_GROUPS,
    PLAN_SECTIONS,
    RECOMMENDATIONS,
    ROLE_GROUPS,
    ROLES,
    STEPS,
    area,
    area_by_key,
    deadline,
    missing_core_groups,
    role,
    step_kind,
)

# The area names of §7.3 as DOMAIN.md lists them (8 uses the short form given there).
DOMAIN_AREA_NAMES = (
    "Skole og utdanning",
    "Familie og omsorgssituasjon",
    "Venner og fritid",
    "Psykisk og fysisk helse",
    "Tidligere og nåværende atferd",
    "Motivasjon og endringsvilje",
    "Kriminalitetshistorikk",
    "Ungdommens nettverk",
    "Interesser",
    "Ungdommens beskyttelses- og risikofaktorer",
    "Familiens styrker og behov",
    "Sikkerhet",
)

ROLE_CODES = (
    "ungdommen",
    "foresatt",
    "fagansvarlig",
    "oppfolger",
    "barnevern",
    "utekontakten",
    "salto",
    "helse",
    "skole",
    "politi",
    "nav",
    "konfliktradet",
    "kriminalomsorgen",
    "familieveileder",
    "fritid",
    "annen",
)

STEP_KEYS = (
    "henvisning",
    "inntaksmote",
    "oppstartsmote",
    "kartlegging",
    "iverksetting",
    "forste_lagmote",
    "lagmote",
    "evaluering",
    "avslutning",
)


# --- areas -----------------------------------------------------------------------------------


def test_twelve_areas_numbered_in_order() -> None:
    assert len(AREAS) == 12
    assert [a.number for a in AREAS] == list(range(1, 13))


def test_area_names_match_domain() -> None:
    assert tuple(a.name for a in AREAS) == DOMAIN_AREA_NAMES


def test_area_keys_unique_ascii_slugs() -> None:
    keys = [a.key for a in AREAS]
    assert len(set(keys)) == 12
    for key in keys:
        assert key.isascii()
        assert key == key.lower()
        assert key.replace("_", "").isalpha()


def test_area_keys_as_documented() -> None:
    assert [a.key for a in AREAS] == [
        "skole",
        "familie",
        "venner_fritid",
        "helse",
        "atferd",
        "motivasjon",
        "kriminalitet",
        "nettverk",
        "interesser",
        "beskyttelse_risiko",
        "familiens_styrker",
        "sikkerhet",
    ]


def test_sensitive_areas_are_4_7_12() -> None:
    assert {a.number for a in AREAS if a.sensitive} == {4, 7, 12}


def test_short_names_fit_radar() -> None:
    for a in AREAS:
        assert 0 < len(a.short_name) <= 14, a.short_name
    assert len({a.short_name for a in AREAS}) == 12


def test_area_descriptions_are_one_sentence() -> None:
    for a in AREAS:
        assert a.description.endswith(".")
        assert a.description.count(". ") == 0, a.description


def test_area_lookup() -> None:
    assert area(1).name == "Skole og utdanning"
    assert area(12).key == "sikkerhet"
    assert area_by_key("nettverk").number == 8
    for bad in (0, 13, -1):
        with pytest.raises(ValueError, match="area"):
            area(bad)
    with pytest.raises(ValueError, match="area"):
        area_by_key("nope")


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        AREAS[0].name = "x"  # type: ignore[misc]


# --- scale and perspectives -----------------------------------------------------------------


def test_scale_values_contiguous() -> None:
    assert [s.value for s in KARTLEGGING_SCALE] == [1, 2, 3, 4, 5]
    assert KARTLEGGING_SCALE[0].label == "Stor bekymring"
    assert KARTLEGGING_SCALE[-1].label == "Bra – en styrke"
    assert len({s.label for s in KARTLEGGING_SCALE}) == 5
    for step in KARTLEGGING_SCALE:
        assert step.description.endswith(".")


def test_perspectives() -> None:
    assert PERSPECTIVES == {"ungdom": "Ungdommens vurdering", "lag": "Lagets vurdering"}


# --- roles ----------------------------------------------------------------------------------


def test_role_codes_exact_order_and_unique() -> None:
    codes = tuple(r.code for r in ROLES)
    assert codes == ROLE_CODES
    assert len(set(codes)) == len(codes)


def test_role_groups_valid() -> None:
    for r in ROLES:
        assert r.group in ROLE_GROUPS
    assert role("ungdommen").group == "ungdom"
    assert role("foresatt").group == "familie"
    assert role("skole").group == "skole"
    assert role("politi").group == "politi"
    assert role("oppfolger").group == "bydel"


def test_role_names() -> None:
    assert role("oppfolger").name == "Én-til-én-oppfølger"
    assert role("barnevern").name == "Barneverntjenesten"
    assert role("salto").name == "SaLTo-koordinator"
    assert role("helse").name == "Forebyggende helsetjenester"
    assert role("politi").name == "Politi (nærpolitiet)"


def test_responsibilities_present_except_annen() -> None:
    for r in ROLES:
        if r.code == "annen":
            assert r.responsibilities == ()
        else:
            assert r.responsibilities, r.code
        for text in r.responsibilities:
            assert text.endswith("."), text
        assert r.section.startswith("§")


def test_role_unknown_raises() -> None:
    with pytest.raises(ValueError, match="role"):
        role("rektor")


# --- core groups ----------------------------------------------------------------------------


def test_core_groups() -> None:
    assert CORE_GROUPS == {"bydel": "Bydel", "skole": "Skole", "politi": "Politi"}


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        ([], ["bydel", "skole", "politi"]),
        (["ungdommen", "foresatt"], ["bydel", "skole", "politi"]),
        (["oppfolger"], ["skole", "politi"]),
        (["barnevern", "skole"], ["politi"]),
        (["politi", "skole", "fagansvarlig"], []),
        (["helse", "politi"], ["skole"]),
        (["nav", "fritid", "annen"], ["bydel", "skole", "politi"]),
        (["ukjent", "skole", "ukjent"], ["bydel", "politi"]),
    ],
)
def test_missing_core_groups(codes: list[str], expected: list[str]) -> None:
    assert missing_core_groups(codes) == expected


def test_missing_core_groups_accepts_any_iterable() -> None:
    assert missing_core_groups(c for c in ("salto", "politi")) == ["skole"]
    assert missing_core_groups({"skole"}) == ["bydel", "politi"]


# --- steps and deadlines --------------------------------------------------------------------


def test_steps_order() -> None:
    assert tuple(s.key for s in STEPS) == STEP_KEYS
    assert step_kind("inntaksmote").name == "Inntaksmøte"
    assert step_kind("forste_lagmote").name == "Første lagmøte"
    assert step_kind("evaluering").name == "Jevnlig evaluering"
    with pytest.raises(ValueError, match="step"):
        step_kind("nope")


def test_deadline_steps_are_step_keys() -> None:
    keys = set(STEP_KEYS)
    for d in (*DEADLINES, ACUTE_INTAKE_DEADLINE):
        assert d.step in keys
        assert d.after in keys
        assert d.days > 0
        assert d.text


def test_deadline_rules() -> None:
    rules = {(d.step, d.after): d.days for d in DEADLINES}
    assert rules == {
        ("inntaksmote", "henvisning"): 28,
        ("oppstartsmote", "inntaksmote"): 7,
        ("iverksetting", "inntaksmote"): 2,
        ("forste_lagmote", "oppstartsmote"): 7,
        ("lagmote", "lagmote"): 42,
        ("evaluering", "iverksetting"): 182,
    }
    assert len(DEADLINES) == len(rules)
    assert ACUTE_INTAKE_DAYS == 7
    assert LAGMOTE_INTERVAL_DAYS == 42
    assert EVALUATION_INTERVAL_DAYS == 182
    assert ACUTE_INTAKE_DEADLINE.days == ACUTE_INTAKE_DAYS
    assert (ACUTE_INTAKE_DEADLINE.step, ACUTE_INTAKE_DEADLINE.after) == (
        "inntaksmote",
        "henvisning",
    )


def test_deadline_lookup() -> None:
    assert deadline("lagmote", "lagmote").days == LAGMOTE_INTERVAL_DAYS
    assert deadline("oppstartsmote", "inntaksmote").text == (
        "Oppstartsmøtet skal holdes senest én uke etter inntaksmøtet."
    )
    with pytest.raises(ValueError, match="deadline"):
        deadline("avslutning", "henvisning")


# --- Min plan -------------------------------------------------------------------------------


def test_plan_sections() -> None:
    assert [(s.key, s.group) for s in PLAN_SECTIONS] == [
        ("mal", "meg"),
        ("onsker", "meg"),
        ("styrker", "meg"),
        ("utfordringer", "meg"),
        ("motivasjon", "fremtid"),
        ("ambivalens", "fremtid"),
        ("trygghet", "fremtid"),
        ("omfang", "oppfolging"),
        ("innhold", "oppfolging"),
        ("hverdag", "oppfolging"),
        ("behov", "oppfolging"),
    ]
    assert PLAN_SECTIONS[0].prompt == "Hva vil du oppnå?"


def test_incident_plan_fields() -> None:
    assert [f.key for f in INCIDENT_PLAN_FIELDS] == [
        "varseltegn",
        "ungdommen_gjor",
        "voksne_gjor",
        "ring",
        "hvis_ikke_virker",
    ]
    assert {f.group for f in INCIDENT_PLAN_FIELDS} == {"hendelser"}


def test_plan_texts_complete() -> None:
    all_sections = (*PLAN_SECTIONS, *INCIDENT_PLAN_FIELDS)
    assert len({s.key for s in all_sections}) == len(all_sections)
    for s in all_sections:
        assert s.group in PLAN_GROUPS
        assert s.title
        assert s.prompt.endswith("?"), s.prompt


# --- lagmøte --------------------------------------------------------------------------------


def test_agenda_order() -> None:
    assert [a.key for a in LAGMOTE_AGENDA] == [
        "ungdommens_ord",
        "siden_sist",
        "maal",
        "hva_virker",
        "roller",
        "hvem_gjor_hva",
        "familien",
        "koordinering",
        "neste_mote",
    ]
    for item in LAGMOTE_AGENDA:
        assert item.title
        assert item.prompt.endswith("?")


# --- evaluering -----------------------------------------------------------------------------


def test_evaluation_questions() -> None:
    assert len(EVALUATION_QUESTIONS) == 5
    for q in EVALUATION_QUESTIONS:
        assert q.endswith("?")
        assert q == q.strip()
        assert "  " not in q
        assert "\n" not in q
    assert EVALUATION_QUESTIONS[0].startswith("Hvordan er ungdommens deltakelse")
    assert EVALUATION_QUESTIONS[3].endswith("utsette andre for vold og trusler?")
    assert EVALUATION_QUESTIONS[4] == "Hvordan er foresatte involvert i oppfølgingen?"


def test_evaluation_code_lists() -> None:
    assert list(EVALUATION_PERSPECTIVES) == [
        "ungdommen",
        "foresatte",
        "fagansvarlig",
        "oppfolger",
        "samarbeidspartnere",
    ]
    assert EVALUATION_PERSPECTIVES["oppfolger"] == "Én-til-én-oppfølger"
    assert set(RECOMMENDATIONS) == {"avsluttes", "viderefores"}


# --- goal ladder and code lists -------------------------------------------------------------


def test_goal_ladder() -> None:
    assert [s.value for s in GOAL_LADDER] == [-2, -1, 0, 1, 2]
    assert GOAL_LADDER[2].label == "Som ventet"


@pytest.mark.parametrize(
    "name",
    [
        "PERSPECTIVES",
        "CORE_GROUPS",
        "ROLE_GROUPS",
        "PLAN_GROUPS",
        "EVALUATION_PERSPECTIVES",
        "JUDGEMENTS",
        "RECOMMENDATIONS",
        "TILTAK_STATUSES",
        "SCHEDULE_KINDS",
        "REFERRAL_SOURCES",
        "CONSENT_FORMS",
        "GENDERS",
    ],
)
def test_code_lists_have_ascii_keys(name: str) -> None:
    mapping = getattr(standard, name)
    assert isinstance(mapping, Mapping)
    assert mapping
    for key, label in mapping.items():
        assert key.isascii(), key
        assert key.replace("_", "").isalpha(), key
        assert isinstance(label, str)
        assert label


def test_code_lists_keys() -> None:
    assert list(standard.TILTAK_STATUSES) == ["planlagt", "pagar", "fullfort", "avbrutt"]
    assert list(standard.SCHEDULE_KINDS) == [
        "skole",
        "aktivitet",
        "oppfolger",
        "jobb",
        "familie",
        "annet",
    ]
    assert list(standard.REFERRAL_SOURCES) == ["barnevern", "skole", "politi", "bydel", "annen"]
    assert list(standard.CONSENT_FORMS) == ["skriftlig", "muntlig"]
    assert list(standard.GENDERS) == ["gutt", "jente", "annet"]


def test_all_is_complete() -> None:
    for name in standard.__all__:
        assert hasattr(standard, name), name
