"""Numbers as the genre writes them, and the interval of true values each wording allows.

Digits ("21,000", "5.2", "1.3 million"), number words ("four", "twenty-one"; converted with
text2num's ``alpha2digit`` on the short matched string only), fractions and multiples
("almost a fifth", "more than a quarter", "doubled") and hedges ("nearly", "just under").
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit  # type: ignore[import-untyped]

from .lexicon import trie_pattern
from .model import Measure

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety"
).split()
_WORD = r"(?:" + trie_pattern(_SMALL, flexible_space=False) + r")"
_SCALE = r"(?:hundred|thousand|million)"

# One regex over the whole document finds every numeric expression.
NUMBER_RE = re.compile(
    r"(?P<cur>[£$€]\s?)?"
    r"(?<![\w.,/])"
    r"(?P<sign>[+\-−](?=\d))?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s?(?:m|bn|k|million|billion|thousand)(?![\w]))?"
    r"|(?<![\w\-])(?=[A-Za-z])(?:(?P<words>(?i:(?:a[\s\-]+(?:hundred|thousand|dozen)|"
    + _WORD
    + r")(?:[\s\-]+(?:and[\s\-]+)?(?:"
    + _WORD
    + r"|"
    + _SCALE
    + r"))*))(?![\w\-])"
    r"|(?P<frac>(?i:(?:(?:a|one|two|three)[\s\-](?:half|third|quarter|fifth|tenth|thirds|quarters"
    r"|fifths)|half|doubled|tripled|trebled|quadrupled|halved"
    # "nearly double the 416 of a year earlier"
    # ... and "saw burglary more than double, from 100 offences to 230"
    r"|(?:double|twice)(?=\s+the\s+\d|,?\s+(?:from|to)\s+\d))))(?![\w\-]))",
    re.ASCII,
)

# ``NUMBER_RE.finditer`` tries the pattern at every position of the document.  A match can only
# start at a currency sign, a sign or the first digit of a run of digits, or at the start of a word
# that begins like a number word; ``find_numbers`` tries it at those positions only (found with
# one cheap character-class scan and a few ``bytes.find`` loops), which gives the same matches.
_DIGIT_START_RE = re.compile(r"[£$€]|[+\-−]?[0-9]+")
_WORD_NEEDLES = tuple(
    w.encode()
    for w in (
        "zero one tw thr four fiv six seven eigh nin ten elev thir fort hal doub tri treb quad "
        "fif quar hun thou doz"
    ).split()
)
# needles that can also be the second word of "a half", "a third", "a quarter", "a fifth", "a
# tenth", "a hundred", "a thousand", "a dozen"
_FRACTION_NEEDLES = frozenset((b"hal", b"thir", b"quar", b"fif", b"ten", b"hun", b"thou", b"doz"))
_WORDISH = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def find_numbers(text: str) -> list[re.Match[str]]:
    """The matches of ``NUMBER_RE.finditer(text)``, found by trying the pattern only where a
    match can start."""
    cands: set[int] = set()
    for m in _DIGIT_START_RE.finditer(text):
        p = m.start()
        cands.add(p)
        if text[p] in "+-−":
            cands.add(p + 1)
    key = text.encode("ascii", "replace").lower()  # one byte per character: same offsets
    find = key.find
    wordish = _WORDISH
    for needle in _WORD_NEEDLES:
        q = find(needle)
        frac = needle in _FRACTION_NEEDLES
        while q >= 0:
            if q == 0 or text[q - 1] not in wordish:
                cands.add(q)
            if frac and q >= 2:
                # "a third", "a  hundred", "a-dozen": the "a" before the word
                j = q - 1
                while j > 0 and text[j] in " \t\n\r\f\v-":
                    j -= 1
                if j < q - 1 and text[j] in "aA" and (j == 0 or text[j - 1] not in wordish):
                    cands.add(j)
            q = find(needle, q + 1)
    out: list[re.Match[str]] = []
    last = 0
    match = NUMBER_RE.match
    for p in sorted(cands):
        if p < last:
            continue
        nm = match(text, p)
        if nm is not None:
            out.append(nm)
            last = nm.end()
    return out


HEDGE_RE = re.compile(
    r"(?i)(?:\b(?P<hedge>almost|nearly|just\s+under|just\s+below|close\s+to|approaching|"
    r"well\s+over|more\s+than|over|just\s+over|in\s+excess\s+of|above|"
    r"about|around|roughly|approximately|some|circa|an\s+estimated|at\s+least|"
    # "up to 826" hedges, but "went up to 826" is a movement to a count
    r"(?<!went\s)(?<!gone\s)(?<!goes\s)(?<!going\s)(?<!shot\s)(?<!crept\s)(?<!edged\s)(?<!ticked\s)"
    r"up\s+to)\s+)$"
)

_LOWER = {"almost", "nearly", "just under", "just below", "close to", "approaching", "up to"}
_UPPER = {"more than", "over", "just over", "in excess of", "above", "well over", "at least"}

# fraction -> (value, exact interval, "almost" interval, "more than" interval)
_FRACTIONS: dict[
    str, tuple[float, tuple[float, float], tuple[float, float], tuple[float, float]]
] = {
    "tenth": (10, (9, 11), (5, 10), (10, 20)),
    "fifth": (20, (18, 22), (15, 20), (20, 25)),
    "quarter": (25, (22.5, 27.5), (20, 25), (25, 100 / 3)),
    "third": (100 / 3, (30, 36.7), (25, 100 / 3), (100 / 3, 50)),
    "half": (50, (45, 55), (40, 50), (50, 200 / 3)),
    "two thirds": (200 / 3, (60, 70), (55, 200 / 3), (200 / 3, 75)),
    "two fifths": (40, (36, 44), (33.3, 40), (40, 50)),
    "three quarters": (75, (70, 80), (66.7, 75), (75, 90)),
    "three fifths": (60, (55, 65), (50, 60), (60, 66.7)),
    "doubled": (100, (80, 120), (40, 100), (100, 200)),
    "double": (100, (80, 120), (40, 100), (100, 200)),
    "twice": (100, (80, 120), (40, 100), (100, 200)),
    "tripled": (200, (160, 240), (100, 200), (200, 300)),
    "trebled": (200, (160, 240), (100, 200), (200, 300)),
    "quadrupled": (300, (250, 350), (200, 300), (300, 400)),
    "halved": (50, (45, 55), (40, 50), (50, 60)),  # a fall: sign applied by the caller
}


def _fraction_key(text: str) -> str:
    t = " ".join(text.lower().replace("-", " ").split())
    for prefix in ("a ", "one "):
        if t.startswith(prefix):
            t = t[len(prefix) :]
    if t in ("quarters", "fifths", "thirds"):
        return ""
    return t


@lru_cache(maxsize=4096)
def words_value(text: str) -> float | None:
    """Integer value of a run of number words ("twenty-one" -> 21), None if not one number."""
    words = " ".join(text.lower().replace("-", " ").split())
    if words.startswith("a "):  # "a hundred and four", "a dozen"
        words = "one " + words[2:]
    if words == "one dozen":
        return 12.0
    converted = alpha2digit(words, "en", threshold=0)
    digits = converted.replace(" ", "")
    if digits.isdigit() and len(digits) < 13 and " " not in converted.strip():
        return float(digits)
    if converted.strip() == "zero":
        return 0.0
    return None


@lru_cache(maxsize=8192)
def parse_digits(num: str, scale: str | None) -> tuple[float, float] | None:
    """(value, unit of the last stated digit) of "21,000", "5.2", "1.3 million"."""
    raw = num.replace(",", "")
    if raw.count(".") > 1 or not raw.replace(".", "").isdigit():
        return None
    value = float(raw)
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    unit = 10.0**-decimals
    mult = 1.0
    if scale:
        s = scale.strip().lower()
        mult = {"m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "k": 1e3, "thousand": 1e3}[s]
    return value * mult, unit * mult


def _round_step(value: float) -> float:
    """The step of a round whole number's last non-zero digit: 1,000 -> 1,000; 1,200 -> 100."""
    if value < 10 or value != int(value):
        return 0.0
    n, step = int(value), 1
    while n % 10 == 0:
        n //= 10
        step *= 10
    return float(step) if step > 1 else 0.0


def make_measure(
    value: float, unit: float, *, pct: bool, hedge: str | None, phrase: str
) -> Measure:
    """Measure with the interval of true values the wording allows (value >= 0; sign later)."""
    h = " ".join(hedge.lower().split()) if hedge else None
    if h in _LOWER:
        span = 0.15 * value if pct else 0.1 * value
        return Measure(value, max(0.0, value - max(span, unit)), value, phrase, 0.0)
    if h in _UPPER:
        span = 0.15 * value if pct else max(0.1 * value, _round_step(value))
        # "more than 1,000 extra crimes" for 1,117: a round figure covers up to its next step
        return Measure(value, value, value + max(span, unit), phrase, 0.0)
    if h:
        span = 0.1 * value
        return Measure(value, value - max(span, unit), value + max(span, unit), phrase, 0.0)
    if pct or unit > 1:
        return Measure(value, value - unit / 2, value + unit / 2, phrase, unit)
    return Measure(value, value, value, phrase, unit)


def fraction_measure(text: str, hedge: str | None, phrase: str) -> Measure | None:
    key = _fraction_key(text)
    entry = _FRACTIONS.get(key)
    if entry is None:
        return None
    value, exact, lower, upper = entry
    h = " ".join(hedge.lower().split()) if hedge else None
    if h in _LOWER:
        lo, hi = lower
    elif h in _UPPER:
        lo, hi = upper
    elif h:
        lo, hi = value * 0.85, value * 1.15
    else:
        lo, hi = exact
    return Measure(round(value, 1), lo, hi, phrase, 0.0)


def signed(m: Measure, sign: int) -> Measure:
    if sign >= 0:
        return m
    return Measure(-m.value, -m.high, -m.low, m.phrase, m.unit)


def extended(m: Measure) -> tuple[float, float]:
    """Interval widened by truncation of the last digit ("30" may be 30.8 cut short)."""
    if m.unit <= 0:
        return m.low, m.high
    if m.value >= 0:
        return m.low, max(m.high, m.value + m.unit)
    return min(m.low, m.value - m.unit), m.high


def agree(a: Measure, b: Measure, eps: float = 1e-9) -> bool:
    alo, ahi = extended(a)
    blo, bhi = extended(b)
    return alo <= bhi + eps and blo <= ahi + eps
