"""Periods: the months a figure covers, read from the wording (never from today's clock).

Month names are parsed here (capitalised only, so the verb "may" is no month); no date
library is needed for this closed grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import trie_pattern

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


def _mon(g: str) -> str:
    return (
        rf"(?P<{g}m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        rf"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?"
        rf"|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?"
        rf"|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?(?![A-Za-z])"
    )


_YEAR = r"(?:19|20)\d\d"


def _date(g: str, year_required: bool = False) -> str:
    year = rf"(?:,?\s+(?P<{g}y>{_YEAR}))"
    return (
        # "Tuesday 24 October", "Monday, 6 November"
        rf"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+)?"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_mon(g)}"
        rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d,.]\d))?"
        + (year if year_required else year + "?")
        + r"(?!\d)"
    )


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_CONJ = r"\s*(?:(?i:and|to|until|till|through|up\s+to)\s+|-to-|[-–—]\s*)(?i:the\s+end\s+of\s+)?"

# The words a period expression can start with (besides a digit or a month name).  A lookahead
# over them, written as a case-sensitive trie of their lower/Capitalised/UPPER forms, rejects
# most word starts before the alternatives below are tried (3x faster on the genre).
_START_WORDS = (
    "between from since in during for throughout over the twelve financial calendar rolling year "
    "first last final second past latest across of this quarter three six nine"
).split()
_MONTH_STARTS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def _case_forms(words: list[str]) -> list[str]:
    return sorted({f for w in words for f in (w, w.capitalize(), w.upper())})


_START = (
    r"(?=\d|(?:"
    + trie_pattern(_case_forms(_START_WORDS), flexible_space=False)
    + r")\b|"
    + trie_pattern(_case_forms(_MONTH_STARTS), flexible_space=False)
    + r"|[Qq][1-4]\b)"
)

# The lookahead above, narrowed by conditions every alternative below implies (so no match
# changes), to rule most word starts out before the alternatives are tried one by one:
# - a digit starts a period only as a day ("1st of", "19 July"), "12 months"/"12-month" or a year;
# - "the" and the prepositions are followed, after white space, by a digit, a month name, "the"
#   or one of a few words ("the last 12 months", "in the first half of"): "the police", "in
#   Leeds", "of crime" are not.
# (tests/test_extraction_properties.py checks that PERIOD_RE with _START instead finds the same.)
_PREPS = "the in of for from over between since during throughout across on".split()
# month names as ``_mon`` accepts them: Capitalised or UPPER case
_MONTH3 = "|".join([m.capitalize() for m in _MONTH_STARTS] + [m.upper() for m in _MONTH_STARTS])
_START_NARROW = (
    r"(?=\d{1,2}(?:st|nd|rd|th)?\s|\d{1,2}/\d{1,2}/|12[\s\-]|[369]-|(?:19|20)\d\d|(?:"
    + trie_pattern(_case_forms(_PREPS), flexible_space=False)
    + rf")\s+(?:\d|{_MONTH3}|(?i:the|first|last|final|second|third|fourth|past|latest|twelve"
    r"|same|calendar|early|mid|late|three|six|nine)\b)|(?:"
    + trie_pattern(_case_forms([w for w in _START_WORDS if w not in _PREPS]), flexible_space=False)
    + r")\b|"
    + trie_pattern(_case_forms(_MONTH_STARTS), flexible_space=False)
    + r"|[Qq][1-4]\b)"
)

# "the first six months", "the last three months": how many months of a year
_N_MONTHS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]"

PERIOD_RE = re.compile(
    # every period starts a word with one of a few words, a digit or a month name
    r"(?<![\w\-])" + _START_NARROW + r"(?:"
    # "Jul 18–Jun 19" in a table heading: months with two-digit years
    rf"(?P<myrange>{_mon('j')}\s?['’]?(?P<jy>\d\d)\s*[–—-]\s*{_mon('k')}\s?['’]?(?P<ky>\d\d)(?![\d/,]))"
    # between July 2017 and June 2018 / since March 2009 to March 2013 / April to June 2019
    rf"|(?P<range>(?i:(?P<rpre>between|from|since|in|during|for|throughout|over)\s+)?(?i:the\s+)?"
    rf"{_date('a')}{_CONJ}{_date('b')})"
    # "during June, July and August": consecutive months listed
    rf"|(?P<mlist>(?i:\b(?:in|during|over|across|throughout)\s+){_mon('l')}"
    rf"(?:,\s*(?:{_MONTH_NAMES}))+,?\s+(?i:and)\s+{_mon('n')}(?:,?\s+(?P<ny>{_YEAR}))?(?!\d))"
    # 01/09/2022 to 31/08/2023 (numeric dates, day first)
    r"|(?P<nrange>(?<![\d/])\d{1,2}/(?P<nm1>\d{1,2})/(?P<ny1>(?:19|20)\d\d)\s*(?:to|until|-|–)\s*"
    r"\d{1,2}/(?P<nm2>\d{1,2})/(?P<ny2>(?:19|20)\d\d)(?![\d/]))"
    # 12 months to September 2018 / year ending March 2019 / year to the end of June
    # ... and "the three months to the end of September": a shorter rolling period
    rf"|(?P<rolling>(?i:(?:(?P<rn>12|twelve|three|six|nine|[369])[\s\-]months?|(?:financial\s+|calendar\s+|rolling\s+)?year)"
    rf"(?:\s+period)?\s+(?:to|ending|ended|up\s+to|until|to\s+the\s+end\s+of|through"
    rf"|leading\s+up\s+to)\s+(?:the\s+end\s+of\s+)?|year[\s\-]end(?:ing|ed)?\s+){_date('c')})"
    # Quarter 1 of 2021/22, Q1 2021/22, the first quarter of 2021/22: a financial-year quarter
    rf"|(?P<fyq>(?i:(?:quarter\s+(?P<qn>[1-4])|q(?P<qn2>[1-4])|(?:the\s+)?(?P<qw>first|second"
    rf"|third|fourth)\s+quarter)\s+(?:of\s+)?(?:the\s+)?(?:financial\s+year\s+)?)"
    rf"(?P<qy1>{_YEAR})\s?[/\-–]\s?(?P<qy2>(?:19|20)?\d\d)(?![\d/]))"
    # the first six months of the 2014/15 financial year, the second half of 2019/20
    rf"|(?P<fypart>(?i:(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?:(?P<fpfirst>first|last|final"
    rf"|second)\s+(?P<fpn>{_N_MONTHS})\s+months"
    rf"|(?P<fphalf>first|second)\s+half)\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?)"
    rf"(?P<fpy1>{_YEAR})\s?[/\-–]\s?(?P<fpy2>(?:19|20)?\d\d)(?![\d/])(?i:\s+financial\s+year\b)?)"
    # in the quarter: the quarter the article last named
    r"|(?P<qref>(?i:\b(?:in|during|over|for|across)\s+the\s+quarter\b(?!\s+(?:of|to|end))))"
    # between 2003/04 and 2009/10, from 2015/16 to 2022/23; between 2003 and 2009
    rf"|(?P<yrange>(?i:between|from)\s+(?P<r1>{_YEAR})(?:\s?[/\-–]\s?(?P<r2>(?:19|20)?\d\d))?"
    rf"\s+(?i:and|to)\s+(?P<r3>{_YEAR})(?:\s?[/\-–]\s?(?P<r4>(?:19|20)?\d\d))?(?![\d/]))"
    # 2012/13, 2012-13, 2012/2013
    rf"|(?P<fy>(?<![\d/£$.,])(?P<fy1>{_YEAR})\s?[/\-–]\s?(?P<fy2>(?:19|20)?\d\d)(?![\d/]))"
    # in March 2019; "March 2022 alone saw ..." (a month and year leading its own clause)
    rf"|(?P<month>(?i:\b(?:in|during|for|throughout)\s+(?:(?:early|mid|late)[\s\-]+)?){_date('e', True)}"
    rf"|{_mon('g')}\s+(?P<gy>{_YEAR})(?=\s+(?:alone|saw|brought)\b))"
    # "this August", "last August": the latest such month by the dateline, and the one before
    rf"|(?P<tmon>(?i:\b(?P<tl>this|last)\s+){_mon('t')}(?!\s*,?\s*(?:19|20)\d\d))"
    # in September (no year: the month before the dateline, else none)
    # ("In October, 412 crimes ...": a figure after the comma is not a year or a day)
    rf"|(?P<mny>(?i:\b(?:in|during|for|throughout)\s+(?:(?:early|mid|late)[\s\-]+)?){_mon('h')}"
    r"(?!\s*,?\s*(?:(?:19|20)\d\d(?!\d)|\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d)(?!\s+[a-z])))"
    # "July was the busiest month": a month named as the subject
    rf"|{_mon('i')}(?=\s+was\s+the\s+(?:\w+est|worst|peak)\s+month\b|\s+alone\b))"
    # the first six months of 2021 / the second half of 2020 / the first quarter of 2019
    rf"|(?P<part>(?i:\b(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?:(?P<pfirst>first|last|final|second)\s+"
    rf"(?P<pn>{_N_MONTHS})\s+months|(?P<phalf>"
    rf"first|second)\s+half|(?P<pq>first|second|third|fourth|final|last)\s+quarter)\s+of\s+)"
    rf"(?P<pyr>{_YEAR})(?![\d/\-–]))"
    # last month (resolved from a dateline)
    r"|(?P<lastmonth>(?i:\blast\s+month\b))"
    # since 2010 / since March 2010
    rf"|(?P<since>(?i:\bsince\s+)(?:(?:{_mon('f')}\s+)?(?P<fy_>{_YEAR})(?![\d/\-–])"
    # since 2015/16: from the start of that financial year
    rf"|(?P<sfy1>{_YEAR})\s?[/\-–]\s?(?P<sfy2>(?:19|20)?\d\d)(?![\d/])))"
    # in 2019 / during the calendar year 2019
    rf"|(?P<year>(?i:\b(?:in|during|for|throughout|across|of|(?<=\d\s)on|(?<=%\s)on|(?<=cent\s)on)\s+(?:(?:the\s+)?calendar\s+year\s+|the\s+year\s+"
    rf"(?:of\s+)?)?)(?P<yr>{_YEAR})(?![\d/\-–]|\s?[/\-–]\s?\d)"
    # "put the 2018 total at 4,102"
    rf"|(?i:\bthe\s+)(?P<yr3>{_YEAR})(?=\s+(?i:total|figure|count|tally)\b))"
    # a list line labelled by its year: "2017: 5,611"
    # ... and "2015 – 2,914" in a list
    rf"|(?P<ylabel>(?<![^\n])[ \t]*(?P<yl>{_YEAR})(?=[ \t]*:[ \t]*\d|[ \t]+[–—-][ \t]+\d)"
    rf"|(?<=[\n \t])(?<![^\n \t][ \t])(?<![^\n \t][ \t]{{2}})(?P<yl2>{_YEAR})(?=[ \t]*:[ \t]*\d))"
    # the last 12 months / last year / over the same period / the 12 month period
    r"|(?P<relative>(?i:\b(?:(?:in|over|during|for|across)\s+)?the\s+(?:last|past|latest)\s+"
    r"(?:12|twelve)[\s\-]months?(?:\s+period)?\b|\b(?:(?:in|over|during|across)\s+)?the\s+"
    r"(?:12|twelve)[\s\-]month\s+period\b|\b(?:(?:in|over|during)\s+)?(?:the\s+)?(?:last|past)"
    r"\s+year\b(?!'s)|\bover\s+the\s+same\s+period\b(?!\s+(?:last|in|of|a)\b)|\bthis\s+year\b"
    # "In April, just 41 ...; over the whole year shoplifting dropped by 38.5 per cent"
    r"|\b(?:(?:in|over|during|across|for)\s+)?the\s+(?:whole|full|entire)\s+year\b(?!\s+(?:to|ending|ended)))))"
)

# "on the previous year", "the same period last year": the figure compared against.
COMPARISON_MARK_RE = re.compile(
    r"(?i)\b(?:previous|preceding|prior)\s+(?:year|12\s+months|twelve\s+months|period|"
    r"financial\s+year|twelve-month|12-month)|\bthe\s+year\s+before\b|\ba\s+year\s+"
    r"(?:earlier|before|ago)\b|\bsame\s+(?:(?:two|three|four|six|nine|twelve|\d{1,2})\s+)?(?:period|time|months?|quarter)\s+(?:last\s+year|the\s+"
    r"(?:previous|year\s+before)|a\s+year|in|of|the\s+year)|\blast\s+year's\b|\b(?:on|than|"
    r"with|to)\s+last\s+year\b"
    # "a 23 per cent increase on summer 2023, when 883 were recorded"
    r"|\b(?:on|than|with)\s+(?:last\s+)?(?:summer|winter|spring|autumn)(?:\s+(?:19|20)\d\d)?\b"
)

# cue words just before a period that make it the comparison period
COMPARISON_BEFORE_RE = re.compile(
    r"(?i)(?:\bcompar(?:ed|es|ing)\s+(?:with|to)|\bthan|\bon|\bagainst|\bversus|\bvs\.?|\bsame\s+"
    # "with the same six months of 2009 in brackets"
    r"(?:(?:two|three|four|six|nine|twelve|\d{1,2})\s+)?(?:period|time|months?|quarter|dates|days|weeks?|fortnight)|"
    # "27 possession of weapons offences, up from 19 in January"
    r"\b(?:up|down|rising|falling|rose|fell)\s+from\s+\d[\d,]*|\bprevious|\bprior\s+to|\bbefore|\bfrom|\bwith|\bbegan|"
    r"\bstarted|\bcomparison\s+period\s*:|\blaunched|\bintroduced|\bset\s+up|\bbrought\s+in|\bopened|\bcame\s+into\s+force"
    r"|\bsame\s+(?:level|rate|number|figure)\s+as|\bthe\s+same\s+as|\((?:it|they|that|this)\s+(?:was|were)\s+\d[\d,]*|\bsince\s+records|\bsince\s+(?:[\w\-]+\s+){0,6}(?:was|were|began|started|introduced))"
    r"\s+(?:(?:with|to|in|of|the|same|period|year|levels|figures|recorded|summer|winter|spring|autumn"
    r"|months|quarter|half|first)\s+){0,4}$"
)

PUB_DATE_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:published|updated|posted|date|issued|released|first\s+published|last\s+updated)[ \t]*:?"
    r"[ \t]*(?:on[ \t]+)?)?"
    # a byline in parts: "Exclusive | By our crime reporter | 19 August 2021"
    r"(?:[^\n|]{1,60}\|[ \t]*){0,3}"
    # a wire-style dateline: "TAUNTON, 12 February 2009 - Crime in ..."
    r"(?:(?-i:[A-Z][A-Z'\-]+(?:[ \t][A-Z][A-Z'\-]+)*),[ \t]*)?"
    # a byline before the date: "Gazette reporter, Thursday 21 October 2010"
    r"(?:[^\n,|]{0,40}\b(?:reporter|correspondent|editor|writer|staff|newsdesk)\b[^\n,|]{0,20},[ \t]*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?"
    r"[ \t]+(?P<m1>[A-Za-z]{3,9})|(?P<m2>[A-Za-z]{3,9})[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)[ \t]+"
    r"(?P<y>(?:19|20)\d\d)\b(?:[^\n]{0,30}$|[ \t]+[-–—][ \t]|[ \t]+by[ \t][^\n]*$)"
)


def month_number(name: str | None) -> int | None:
    if not name:
        return None
    return _MONTHS.get(name[:3].lower())


def ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift(year: int, month: int, months: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + months
    return idx // 12, idx % 12 + 1


@dataclass(frozen=True)
class PeriodMatch:
    start: int
    end: int
    kind: str  # range | since_range | rolling | fy | month | since | year | relative | quarter_ref | month_lead | month_noyear
    sm: int | None = None
    sy: int | None = None
    em: int | None = None
    ey: int | None = None
    months: int = 12  # length of a rolling period ("the three months to September": 3)

    @property
    def carries(self) -> bool:
        """Whether the period becomes the article's running period for later sentences."""
        return self.kind in ("range", "rolling", "fy", "year", "part", "month")

    def resolve(
        self, context_year: int | None, context: tuple[str | None, str | None]
    ) -> tuple[str | None, str | None]:
        k = self.kind
        if k == "relative":
            return context
        if k in ("range", "since_range"):
            ey = self.ey
            sy = self.sy
            if ey is None and sy is not None and self.em and self.sm:
                ey = sy if self.em >= self.sm else sy + 1
            if ey is None:
                ey = context_year
            if ey is None or not self.sm or not self.em:
                return None, None
            if sy is None:
                sy = ey if self.sm <= self.em else ey - 1
            if (sy, self.sm) > (ey, self.em):
                return None, None
            return ym(sy, self.sm), ym(ey, self.em)
        if k == "rolling":
            ey = self.ey if self.ey is not None else context_year
            if ey is None or not self.em:
                return None, None
            sy, sm = shift(ey, self.em, 1 - self.months)
            return ym(sy, sm), ym(ey, self.em)
        if k == "fy" and self.sy is not None:
            return ym(self.sy, 4), ym(self.sy + 1, 3)
        if k == "part" and self.sy is not None and self.sm and self.em:
            return ym(self.sy, self.sm), ym(self.ey if self.ey is not None else self.sy, self.em)
        if k in ("month", "month_lead") and self.sy is not None and self.sm:
            return ym(self.sy, self.sm), ym(self.sy, self.sm)
        if k == "year" and self.sy is not None:
            return ym(self.sy, 1), ym(self.sy, 12)
        if k == "since" and self.sy is not None:
            return ym(self.sy, self.sm or 1), context[1]
        return None, None


_WORDNUM = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}


def _int(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() else None


def _fy_start(first: str, second: str) -> int | None:
    """First year of the financial year written "2012/13", "2012-13" or "2012/2013"; None when
    the second year does not follow the first."""
    y1 = int(first)
    y2 = int(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
    return y1 if y2 == y1 + 1 else None


def _part_months(first: str | None, n_word: str | None, half: str | None) -> tuple[int, int] | None:
    """Months (1-12) of a year that "the first six months", "the last three months" or "the
    second half" cover; None when the count does not fit in a year."""
    if n_word:
        n = _WORDNUM.get(n_word.lower()) or _int(n_word) or 0
        i, j = (1, n) if (first or "").lower() == "first" else (13 - n, 12)
    else:
        i, j = (1, 6) if (half or "").lower() == "first" else (7, 12)
    return (i, j) if 1 <= i <= j <= 12 else None


def period_from_match(m: re.Match[str]) -> PeriodMatch | None:
    s, e = m.span()
    if m.group("range"):
        pre = (m.group("rpre") or "").lower()
        kind = "since_range" if pre == "since" else "range"
        return PeriodMatch(
            s,
            e,
            kind,
            month_number(m.group("am")),
            _int(m.group("ay")),
            month_number(m.group("bm")),
            _int(m.group("by")),
        )
    if m.group("mlist"):
        sm, em = month_number(m.group("lm")), month_number(m.group("nm"))
        if not sm or not em or em <= sm:
            return None
        return PeriodMatch(s, e, "range", sm, _int(m.group("ny")), em, _int(m.group("ny")))
    if m.group("myrange"):
        sm, em = month_number(m.group("jm")), month_number(m.group("km"))
        sy, ey = 2000 + int(m.group("jy")), 2000 + int(m.group("ky"))
        if not sm or not em or (ey, em) < (sy, sm) or (ey - sy) > 2:
            return None
        return PeriodMatch(s, e, "range", sm, sy, em, ey)
    if m.group("nrange"):
        sm, em = int(m.group("nm1")), int(m.group("nm2"))
        if not (1 <= sm <= 12 and 1 <= em <= 12):
            return None
        return PeriodMatch(s, e, "range", sm, int(m.group("ny1")), em, int(m.group("ny2")))
    if m.group("rolling"):
        rn = (m.group("rn") or "12").lower()
        n = _int(rn) or _WORDNUM.get(rn, 12)
        return PeriodMatch(
            s, e, "rolling", em=month_number(m.group("cm")), ey=_int(m.group("cy")), months=n
        )
    if m.group("yrange"):
        r1, r2, r3, r4 = m.group("r1", "r2", "r3", "r4")
        if (r2 is None) != (r4 is None):
            return None
        if r2 is not None and r4 is not None:  # financial years: April of the first to March
            a, b = _fy_start(r1, r2), _fy_start(r3, r4)
            if a is None or b is None or b <= a:
                return None
            return PeriodMatch(s, e, "range", 4, a, 3, b + 1)
        if int(r3) <= int(r1) or not m.group(0).lower().startswith("between"):
            return None  # "rose from 2010 to 2012" may be two counts
        return PeriodMatch(s, e, "range", 1, int(r1), 12, int(r3))
    if m.group("fy"):
        y1 = _fy_start(m.group("fy1"), m.group("fy2"))
        if y1 is None:
            return None
        return PeriodMatch(s, e, "fy", sy=y1, ey=y1 + 1)
    if m.group("fyq"):
        y1 = _fy_start(m.group("qy1"), m.group("qy2"))
        if y1 is None:
            return None
        qs = m.group("qn") or m.group("qn2")
        q = int(qs) if qs else {"first": 1, "second": 2, "third": 3}.get(m.group("qw").lower(), 4)
        sy, sm = (y1, 3 * q + 1) if q <= 3 else (y1 + 1, 1)
        return PeriodMatch(s, e, "part", sm=sm, sy=sy, em=sm + 2, ey=sy)
    if m.group("fypart"):
        y1 = _fy_start(m.group("fpy1"), m.group("fpy2"))
        if y1 is None:
            return None
        part = _part_months(m.group("fpfirst"), m.group("fpn"), m.group("fphalf"))
        if part is None:
            return None
        i, j = part
        # months of the financial year (April = 1) to calendar months
        return PeriodMatch(
            s, e, "part", sm=(i + 2) % 12 + 1, sy=y1 + (i > 9), em=(j + 2) % 12 + 1, ey=y1 + (j > 9)
        )
    if m.group("tmon"):
        kind = "month_last" if m.group("tl").lower() == "last" else "month_noyear"
        return PeriodMatch(s, e, kind, sm=month_number(m.group("tm")))
    if m.group("mny"):
        return PeriodMatch(s, e, "month_noyear", sm=month_number(m.group("hm") or m.group("im")))
    if m.group("qref"):
        return PeriodMatch(s, e, "quarter_ref")
    if m.group("month"):
        if m.group("gm"):
            # "March 2022 alone": a month within the article's period, not its new period
            lead_m, lead_y = month_number(m.group("gm")), _int(m.group("gy"))
            return PeriodMatch(s, e, "month_lead", sm=lead_m, sy=lead_y)
        return PeriodMatch(s, e, "month", sm=month_number(m.group("em")), sy=_int(m.group("ey")))
    if m.group("part"):
        y = int(m.group("pyr"))
        if m.group("pn") or m.group("phalf"):
            part = _part_months(m.group("pfirst"), m.group("pn"), m.group("phalf"))
            if part is None:
                return None
            sm, em = part
        else:
            q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group("pq").lower(), 4)
            sm, em = 3 * q - 2, 3 * q
        return PeriodMatch(s, e, "part", sm=sm, sy=y, em=em, ey=y)
    if m.group("lastmonth"):
        return PeriodMatch(s, e, "last_month")
    if m.group("since"):
        if m.group("sfy1"):
            y1 = _fy_start(m.group("sfy1"), m.group("sfy2"))
            if y1 is None:
                return None
            return PeriodMatch(s, e, "since", sm=4, sy=y1)
        return PeriodMatch(s, e, "since", sm=month_number(m.group("fm")), sy=_int(m.group("fy_")))
    if m.group("year"):
        if m.group(0)[:3].lower() == "on ":
            s += 3  # "a drop of 1,781 on 2012": "on" marks the year compared with
        return PeriodMatch(s, e, "year", sy=_int(m.group("yr") or m.group("yr3")))
    if m.group("ylabel"):
        g = "yl" if m.group("yl") else "yl2"
        return PeriodMatch(m.start(g), e, "year", sy=int(m.group(g)))
    if m.group("relative"):
        return PeriodMatch(s, e, "relative")
    return None


def find_periods(text: str, spans: list[tuple[int, int]] | None = None) -> list[PeriodMatch]:
    """Every period expression in ``text`` (only inside ``spans`` when given)."""
    out = []
    for s, e in spans if spans is not None else [(0, len(text))]:
        for m in PERIOD_RE.finditer(text, s, e):
            p = period_from_match(m)
            if p is not None:
                out.append(p)
    return out


# "WRINGTON VILLAGE NEWS - October 2011": an edition's month closing a title line
EDITION_RE = re.compile(
    r"(?m)^[^\n]{3,80}?[ \t][-–—|][ \t]*(?P<m>January|February|March|April|May|June|July|August"
    r"|September|October|November|December)[ \t]+(?P<y>(?:19|20)\d\d)[ \t]*$"
)


def publication_month(text: str) -> tuple[int, int] | None:
    """(year, month) of a dateline near the top of the article, if it has one."""
    m = PUB_DATE_RE.search(text, 0, min(len(text), 600))
    if not m:
        em = EDITION_RE.match(text, 0, min(len(text), 200))
        if em:
            month = month_number(em.group("m"))
            return (int(em.group("y")), month) if month else None
        return None
    month = month_number(m.group("m1") or m.group("m2"))
    if not month or (m.group("m1") or m.group("m2") or "")[:3].lower() not in _MONTHS:
        return None
    return int(m.group("y")), month
