"""Data model shared by the extractor, the warehouse loader and the CLI.

A *mention* is one statement of a statistic in one sentence of a document: the
(area, period, offence) it is about and every measure that sentence states, each
with the interval of true values the wording is consistent with ("17%" holds for
any true value in [16.5, 17.5); "almost a fifth" for values just below 20).

A *statistic* is what the spec (../shared/extraction-spec.md) scores: one per
(document, area, period, offence) after the mentions that state the same thing
have been reconciled (most precise value, most specific offence; disagreements
beyond rounding kept and flagged as conflicts).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

MEASURES: tuple[str, ...] = (
    "count",
    "previous_count",
    "change_pct",
    "change_abs",
    "rate_per_1000",
)


@dataclass(frozen=True)
class Measure:
    """A stated value and the interval [low, high] of true values its wording allows."""

    value: float
    low: float
    high: float
    phrase: str = ""  # the words it was read from, e.g. "almost a fifth", "17%"
    # value of one unit in the last stated digit (1 for "30", 0.1 for "30.8"); 0 when the
    # wording is not a plain number and so cannot be a truncation ("almost a fifth")
    unit: float = 0.0

    @property
    def width(self) -> float:
        return self.high - self.low


@dataclass
class Mention:
    """One statement of a statistic in one sentence."""

    area: str
    period_start: str | None  # "YYYY-MM"
    period_end: str | None  # "YYYY-MM"
    offence: str
    offence_phrase: str
    sentence: str
    start: int  # character offsets of `sentence` in the document text: text[start:end] == sentence
    end: int
    count: Measure | None = None
    previous_count: Measure | None = None
    change_pct: Measure | None = None
    change_abs: Measure | None = None
    rate_per_1000: Measure | None = None
    direction: str | None = None  # "up" | "down" | "same", only when no number is given

    def measures(self) -> dict[str, Measure]:
        return {m: getattr(self, m) for m in MEASURES if getattr(self, m) is not None}


@dataclass
class Statistic:
    """One reconciled statistic in the spec's JSON form, with its evidence."""

    doc: str
    area: str
    period_start: str | None
    period_end: str | None
    offence: str
    count: float | None = None
    previous_count: float | None = None
    change_pct: float | None = None
    change_abs: float | None = None
    rate_per_1000: float | None = None
    direction: str | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)  # [{sentence, start, end}]
    conflict: bool = False
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for m in MEASURES:
            v = out[m]
            if isinstance(v, float) and v.is_integer():
                out[m] = int(v)
        return out
