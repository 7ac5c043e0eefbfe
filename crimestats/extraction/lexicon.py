"""Lookup tables (offence phrases, gazetteer, offence hierarchy) and their compiled matchers.

The tables are data: CSV seeds of the dbt project (``dbt_project/seeds``), loaded once at import.
Set ``CRIMESTATS_SEEDS_DIR`` to read them from elsewhere.  Phrase lists are compiled into
prefix-trie regexes so one C-level scan of a document finds every phrase, longest match first.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SEEDS_DIR = Path(
    os.environ.get("CRIMESTATS_SEEDS_DIR")
    or Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"
)

# Uses of crime words that name no offence category ("Police and Crime Commissioner", "crime
# figures").  They sit in the same trie as the offence phrases so that the longest match wins
# and swallows the bare "crime".  This is grammar of the genre, not a category table.
NON_OFFENCE_PHRASES: tuple[str, ...] = (
    "police and crime commissioner",
    "police and crime commissioners",
    "police and crime plan",
    "police and crime panel",
    "police crime commissioner",
    "crime commissioner",
    "crime survey",
    "crime survey for england and wales",
    "british crime survey",
    "crime figures",
    "crime statistics",
    "crime stats",
    "crime data",
    "crime numbers",
    "crime trends",
    "organised crime",
    "organised crime groups",
    "serious organised crime",
    "crime groups",
    "crime gangs",
    "crime and justice",
    "crime prevention",
    "crime reduction",
    "crime scene",
    "crime team",
    "crime unit",
    "crime map",
    "crime maps",
    "crime and policing",
    "crime recording",
    "crime and disorder",
    "crime fighting",
    "crime-fighting",
    "crimestoppers",
    "crime stoppers",
    "crime severity score",
    "criminal justice",
    "crime hotspots",
    "crime hotspot",
    "online crime dashboard",  # "the Met's online crime dashboard": a website, no offence
    "online crime map",
    "online crime reporting",
)

# Nouns that count offences of the topic already under discussion ("there were 872 incidents").
TOPIC_NOUNS: tuple[str, ...] = (
    "incident",
    "incidents",
    "case",
    "cases",
    "reports",
    "instances",
    "occurrences",
    "offences of this type",
    "crimes of this type",
    "offence group",  # "Nationally, the offence group rose by 7 per cent"
)

# Groupings that name offences but match no category of the spec (police.uk's street-level crime
# types): their figures are read and then left out, never given to a neighbouring category.
UNMAPPED_GROUPS: tuple[str, ...] = (
    "violence and sexual offences",
    "violence and sexual offence",
    "public disorder and weapons",
    "other crime",
    "other crimes",
    # a part of robbery with no category of its own ("knife-enabled robbery rose by 9 per cent")
    "knife-enabled robbery",
    "knife-enabled robberies",
    "knife enabled robbery",
    "knifepoint robbery",
    "knifepoint robberies",
    "knife-point robbery",
    "knife-point robberies",
    "knife robbery",
    "knife robberies",
    # parts of other theft with no category of their own
    "livestock thefts",
    "livestock theft",
    "thefts of livestock",
)

TOPIC = "_topic"
UNMAPPED = "_unmapped"
GENERIC_TOTAL = "total_recorded_crime"


def _read_csv(name: str) -> list[dict[str, str]]:
    path = SEEDS_DIR / name
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def trie_pattern(words: Iterable[str], flexible_space: bool = True) -> str:
    """A regex alternation of ``words`` factored as a prefix trie (fast in ``re``).

    With ``flexible_space`` a space in a word matches any run of spaces/hyphens.
    """
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            if flexible_space and ch in " -":
                piece = r"[\s\-]+"
            elif ch == "'":
                piece = "['’]"
            else:
                piece = re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


def _plural_forms(phrase: str) -> list[str]:
    forms = [phrase]
    last = phrase.rsplit(" ", 1)[-1]
    if last.endswith("y") and not last.endswith(("ey", "ay", "oy")):
        forms.append(phrase[:-1] + "ies")
    elif not last.endswith("s") and last.isalpha():
        forms.append(phrase + "s")
    return forms


@dataclass(frozen=True)
class AreaInfo:
    name: str  # canonical name
    area_type: str
    parent: str
    ons_code: str


def _load_offences() -> tuple[dict[str, str | None], re.Pattern[str]]:
    table: dict[str, str | None] = {}
    for row in _read_csv("offence_phrases.csv"):
        phrase = " ".join(row["phrase"].lower().replace("-", " ").split())
        if not phrase or not row["offence"]:
            continue
        for form in _plural_forms(phrase):
            table.setdefault(form, row["offence"])
    for phrase in UNMAPPED_GROUPS:
        table[phrase] = UNMAPPED
    for phrase in NON_OFFENCE_PHRASES:
        table.setdefault(" ".join(phrase.replace("-", " ").split()), None)
    for phrase in TOPIC_NOUNS:
        table.setdefault(phrase, TOPIC)
    pattern = re.compile(r"(?<![\w\-])(?:" + trie_pattern(table) + r")(?![\w\-])", re.IGNORECASE)
    return table, pattern


def _load_hierarchy() -> tuple[dict[str, str], dict[str, str]]:
    parents: dict[str, str] = {}
    labels: dict[str, str] = {}
    for row in _read_csv("offence_hierarchy.csv"):
        parents[row["offence"]] = row["parent_offence"]
        labels[row["offence"]] = row["label"]
    return parents, labels


def _load_areas() -> tuple[dict[str, AreaInfo], re.Pattern[str]]:
    rows = _read_csv("area_names.csv")
    by_name = {r["name"]: r for r in rows}
    infos: dict[str, AreaInfo] = {}
    for r in rows:
        canon = r.get("canonical") or r["name"]
        base = by_name.get(canon, r)
        infos[r["name"]] = AreaInfo(canon, base["area_type"], base["parent"], base["ons_code"])
    pattern = re.compile(
        r"(?<![\w\-])(?:" + trie_pattern(infos, flexible_space=False) + r")(?!\w|-(?!wide\b))"
    )
    return infos, pattern


OFFENCE_TABLE, OFFENCE_RE = _load_offences()
OFFENCE_PARENT, OFFENCE_LABEL = _load_hierarchy()
AREAS, AREA_RE = _load_areas()
CANONICAL_AREAS: dict[str, AreaInfo] = {a.name: a for a in AREAS.values()}


@lru_cache(maxsize=8192)
def offence_of(matched: str) -> str | None:
    """The category of a phrase matched by OFFENCE_RE (None for a non-offence use)."""
    key = " ".join(matched.lower().replace("-", " ").replace("’", "'").split())
    return OFFENCE_TABLE.get(key)


def _ancestors(offence: str) -> tuple[str, ...]:
    out: list[str] = []
    cur = OFFENCE_PARENT.get(offence, "")
    while cur and cur not in out:
        out.append(cur)
        cur = OFFENCE_PARENT.get(cur, "")
    return tuple(out)


# the hierarchy is fixed at import: chains are computed once per offence and reused
_ANCESTORS: dict[str, tuple[str, ...]] = {}


def ancestors_of(offence: str) -> tuple[str, ...]:
    got = _ANCESTORS.get(offence)
    if got is None:
        got = _ANCESTORS[offence] = _ancestors(offence)
    return got


def ancestors(offence: str) -> list[str]:
    return list(ancestors_of(offence))


def is_descendant(child: str, parent: str) -> bool:
    return parent in ancestors_of(child)


def specificity(offence: str) -> int:
    return len(ancestors_of(offence))
