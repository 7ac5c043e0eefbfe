"""Deterministic extraction of police-recorded crime statistics from news text.

Pure Python (regexes, lookup CSVs, text2num); imports nothing from Dagster.

    extract_mentions(text)  -> list[Mention]    every statement, with sentence offsets
    reconcile(mentions, doc) -> list[Statistic] one per (area, period, offence)
    extract(text, doc)       -> list[Statistic]
    extract_file(path)       -> list[Statistic] doc = file name without extension
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import MEASURES, Measure, Mention, Statistic

if TYPE_CHECKING:
    from .mentions import extract_mentions
    from .reconcile import reconcile

# The extractor proper (its regexes and lookup tables, ~0.5 s to build) is imported on first
# use, so that code needing only the data model (the warehouse, Dagster's definitions) does
# not pay for it.
_LAZY = {"extract_mentions": ".mentions", "reconcile": ".reconcile"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract(text: str, doc: str) -> list[Statistic]:
    """The statistics ``text`` states, as the spec's rows for document ``doc``."""
    from .mentions import extract_mentions
    from .reconcile import reconcile

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
