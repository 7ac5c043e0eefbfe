"""Deterministic extraction of police-recorded crime statistics from news text.

Pure Python (regexes, lookup CSVs, text2num); imports nothing from Dagster.

    extract_mentions(text)  -> list[Mention]    every statement, with sentence offsets
    reconcile(mentions, doc) -> list[Statistic] one per (area, period, offence)
    extract(text, doc)       -> list[Statistic]
    extract_file(path)       -> list[Statistic] doc = file name without extension
"""

from __future__ import annotations

from pathlib import Path

from .mentions import extract_mentions
from .model import MEASURES, Measure, Mention, Statistic
from .reconcile import reconcile


def extract(text: str, doc: str) -> list[Statistic]:
    """The statistics ``text`` states, as the spec's rows for document ``doc``."""
    return reconcile(extract_mentions(text), doc)


def extract_file(path: str | Path) -> list[Statistic]:
    p = Path(path)
    text = p.read_text(encoding="utf-8", errors="replace")
    return extract(text, p.stem)


__all__ = [
    "MEASURES",
    "Measure",
    "Mention",
    "Statistic",
    "extract",
    "extract_file",
    "extract_mentions",
    "reconcile",
]
