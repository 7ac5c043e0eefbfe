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


# ---------------------------------------------------------------- fast scans = plain scans
#
# The extractor finds numbers, sentence ends, asides and keyword matches by trying its patterns
# only where a match can start (see crimestats/extraction/fastre.py).  Each must give exactly the
# matches of the plain ``re`` scan it replaces.

SCAN_FRAGMENTS = FRAGMENTS + [
    "one",
    "Twenty-One",
    "a half",
    "a-third",
    "two thirds",
    "halved",
    "x5",
    "-5",
    "+12.7%",
    "−3",
    "£ 5",
    "$5bn",
    "1,234.5",
    "5.2 million",
    "often",
    "someone",
    "ı",
    "ſ",
    "İ",
    "K",
    ", which includes assault,",
    " – including trafficking – ",
    "(including",
    "such as",
    "SUCH AS",
    "ſuch as",
    "will",
    "\nPoint",
    "by 2025",
    "remained stable",
    "is up",
    "arrests",
    ". ",
    "! ",
    "? ",
    ";\n",
    ":  \n",
    "” ",
    ") ",
    "Mr. ",
    "■ ",
    "the last 12 months",
    "in the first half of 2021",
    "since March 2009 to March 2013",
    "the 1st of April",
    "THE YEAR TO MARCH 2019",
    "over the same period",
    "in Leeds",
    "١٢ months",
    "a hundred and four",
    "A  dozen",
    "a-third",
    "a\nthousand",
]
SCAN_TEXT = st.lists(st.sampled_from(SCAN_FRAGMENTS) | st.text(max_size=6), max_size=30).map(
    "".join
)


@SETTINGS
@given(SCAN_TEXT)
def test_number_scan_matches_plain_finditer(text):
    from crimestats.extraction.numbers import NUMBER_RE, find_numbers

    plain = [(m.span(), m.groupdict()) for m in NUMBER_RE.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in find_numbers(text)] == plain


@SETTINGS
@given(SCAN_TEXT)
def test_sentence_end_scan_matches_plain_finditer(text):
    from crimestats.extraction.text import _END_RE, _end_matches

    assert [m.span() for m in _end_matches(text)] == [m.span() for m in _END_RE.finditer(text)]


@SETTINGS
@given(SCAN_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_aside_scan_matches_plain_finditer(text, a, b):
    from crimestats.extraction.text import ASIDE_RE, aside_spans

    s, e = sorted((min(a, len(text)), max(0, len(text) - b)))
    low = text.lower()
    low = low if len(low) == len(text) and "ı" not in text and "ſ" not in text else None
    plain = [(m.start(), m.end()) for m in ASIDE_RE.finditer(text, s, e)]
    assert aside_spans(text, low, s, e) == plain


@SETTINGS
@given(SCAN_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_keyword_searches_match_plain_search(text, a, b):
    from crimestats.extraction import mentions as mx

    low = text.lower()
    if len(low) != len(text) or mx._FOLDED is None:
        return
    s, e = sorted((min(a, len(low)), max(0, len(low) - b)))
    for key, fast in mx._WORD_LED.items():
        plain = getattr(mx._FOLDED, key).search(low, s, e)
        got = fast.search(low, s, e)
        assert (got and (got.span(), got.groupdict())) == (
            plain and (plain.span(), plain.groupdict())
        )


@SETTINGS
@given(SCAN_TEXT)
def test_narrowed_period_start_changes_no_match(text):
    import re

    from crimestats.extraction import periods

    assert periods._START_NARROW in periods.PERIOD_RE.pattern
    plain = re.compile(periods.PERIOD_RE.pattern.replace(periods._START_NARROW, periods._START, 1))
    got = [(m.span(), m.groupdict()) for m in periods.PERIOD_RE.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
