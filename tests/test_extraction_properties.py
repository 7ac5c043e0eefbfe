"""Property tests: the extractor never raises and its offsets always slice the input."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crimestats.extraction import extract, extract_mentions

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
FRAGMENTS = [
    "Violence: 11,302 (7,394)",
    "Robbery – Down by 6.1 per cent",
    "■ 6,418 theft offences, down four percent",
    "between July 2017 and June 2018",
    "in the 12 months to the end of June",
    "almost a fifth",
    "more than doubled",
    "Across England and Wales,",
    "The figures across Northamptonshire were;",
    "£6.8m",
    " per 1,000 people",
    "“",
    "”",
    "\n",
    "2012/13",
    "one in every 10",
    "no homicides",
    "Offence | 2016-17 | 2017-18 | Change",
    "Burglary | 1,402 | 1,359 | -3.1%",
    "2017: 5,611",
]

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    mentions = extract_mentions(text)
    for m in mentions:
        assert text[m.start : m.end] == m.sentence
        for meas in m.measures().values():
            assert meas.low <= meas.value <= meas.high or meas.low <= meas.high
    for stat in extract(text, "doc"):
        for ev in stat.evidence:
            assert text[ev["start"] : ev["end"]] == ev["sentence"]
        stat.to_json()


@SETTINGS
@given(st.text())
def test_arbitrary_text_never_raises(text):
    _check(text)


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=40).map("".join))
def test_genre_fragment_soup_never_raises(text):
    _check(text)


@SETTINGS
@given(
    st.sampled_from(SEED_TEXTS or ["In Leeds, crime rose by 5 per cent in 2019."]),
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=6000), st.integers(0, 40), st.text(max_size=8)
        ),
        max_size=12,
    ),
)
def test_mutated_articles_never_raise(base, edits):
    text = base
    for pos, cut, insert in edits:
        pos = pos % (len(text) + 1)
        text = text[:pos] + insert + text[pos + cut :]
    _check(text)
