"""A district-sized database for the start-up benchmark: many youths, years of ratings.

Each youth is the demo case under another fictional name, with a lagmøte every six weeks,
every goal rated at each, and a kartlegging every six months, over the given years. It goes
in through the program's own import, one youth a transaction.
"""

from __future__ import annotations

import copy
import os
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from lagmote.db.engine import open_database
from lagmote.db.store import Actor, Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo

FIRST = ("Ali", "Jonas", "Sara", "Maja", "Omar", "Emma", "Noah", "Ida", "Yusuf", "Nora")
LAST = ("Fiktivsen", "Eksempelsen", "Prøvesen", "Testberg", "Demodal")


def _youth_document(template: dict[str, Any], number: int, years: int, today: date) -> Any:
    doc = copy.deepcopy(template)
    youth = doc["youth"]
    youth["uid"] = str(uuid.UUID(int=number + 1))
    youth["first_name"] = FIRST[number % len(FIRST)]
    youth["last_name"] = f"{LAST[number % len(LAST)]} {number}"
    _add_history(doc, years, today)
    return doc


def _add_history(doc: dict[str, Any], years: int, today: date) -> None:
    start = today - timedelta(days=365 * years)
    meetings = []
    day, ref = start, 1000
    while day < today - timedelta(days=200):
        meetings.append({"ref": ref, "meeting_on": day.isoformat(), "held": True,
                         "youth_words": "", "notes": "", "attendees": [], "agenda_notes": [],
                         "decisions": [],
                         "action_items": [{"owner_ref": None, "text": "Oppgave", "due_on":
                                           day.isoformat(), "done_on": day.isoformat()}]})
        for goal in doc["goals"]:
            goal["ratings"].insert(0, {"lagmote_ref": ref, "rated_on": day.isoformat(),
                                       "value": (ref % 5) - 2, "note": ""})
        day, ref = day + timedelta(days=42), ref + 1
    doc["lagmoter"] = meetings + doc["lagmoter"]
    _add_kartlegginger(doc, start, today)


def _add_kartlegginger(doc: dict[str, Any], start: date, today: date) -> None:
    template = doc["kartlegginger"][0]
    extra = []
    day = start
    while day < today - timedelta(days=200):
        item = copy.deepcopy(template)
        item["assessed_on"] = day.isoformat()
        extra.append(item)
        day += timedelta(days=182)
    doc["kartlegginger"] = extra + doc["kartlegginger"]


def build_district(path: Path, youths: int, years: int, passphrase: str) -> dict[str, int]:
    """Fill a new encrypted database at ``path``; returns the row counts it made."""
    os.environ["LAGMOTE_PASSPHRASE"] = passphrase
    database = open_database(str(path))
    store = Store(database.engine, Actor("benchmark"))
    today = date.today()
    template = build_demo(today)
    ratings = 0
    for number in range(youths):
        doc = _youth_document(template, number, years, today)
        ratings += sum(len(goal["ratings"]) for goal in doc["goals"])
        import_document(store, doc)
    database.dispose()
    return {"ungdommer": youths, "målvurderinger": ratings}
