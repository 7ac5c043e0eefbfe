"""Every statement of a statistic in a document, with its sentence and offsets.

One pass of precompiled regexes over the whole document finds offence phrases, places,
periods and numbers; then each sentence is cut into clauses and every number in a clause is
given a role (count, previous_count, change_pct, change_abs, rate_per_1000) from the few words
around it.  Area, period and offence are carried over sentences the way the genre writes them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from types import SimpleNamespace

from .cues import (
    ACCOUNTED_FOR_BEFORE_RE,
    ACCOUNTED_OF_BEFORE_RE,
    AFTER_OFFENCE_PLACE_RE,
    AGENT_AFTER_RE,
    ALL_CRIME_NAMED_RE,
    ALL_CRIME_RE,
    ANAPHORA_RE,
    AND_BEFORE_RE,
    AND_NUMBER_RE,
    AND_SEP_RE,
    AREA_GAP_RE,
    AREA_LABEL_AFTER_RE,
    AREA_WORD_AFTER_RE,
    ARTICLE_BEFORE_RE,
    AT_FIGURE_AFTER_RE,
    AVERAGE_BEFORE_RE,
    AVERAGE_NEAR_RE,
    AVERAGE_SPAN_BEFORE_RE,
    BARE_CATEGORY_RE,
    BARE_OFFENCES_RE,
    BARE_VICTIMS_THEN_CLAUSE_RE,
    BEFORE_OFFENCE_SPLIT_RE,
    BOROUGH_WORD_RE,
    BOTH_PLACES_RE,
    BULLET_CHARS,
    BY_BEFORE_RE,
    CALL_BEFORE_RE,
    CALL_WORD_RE,
    CALLS_SUBJECT_RE,
    CAPS_HEADING_RE,
    CAPS_LINE_RE,
    CENTRE_AREA_RE,
    CHANGE_NOUN_AFTER_RE,
    CHANGE_WORD_RE,
    CLASSED_AS_RE,
    CLAUSE_SPLIT_RE,
    CLOSE_PAREN_RE,
    COLUMN_LABEL_RE,
    COMMA_AT_BEFORE_RE,
    COMP_PERIOD_GAP_RE,
    COMPARATOR_BEFORE_RE,
    COMPARATOR_LIST_GAP_RE,
    COMPARED_BETWEEN_RE,
    COMPOUND_GAP_RE,
    COMPOUND_VERB_RE,
    COUNT_BEFORE_RE,
    COUNT_COMPARED_BEFORE_RE,
    CUE_AFTER_RE,
    CUE_RE,
    DAY_MONTH_AFTER_RE,
    DEFINITION_RE,
    DEMONSTRATIVE_BEFORE_RE,
    DETECTION_RE,
    DETERMINED_RE,
    DIGIT_BEFORE_RE,
    DIRECTION_RE,
    DRUG_PART_RE,
    ELLIPTICAL_LEAD_RE,
    ENUM_ACROSS_RE,
    EPITHET_AFTER_RE,
    EVENT_DATE_BEFORE_RE,
    EXCLUDED_BEFORE_RE,
    EXTRA_BEFORE_RE,
    FEWER_HOMES_BURGLED_RE,
    FIGURE_AFTER_PLACE_RE,
    FIGURE_DASH_LABEL_RE,
    FIGURE_FOR_BEFORE_RE,
    FIGURE_PAREN_BEFORE_RE,
    FIGURE_SUBJECT_AFTER_RE,
    FILLER_RE,
    FIXED_GAP_RE,
    FIXED_SPLIT_RE,
    FOR_PLACE_AFTER_RE,
    FORCE_NAME_END_RE,
    FORCE_RE,
    FORCE_TYPES,
    FROM_TO_GAP_RE,
    FUTURE_RE,
    HEADING_RE,
    HEADLINE_IN_PLACE_RE,
    HOMES_BURGLED_AFTER_RE,
    HYPHEN_HINT_RE,
    HYPHEN_NAME_RE,
    IN_BRACKETS_AFTER_RE,
    IN_EVERY_AFTER_RE,
    IN_EVERY_BEFORE_RE,
    IN_PERIOD_AFTER_RE,
    IN_PLACE_GAP_RE,
    ITS_FIGURE_LEAD_RE,
    LABEL_CHANGE_BEFORE_RE,
    LABEL_GAP_RE,
    LABEL_LEAD_RE,
    LABEL_NUMBER_RE,
    LABEL_PAIR_RE,
    LABEL_PREV_BEFORE_RE,
    LABEL_RATE_BEFORE_RE,
    LABEL_RE,
    LAST_YEAR_AFTER_RE,
    LATE_CONCESSION_RE,
    LEAD_PLACE_RE,
    LIST_ITEM_BEFORE_RE,
    LIST_SEP_RE,
    LONG_PLACE_TAIL_RE,
    MD_RULE_CELL_RE,
    MONEY_SENTENCE_RE,
    MONTH_DAY_BEFORE_RE,
    MORE_FEWER_RE,
    NAME_WORD_BEFORE_RE,
    NATIONAL_SWITCH_RE,
    NEGATED_BEFORE_RE,
    NO_ANY_RE,
    NO_BEFORE_RE,
    NON_STAT_NEAR_RE,
    NONCRIME_LABEL_RE,
    NONCRIME_RE,
    NONCRIME_SUBJECT_RE,
    NOT_NAME_WORDS,
    NUM_BEFORE_RE,
    NUMBER_OF_APPOSITIVE_BEFORE_RE,
    NUMBER_WORDS_RE,
    OCCASIONS_AFTER_RE,
    OF_RE,
    OF_SUBSET_RE,
    OF_THE_BEFORE_RE,
    OF_THE_TOTAL_AFTER_RE,
    OF_THEM_RE,
    OF_THOSE_RE,
    OFFENCE_COMMA_AFTER_RE,
    OFFENCE_LABEL_AFTER_RE,
    OFFENCE_THEN_CHANGE_GAP_RE,
    ON_OR_NEAR_RE,
    ONE_BAD_BEFORE_RE,
    ONE_BAD_RE,
    OPEN_PAREN_RE,
    OR_BEFORE_RE,
    OWN_FIGURE_BEFORE_RE,
    PARA_BREAK_RE,
    PARA_NUMBER_RE,
    PAREN_BEFORE_RE,
    PAREN_LABEL_AFTER_RE,
    PAREN_NOUN_AFTER_RE,
    PART_IN_PLACE_RE,
    PART_OF_AFTER_RE,
    PART_OF_BEFORE_RE,
    PART_OF_PLACE_AFTER_RE,
    PART_OF_PLACE_GAP_RE,
    PCT_OR_RATE_BEFORE_PAREN_RE,
    PCT_RE,
    PEOPLE_KILLED_IN_AFTER_RE,
    PER_TIME_AFTER_RE,
    PERIOD_RIGHT_AFTER_RE,
    PLACE_ANAPHOR_RE,
    PLACE_COUNT_PAREN_GAP_RE,
    PLACE_FIGURE_BEFORE_RE,
    PLACE_HEADING_RE,
    PLACE_LEAD_GAP_RE,
    PLACE_NAME_STOP,
    PLACE_PAREN_GAP_RE,
    PLACE_PAREN_LIST_BEFORE_RE,
    PLACE_SUBJECT_GAP_RE,
    PLACE_SUFFIX_AFTER_RE,
    PREP_RE,
    PREV_BEFORE_RE,
    PRONOUN_LEAD_RE,
    PRONOUN_SUBJECT_BEFORE_RE,
    PROPORTION_AFTER_RE,
    PROPORTION_BEFORE_RE,
    QUESTION_RE,
    RAIL_LINE_RE,
    RANK_OF_BEFORE_RE,
    RANK_SET_AFTER_RE,
    RANK_SET_BEFORE_RE,
    RANKED_AT_BEFORE_RE,
    RANKED_ON_BEFORE_RE,
    RANKED_SUBJECT_PLACE_RE,
    RANKS_OFFENCE_RE,
    RATE_AFTER_RE,
    RATE_BEFORE_RE,
    RATE_CONTEXT_RE,
    RATE_LABEL_RE,
    RATE_NOUN_BEFORE_RE,
    RATE_NOUN_RE,
    RESPECTIVELY_RE,
    ROW_FIGURE_AFTER_RE,
    ROW_OFFENCE_BEFORE_RE,
    SAME_NUMBER_OF_RE,
    SET_OWNER_AFTER_RE,
    SHARE_OF_BEFORE_RE,
    SHARED_PCT_AFTER_RE,
    SLASH_NEXT_AFTER_RE,
    SLASH_ORDER_RE,
    SLASH_PREV_BEFORE_RE,
    STAFF_AFTER_RE,
    STAFF_LONG_AFTER_RE,
    STEADY_AT_BEFORE_RE,
    STOLEN_RE,
    STOP_LEAD_RE,
    STREET_AFTER_RE,
    STREET_FIGURE_RE,
    STREET_IN_LIST_BEFORE_RE,
    STREET_SUBJECT_RE,
    SUBJECT_PLACE_RE,
    SUBSET_LEAD_RE,
    SUPERLATIVE_BEFORE_RE,
    SURVEY_RE,
    TABLE_NOT_OFFENCE_RE,
    TABLE_NOW_HEAD_RE,
    TABLE_PREV_HEAD_RE,
    TAIL_CLAUSE_RE,
    TARGET_LIST_HEAD_RE,
    TARGET_NEAR_BEFORE_RE,
    TARGET_RE,
    THAN_RE,
    THERE_RE,
    TIME_RE,
    TIMES_AFTER_RE,
    TIMES_CRIME_BEFORE_RE,
    TITLE_HEADING_RE,
    TITLE_RE,
    TO_BEFORE_RE,
    TOTAL_TO_BEFORE_RE,
    UPDOWN_BEFORE_RE,
    VENUE_AFTER_RE,
    VENUE_BEFORE_RE,
    VICTIMS_RE,
    WARD_LEVEL_SUBJECT_RE,
    WARD_OF_RE,
    WARD_RE,
    WARD_WAS_RE,
    WARDS_WORD_RE,
    WAS_BEFORE_RE,
    WERE_RE,
    WHEN_BEFORE_RE,
    WHEN_ONLY_BEFORE_RE,
    WHERE_ASIDE_RE,
    WHILE_SUBJECT_PLACE_RE,
    WIDE_TYPES,
    WIDER,
    WIDER_BEFORE_RE,
    WORD_OR_WORD_AFTER_RE,
    WORD_OR_WORD_BEFORE_RE,
    YEAR_EARLIER_AFTER_RE,
    YEAR_PAIR_RE,
    YEAR_RANGE_BEFORE_RE,
    YEAR_ROW_AFTER_RE,
)
from .fastre import (
    Before,
    WordLedSearch,
    folded_tree,
    literal_filter,
    lowered,
    prepare,
    required_literals,
    word_start,
)
from .lexicon import (
    AREA_RE,
    AREAS,
    CANONICAL_AREAS,
    GENERIC_TOTAL,
    OFFENCE_RE,
    TOPIC,
    UNMAPPED,
    is_descendant,
    offence_of,
)
from .model import MEASURES, Measure, Mention
from .numbers import (
    HEDGE_RE,
    NUMBER_RE,
    find_numbers,
    fraction_measure,
    make_measure,
    parse_digits,
    signed,
    words_value,
)
from .periods import (
    COMPARISON_BEFORE_RE,
    COMPARISON_MARK_RE,
    PeriodMatch,
    find_periods,
    publication_month,
    shift,
    ym,
)
from .text import SpanSet, aside_spans, quote_spans, sentences

E_AND_W = "England and Wales"
COUNTY = "\x00county"
FORCE = "\x00force"
TOWN = "\x00town"
ISLAND = "\x00island"
WARD = "\x00ward"  # "Overall crime in the ward rose": the ward the article last named
THERE = "\x00there"  # "Offences there more than doubled": the place the sentence before named

prepare(
    HEDGE_RE,
    COMPARISON_BEFORE_RE,
    COMPARATOR_BEFORE_RE,
    BEFORE_OFFENCE_SPLIT_RE,
    ONE_BAD_BEFORE_RE,
    IN_EVERY_BEFORE_RE,
    CALL_BEFORE_RE,
    PROPORTION_BEFORE_RE,
    RATE_BEFORE_RE,
    BY_BEFORE_RE,
    UPDOWN_BEFORE_RE,
    PREV_BEFORE_RE,
    WHEN_BEFORE_RE,
    TO_BEFORE_RE,
    COUNT_BEFORE_RE,
    WAS_BEFORE_RE,
    NO_BEFORE_RE,
    ARTICLE_BEFORE_RE,
    PAREN_BEFORE_RE,
    SUPERLATIVE_BEFORE_RE,
    MONTH_DAY_BEFORE_RE,
    WHEN_ONLY_BEFORE_RE,
    AVERAGE_BEFORE_RE,
)

# windows without the key words ("than", "call", "average", "highest", "rate") are ruled out
# before mirroring: these mirrors scan up to 120 characters for the key word
literal_filter(
    COMPARATOR_BEFORE_RE,
    CALL_BEFORE_RE,
    AVERAGE_BEFORE_RE,
    SUPERLATIVE_BEFORE_RE,
    RATE_BEFORE_RE,
)
# literals of patterns searched in the original text (checked in its lower-cased copy)
_TEXT_LITERALS: dict[int, tuple[str, ...] | None] = {
    id(rx): required_literals(rx, folded=True)
    for rx in (
        MONEY_SENTENCE_RE,
        COMPARISON_MARK_RE,
        AVERAGE_NEAR_RE,
        NO_ANY_RE,
        SAME_NUMBER_OF_RE,
    )
}
# place names start with a capital: ``re`` skips to capitals (same matches, see fastre.word_start)
_AREA_SCAN = word_start(AREA_RE)
_SPACE_RUN = re.compile(r"\s*")
_FORCE_SCAN = word_start(FORCE_RE)

# Case-insensitive patterns used on every sentence, also compiled for the lower-cased document
# (same spans, 2-5x faster: see fastre.lowered).
_FOLD = {
    "OFFENCE": OFFENCE_RE,
    "CLAUSE_SPLIT": CLAUSE_SPLIT_RE,
    "NON_STAT": NON_STAT_NEAR_RE,
    "CUE": CUE_RE,
    "CUE_AFTER": CUE_AFTER_RE,
    "RATE_CONTEXT": RATE_CONTEXT_RE,
    "SURVEY": SURVEY_RE,
    "DIRECTION": DIRECTION_RE,
    "CALL_WORD": CALL_WORD_RE,
    "FUTURE": FUTURE_RE,
    "DETECTION": DETECTION_RE,
    "TARGET": TARGET_RE,
    "DETERMINED": DETERMINED_RE,
    "QUESTION": QUESTION_RE,
    "ANAPHORA": ANAPHORA_RE,
    "AND_NUMBER": AND_NUMBER_RE,
}


_PLAIN = SimpleNamespace(**_FOLD)
_folded = {k: lowered(v) for k, v in _FOLD.items()}
_FOLDED = SimpleNamespace(**_folded) if all(v is not None for v in _folded.values()) else None
# literals one of which every match of a folded keyword pattern contains (see
# fastre.required_literals): a sentence without any of them is not searched
_LITERALS: dict[str, tuple[str, ...] | None] = {
    k: required_literals(v, folded=True) for k, v in _FOLD.items()
}
# Keyword patterns whose literals are too common to rule sentences out ("by", "if", "up") but whose
# matches all start a word: searched from word starts only (fastre.WordLedSearch, same matches).
_WORD_LED: dict[str, WordLedSearch] = (
    {
        k: WordLedSearch(getattr(_FOLDED, k), folded_tree(_FOLD[k]), _FOLD[k].flags & ~re.I)
        for k in ("DETERMINED", "DIRECTION", "FUTURE", "NON_STAT")
    }
    if _FOLDED is not None
    else {}
)


def _occurrences(low: str, literals: tuple[str, ...]) -> list[int]:
    """Sorted start of every occurrence of every literal in ``low`` (overlapping ones too)."""
    out: list[int] = []
    find = low.find
    for x in literals:
        p = find(x)
        while p >= 0:
            out.append(p)
            p = find(x, p + 1)
    out.sort()
    return out


@dataclass
class _Num:
    start: int
    end: int  # end of the whole measure phrase (number, % and so on)
    role: str
    measure: Measure
    offence: str | None = None  # offence bound by the wording ("620 drug related offences")
    offence_phrase: str = ""
    direction: int = 0  # +1 / -1 when the sign came from a cue (for elliptical clauses)


@dataclass
class _Ctx:
    area: str | None = None
    period: tuple[str | None, str | None] = (None, None)
    topic: str | None = None
    topic_phrase: str = ""
    last_town: str | None = None
    row_prior: tuple[str, str] | None = None  # the topic before a run of offence rows


@dataclass
class _Area:
    start: int
    end: int
    name: str  # canonical name, or COUNTY / FORCE / TOWN placeholders
    comparator: bool = False
    kind: str = "gazetteer"
    agent: bool = False  # "Leicestershire Police recorded ...": the force speaking, not the place
    rank_set: bool = False  # "more crime than any other ward in London": the set, not the subject


class _Extractor:
    def __init__(self, text: str):
        self.text = text
        low = text.lower()
        if len(low) == len(text) and _FOLDED is not None:
            self.low: str | None = low
            # the lower-cased text for literal filters of case-insensitive patterns, unless the
            # text has one of the two characters ``re`` folds onto an ASCII letter ("ı", "ſ")
            self.flow = None if ("ı" in text or "ſ" in text) else low
            self.lt = low
            self.R = _FOLDED
        else:  # lower-casing moved offsets (rare non-ASCII letters): original patterns
            self.low = None
            self.flow = None
            self.lt = text
            self.R = _PLAIN
        # per keyword pattern: where its literals occur in the document (None: always search)
        self._occ: dict[object, list[int] | None] = {}
        self.sents = sentences(text)
        self.sent_starts = [a for a, _b in self.sents]
        self.quotes = SpanSet(quote_spans(text))
        # offences
        self.offences: list[tuple[int, int, str]] = []
        for m in self._offence_matches():
            off = offence_of(m.group(0))
            if off is None or EXCLUDED_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()):
                continue
            if off == GENERIC_TOTAL and SHARE_OF_BEFORE_RE.search(
                text, max(0, m.start() - 20), m.start()
            ):
                continue  # "Violent crime made up the largest share of offences": the whole
            prev = self.offences[-1] if self.offences else None
            if (
                off == GENERIC_TOTAL
                and prev is not None
                and prev[2] not in (GENERIC_TOTAL, TOPIC)
                and "." not in text[prev[1] : m.start()]
                and ACCOUNTED_OF_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # "Drug trafficking ... accounted for 326 of the offences": the whole
            if (
                prev is not None
                and off in (GENERIC_TOTAL, TOPIC)
                and prev[2] not in (GENERIC_TOTAL, TOPIC)
                and text[prev[1] : m.start()].strip() == ""
                and "\n" not in text[prev[1] : m.start()]
            ):  # "drug trafficking offences": the noun belongs to the phrase before it
                self.offences[-1] = (prev[0], m.end(), prev[2])
                continue
            self.offences.append((m.start(), m.end(), off))
        # "Drug offences – 588 ... Possession accounted for 451 of them", "318 were for
        # possession, the remaining 94 relating to trafficking": parts of a drug total
        if "drug" in self.lt and ("possession" in self.lt or "trafficking" in self.lt):
            extra_offs = []
            for dm in DRUG_PART_RE.finditer(text):
                ds, de = dm.span()
                if any(o[0] <= ds < o[1] for o in self.offences):
                    continue  # part of a longer phrase ("possession of weapons", ...)
                before_offs = [o for o in self.offences if o[1] <= ds and ds - o[1] < 400]
                if (
                    before_offs
                    and before_offs[-1][2]
                    in (
                        "drug_offences",
                        "drug_possession",
                        "drug_trafficking",
                        TOPIC,
                        GENERIC_TOTAL,
                    )
                    and any(o[2] == "drug_offences" for o in before_offs)
                ):
                    part = (
                        "drug_possession"
                        if dm.group(0).lower() == "possession"
                        else "drug_trafficking"
                    )
                    extra_offs.append((ds, de, part))
            if extra_offs:
                merged = sorted(self.offences + extra_offs)
                # "Possession offences rose to 7,236": the noun belongs to the part before it
                out_offs: list[tuple[int, int, str]] = []
                for o in merged:
                    if (
                        out_offs
                        and o[2] == GENERIC_TOTAL
                        and out_offs[-1] in extra_offs
                        and text[out_offs[-1][1] : o[0]] == " "
                    ):
                        out_offs[-1] = (out_offs[-1][0], o[1], out_offs[-1][2])
                        continue
                    out_offs.append(o)
                self.offences = out_offs
        if "stolen" in self.lt:
            # "18,420 bikes were reported stolen": the thefts of them
            stolen = [
                (m.start(), m.end(), "bicycle_theft" if m.group("bike") else "vehicle_offences")
                for m in STOLEN_RE.finditer(text)
                if not any(o[0] < m.end() and m.start() < o[1] for o in self.offences)
            ]
            if stolen:
                self.offences = sorted(self.offences + stolen)
        self.off_starts = [o[0] for o in self.offences]
        # the offence an article is about, from its headline ("Shoplifting in Doncaster soars"):
        # the first line, or the first line naming an offence above the body's first sentence
        # ("NEWS RELEASE – Suffolk Constabulary / Issued: ... / Burglary down by a fifth")
        first_end = self.sents[0][1] if self.sents else 0
        if not any(o[0] < first_end for o in self.offences):
            for hs, he in self.sents[:4]:
                if text[hs:he].rstrip().endswith("."):
                    break
                if any(hs <= o[0] < he for o in self.offences):
                    first_end = he
                    break
        self.headline_offence = next(
            (
                o[2]
                for o in self.offences
                if o[0] < first_end and o[2] not in (TOPIC, GENERIC_TOTAL)
            ),
            None,
        )
        # places
        self.areas = self._find_areas()
        self.area_starts = [a.start for a in self.areas]
        # periods
        self.periods = find_periods(text, self.sents)
        # "between April and June last year": the relative words belong to the range before them
        if len(self.periods) > 1:
            self.periods = [
                p
                for k, p in enumerate(self.periods)
                if not (
                    p.kind == "relative"
                    and k > 0
                    and self.periods[k - 1].kind == "range"
                    and 0 <= p.start - self.periods[k - 1].end <= 1
                )
            ]
        # periods that date something other than figures: "The commissioner, elected last
        # November", "the ward's monthly average of 140 over the past year"
        not_figures = [
            (rx, width)
            for rx, width, words in (
                (EVENT_DATE_BEFORE_RE, 20, ("elected", "appointed", "launched", "office")),
                (AVERAGE_SPAN_BEFORE_RE, 60, ("average",)),
            )
            if any(w in low for w in words)
        ]
        if not_figures:
            self.periods = [
                p
                for p in self.periods
                if not any(rx.search(text, max(0, p.start - w), p.start) for rx, w in not_figures)
            ]
        self.per_starts = [p.start for p in self.periods]
        # numbers
        self.numbers = find_numbers(text)
        self.num_starts = [m.start() for m in self.numbers]
        pub = publication_month(text)
        self.pub = pub
        # "with the 2013/14 figure first and the 2014/15 figure second": the order of the two
        # figures of "Robbery: 214 / 198" rows (True: the later period's figure comes second)
        self._slash_later_second: bool | None = None
        if "/" in text and "first" in low and "second" in low:  # words SLASH_ORDER_RE needs
            om = SLASH_ORDER_RE.search(text)
            if om:
                p1, p2 = find_periods(om.group("p1")), find_periods(om.group("p2"))
                r1 = p1[0].resolve(None, (None, None)) if p1 else (None, None)
                r2 = p2[0].resolve(None, (None, None)) if p2 else (None, None)
                if r1[1] and r2[1] and r1[1] != r2[1]:
                    self._slash_later_second = r2[1] > r1[1]
        self.county = self._doc_county()
        self.names_e_and_w = any(a.name == E_AND_W and a.kind != "anaphora" for a in self.areas)
        self.first_town = next(
            (
                a.name
                for a in self.areas
                if _atype(a.name) in ("town", "district") and a.kind != "ward"
            ),
            None,
        )

    # ------------------------------------------------------------ keyword tests
    def _offence_matches(self) -> Iterator[re.Match[str]]:
        """The offence phrases, none across a blank line ("41 offences\\n\\nRecorded crime ...")."""
        rx, lt = self.R.OFFENCE, self.lt
        pos = 0
        while True:
            for m in rx.finditer(lt, pos):
                brk = PARA_BREAK_RE.search(lt, m.start(), m.end()) if "\n" in m.group(0) else None
                if brk is None:
                    yield m
                    continue
                part = rx.match(lt, m.start(), brk.start())
                if part is not None:
                    yield part
                pos = brk.end()
                break
            else:
                return

    def _may(self, key: str, s: int, e: int) -> bool:
        """False when ``self.R.<key>`` cannot match inside ``lt[s:e]``: no literal of it starts
        there (every match contains one); True means "search"."""
        if key in self._occ:
            occ = self._occ[key]
        else:
            lits = _LITERALS.get(key) if self.low is not None else None
            occ = self._occ[key] = None if lits is None else _occurrences(self.lt, lits)
        if occ is None:
            return True
        i = bisect.bisect_left(occ, s)
        return i < len(occ) and occ[i] < e

    def _text_may(self, rx: re.Pattern[str], s: int, e: int) -> bool:
        """False when ``rx`` (searched in the original text) cannot match inside ``text[s:e]``:
        no literal of it starts there in the lower-cased text (see ``Before.low`` for when that
        is exact); True means "search"."""
        k = id(rx)
        if k in self._occ:
            occ = self._occ[k]
        else:
            flow = self.flow
            lits = _TEXT_LITERALS.get(k) if flow is not None else None
            occ = self._occ[k] = None if lits is None or flow is None else _occurrences(flow, lits)
        if occ is None:
            return True
        i = bisect.bisect_left(occ, s)
        return i < len(occ) and occ[i] < e

    def _text_has(self, rx: re.Pattern[str], s: int, e: int) -> bool:
        """``rx`` (searched in the original text) matches inside ``text[s:e]``."""
        return self._text_may(rx, s, e) and rx.search(self.text, s, e) is not None

    def _search(self, key: str, s: int, e: int) -> re.Match[str] | None:
        """``self.R.<key>.search(self.lt, s, e)``."""
        if self.low is not None:
            ws = _WORD_LED.get(key)
            if ws is not None:
                return ws.search(self.lt, s, e)
        if not self._may(key, s, e):
            return None
        return getattr(self.R, key).search(self.lt, s, e)

    def _has(self, key: str, s: int, e: int) -> bool:
        """``self.R.<key>.search(self.lt, s, e) is not None``."""
        return self._search(key, s, e) is not None

    # ------------------------------------------------------------ places
    def _find_areas(self) -> list[_Area]:
        text = self.text
        found: list[_Area] = []
        # the ONS bulletin's title ("the annual Crime in England and Wales report") names no area
        titles = [m.span() for m in TITLE_RE.finditer(text)] if "Crime in" in text else []
        # "Stockton Town Centre ward recorded 486 ...": a ward is named as a whole, even when a
        # gazetteer place begins its name
        wards: list[_Area] = []
        if " ward" in text or " neighbourhood" in text:
            ward_of = WARD_OF_RE.finditer(text) if "ward of" in text else ()
            for wm in (*WARD_RE.finditer(text), *ward_of):
                g = "name"
                ws, raw = wm.start(g), wm.group(g)
                # "In Fairfield ward": the preposition is not part of the name
                lead = STOP_LEAD_RE.match(raw)
                if lead and lead.group(1) in PLACE_NAME_STOP:
                    ws, raw = ws + lead.end(), raw[lead.end() :]
                name = _clean_name(raw)
                if name:
                    wards.append(_Area(ws, wm.end(g), name, kind="ward"))
        if " centre" in text:
            # "Violence in Cardiff city centre on weekend nights fell": a zone of the town
            for cm in CENTRE_AREA_RE.finditer(text):
                info = AREAS.get(cm.group("town"))
                if info is not None and _atype(info.name) in ("town", "district", "city"):
                    name = f"{info.name} {cm.group('kind').lower()} centre"
                    wards.append(_Area(cm.start("name"), cm.end("name"), name, kind="pattern"))
        # "Wells-next-the-Sea": a hyphenated name no gazetteer knows, and its short form
        hyphen_names = (
            [hm for hm in HYPHEN_NAME_RE.finditer(text) if hm.group(0) not in AREAS]
            if HYPHEN_HINT_RE.search(text)
            else []
        )
        hyphen_short = {hm.group(0).split("-")[0]: hm.group(0) for hm in hyphen_names}
        for hm in hyphen_names:
            found.append(_Area(hm.start(), hm.end(), hm.group(0), kind="pattern"))
        for m in _AREA_SCAN.finditer(text):
            if hyphen_names and any(h.start() <= m.start() < h.end() for h in hyphen_names):
                continue
            info = AREAS.get(m.group(0)) or AREAS.get(m.group(0).replace("’", "'"))
            if info is not None and not (titles and any(a <= m.start() < b for a, b in titles)):
                if wards and any(w.start <= m.start() < w.end for w in wards):
                    continue
                if STREET_AFTER_RE.match(text, m.end()):
                    continue  # "Prince of Wales Road", "Kettering Road": a street, not the place
                if hyphen_names and m.group(0) in hyphen_short:
                    # "Wells crime stays low" over "Wells-next-the-Sea remained ...": the short
                    # form of the longer hyphenated name the article uses
                    found.append(
                        _Area(m.start(), m.end(), hyphen_short[m.group(0)], kind="pattern")
                    )
                    continue
                sx = PLACE_SUFFIX_AFTER_RE.match(text, m.end())
                if sx and (m.group(0) + sx.group(0)) not in AREAS:
                    # "Craven Arms", "Hyde Park", "Burnt Oak": a longer place than the gazetteer's
                    found.append(
                        _Area(m.start(), sx.end(), m.group(0) + sx.group(0), kind="pattern")
                    )
                    continue
                pw = NAME_WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
                if (
                    pw is not None
                    and pw.group(1) not in PLACE_NAME_STOP
                    and pw.group(1) not in NOT_NAME_WORDS
                    and not _sentence_initial(text, pw.start(1))
                    and (pw.group(1) + " " + m.group(0)) not in AREAS
                    # "3.1 Across England and Wales": a word the text also writes in lower
                    # case is no part of a name
                    and not _written_in_lower_case(pw.group(1), text)
                ):
                    continue  # "Neighbouring Little London and Woodhouse": a longer name
                found.append(_Area(m.start(), m.end(), info.name))
        # a heading in capitals: "CRIME UP 9% IN EAST LINDSEY"
        for cm in CAPS_LINE_RE.finditer(text):
            titled = cm.group(0).title()
            for m in _AREA_SCAN.finditer(titled):
                info = AREAS.get(m.group(0))
                if info is not None:
                    found.append(_Area(cm.start() + m.start(), cm.start() + m.end(), info.name))
        found.extend(wards)  # order does not matter here: all areas are sorted below
        taken = [(a.start, a.end) for a in found] + titles

        def free(s: int, e: int) -> bool:
            return not any(s < te and ts < e for ts, te in taken)

        found_spans = {(a.start, a.end) for a in found}

        def claim(ms: int, me: int) -> bool:
            """Whether ``ms:me`` is free but for gazetteer names inside it ("Stoke" in "Stoke
            Newington Central"), which then give way."""
            nonlocal found, taken
            inner = [t for t in taken if ms <= t[0] and t[1] <= me and t in found_spans]
            if any(t[0] < me and ms < t[1] and t not in inner for t in taken):
                return False
            if inner:
                found = [a for a in found if (a.start, a.end) not in inner]
                taken = [t for t in taken if t not in inner]
            return True

        extra: list[_Area] = []
        # every match names "Police" or "Constabulary"
        forces = _FORCE_SCAN.finditer(text) if "Police" in text or "Constabulary" in text else ()
        for m in forces:
            name = _clean_name(m.group("name"))
            if name and free(m.start("name"), m.end("name")):
                extra.append(_Area(m.start("name"), m.end("name"), name, kind="pattern"))
        for s, e in self.sents:
            lm = LEAD_PLACE_RE.match(text, s, e)
            if lm:
                name = _clean_name(lm.group("name"))
                # "In Streatham Hill, ...": the longer name, not "Streatham" inside it
                if name and (
                    free(lm.start("name"), lm.end("name"))
                    or (
                        name.replace("’", "'") not in AREAS
                        and claim(lm.start("name"), lm.end("name"))
                    )
                ):
                    extra.append(_Area(lm.start("name"), lm.end("name"), name, kind="pattern"))
        # a railway line ("Crime on the Brighton Main Line fell"): British Transport Police's
        # areas
        if " Line" in text:
            for rm in RAIL_LINE_RE.finditer(text):
                end = rm.end("tail") if rm.group("tail") else rm.end("name")
                if claim(rm.start("name"), end):
                    extra.append(_Area(rm.start("name"), end, rm.group("name"), kind="pattern"))
        # a place no gazetteer knows, named in the headline after "in" and again in the body
        # ("Shop thefts soar in Hanley ...", "... data for Hanley shows 1,146 ...")
        # (the title lines at the top: no full stop at their end)
        h1 = 0
        title_spans = []
        for tl in re.finditer(r"[^\n]+", text[:400]):
            if tl.group(0).rstrip().endswith((".", '"', "”")):
                break
            title_spans.append(tl.span())
            h1 = tl.end()
        for hm in (m for a, b in title_spans for m in HEADLINE_IN_PLACE_RE.finditer(text, a, b)):
            raw = hm.group("name")
            if (
                raw in AREAS
                or raw.split()[0] in PLACE_NAME_STOP
                or _written_in_lower_case(raw.split()[0], text)
            ):
                continue
            uses = [m for m in _name_uses(raw, text) if m.start() >= h1]
            if len(uses) < 2:
                continue
            for m in [hm, *uses]:
                ms, me = (hm.start("name"), hm.end("name")) if m is hm else m.span()
                if claim(ms, me):
                    extra.append(_Area(ms, me, raw, kind="pattern"))
        # a heading line over its paragraph ("Millfield" over "Millfield saw 287 crimes"): a
        # place when the paragraph names it again and the text never writes it in lower case
        if "\n" in text:
            for hm in TITLE_HEADING_RE.finditer(text):
                raw = hm.group("h")
                hs, he = hm.start("h"), hm.end("h")
                if (
                    OFFENCE_RE.search(raw)
                    or raw in AREAS
                    or _written_in_lower_case(raw.split()[0], text)
                ):
                    continue
                body = _SPACE_RUN.match(text, he).end()  # past a blank line
                par_end = text.find("\n\n", body)
                par_end = len(text) if par_end < 0 else par_end
                uses = [m for m in _name_uses(raw, text) if he < m.start() < par_end]
                # ... or calls it "the ward" ("Penhill and Upper Stratton" over "Crime in the
                # ward was down by 8 per cent")
                if not (uses or PLACE_ANAPHOR_RE.search(text, he, par_end)) or not claim(hs, he):
                    continue
                extra.append(_Area(hs, he, raw, kind="pattern"))
                for m in uses:
                    if claim(m.start(), m.end()):
                        extra.append(_Area(m.start(), m.end(), raw, kind="pattern"))
        # a round-up with a heading per town ("HEDNESFORD" over "... in Hednesford, where 187
        # crimes were reported"): a capitals heading that the text also writes as a name, and
        # never in lower case, is a place, even when no gazetteer knows it
        for hm in CAPS_HEADING_RE.finditer(text):
            name = hm.group("h").title()
            if not free(hm.start("h"), hm.end("h")) or _written_in_lower_case(
                name.split()[0], text
            ):
                continue
            uses = [m for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
            if not uses:
                continue
            extra.append(_Area(hm.start("h"), hm.end("h"), name, kind="pattern"))
            for m in uses:
                if free(m.start(), m.end()):
                    extra.append(_Area(m.start(), m.end(), name, kind="pattern"))
        if "on or near" in self.lt:
            for m in ON_OR_NEAR_RE.finditer(text):
                name = _clean_name(m.group("name"))
                if name and free(m.start("name"), m.end("name")):
                    extra.append(_Area(m.start("name"), m.end("name"), name, kind="ward"))
            for s, e in self.sents:
                lm = STREET_SUBJECT_RE.match(text, s, e)
                if lm:
                    name = _clean_name(lm.group("name"))
                    if name and free(lm.start("name"), lm.end("name")):
                        extra.append(_Area(lm.start("name"), lm.end("name"), name, kind="ward"))
        if "police.uk" in self.lt or "hotspot" in self.lt or "on the map" in self.lt:
            # a crime-map story's streets: "The street with the most reported crime was Northgate
            # Street, in the heart of the city centre, with 38 offences, followed by Eastgate
            # Street with 29", "Foreshore Road, ..., where 47 crimes were reported"
            for m in STREET_FIGURE_RE.finditer(text):
                if STREET_IN_LIST_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
                    continue  # "The West End ward, which takes in Soho ... and Oxford Street"
                name = _clean_name(m.group("name"))
                if name and free(m.start("name"), m.end("name")):
                    extra.append(_Area(m.start("name"), m.end("name"), name, kind="ward"))
        if WARDS_WORD_RE.search(text):
            # in a round-up of wards, "Tupsley had 37 crimes last month": a name leading its
            # sentence with a count is a ward, even when no gazetteer knows it
            for s, e in self.sents:
                lms = [
                    SUBJECT_PLACE_RE.match(text, s, e)
                    or WARD_LEVEL_SUBJECT_RE.match(text, s, e)
                    or RANKED_SUBJECT_PLACE_RE.match(text, s, e),
                    *WHILE_SUBJECT_PLACE_RE.finditer(text, s, e),
                    *WARD_WAS_RE.finditer(text, s, e),
                ]
                for lm in lms:
                    # "Officers recorded ...": a word the text also writes in lower case is no
                    # name
                    if lm and not _written_in_lower_case(lm.group("name").split()[0], text):
                        name = _clean_name(lm.group("name"))
                        ns, ne = lm.start("name"), lm.end("name")
                        # "Quarry Bank and Dudley Wood": gazetteer names inside give way
                        if name and (free(ns, ne) or (name not in AREAS and claim(ns, ne))):
                            extra.append(_Area(ns, ne, name, kind="ward"))
        for _os, oe, _off in self.offences:
            lm = AFTER_OFFENCE_PLACE_RE.match(text, oe)
            if lm:
                name = _clean_name(lm.group("name"))
                if name and free(lm.start("name"), lm.end("name")):
                    extra.append(_Area(lm.start("name"), lm.end("name"), name, kind="pattern"))
        for s_, e_ in self.sents:
            lm = LABEL_RE.match(text, s_, e_)
            if lm:
                name = _clean_name(lm.group("name"))
                ls, le = lm.start("name"), lm.end("name")
                if (
                    name
                    and name not in AREAS
                    and not any(o[0] < le and ls < o[1] for o in self.offences)
                    and claim(ls, le)
                ) or (
                    name
                    and free(ls, le)
                    and not any(o[0] < le and ls < o[1] for o in self.offences)
                ):
                    extra.append(_Area(ls, le, name, kind="label"))
        # a name a list uses as a row label ("Holborn and Covent Garden - 7,412") is a place
        # wherever else the article names it ("Holborn and Covent Garden has again been named
        # the part of Camden with the most recorded crime")
        label_names = {text[a.start : a.end] for a in extra if a.kind == "label"}
        for raw in sorted(label_names):
            if raw in AREAS or len(raw) < 4:
                continue
            for m in _name_uses(raw, text):
                ms, me = m.start(), m.end()
                if not any(a.start == ms for a in extra) and claim(ms, me):
                    extra.append(_Area(ms, me, _clean_name(raw) or raw, kind="pattern"))
        for m in (
            self.R.ANAPHORA.finditer(self.lt) if self._may("ANAPHORA", 0, len(self.lt)) else ()
        ):
            kind = (m.group("kind") or m.group("kind2") or m.group("kind3") or "").lower()
            if m.group("nat") or kind in ("country", "nation"):
                name = E_AND_W
            elif kind.startswith(("force", "policing")) or (
                m.group("cw") and m.group("cw").lower().startswith("force")
            ):
                name = FORCE
            elif m.group("cw") or kind.startswith("county"):
                name = COUNTY
            elif m.group("tw"):
                name = TOWN
            elif kind == "island":
                name = ISLAND
            elif kind == "capital":
                # "Across the capital, 823,100 offences were recorded"; "402 rapes in the capital"
                # in a story about Cardiff
                name = "Cardiff" if "Cardiff" in text and "London" not in text else "London"
            elif kind == "ward":
                name = WARD
            else:
                name = TOWN
                if text.startswith(" centre", m.end()) or text.startswith(" center", m.end()):
                    # "in the city centre" in an article about a town centre as a place of its
                    # own ("Leeds city centre"): that place; otherwise a spot in the town
                    zone = next((w.name for w in wards if w.name.endswith(" centre")), None)
                    if zone is not None and free(m.start(), m.end() + 7):
                        extra.append(_Area(m.start(), m.end() + 7, zone, kind="anaphora"))
                    continue
            if free(m.start(), m.end()):
                # "The force also recorded 1,012 drug offences": the force speaking
                agent = name == FORCE and m.group("kind2") is not None
                extra.append(_Area(m.start(), m.end(), name, kind="anaphora", agent=agent))
        if " there" in text:
            for m in THERE_RE.finditer(text):
                if free(m.start("t"), m.end("t")):
                    extra.append(_Area(m.start("t"), m.end("t"), THERE, kind="anaphora"))
        allareas = found + extra
        allareas.sort(key=lambda a: a.start)
        enums = (
            [m.span() for m in ENUM_ACROSS_RE.finditer(text)]
            if "across " in text
            or "covering " in text
            or "spanning " in text
            or "living in" in text
            else []
        )
        # dedupe overlapping pattern matches
        out: list[_Area] = []
        dropped_end = -1  # a name dropped below takes the shorter names inside it with it
        for a in allareas:
            if (out and a.start < out[-1].end) or a.start < dropped_end:
                continue
            if enums and any(x < a.start < y for x, y in enums):
                continue  # a list of the parts: the figure stays with the whole
            chk = a.start
            if a.kind == "anaphora":  # "in the country": test the words before "the"
                pm = PREP_RE.match(text, a.start)
                chk = pm.end() if pm else a.start
            sup = Before(text, max(0, chk - 90), chk, self.flow).search(SUPERLATIVE_BEFORE_RE)
            # "the largest single category in Bridgend" ranks an offence, not the place
            if (
                a.kind == "gazetteer"
                and SET_OWNER_AFTER_RE.match(text, a.end)
                and OF_THE_BEFORE_RE.search(text, max(0, a.start - 8), a.start)
            ):
                dropped_end = a.end
                continue  # "all three of the North East's police force areas": a set of places
            if EPITHET_AFTER_RE.match(text, a.end):
                dropped_end = a.end
                continue  # "Teesside's largest town recorded 26,418": a description of a place
            if (
                sup
                and not RANKS_OFFENCE_RE.search(sup.group(0))
                # "The rise was sharpest in Huddersfield, where ...": the clause is about it
                and not WHERE_ASIDE_RE.match(text, a.end)
            ):
                dropped_end = a.end
                continue
            if (
                a.kind == "anaphora"
                and a.name == E_AND_W
                and out
                and out[-1].name == E_AND_W
                and out[-1].kind != "anaphora"
                and bisect.bisect_right(self.sent_starts, out[-1].start)
                == bisect.bisect_right(self.sent_starts, a.start)
            ):
                continue  # "for England and Wales ..., the latest national figure": the same place
            if a.kind == "gazetteer" and AREA_LABEL_AFTER_RE.match(text, a.end):
                ls = self._sentence_start(a.start)
                if LABEL_LEAD_RE.fullmatch(text, ls, a.start):
                    a.kind = "label"
            if (
                "other" in text[max(0, a.start - 40) : a.start]
                or "outside" in text[max(0, a.start - 20) : a.start]
            ):
                a.rank_set = bool(RANK_SET_BEFORE_RE.search(text, max(0, a.start - 40), a.start))
            a.comparator = (
                bool(
                    Before(text, max(0, a.start - 60), a.start, self.flow).search(
                        COMPARATOR_BEFORE_RE
                    )
                )
                or bool(
                    # "lower than neighbouring Enfield, at 12.9 per 1,000, and Haringey, at 11.4"
                    out
                    and out[-1].comparator
                    and COMPARATOR_LIST_GAP_RE.fullmatch(text, out[-1].end, a.start)
                )
                or bool(
                    # "at a meeting in Kendal on Monday": where something happened, not the subject
                    VENUE_AFTER_RE.match(text, a.end)
                    or VENUE_BEFORE_RE.search(text, max(0, a.start - 40), a.start)
                )
            )
            # "Cleveland Police recorded ...", and a force named in full ("according to
            # Metropolitan Police figures"): the force speaking, unless its area is meant
            a.agent = (
                a.agent
                or bool(AGENT_AFTER_RE.match(text, a.end))
                or (
                    a.kind == "gazetteer"
                    and FORCE_NAME_END_RE.search(text, a.start, a.end) is not None
                    and not AREA_WORD_AFTER_RE.match(text, a.end)
                )
            )
            out.append(a)
        # "Stockton-on-Tees had 17,206 ... Stockton had 1,322 burglaries": the short form of a
        # place the document names in full is that place
        names = {a.name for a in out if a.kind == "gazetteer"}
        longer = {
            short: full
            for full in names
            for short in (LONG_PLACE_TAIL_RE.split(full, maxsplit=1)[0],)
            if short != full and short in names
        }
        for a in out:
            if a.kind == "gazetteer" and a.name in longer:
                a.name = longer[a.name]
        return out

    def _doc_county(self) -> str | None:
        for a in self.areas:
            if _atype(a.name) in ("police_force_area", "county"):
                return a.name
        for a in self.areas:
            info = CANONICAL_AREAS.get(a.name)
            if info is not None and info.area_type in ("town", "district") and info.parent:
                return info.parent
        return None

    def _sentence_start(self, pos: int) -> int:
        """Start of the sentence ``pos`` lies in (0 before the first)."""
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sent_starts[i] if i >= 0 else 0

    def _resolve_area(self, a: _Area, ctx: _Ctx) -> str | None:
        name = self._resolve_place(a, ctx)
        return self._borough_of(a, name) if a.name == TOWN else name

    def _resolve_place(self, a: _Area, ctx: _Ctx) -> str | None:
        if a.name in (COUNTY, FORCE):
            # "Gwent had the steepest rise ... overall crime in the force area": the force (or,
            # for "the county", the county) under discussion, else the article's first
            wide = FORCE_TYPES if a.name == FORCE else WIDE_TYPES
            for b in reversed(self._cur_areas):
                if (
                    b.start < a.start
                    and b.kind != "anaphora"
                    and not b.agent  # "North Wales Police recorded ... in the county"
                    and _atype(b.name) in wide
                ):
                    return b.name
            if ctx.area and _atype(ctx.area) in wide:
                return ctx.area
            if a.name == FORCE:
                # "... the rate for the North Wales Police area as a whole. Across the force
                # area, ...": the force named last before it
                for b in reversed(self.areas):
                    if b.start < a.start and b.kind != "anaphora" and _atype(b.name) in wide:
                        return b.name
            return self.county
        if a.name == ISLAND:
            # "On the island, burglaries rose": the place the article is about, not its force
            local = [
                b.name
                for b in self._cur_areas
                if b.start < a.start and b.kind != "anaphora" and _atype(b.name) not in WIDER
            ]
            if local:
                return local[-1]
            if ctx.area and _atype(ctx.area) not in WIDER:
                return ctx.area
            return next(
                (
                    b.name
                    for b in self.areas
                    if b.kind != "anaphora" and _atype(b.name) not in WIDER
                ),
                None,
            )
        if a.name == WARD:
            for b in reversed(self.areas):
                if b.start < a.start and (
                    b.kind in ("ward", "label", "pattern")
                    # "St James's ... saw crime increase. Drug offences in the ward fell": a
                    # small place the gazetteer knows, other than the article's own
                    or (
                        b.kind == "gazetteer"
                        and not b.comparator
                        and _atype(b.name) == "town"
                        and b.name != self._main_area
                        and b.start - self._sentence_start(b.start) <= 3  # leading its sentence
                    )
                ):
                    return b.name
            return ctx.area
        if a.name == THERE:
            for b in reversed(self._cur_areas):
                if b.start < a.start and b.kind != "anaphora" and not b.comparator:
                    return b.name
            return self._prev_place or ctx.area
        if a.name == TOWN:
            # "In Newcastle-under-Lyme, ... robbery in the borough": a town named earlier in
            # the same sentence
            for b in reversed(self._cur_areas):
                if (
                    b.start < a.start
                    and b.kind != "anaphora"
                    and _atype(b.name)
                    not in (
                        "police_force_area",
                        "county",
                        "region",
                        "nation",
                    )
                ):
                    return b.name
            if (
                self._prev_place is not None
                and self._prev_place != ctx.area
                and _atype(self._prev_place) == "town"
                and _atype(ctx.area or "") in ("district", "county", "police_force_area")
                and "town" in self.text[a.start : a.end].lower()
            ):
                # "Shopkeepers in North Walsham also reported a difficult month. Last month there
                # were 31 shoplifting offences recorded in the town": the town just named, not
                # the district the article is about
                return self._prev_place
            if ctx.area and _atype(ctx.area) not in (
                "police_force_area",
                "county",
                "region",
                "nation",
            ):
                return ctx.area
            return self.first_town or ctx.last_town
        return a.name

    def _borough_of(self, a: _Area, name: str | None) -> str | None:
        """ "the borough's figure" in an article about the town of Telford: the borough of
        Telford and Wrekin, when the article names it."""
        if name and _atype(name) == "town" and BOROUGH_WORD_RE.search(self.text, a.start, a.end):
            for b in self.areas:
                if _atype(b.name) in ("district", "county") and b.name.startswith(name + " "):
                    return b.name
            # "... any other ward in the borough of Dudley ... Across the whole borough": the
            # borough the article named as such
            for b in self.areas:
                if (
                    b.start < a.start
                    and b.name != name
                    and b.kind == "gazetteer"
                    and self.text[max(0, b.start - 11) : b.start].lower() == "borough of "
                ):
                    return b.name
        main = self._main_area
        if (
            name
            and main
            and main != name
            and _atype(name) == "town"
            and _atype(main) in ("", "district")
            and "district" in self.text[a.start : a.end].lower()
        ):
            # "across the district" after a paragraph about Ludlow, in an article about South
            # Shropshire: the district the article is about
            return main
        if name and not _atype(name) and BOROUGH_WORD_RE.search(self.text, a.start, a.end):
            # "Across the borough as a whole" after figures for a ward: the borough the
            # article named, not the ward
            main = self._main_area
            if main and main != name and _atype(main) in ("district", "town", "county"):
                return main
            for kinds in (("district",), ("town", "county")):
                for b in reversed(self.areas):
                    if b.start < a.start and b.kind == "gazetteer" and _atype(b.name) in kinds:
                        return b.name
        return name

    # ------------------------------------------------------------ helpers
    def _slice(self, starts: list[int], items: list, s: int, e: int) -> list:
        i = bisect.bisect_left(starts, s)
        j = bisect.bisect_left(starts, e)
        return items[i:j]

    def _asides(self, s: int, e: int) -> list[tuple[int, int]]:
        return aside_spans(self.text, self.flow, s, e)

    def _clauses(
        self, s: int, e: int, offs: list[tuple[int, int, str]], pers: list[PeriodMatch]
    ) -> list[tuple[int, int]]:
        text = self.text
        cuts: set[int] = set()
        if self._may("CLAUSE_SPLIT", s, e):
            for m in self.R.CLAUSE_SPLIT.finditer(self.lt, s, e):
                if m.start() > s:
                    cuts.add(m.start())
        for os_, _oe, _off in offs:
            m = Before(text, max(s, os_ - 60), os_, self.flow).search(BEFORE_OFFENCE_SPLIT_RE)
            if m and m.start() > s:
                cuts.add(m.start())
        # "Rises of 6.2 and 9.5 per cent were recorded in A and B respectively": the figures
        # stay together so that they can be paired with the places in order
        if self._may("AND_NUMBER", s, e) and not RESPECTIVELY_RE.search(text, s, e):
            for m in self.R.AND_NUMBER.finditer(self.lt, s, e):
                cuts.add(m.start())
        # "... rose 38 per cent to 4,112, and anyone who has shopped in Durham will know why":
        # a figure-free tail after the sentence's last figure is a clause of its own
        j = bisect.bisect_left(self.num_starts, e) - 1
        if j >= 0 and self.num_starts[j] >= s and text.find(",", self.numbers[j].end(), e) >= 0:
            tm = TAIL_CLAUSE_RE.search(text, self.numbers[j].end(), e)
            if tm:
                cuts.add(tm.start())
        cuts = {c for c in cuts if not any(p.start <= c < p.end for p in pers)}
        bounds = [s, *sorted(cuts), e]
        return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    # ------------------------------------------------------------ numbers
    def _read_number(
        self, m: re.Match[str], cs: int, ce: int, offs: list[tuple[int, int, str]]
    ) -> _Num | None:
        text = self.text
        s, e = m.start(), m.end()
        if m.group("cur"):
            return None
        if s > 0 and text[s - 1] in "£$€":
            return None
        bw_start = max(cs, s - 90)
        hedge = None
        hb = Before(text, bw_start, s, self.flow)
        hm = hb.search(HEDGE_RE)
        phrase_start = s
        if hm:
            hedge = hm.group("hedge")
            phrase_start = hm.start()
        bw_end = phrase_start
        after_end = min(ce, e + 80)

        bw = hb if bw_end == s else Before(text, bw_start, bw_end, self.flow)
        before = bw.search

        def after(rx: re.Pattern[str], pos: int = e) -> re.Match[str] | None:
            return rx.match(text, pos, after_end)

        frac = m.group("frac")
        words = m.group("words")
        pct_m = None
        if frac:
            measure = fraction_measure(frac, hedge, text[phrase_start:e])
            if measure is None:
                return None
            if after(PROPORTION_AFTER_RE):
                return None
            # "Nor have burglaries doubled.", "Has knife crime really risen by half?": a claim
            # denied or asked about
            if NEGATED_BEFORE_RE.search(text, cs, phrase_start) or (
                text[self._sent[0] : self._sent[1]].rstrip().endswith("?")
            ):
                return None
            end = e
            is_pct = True
        else:
            if words:
                value = words_value(words)
                if value is None:
                    return None
                if (
                    words.lower() == "one"
                    and (
                        after(ONE_BAD_RE)
                        or before(ONE_BAD_BEFORE_RE)
                        # "one burglary or one assault is one too many": a way of speaking
                        or "one too many" in self.lt[cs:ce]
                    )
                ):
                    return None
                if after(WORD_OR_WORD_AFTER_RE) or before(WORD_OR_WORD_BEFORE_RE):
                    return None  # "two or three spells": a rough number of occasions
                unit = 1.0
            else:
                parsed = parse_digits(m.group("num"), m.group("scale"))
                if parsed is None:
                    return None
                value, unit = parsed
            pct_m = after(PCT_RE)
            # "rises of 6.2 and 9.5 per cent": the unit after the last figure is shared
            is_pct = pct_m is not None or (
                words is None
                and " and " in text[e : e + 16]
                and SHARED_PCT_AFTER_RE.match(text, e, min(len(text), e + 40)) is not None
            )
            end = pct_m.end() if pct_m else e
            measure = make_measure(
                value, unit, pct=is_pct, hedge=hedge, phrase=text[phrase_start:end]
            )
        if self._slash_later_second is not None and not is_pct:
            later_second = self._slash_later_second
            if SLASH_NEXT_AFTER_RE.match(text, end):  # "Robbery: 214 / 198"
                return _Num(
                    phrase_start, end, "previous_count" if later_second else "count", measure
                )
            if SLASH_PREV_BEFORE_RE.search(text, max(cs, phrase_start - 16), phrase_start):
                return _Num(
                    phrase_start, end, "count" if later_second else "previous_count", measure
                )
        if before(IN_EVERY_BEFORE_RE) or after(IN_EVERY_AFTER_RE):
            return None
        if not is_pct:
            # "Six of the nine homicides happened in Derby": the nine is the whole, stated
            # before; the six is the place's count, when the clause says where they happened
            pw = before(PART_OF_BEFORE_RE)
            if pw and _is_number_word(pw.group("n")):
                return None
            pa = after(PART_OF_AFTER_RE)
            if (
                pa
                and _is_number_word(pa.group("n"))
                and PART_IN_PLACE_RE.search(text, pa.end(), ce)
            ):
                num = _Num(phrase_start, end, "count", measure)
                self._bind_offence_after(num, pa.end(), after_end, offs)
                return num
        if not (frac or words):
            digits = m.group("num")
            if (
                (digits[0] == "0" and len(digits) > 1 and digits[1].isdigit())
                or TIME_RE.match(text, e)
                or (s > 0 and text[s - 1] == ":")
                or (self._s_call and before(CALL_BEFORE_RE))
            ):
                return None
            if (
                digits in ("101", "999", "111")
                and not self._offence_right_after(e, after_end, offs)
                # "Violent crime: 96 (101)": last year's figure in brackets, not a phone number
                and not (after(CLOSE_PAREN_RE) and before(FIGURE_PAREN_BEFORE_RE))
            ):
                return None
            # a day of the month: "published on 19 July 2018", "on June 19, 2018"
            if (
                len(digits) <= 2
                and int(digits) <= 31
                and (DAY_MONTH_AFTER_RE.match(text, e) or before(MONTH_DAY_BEFORE_RE))
                and not self._offence_right_after(e, after_end, offs)
            ):
                return None
        near = self.lt[max(cs, phrase_start - 45) : min(ce, end + 35)]
        if self._s_nonstat:
            ns = self.R.NON_STAT.search(near)
            base = max(cs, phrase_start - 45)
            while ns is not None and (
                # "Possession of weapons offences, many uncovered during drug searches, rose from
                # 71 to 88": an aside that does not hold the figure does not make it one
                any(a <= base + ns.start() < b and not a <= s < b for a, b in self._cur_asides)
                # "... rose by 18 to 94, and detectives made 212 arrests": the word after another
                # figure is that figure's
                or (
                    base + ns.start() > end
                    and OWN_FIGURE_BEFORE_RE.search(text, end, base + ns.start()) is not None
                    and any(
                        cs <= o[0] < phrase_start and o[2] not in (TOPIC, GENERIC_TOTAL)
                        for o in offs
                    )
                )
            ):
                ns = self.R.NON_STAT.search(near, ns.end())
            if ns is not None and not (
                # "With a population of around 300,000, that is 157.7 crimes for every 1,000
                # people": a rate is measured against the population
                ns.group(0).startswith("p") and after(RATE_AFTER_RE)
            ):
                return None
        if "calls" in self.lt[cs:s] and CALLS_SUBJECT_RE.match(text, cs, s):
            return None  # "Calls to police about hare coursing fell from 604 to 351"

        if is_pct:
            if after(PROPORTION_AFTER_RE, end) or before(PROPORTION_BEFORE_RE):
                return None
            if self._text_has(AVERAGE_NEAR_RE, end, min(ce, end + 45)):
                return None
            sign = 0
            explicit = m.group("sign") if not (frac or words) else None
            if explicit:
                sign = 1 if explicit == "+" else -1
            if frac and frac.lower() == "halved":
                sign = -1
            if not sign:
                cm = self.R.CUE_AFTER.match(self.lt, end, after_end)
                if cm:
                    sign = 1 if cm.group("up") else -1
            if not sign:
                last = None
                for cm in self.R.CUE.finditer(self.lt, max(cs, phrase_start - 70), phrase_start):
                    last = cm
                if last is not None:
                    sign = 1 if last.group("up") else -1
            if frac and frac.lower() in (
                "doubled",
                "tripled",
                "trebled",
                "quadrupled",
                "double",
                "twice",
            ):
                sign = 1
            num = _Num(phrase_start, end, "change_pct", signed(measure, sign or 1), direction=sign)
            self._bind_in_offence(num, end, after_end, offs)
            return num

        # not a percentage
        if (
            words is None
            and unit == 1.0
            and value is not None
            and 1900 <= value <= 2099
            and "," not in m.group("num")
        ):
            if not self._offence_right_after(end, after_end, offs):
                return None
        if (
            text.endswith(("of ", "the ", "all ", "among "), cs, phrase_start)
            and before(RANK_OF_BEFORE_RE)
            and after(RANK_SET_AFTER_RE)
        ):
            return None  # "the 14th highest of the 296 community safety partnership areas"
        ra = after(RATE_AFTER_RE)
        if ra or (
            before(RATE_BEFORE_RE)
            and self._has("RATE_CONTEXT", cs, ce)
            and not after(NONCRIME_RE)  # "the lowest rate of the 43 forces"
            and not after(AT_FIGURE_AFTER_RE)  # "the lowest rate of the five at 104.6"
            # "the rate was 87.3, with 17,021 offences against 16,988": the count's comparison
            and not (self._last_role == "count" and before(COUNT_COMPARED_BEFORE_RE))
            and measure.value < 1000
        ):
            num = _Num(phrase_start, end, "rate_per_1000", measure)
            ls = text.rfind("\n", 0, phrase_start) + 1
            if RATE_LABEL_RE.match(text, ls, phrase_start) and not any(
                ls <= o[0] < phrase_start for o in offs
            ):
                # "- Rate: 82.9 crimes per 1,000 people" in a key-figures box: crime as a whole,
                # whatever the line above was about
                num.offence, num.offence_phrase = GENERIC_TOTAL, text[ls:phrase_start].strip()
            if ra:  # the rate phrase is part of the measure: "8.7 per 1,000 households"
                # "13.1 thefts for every 1,000 residents" in a story about cycle theft: the kind
                # of theft the headline names
                o = self._offence_after(end, ra.end(), offs)
                ho = self.headline_offence
                if (
                    o is not None
                    and ho is not None
                    and ho != o[2]
                    and BARE_CATEGORY_RE.fullmatch(text, o[0], o[1])
                    and is_descendant(ho, o[2])
                ):
                    num.offence, num.offence_phrase = ho, text[o[0] : o[1]]
                num.end = ra.end()
                rn = RATE_NOUN_RE.match(text, num.end, after_end)
                if rn:
                    num.end = rn.end()
            return num
        if (
            self._has("RATE_CONTEXT", *self._sent)
            and not is_pct
            and (before(FIGURE_FOR_BEFORE_RE) or before(RATE_NOUN_BEFORE_RE))
            and self._last_role == "rate_per_1000"
        ):
            return _Num(phrase_start, end, "rate_per_1000", measure)
        if (
            not is_pct
            and "." in m.group(0)
            and before(RANKED_AT_BEFORE_RE)
            and (
                "rate_per_1000" in (self._last_role, self._prev_role)
                or self._has("RATE_CONTEXT", 0, self._sent[1])
            )
        ):
            return _Num(phrase_start, end, "rate_per_1000", measure)  # "Leeds came second at 115.0"
        if (
            not is_pct
            and "." in m.group(0)
            and text[phrase_start - 1 : phrase_start] == " "
            and any(
                a.end == phrase_start - 1
                and not a.comparator
                and LIST_ITEM_BEFORE_RE.search(text, max(cs, a.start - 6), a.start)
                for a in self._cur_areas
            )
            and self._has("RATE_CONTEXT", *self._sent)
        ):
            # "The rest of the table, from highest rate to lowest, reads: Folkestone and Hythe
            # 94.5, Gravesham 93.0 and Dartford 79.9": places and their rates
            return _Num(phrase_start, end, "rate_per_1000", measure)
        mf = after(MORE_FEWER_RE)
        if mf:
            rest = mf.group("rest")
            if (
                NONCRIME_RE.match(rest) or STAFF_LONG_AFTER_RE.match(rest)
            ) and not VICTIMS_RE.match(rest):
                if mf.group("down") and FEWER_HOMES_BURGLED_RE.match(text, mf.end("down")):
                    # "154 fewer families going through ... having their home broken into"
                    return _Num(
                        phrase_start,
                        end,
                        "change_abs",
                        signed(measure, -1),
                        "residential_burglary",
                        "home broken into",
                        direction=-1,
                    )
                return None  # "four additional community safety officers"
            sign = 1 if mf.group("up") else -1
            num = _Num(phrase_start, end, "change_abs", signed(measure, sign), direction=sign)
            if BARE_VICTIMS_THEN_CLAUSE_RE.match(rest):
                # "nearly 2,000 fewer victims as burglary falls": the offence after is the next
                # clause's; victims of crime as a whole
                num.offence, num.offence_phrase = GENERIC_TOTAL, "victims"
                return num
            if not self._bind_offence_after(
                num, mf.end("up") if mf.group("up") else mf.end("down"), after_end, offs
            ):
                # "there were 88 rapes recorded, nine more than in 2015": the offence just named
                o = next((o for o in reversed(offs) if o[1] <= phrase_start), None)
                if (
                    o is not None
                    and o[2] not in (TOPIC, GENERIC_TOTAL)
                    and OFFENCE_THEN_CHANGE_GAP_RE.fullmatch(text, o[1], phrase_start)
                ):
                    num.offence, num.offence_phrase = o[2], text[o[0] : o[1]]
            return num
        if "number of" in text[cs:phrase_start]:
            # "The number of officers based in the borough fell from 602 to 531"
            nsm = NONCRIME_SUBJECT_RE.search(text, cs, phrase_start)
            if nsm and not any(nsm.end() <= o[0] < phrase_start for o in offs):
                return None
        ncm = after(NONCRIME_RE)
        if ncm and after(HOMES_BURGLED_AFTER_RE):
            # "4,512 homes in the city were broken into": the count of dwelling burglaries
            return _Num(phrase_start, end, "count", measure, "residential_burglary", "homes")
        pkm = after(PEOPLE_KILLED_IN_AFTER_RE) if ncm else None
        if pkm:
            pk = self._offence_after(pkm.end(), after_end, offs)
            if pk is not None and pk[2] == "homicide":
                return _Num(phrase_start, end, "count", measure, "homicide", text[pk[0] : pk[1]])
        if ncm and after(TIMES_AFTER_RE) and before(TIMES_CRIME_BEFORE_RE):
            return _Num(phrase_start, end, "count", measure)  # "broken into 131 times"
        oa = self._offence_after(end, after_end, offs) if ncm else None
        # "3,200 incident logs": an offence word that only qualifies the noun is no offence
        if ncm and (oa is None or ncm.end() > oa[1]):
            # "1,140 officers, down from 1,480", "412 deliberate fires, up from 356": the figure
            # after is of the same thing
            if after(STAFF_AFTER_RE) or "fire" in ncm.group(0).lower():
                self._noncrime_end = end
            return None
        if (s == 0 or text[s - 1] == "\n") and PARA_NUMBER_RE.match(text, s):
            return None  # "3.5 Domestic burglary ...": a numbered paragraph
        if (phrase_start == 0 or text[phrase_start - 1] == "\n") and not is_pct:
            # "3,870 - violence against the person offences (3,512)": a figure leading its line,
            # then what it counts
            dm = after(FIGURE_DASH_LABEL_RE)
            if dm:
                o = self._offence_after(dm.end(), after_end, offs)
                if o is not None and o[0] == dm.end() and o[2] != TOPIC:
                    num = _Num(phrase_start, end, "count", measure)
                    if o[2] != GENERIC_TOTAL:
                        num.offence, num.offence_phrase = o[2], text[o[0] : o[1]]
                    return num
        if (
            phrase_start >= 5
            and text[phrase_start - 1] in "–-/ "
            and "," not in text[phrase_start:end]  # not "2015 – 2,914" in a list of years
            and before(YEAR_RANGE_BEFORE_RE)
        ):
            return None  # "the Partnership Plan 2011–14"
        tail = text[max(cs, phrase_start - 7) : phrase_start].lower()
        if tail.endswith(("those ", "these ")) and (len(tail) < 7 or not tail[0].isalpha()):
            return None  # "every one of those 287 offences": a figure stated before
        seg = self.lt[end : end + 60]
        if ("week" in seg or "month" in seg or "day" in seg or "fortnight" in seg) and after(
            PER_TIME_AFTER_RE
        ):
            return None  # "roughly 1,330 a month", "60 thefts from shops every week": averages
        # "402 sexual offences, 148 of them rapes"
        sub = after(OF_THEM_RE) if text.startswith(" of ", end) else None
        if sub:
            o = self._offence_after(sub.end(), after_end, offs)
            if o is not None and o[2] not in (TOPIC, GENERIC_TOTAL):
                num = _Num(phrase_start, end, "count", measure, o[2], text[o[0] : o[1]])
                return num
            if any(
                a.start > end and IN_PLACE_GAP_RE.fullmatch(text, sub.end(), a.start)
                for a in self._cur_areas
            ):
                return _Num(phrase_start, end, "count", measure)  # "511 of them in England"
        if (
            before(ACCOUNTED_FOR_BEFORE_RE)
            and after(OF_THE_TOTAL_AFTER_RE)
            # ... of an offence ("Secondary fires made up 301 of those" is no crime)
            and any(o[1] <= phrase_start and o[2] not in (TOPIC, GENERIC_TOTAL) for o in offs)
        ):
            return _Num(phrase_start, end, "count", measure)  # "made up 1,205 of the total"
        if (
            after(OF_SUBSET_RE)
            and not before(ACCOUNTED_FOR_BEFORE_RE)
            and not before(PREV_BEFORE_RE)  # "down on the 1,518 of the previous twelve months"
        ):
            return None  # "17 of those homicides"; but "rape accounted for 389 of those" counts
        cn = after(CHANGE_NOUN_AFTER_RE)
        if cn and before(ARTICLE_BEFORE_RE):
            sign = 1 if cn.group("up") else -1
            num = _Num(phrase_start, end, "change_abs", signed(measure, sign), direction=sign)
            self._bind_in_offence(num, cn.end(), after_end, offs)
            return num
        by = before(BY_BEFORE_RE) or before(UPDOWN_BEFORE_RE)
        if by is None and self._offence_right_after(end, after_end, offs):
            by = before(EXTRA_BEFORE_RE)  # "an extra 596 crimes"
        if by:
            sign = 1 if by.group("up") else -1
            return _Num(phrase_start, end, "change_abs", signed(measure, sign), direction=sign)
        # dashboard exports: "Robbery, comparison period: 488", "Robbery, change (number): +38",
        # "All crime per 1,000 population: 65.2"
        label = ":" in text[max(cs, phrase_start - 3) : phrase_start]
        if label and NONCRIME_LABEL_RE.search(
            text, text.rfind("\n", 0, phrase_start) + 1, phrase_start
        ):
            return None  # "Officer numbers at 30 June 2019: 1,146"
        # "Total crime was unchanged on the same quarter last year at 1,087": the count
        if before(STEADY_AT_BEFORE_RE):
            return _Num(phrase_start, end, "count", measure)
        if label and before(LABEL_PREV_BEFORE_RE):
            return _Num(phrase_start, end, "previous_count", measure)
        # "Criminal damage and arson: 2,540 and 2,388 (down 6.0%)": a label's two figures
        # then the change between them are the earlier and the later count
        pair = (
            LABEL_PAIR_RE.match(text, self._sent[0], self._sent[1])
            if ":" in text[self._sent[0] : phrase_start]
            else None
        )
        if pair is not None:
            if phrase_start == pair.start("a"):
                return _Num(phrase_start, end, "previous_count", measure)
            if phrase_start == pair.start("b"):
                return _Num(phrase_start, end, "count", measure)
        # "higher than for Suffolk as a whole (62.5)", "after Blackpool (124.9)": in a sentence
        # about rates, a bracketed figure after a place is that place's rate
        if (
            text[phrase_start - 1 : phrase_start] == "("
            and after(CLOSE_PAREN_RE)
            and (self._last_role == "rate_per_1000" or self._has("RATE_CONTEXT", *self._sent))
            and any(
                PLACE_PAREN_GAP_RE.fullmatch(text, a.end, phrase_start)
                for a in self._cur_areas
                if a.end < phrase_start and not a.agent
            )
        ):
            return _Num(phrase_start, end, "rate_per_1000", measure)
        if (
            self._last_role == "count"
            and text[phrase_start - 1 : phrase_start] == "("
            and after(CLOSE_PAREN_RE)
            and any(
                PLACE_COUNT_PAREN_GAP_RE.fullmatch(text, a.end, phrase_start)
                for a in self._cur_areas
                if a.end < phrase_start and not a.agent
            )
        ):
            return _Num(phrase_start, end, "count", measure)  # "as in Horsham district (6,204)"
        # "rose by 38.2 per cent, or 7,578 offences": the same change in numbers
        if self._last_role == "change_pct" and before(OR_BEFORE_RE):
            return _Num(phrase_start, end, "change_abs", measure)
        if label and before(LABEL_CHANGE_BEFORE_RE):
            sgn = -1 if m.group("sign") in ("-", "−") else 1
            return _Num(phrase_start, end, "change_abs", signed(measure, sgn), direction=sgn)
        if label and before(LABEL_RATE_BEFORE_RE):
            return _Num(phrase_start, end, "rate_per_1000", measure)
        if text.endswith(("to ", "To "), cs, phrase_start) and before(
            TOTAL_TO_BEFORE_RE
        ):  # "eleven more robberies ..., taking the total to 301"
            return _Num(phrase_start, end, "count", measure)
        if (
            self._last_role == "rate_per_1000"
            and before(AND_BEFORE_RE)
            and FOR_PLACE_AFTER_RE.match(text, end, after_end)
        ):
            return _Num(phrase_start, end, "rate_per_1000", measure)  # "... and 89.4 for E&W"
        if self._last_role == "rate_per_1000" and before(PLACE_FIGURE_BEFORE_RE):
            return _Num(phrase_start, end, "rate_per_1000", measure)
        if before(PREV_BEFORE_RE):
            # "The borough's rate was 81.4 crimes per 1,000 residents. That compares with 86.9
            # for Hampshire": another place's rate
            if (
                "rate_per_1000" in (self._prev_role, self._last_role)
                and not self._offence_right_after(end, after_end, offs)
                and FOR_PLACE_AFTER_RE.match(text, end, after_end)
            ):
                return _Num(phrase_start, end, "rate_per_1000", measure)
            if cs <= self._noncrime_end <= phrase_start <= self._noncrime_end + 60:
                return None  # "now has 1,140 officers, down from 1,480": the officers before
            if after(OCCASIONS_AFTER_RE) and text[phrase_start - 3 : phrase_start] == "on ":
                return _Num(phrase_start, end, "count", measure)  # "siphoned on 289 occasions"
            if before(RANKED_ON_BEFORE_RE):
                return _Num(phrase_start, end, "count", measure)  # "Breckland came fourth on 6,418"
            o = next((o for o in offs if o[1] == phrase_start - 4), None)
            if (
                o is not None
                and text.startswith(" on ", o[1])
                and o[2] not in (TOPIC, GENERIC_TOTAL)
                and "followed by" in self.lt[self._sent[0] : phrase_start]
            ):
                # "followed by criminal damage and arson on 131 and shoplifting on 118"
                return _Num(phrase_start, end, "count", measure, o[2], text[o[0] : o[1]])
            return _Num(phrase_start, end, "previous_count", measure)
        if (
            text[phrase_start - 1 : phrase_start] == "("
            and after(CLOSE_PAREN_RE)
            and any(
                a.end in (phrase_start - 1, phrase_start - 2) and not a.comparator and not a.agent
                for a in self._cur_areas
            )
            and not self._has_count_before(cs, phrase_start)
        ) or (
            text[phrase_start - 1 : phrase_start] == "("
            and after(CLOSE_PAREN_RE)
            and PLACE_PAREN_LIST_BEFORE_RE.search(text, max(cs, phrase_start - 60), phrase_start)
        ):
            # "while Flintshire (497) and Denbighshire (338) also recorded falls": a place's figure
            return _Num(phrase_start, end, "count", measure)
        if text[phrase_start - 2 : phrase_start] in ("(", " (", "( ") and after(CLOSE_PAREN_RE):
            # "followed by anti-social behaviour (512) and criminal damage (231)": the count of
            # the offence named right before the bracket
            named = [
                o
                for o in offs
                if o[2] != TOPIC
                and o[1] <= phrase_start
                and OPEN_PAREN_RE.fullmatch(text, o[1], phrase_start)
                # not "2,264 burglaries (2,540)": there the bracket holds last year's count
                and not DIGIT_BEFORE_RE.search(text, max(cs, o[0] - 12), o[0])
            ]
            if named:
                o = named[-1]
                num = _Num(phrase_start, end, "count", measure)
                if o[2] != GENERIC_TOTAL:
                    num.offence, num.offence_phrase = o[2], text[o[0] : o[1]]
                return num
        if (
            before(PAREN_BEFORE_RE)
            and self._has_count_before(cs, phrase_start)
            # "down 4.2 per cent (8,716 offences)", "80.3 per 1,000 (9,212 crimes)": the count
            and not (
                after(PAREN_NOUN_AFTER_RE)
                and (
                    self._last_role == "rate_per_1000"  # "2. Bradford: 132.7 (72,450 offences)"
                    or PCT_OR_RATE_BEFORE_PAREN_RE.search(text, cs, phrase_start)
                )
            )
        ):
            return _Num(phrase_start, end, "previous_count", measure)
        if (
            self._text_has(COMPARISON_MARK_RE, cs, phrase_start)
            and before(WHEN_BEFORE_RE)
            # "14 per cent lower than the year before, at 1,012 offences": the level now
            and not before(COMMA_AT_BEFORE_RE)
        ):
            return _Num(phrase_start, end, "previous_count", measure)
        if before(WHEN_ONLY_BEFORE_RE) and any(
            cs <= pe <= phrase_start for pe in self._comparison_ends
        ):
            return _Num(phrase_start, end, "previous_count", measure)
        if any(
            pe <= phrase_start and LABEL_GAP_RE.fullmatch(text, pe, phrase_start)
            for pe in self._comparison_ends
        ):
            return _Num(phrase_start, end, "previous_count", measure)  # "(... 2010: 355)"
        if before(TO_BEFORE_RE) and (
            self.R.CUE.search(self.lt, cs, phrase_start)
            or re.search(r"(?i)\bfrom\b", text[cs:phrase_start])
        ):
            return _Num(phrase_start, end, "count", measure)
        num = _Num(phrase_start, end, "count", measure)
        if self._bind_offence_after(num, end, after_end, offs):
            return num
        if before(COUNT_BEFORE_RE):
            return num
        # a column layout: "Violence against the person       12,417 (13,106)   -5.3%"
        if text[phrase_start - 2 : phrase_start] in ("  ", " \t"):
            ls = text.rfind("\n", 0, phrase_start) + 1
            if COLUMN_LABEL_RE.fullmatch(text, ls, phrase_start) and any(
                ls <= o[0] and o[1] <= phrase_start for o in offs
            ):
                return num
        if before(WAS_BEFORE_RE) and NUMBER_WORDS_RE.search(text, cs, phrase_start):
            return num
        if phrase_start in self._area_ends_ws:
            # an elliptical list after a figure: "Pembrokeshire recorded 4,822 crimes, Powys
            # 4,730 and Ceredigion 2,620"; "Cardiff had a rate of 104.6 and Swansea 98.2"
            if self._last_role in ("count", "rate_per_1000"):
                return _Num(phrase_start, end, self._last_role, measure)
            # "... 7,904 offences, up 12%, and Hartlepool 4,118, up 15%": after a count and
            # its change, the next place's count
            if (self._last_role == "change_pct" and "count" in self._sent_roles) or (
                text[phrase_start - 3 : phrase_start] in ("'s ", "’s ")
                and FIGURE_SUBJECT_AFTER_RE.match(text, end)  # not "the county's 12 districts"
            ):
                return _Num(phrase_start, end, "count", measure)
        if before(NUMBER_OF_APPOSITIVE_BEFORE_RE) and text.startswith(",", end):
            # "the number of sexual offences recorded nationally, 194,683, was the highest"
            return num
        if (
            text[phrase_start - 2 : phrase_start] == ", "
            and after(OFFENCE_COMMA_AFTER_RE)
            and not self._sent_roles
        ):
            o = next((o for o in offs if o[1] == phrase_start - 2 and o[2] != TOPIC), None)
            if o is not None:
                # "King's Lynn had the most farm vehicle thefts, 52, up from 44"
                if o[2] != GENERIC_TOTAL:
                    num.offence, num.offence_phrase = o[2], text[o[0] : o[1]]
                return num
        if (self._last_role == "count" or before(ACCOUNTED_FOR_BEFORE_RE)) and any(
            a.start > end
            and PART_OF_PLACE_GAP_RE.fullmatch(text, end, a.start)
            and PART_OF_PLACE_AFTER_RE.match(text, a.end)
            for a in self._cur_areas
        ):
            return _Num(phrase_start, end, "count", measure)  # "..., and 2,960 of Pembrokeshire's"
        if self._last_role == "count" and before(LIST_ITEM_BEFORE_RE):
            # "seven homicides recorded in 2019/20, four in 2020/21 and six in 2021/22", "612 in
            # Wolverhampton, 498 in Walsall and 377 in Dudley": a list of counts for other
            # periods or places
            im = after(IN_PERIOD_AFTER_RE)
            if im and (
                any(p.start in (im.start(1), im.end()) for p in self.periods)
                or any(a.start == im.end() and not a.agent for a in self._cur_areas)
            ):
                return _Num(phrase_start, end, "count", measure)
        if text[phrase_start - 1 : phrase_start] == " " and after(ROW_FIGURE_AFTER_RE):
            # "; violence with injury 1,560 (1,497)", ", of which domestic burglary 704, down
            # 11 per cent": an offence and its figure as a list item
            o = next((o for o in offs if o[1] == phrase_start - 1), None)
            if (
                o is not None
                and o[2] not in (TOPIC, GENERIC_TOTAL, UNMAPPED)
                and ROW_OFFENCE_BEFORE_RE.search(text, max(cs, o[0] - 12), o[0])
            ):
                return _Num(phrase_start, end, "count", measure, o[2], text[o[0] : o[1]])
        return None

    def _has_count_before(self, cs: int, pos: int) -> bool:
        return bool(re.search(r"\d", self.text[cs:pos]))

    def _offence_after(
        self, pos: int, limit: int, offs: list[tuple[int, int, str]]
    ) -> tuple[int, int, str] | None:
        wm = WERE_RE.match(self.text, pos, limit)  # "1,012 were rapes"
        if wm:
            pos = wm.end()
        elif self.text.startswith(" as ", pos) and CLASSED_AS_RE.search(
            self.text, self._sent[0], pos
        ):
            pos += 3  # "1,711 were classed as violence with injury and 2,043 as violence ..."
        fm = FILLER_RE.match(self.text, pos, limit)
        at = fm.end() if fm else pos
        for o in offs:
            if pos <= o[0] < at < o[1]:
                return o  # "6.5 million police recorded crimes": the filler words are the phrase's
            if o[0] == at:
                if o[2] == TOPIC:
                    m2 = re.compile(r"\s+of\s+").match(self.text, o[1], limit)
                    if m2:
                        for o2 in offs:
                            if o2[0] == m2.end():
                                return o2
                return o
            if o[0] > at:
                break
        return None

    def _offence_right_after(self, pos: int, limit: int, offs) -> bool:
        return self._offence_after(pos, limit, offs) is not None

    def _bind_offence_after(self, num: _Num, pos: int, limit: int, offs) -> bool:
        o = self._offence_after(pos, limit, offs)
        if o is None:
            return False
        if o[2] not in (TOPIC, GENERIC_TOTAL):
            if BARE_CATEGORY_RE.fullmatch(self.text, o[0], o[1]):
                # "Shoplifting ... has climbed, with retailers reporting 1,842 thefts": the bare
                # category word counts the kind of it the clause is about
                subj = [
                    x
                    for x in offs
                    if x[1] <= num.start and x[2] != o[2] and is_descendant(x[2], o[2])
                ]
                topic = self._ctx.topic
                if subj:
                    o = subj[-1]
                elif topic is not None and is_descendant(topic, o[2]):
                    # "Shoplifting rose again. Shops reported 2,671 thefts ...": the running topic
                    o = (o[0], o[1], topic)
            num.offence = o[2]
            num.offence_phrase = self.text[o[0] : o[1]]
        return True

    _IN_RE = re.compile(
        r"(?i)[\s,]*(?:(?:[a-z\-]+)\s+){0,2}?(?:in|of)\s+(?:the\s+)?(?:(?:number|level|levels)\s+"
        r"of\s+)?(?:(?:recorded|reported)\s+)?"
    )

    def _bind_in_offence(self, num: _Num, pos: int, limit: int, offs) -> None:
        m = self._IN_RE.match(self.text, pos, limit)
        if not m:
            return
        for o in offs:
            if o[0] == m.end() and o[2] not in (TOPIC, GENERIC_TOTAL):
                num.offence = o[2]
                num.offence_phrase = self.text[o[0] : o[1]]
                return
            if o[0] > m.end():
                return

    # ------------------------------------------------------------ main loop
    def _start_run_state(self) -> None:
        """The state run() carries from sentence to sentence, at the start of the text."""
        self._header: list[tuple[str, tuple[str | None, str | None] | None]] | None = None
        self._s_nonstat = self._s_call = True
        self._resp_area: dict[int, str] = {}  # figure start -> place, from "... respectively"
        self._rate_mode = False
        self._cur_areas: list[_Area] = []
        self._last_role: str | None = None
        self._sent: tuple[int, int] = (0, 0)
        self._sent_roles: set[str] = set()
        self._recent_places: list[str] = []  # places of figures, most recent last
        self._last_fig_area: str | None = None  # the place of the last sentence with figures
        self._last_fig_end = 0
        self._prev_role: str | None = None
        self._area_ends_ws: set[int] = set()
        self._comparison_ends: list[int] = []
        self._cur_asides: list[tuple[int, int]] = []
        self._comp_pers: dict[int, int] = {}
        self._prev_place: str | None = None  # the first place the last sentence naming one named
        # whether a sentence with figures has set the running period yet (before that, a
        # title's period such as "Strategic Assessment 2013/14" may give way to the data period)
        self._period_from_figures = False
        self._topic_from_figures = False  # whether the running offence came from figures
        self._section_figures = False  # whether the section (since the last place heading) had any
        self._fresh_topic_end = -1  # end of a figure-free body sentence that named an offence
        self._s_new_par = False  # whether the sentence being read starts a paragraph
        self._body_offences: set[str] = set()  # offences with figures below the headline
        h = self.sents[0] if self.sents else (0, 0)
        self._headline_end = h[1] if not self.text[h[0] : h[1]].rstrip().endswith(".") else 0
        self._noncrime_end = -1  # end of the last figure of something else ("1,140 officers")
        self._home: str | None = None  # the place of the article's first figure
        self._ward_names = {a.name for a in self.areas if a.kind == "ward"}
        self._body_opened_national = False  # the body named England and Wales before any figure

    def run(self) -> list[Mention]:
        text = self.text
        ctx = self._ctx = _Ctx()
        main_period = self._main_period()
        ctx.period = main_period
        ctx.area = next(
            (a.name for a in self.areas if a.kind != "anaphora" and not a.comparator), None
        )
        out: list[Mention] = []
        self._start_run_state()
        main_area = self._main_area = ctx.area
        prev_end = 0
        # a list row led by a place ("2. Middlesbrough – 178.2. Teesside's largest town
        # recorded 26,418 crimes ..."): the rest of its line is about that place
        row_end, row_area, row_saved = -1, None, None
        row_topic: tuple[str | None, str] = (None, "")
        bullet_area: str | None = None  # the place a run of bullet points started from
        in_bullets = False
        for s, e in self.sents:
            self._sent = (s, e)
            in_row = s < row_end
            ls = text.rfind("\n", 0, s) + 1
            pre = text[ls:s].strip()
            if len(pre) <= 1:  # the sentence starts its line
                if (pre or text[s]) in BULLET_CHARS:
                    # "• Shoplifting increased by 14 per cent. The sharpest rise was in Nuneaton
                    # ... / • Criminal damage and arson was unchanged": each point starts from
                    # the place the list is about
                    if in_bullets:
                        ctx.area = bullet_area
                    else:
                        bullet_area, in_bullets = ctx.area, True
                else:
                    in_bullets = False
            topic_at_start = (ctx.topic, ctx.topic_phrase)
            if row_area is not None and not in_row:
                if ctx.area == row_area:
                    ctx.area = row_saved
                ctx.topic, ctx.topic_phrase = row_topic  # the next row starts from the list's
                topic_at_start = row_topic
                row_area = None
            elif in_row and row_area is not None:
                ctx.area = row_area
            # national context ("Nationally, forces in England and Wales recorded ...") lasts to
            # the end of its paragraph in an article about somewhere else
            new_par = s - prev_end > 1 and "\n\n" in text[prev_end:s].replace("\r", "")
            self._s_new_par = new_par
            if (
                ctx.area == E_AND_W
                and main_area not in (None, E_AND_W)
                and new_par
                # not when the body opens on England and Wales: a national story whose
                # headline names places ("Knife offences soar in the West Midlands ...")
                and not (self._home is None and self._body_opened_national)
            ):
                ctx.area = main_area
            elif new_par and ctx.area not in (None, E_AND_W) and self._home is not None:
                # a place taken up for a sentence or two ("Breckland was next with 37.",
                # "Eastbourne, along the coast, recorded 9,874") gives way, at the next
                # paragraph, to the place of the article's first figure
                home = self._home
                if (
                    ctx.area != home
                    and not ctx.area.startswith(home)
                    and not home.startswith(ctx.area)
                    and not self._par_heading(prev_end)
                ):
                    ctx.area = home
            # so does a look back at earlier years ("There were 1,127 offences in 2019"): the
            # next paragraph is about the article's own period again
            if new_par and out and ctx.period[1] is not None:
                first = (out[0].period_start, out[0].period_end)
                if first[1] is not None and (
                    (ctx.period[1] < first[1] and _months(ctx.period) == _months(first))
                    # ... and so does a glance at a quarter since ("The trend appears to have
                    # carried on into this year. Between January and March 2012 ...")
                    or (ctx.period[1] > first[1] and _months(ctx.period) <= 3 < _months(first))
                ):
                    ctx.period = first
            prev_end = e
            # one search tells whether any of the sentence-level keyword tests can succeed
            if self._table_line(s, e, ctx, out) or self._survey_sentence(s, e):
                continue
            offs_all = [o for o in self._slice(self.off_starts, self.offences, s, e) if o[1] <= e]
            areas = [a for a in self._slice(self.area_starts, self.areas, s, e) if a.end <= e]
            aside_areas: list[tuple[int, int, _Area]] = []
            asides: list[tuple[int, int]] = []
            if offs_all or areas:  # asides only matter when they hide offence words or places
                asides = self._asides(s, e)
                if asides:
                    # "The rise was sharpest in Huddersfield, where public order offences went
                    # up by 58 to 433": a "where" clause holding the first figure is the news
                    asides = self._where_holds_all(asides, s, e)
                if asides:
                    offs = [o for o in offs_all if not any(a <= o[0] < b for a, b in asides)]
                    aside_areas = [(x, y, a) for a in areas for x, y in asides if x <= a.start < y]
                    areas = [a for a in areas if not any(x <= a.start < y for x, y in asides)]
                else:
                    offs = offs_all
            else:
                offs = offs_all
            pers = [p for p in self._slice(self.per_starts, self.periods, s, e) if p.end <= e]
            # a period inside an aside (", where a zone was brought in in 2009,") dates the aside
            self._cur_asides = asides
            aside_pers = (
                {i for i, p in enumerate(pers) if any(a <= p.start < b for a, b in asides)}
                if asides and pers
                else set()
            )
            nums = [n for n in self._slice(self.num_starts, self.numbers, s, e) if n.end() <= e]
            if pers and nums:
                nums = [n for n in nums if not any(p.start <= n.start() < p.end for p in pers)]
            self._prev_role = self._last_role
            self._last_role = None
            self._sent_roles = set()
            self._cur_areas = areas
            self._area_ends_ws = set()
            if nums:
                for a in areas:
                    if not a.agent:
                        j = a.end
                        if text[j : j + 2] in ("'s", "’s"):  # "while Stockton's 6,560 was ..."
                            j += 2
                        if text[j : j + 1] == "," and a.end > s:
                            # "and East Lindsey, which includes Skegness, 61.2": past the aside
                            sp = next((y for x, y in self._asides(s, e) if x == j), None)
                            if sp is not None and text[sp : sp + 1] == ",":
                                j = sp + 1
                        while j < e and text[j] == " ":
                            j += 1
                        if j > a.end:
                            self._area_ends_ws.add(j)
            rate_ctx = self._has("RATE_CONTEXT", s, e)
            if rate_ctx:
                self._rate_mode = True
            if (
                nums
                or self._has("DIRECTION", s, e)
                or self._text_has(NO_ANY_RE, s, e)
                or self._text_has(SAME_NUMBER_OF_RE, s, e)
            ):
                clauses = self._clauses(s, e, offs, pers)
            else:  # nothing to read here: only the running context changes
                clauses = []
            # sentence-level gates: a clause or window can only match what its sentence contains
            if clauses and nums:
                self._s_nonstat = self._has("NON_STAT", s, e)
                self._s_call = self._has("CALL_WORD", s, e)
            target_item = bool(clauses) and self._in_target_list(s)
            s_future = bool(clauses) and (
                self._has("FUTURE", s, e) or self._has("DETECTION", s, e) or target_item
            )
            sentence_text = text[s:e]
            in_quote = self.quotes.contains(s) or self.quotes.contains(e - 1)
            money = self._text_has(MONEY_SENTENCE_RE, s, e)
            ctx_year = self._context_year(ctx)
            comparison_ids: set[int] = set()
            for i, p in enumerate(pers):
                if Before(text, max(s, p.start - 80), p.start, self.flow).search(
                    COMPARISON_BEFORE_RE
                ) or IN_BRACKETS_AFTER_RE.match(text, p.end):
                    comparison_ids.add(i)  # "compared with 2015", "(2020/21 in brackets)"
                elif (
                    p.start > s
                    and text[p.start - 1] == "("
                    and PAREN_LABEL_AFTER_RE.match(text, p.end)
                    and any(ch.isdigit() for ch in text[s : p.start])
                ):
                    comparison_ids.add(i)  # "- Drug offences - 312 (April to December 2010: 355)"
                elif TARGET_NEAR_BEFORE_RE.search(text, max(s, p.start - 40), p.start):
                    comparison_ids.add(i)  # "the aim of ending 2011-12 with fewer than 8,300"
            self._comparison_ends = [pers[i].end for i in comparison_ids]
            # "88.4 crimes per 1,000, compared with a rate of 92.1 for England and Wales in the
            # year ending June 2023": the period after a place compared with is that place's
            self._comp_pers = {}
            for p in pers:
                for a in areas:
                    if (
                        a.comparator
                        and a.end <= p.start
                        and COMP_PERIOD_GAP_RE.fullmatch(text, a.end, p.start)
                    ):
                        self._comp_pers[p.start] = a.start
            comp_ids = {i for i, p in enumerate(pers) if p.start in self._comp_pers}
            sentence_mentions: list[Mention] = []
            prev_clause_off: tuple[str | None, str] = (None, "")
            prev_clause_area: str | None = None
            prev_direction = 0
            any_future = False
            for cs, ce in clauses:
                c_offs = [o for o in offs if cs <= o[0] < ce]
                c_offs_all = [o for o in offs_all if cs <= o[0] < ce] if asides else c_offs
                c_nums = [n for n in nums if cs <= n.start() < ce]
                c_areas = [a for a in areas if cs <= a.start < ce]
                future = s_future and (
                    target_item or self._has("FUTURE", cs, ce) or self._has("DETECTION", cs, ce)
                )
                any_future = any_future or future
                # numbers
                read: list[_Num] = []
                if not future:
                    for nm in c_nums:
                        # offence words hidden in an aside still name a figure right before
                        # them ("Down 6 per cent, including 198 rapes")
                        r = self._read_number(nm, cs, ce, c_offs_all if asides else c_offs)
                        if (
                            r is not None
                            and r.role == "rate_per_1000"
                            and YEAR_EARLIER_AFTER_RE.match(text, r.end)
                        ):
                            r = None  # "The borough's rate was 98.3 a year earlier": no field
                        if (
                            r is not None
                            and r.role == "count"
                            and (not r.measure.value.is_integer() or 0 < r.measure.unit < 1)
                        ):
                            # counts are whole numbers: "Birmingham – 118.7" under a heading
                            # about rates is a rate; otherwise it is no statistic
                            r = (
                                _Num(r.start, r.end, "rate_per_1000", r.measure)
                                if self._rate_mode
                                else None
                            )
                        if (
                            r is not None
                            and r.role == "previous_count"
                            and not r.measure.value.is_integer()
                        ):
                            r = None  # "63.7 crimes per 1,000 population (67.6)": last year's rate
                        if (
                            r is not None
                            and r.role == "count"
                            and Before(text, max(cs, r.start - 45), r.start, self.flow).search(
                                AVERAGE_BEFORE_RE
                            )
                        ):
                            r = None  # "the average monthly number of burglaries was 300"
                        if r is not None:
                            read.append(r)
                            self._last_role = r.role
                            self._sent_roles.add(r.role)
                    for o in c_offs:
                        zm = Before(text, max(cs, o[0] - 40), o[0], self.flow).search(NO_BEFORE_RE)
                        if zm and o[2] in (TOPIC, GENERIC_TOTAL):
                            # "no offences of causing death ... by dangerous driving"
                            om = OF_RE.match(text, o[1], ce)
                            nxt_offs = [x for x in c_offs if om and x[0] == om.end()]
                            if nxt_offs and nxt_offs[0][2] not in (TOPIC, GENERIC_TOTAL):
                                o = nxt_offs[0]
                        if zm and o[2] != TOPIC:
                            z = Measure(0.0, 0.0, 0.0, text[zm.start("no") : o[1]], 1.0)
                            bound = o[2] if o[2] != GENERIC_TOTAL else None
                            read.append(_Num(o[0], o[1], "count", z, bound, text[o[0] : o[1]]))
                    read = self._drop_targets(read, cs, ce)
                    if len(read) > 1 and RESPECTIVELY_RE.search(text, cs, ce):
                        self._pair_respectively(read, c_areas, ctx)
                    if asides and len(read) > 1:
                        # ", including 1,806 shoplifting offences, 44 fewer than the previous
                        # year": a figure right after an aside continues the aside's item
                        for j in range(1, len(read)):
                            r, p = read[j], read[j - 1]
                            if r.offence is None and p.offence is not None:
                                for x, y in asides:
                                    if x <= p.start < y <= r.start and not text[y : r.start].strip(
                                        " ,"
                                    ):
                                        r.offence, r.offence_phrase = p.offence, p.offence_phrase
                    for r in read:
                        if r.role in ("change_pct", "change_abs") and r.direction == 0:
                            if prev_direction:
                                r.measure = signed(r.measure, prev_direction)
                                r.direction = prev_direction
                    read = [r for r in read if not (r.role == "change_pct" and r.direction == 0)]
                    read.sort(key=lambda r: r.start)
                # offence of the clause: offence words naming the comparison figure do not count
                prev_ends = [r.end for r in read if r.role == "previous_count"]
                row_starts = {r.start for r in read if r.offence is not None}
                c_offs_main = [
                    o
                    for o in c_offs
                    if not any(0 <= o[0] - pe <= 40 for pe in prev_ends)
                    # ... unless a figure of its own follows it ("(1,402), of which domestic
                    # burglary 704, down 11 per cent")
                    or o[1] + 1 in row_starts
                ]
                off, off_phrase = self._clause_offence(c_offs_main, prev_clause_off, ctx)
                for r in read:
                    if r.offence is None and r.role != "previous_count":
                        near = [
                            o
                            for o in c_offs_main
                            if o[1] <= r.start
                            and o[2] != TOPIC
                            # "4,205 offences": a noun counted by a number names no new subject
                            and not (
                                o[2] == GENERIC_TOTAL
                                and (
                                    NUM_BEFORE_RE.search(text, max(cs, o[0] - 12), o[0])
                                    # "1,288 such offences": the offence named before
                                    or DEMONSTRATIVE_BEFORE_RE.search(text, max(cs, o[0] - 8), o[0])
                                )
                            )
                            # bare "offences" read as the topic by _clause_offence
                            and not (
                                off == ctx.topic
                                and off != GENERIC_TOTAL
                                and (
                                    self._bare_offences_of_topic(o, ctx)
                                    or DEMONSTRATIVE_BEFORE_RE.search(text, max(0, o[0] - 8), o[0])
                                )
                            )
                        ]
                        if near and near[-1][2] != off:
                            r.offence = near[-1][2]
                            r.offence_phrase = text[near[-1][0] : near[-1][1]]
                # comparison periods: right after a previous count
                for i, p in enumerate(pers):
                    if cs <= p.start < ce:
                        for r in read:
                            if r.role == "previous_count" and 0 <= p.start - r.end <= 45:
                                gap = text[r.end : p.start]
                                if not re.search(r"\d", gap):
                                    comparison_ids.add(i)
                own = [(i, p) for i, p in enumerate(pers) if i not in comparison_ids]
                c_own = [p for i, p in own if cs <= p.start < ce]
                s_own = [p for _i, p in own]
                area_default: str | None = prev_clause_area
                non_comp = [
                    a
                    for a in c_areas
                    if not a.comparator
                    and not a.agent
                    # "Rate: 97.6 per 1,000 people (England and Wales: 88.9)": a place in a
                    # bracket after the clause's first figure is the bracket's
                    and not (
                        read
                        and a.start > read[0].start
                        and text.count("(", cs, a.start) > text.count(")", cs, a.start)
                    )
                ]
                if non_comp and read and prev_clause_area is not None:
                    # a place after the clause's first figure names a later figure's place
                    # ("crime fell by 4 per cent, and in Lowestoft by 6.9 per cent")
                    non_comp = [a for a in non_comp if a.start < read[0].start]
                if not non_comp:
                    # "City of London Police recorded the same number of offences ...": a
                    # force leading the clause, with no other place, is its subject
                    non_comp = [a for a in c_areas if a.agent and a.start - cs <= 1]
                if non_comp:
                    area_default = self._resolve_area(non_comp[0], ctx) or area_default
                if (
                    area_default is None
                    and self._last_fig_area is not None
                    and "\n\n" not in text[self._last_fig_end : s]
                    and SUBSET_LEAD_RE.match(text, s, e)
                ):
                    # "Tupsley had 37 crimes ... Nine of these were non-dwelling burglaries":
                    # a part of the figures just given is about their place
                    area_default = self._last_fig_area
                if (
                    area_default is None
                    and self._prev_place is not None
                    and ITS_FIGURE_LEAD_RE.match(text, s, e)
                ):
                    # "The West End ward ... had more crime than any other ward. Its rate of 1,287
                    # crimes per 1,000 residents": the place the sentence before was about
                    area_default = self._prev_place
                if area_default is None:
                    area_default = ctx.area
                mentions_here: dict[tuple, Mention] = {}
                self._other_place_counts(read, c_areas, ctx, area_default)
                keys: list[tuple | None] = []
                for r in read:
                    if r.role == "previous_count":
                        keys.append(None)
                        continue
                    own_areas = c_areas
                    if aside_areas:  # "burglary, which fell by 9 per cent in Newport,"
                        inside = [a for x, y, a in aside_areas if x <= r.start < y]
                        if inside:
                            own_areas = sorted(c_areas + inside, key=lambda a: a.start)
                    area = self._number_area(r, own_areas, ctx, area_default)
                    period = self._number_period(r, c_own, s_own, ctx, ctx_year)
                    o = r.offence or off
                    keys.append((area, period, o) if o is not None and area is not None else None)
                main_keys = [
                    rk
                    for r, rk in zip(read, keys, strict=True)
                    if r.role != "previous_count" and rk is not None
                ]
                last_key = main_keys[0] if main_keys else None
                if last_key is None and off is not None and area_default is not None:
                    last_key = (
                        area_default,
                        self._number_period(read[0], c_own, s_own, ctx, ctx_year)
                        if read
                        else ctx.period,
                        off,
                    )
                for ri, (r, rk) in enumerate(zip(read, keys, strict=True)):
                    if r.role == "previous_count":
                        mkey = last_key
                        nxt = read[ri + 1] if ri + 1 < len(read) else None
                        if (
                            nxt is not None
                            and nxt.role == "count"
                            and keys[ri + 1] is not None
                            and keys[ri + 1] != last_key
                            and FROM_TO_GAP_RE.fullmatch(text, r.end, nxt.start)
                        ):
                            # "... climbed from 7,905 to 8,964, and violence with injury was up
                            # from 2,988 to 3,240": the figure it goes to is its own
                            mkey = keys[ri + 1]
                    else:
                        mkey = rk
                        if mkey is not None:
                            last_key = mkey
                    if mkey is None:
                        continue
                    mt = mentions_here.get(mkey)
                    if mt is None or getattr(mt, r.role) is not None:
                        phrase = r.offence_phrase if r.offence == mkey[2] else off_phrase
                        mt = Mention(
                            area=mkey[0],
                            period_start=mkey[1][0],
                            period_end=mkey[1][1],
                            offence=mkey[2],
                            offence_phrase=phrase,
                            sentence=sentence_text,
                            start=s,
                            end=e,
                        )
                        mentions_here[mkey] = mt
                        sentence_mentions.append(mt)
                    setattr(mt, r.role, r.measure)
                    if r.direction:
                        prev_direction = r.direction
                # a direction without a number
                if (
                    not read
                    and not future
                    and not in_quote
                    and off is not None
                    and not self._has("SURVEY", cs, ce)
                ):
                    dm = self._direction(cs, ce, c_offs)
                    if dm is None and not c_offs:
                        dm = self._place_direction(cs, ce, c_areas)
                    if dm is not None and not self.quotes.contains(dm[1]):
                        area = area_default
                        period = self._number_period(
                            _Num(dm[1], dm[1], "", Measure(0, 0, 0)), c_own, s_own, ctx, ctx_year
                        )
                        if area is not None:
                            mt = Mention(
                                area=area,
                                period_start=period[0],
                                period_end=period[1],
                                offence=off,
                                offence_phrase=off_phrase,
                                sentence=sentence_text,
                                start=s,
                                end=e,
                                direction=dm[0],
                            )
                            sentence_mentions.append(mt)
                prev_clause_off = (off, off_phrase) if off is not None else prev_clause_off
                # "South Wales Police ... recorded 111,804 offences, ..., although theft from
                # the person rose by 19 per cent": the place the clause's figures were about
                prev_clause_area = (
                    next(iter(mentions_here.values())).area if mentions_here else area_default
                )
            if (
                not rate_ctx
                and not in_row
                and any(
                    m.count is not None and m.count.value.is_integer() for m in sentence_mentions
                )
                # "2. Bradford: 132.7 (72,450 offences)": a rate with its count keeps the mode
                and not any(m.rate_per_1000 is not None for m in sentence_mentions)
            ):
                self._rate_mode = False
            self._compound_subjects(s, e, offs, sentence_mentions)
            if len(sentence_mentions) >= 2:
                sentence_mentions = self._year_pair(sentence_mentions, s, e)
            if any(m.offence == UNMAPPED for m in sentence_mentions):
                # "violence and sexual offences, with 1,020 reports": no category of the spec
                sentence_mentions = [m for m in sentence_mentions if m.offence != UNMAPPED]
            if sentence_mentions:
                sentence_mentions += self._both_places(sentence_mentions, s, e)
                for m in sentence_mentions:
                    if m.area in self._recent_places:
                        self._recent_places.remove(m.area)
                    self._recent_places.append(m.area)
            out.extend(sentence_mentions)
            if not in_row and sentence_mentions:
                lab = next((a for a in areas if a.kind == "label"), None)
                le = text.find("\n", e)
                le = len(text) if le < 0 else le
                if lab is not None and text[e:le].strip():
                    name = self._resolve_area(lab, ctx)
                    if name:
                        row_end, row_area, row_saved = le, name, ctx.area
                        row_topic = topic_at_start
            if self._home is None and not self._body_opened_national and s >= self._headline_end:
                self._body_opened_national = ctx.area == E_AND_W or any(
                    a.name == E_AND_W and not a.comparator for a in areas
                )
            if self._home is None and s >= self._headline_end:
                self._home = next(
                    (
                        m.area
                        for m in sentence_mentions
                        if m.area != E_AND_W and m.measures() and m.area not in self._ward_names
                    ),
                    None,
                )
            named = [a for a in areas if a.kind != "anaphora" and not a.comparator]
            if named:
                self._prev_place = self._resolve_area(min(named, key=lambda a: a.start), ctx)
            # carry context to the next sentence
            self._update_context(
                ctx,
                areas,
                pers,
                comparison_ids | aside_pers | comp_ids,
                sentence_mentions,
                offs,
                money or any_future,
                ctx_year,
                s,
                e,
            )
        return out

    def _compound_subjects(self, s: int, e: int, offs, mentions: list[Mention]) -> None:
        """Two or more offences sharing one verb: "Burglary and robbery both rose by 10 per
        cent" states the change for each; "Shoplifting and bicycle theft fell by 3 and 7 per cent
        respectively" pairs them in order."""
        if not mentions or len(offs) < 2:
            return
        text = self.text
        run: list[tuple[int, int, str]] = []
        best: list[tuple[int, int, str]] = []
        for o in offs:
            if o[2] in (TOPIC, GENERIC_TOTAL):
                run = []
                continue
            if run and COMPOUND_GAP_RE.fullmatch(text, run[-1][1], o[0]):
                run.append(o)
            else:
                run = [o]
            if len(run) >= 2:
                best = list(run)
        if len(best) < 2 or len({o[2] for o in best}) < len(best):
            return
        last = best[-1]
        vm = COMPOUND_VERB_RE.match(text, last[1], e)
        if not vm:
            return
        later = [m for m in mentions if m.offence == last[2]]
        if not later:
            return
        if RESPECTIVELY_RE.search(text, last[1], e):
            if len(later) != len(best):
                return
            for m, o in zip(later, best, strict=True):
                m.offence = o[2]
                m.offence_phrase = text[o[0] : o[1]]
            return
        for m in later:
            if m.count is not None or m.previous_count is not None:
                continue  # a count after a compound subject is one combined figure
            for o in best[:-1]:
                mentions.append(
                    Mention(
                        area=m.area,
                        period_start=m.period_start,
                        period_end=m.period_end,
                        offence=o[2],
                        offence_phrase=text[o[0] : o[1]],
                        sentence=m.sentence,
                        start=m.start,
                        end=m.end,
                        change_pct=m.change_pct,
                        change_abs=m.change_abs,
                        rate_per_1000=m.rate_per_1000,
                        direction=m.direction,
                    )
                )

    def _table_line(self, s: int, e: int, ctx: _Ctx, out: list[Mention]) -> bool:
        """A row of a pipe or tab table with period columns ("Offence | 2016-17 | 2017-18 |
        Change"); returns whether the line was a table line."""
        text = self.text
        header = self._header
        line = text[s:e]
        sep = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 2 else None
        ls = text.rfind("\n", 0, s) + 1
        indent = 1 if s - ls >= 2 and not text[ls:s].strip() else 0  # "      Crawley   Horsham"
        if sep is None and "   " in line and len(FIXED_GAP_RE.findall(line)) + indent >= 2:
            sep = "  "  # a fixed-width table: columns separated by runs of spaces
        if sep is None:
            self._header = None
            return False
        if sep == "  ":
            cells = [c.strip() for c in FIXED_SPLIT_RE.split(line.strip())]
        else:
            # "| Offence | 2015 | 2016 |": a markdown table's outer pipes hold no cells
            body = line.strip()
            if sep == "|" and body.startswith("|") and body.endswith("|"):
                body = body[1:-1]
            cells = [c.strip() for c in body.split(sep)]
            if all(MD_RULE_CELL_RE.fullmatch(c) for c in cells):
                return True  # "|---|---|": the rule under a markdown heading row
        if header is not None and cells and TABLE_NOT_OFFENCE_RE.search(cells[0]):
            return True  # "BCS comparator crime": a survey basket, not an offence group
        kinds: list[tuple[str, tuple[str | None, str | None] | None]] = []
        for c in cells:
            per = find_periods(c)
            if per and per[0].kind in ("fy", "year", "range", "rolling", "month", "part"):
                kinds.append(("period", per[0].resolve(None, (None, None))))
            elif re.fullmatch(r"(?:19|20)\d\d", c):
                kinds.append(("period", (c + "-01", c + "-12")))
            elif re.search(r"(?i)change|diff", c):
                # "% change", "Change (%)": the column's figures are percentages
                kinds.append(
                    ("change", ("%", "%") if "%" in c or "per cent" in c.lower() else None)
                )
            elif re.search(r"(?i)\brate\b|per\s+1,?000", c):
                kinds.append(("rate", None))
            elif c in AREAS:
                # "            Crawley   Horsham": a column per place
                kinds.append(("place", (AREAS[c].name, None)))
            elif TABLE_PREV_HEAD_RE.fullmatch(c):
                kinds.append(("prev", None))  # "Ward | Offences | Previous year"
            elif TABLE_NOW_HEAD_RE.fullmatch(c):
                kinds.append(("now", None))
            else:
                kinds.append(("label", None))
        if (
            header is not None
            and any(k[0] == "place" for k in header)
            and len(cells) == len(header)
            and all(NUMBER_RE.search(c) for c in cells[1:])
        ):
            return self._place_row(cells, header, s, e, line, ctx, out)
        pcols = [i for i, k in enumerate(kinds) if k[0] == "period" and k[1] and k[1][1]]
        if (
            pcols
            or any(k[0] in ("change", "rate") for k in kinds)
            or (any(k[0] == "now" for k in kinds) and not any(ch.isdigit() for ch in line))
        ):
            self._header = kinds
            return True
        if len(kinds) >= 2 and all(k[0] == "place" for k in kinds):
            self._header = [("label", None), *kinds]  # the label column has no heading
            return True
        if header is not None and len(cells) == len(header) - 1:
            # "Violence against the person 24,118    20,541": a long label leaves one space
            sm = LABEL_NUMBER_RE.fullmatch(cells[0])
            if sm:
                cells = [sm.group(1), sm.group(2), *cells[1:]]
        if header is None or len(cells) != len(header):
            return False
        label = cells[0]
        om = OFFENCE_RE.search(label)
        off = offence_of(om.group(0)) if om else None
        area = ctx.area
        if off in (None, TOPIC):
            if label and label[0].isupper() and not om:
                area, off = label, ctx.topic or GENERIC_TOTAL
            else:
                return True
        ends = {i: k[1][1] for i, k in enumerate(header) if k[0] == "period" and k[1] and k[1][1]}
        pcols = sorted(ends, key=lambda i: ends[i] or "")
        if len(pcols) >= 3 and not any(k[0] in ("change", "rate", "prev") for k in header):
            # "| Robbery | 38 | 52 | 81 |" under three years: a series, each year a statistic
            for i in pcols:
                parsed = _cell_number(cells[i])
                if parsed is None:
                    continue
                col_per = header[i][1]
                assert col_per is not None
                mt = Mention(area or "", col_per[0], col_per[1], off, label, line, s, e)
                mt.count = make_measure(
                    parsed[0], parsed[1], pct=False, hedge=None, phrase=cells[i]
                )
                if area:
                    out.append(mt)
            return True
        period = header[pcols[-1]][1] if pcols else ctx.period
        assert period is not None
        mt = Mention(area or "", period[0], period[1], off, label, line, s, e)
        for i, (kind, _p) in enumerate(header):
            parsed = _cell_number(cells[i]) if i else None
            if parsed is None:
                continue
            value, unit, sign = parsed
            pct = (
                "%" in cells[i] or "per cent" in cells[i] or (kind == "change" and _p == ("%", "%"))
            )
            meas = make_measure(value, unit, pct=pct, hedge=None, phrase=cells[i])
            if sign in ("-", "−"):
                meas = signed(meas, -1)
            if kind == "now":
                mt.count = meas
            elif kind == "prev":
                mt.previous_count = meas
            elif kind == "period" and pcols and i == pcols[-1]:
                mt.count = meas
            elif kind == "period" and len(pcols) > 1 and i == pcols[-2]:
                mt.previous_count = meas
            elif kind == "change":
                if pct:
                    mt.change_pct = meas
                else:
                    mt.change_abs = meas
            elif kind == "rate":
                mt.rate_per_1000 = meas
        if area and mt.measures():
            out.append(mt)
        return True

    def _place_row(self, cells, header, s: int, e: int, line: str, ctx: _Ctx, out) -> bool:
        """A row of a table with a column per place: "Burglary      498     371"."""
        if len(cells) != len(header):
            self._header = None
            return False
        label = cells[0]
        rate = bool(RATE_CONTEXT_RE.search(label))
        om = OFFENCE_RE.search(label)
        off = offence_of(om.group(0)) if om else None
        if rate:
            off = off if off not in (None, TOPIC) else GENERIC_TOTAL
        if off in (None, TOPIC):
            return True
        if off == GENERIC_TOTAL:
            off = ctx.topic if ctx.topic not in (None, TOPIC) else GENERIC_TOTAL
        for i, (kind, place) in enumerate(header):
            if kind != "place" or place is None:
                continue
            parsed = _cell_number(cells[i])
            if parsed is None:
                continue
            value, unit, _sign = parsed
            if not rate and not value.is_integer():
                continue
            meas = make_measure(value, unit, pct=False, hedge=None, phrase=cells[i])
            mt = Mention(place[0] or "", ctx.period[0], ctx.period[1], off, label, line, s, e)
            if rate:
                mt.rate_per_1000 = meas
            else:
                mt.count = meas
            out.append(mt)
        return True

    def _drop_targets(self, read: list[_Num], cs: int, ce: int) -> list[_Num]:
        if not read:
            return read
        drop: set[int] = set()
        if not self._may("TARGET", cs, ce):
            return read
        for tm in self.R.TARGET.finditer(self.lt, cs, ce):
            # "met its target of cutting X by 10 per cent": the figure after the word first
            after = [i for i in range(len(read)) if 0 <= read[i].start - tm.end() <= 60]
            if after:
                drop.add(min(after, key=lambda i: read[i].start))
                continue
            best = min(
                range(len(read)),
                key=lambda i: min(abs(read[i].start - tm.end()), abs(tm.start() - read[i].end)),
            )
            drop.add(best)
        return [r for i, r in enumerate(read) if i not in drop]

    def _clause_offence(self, c_offs, prev_clause_off, ctx: _Ctx) -> tuple[str | None, str]:
        if (
            ctx.topic not in (None, TOPIC, GENERIC_TOTAL)
            and ELLIPTICAL_LEAD_RE.match(self.text, self._sent[0])
            and all(o[2] == GENERIC_TOTAL for o in c_offs)
        ):
            # "5. Violence with injury – 2,864 / Up by 41 offences.": the item's offence
            return ctx.topic, ctx.topic_phrase
        for o in c_offs:
            if o[2] not in (TOPIC, GENERIC_TOTAL):
                return o[2], self.text[o[0] : o[1]]
        for o in c_offs:
            if o[2] == GENERIC_TOTAL:
                phrase = self.text[o[0] : o[1]]
                if ctx.topic not in (None, TOPIC, GENERIC_TOTAL) and (
                    BARE_OFFENCES_RE.fullmatch(self.text, o[0], o[1])
                    and (
                        PRONOUN_LEAD_RE.match(self.text, self._sent[0])
                        # "Criminal damage and arson / These offences fell slightly, to 1,688."
                        or DEMONSTRATIVE_BEFORE_RE.search(self.text, max(0, o[0] - 8), o[0])
                    )
                ):
                    # "Burglary bucked the trend. It rose by 9 per cent ..., to 1,186 offences"
                    return ctx.topic, ctx.topic_phrase
                if (
                    self._s_new_par
                    and ctx.topic not in (None, TOPIC, GENERIC_TOTAL, self.headline_offence)
                    and self.headline_offence not in (None, TOPIC, GENERIC_TOTAL)
                    and self.headline_offence in self._body_offences
                    # ... in an article that does not report crime as a whole, and not of England
                    # and Wales ("Across England and Wales, police recorded 4.5 million offences")
                    and not self._reports_all_crime
                    and not any(a.name == E_AND_W for a in self._cur_areas)
                    and BARE_OFFENCES_RE.fullmatch(self.text, o[0], o[1]) is not None
                    and not ALL_CRIME_RE.search(self.text, max(0, c_offs[0][0] - 40), o[0])
                ):
                    # "Robberies in the force area ... reached 9,120. // Merseyside had ... its
                    # total of 2,731 offences": a new paragraph's bare "offences" is the offence
                    # the article is about, not the aside before it
                    return self.headline_offence, phrase
                if (
                    ctx.topic not in (None, TOPIC, GENERIC_TOTAL)
                    and (
                        self._bare_offences_of_topic(o, ctx)
                        # "Violence against the person accounted for most of the growth. There
                        # were 9,102 offences in 2019/20": the offence the sentence before named
                        or (
                            BARE_OFFENCES_RE.fullmatch(self.text, o[0], o[1]) is not None
                            and self._fresh_topic_end >= 0
                            and not self.text[self._fresh_topic_end : self._sent[0]].strip()
                            and "\n\n" not in self.text[self._fresh_topic_end : self._sent[0]]
                        )
                    )
                    and not ALL_CRIME_RE.search(self.text, max(0, c_offs[0][0] - 40), o[0])
                ):
                    return ctx.topic, ctx.topic_phrase  # "the number of offences" after shoplifting
                return o[2], phrase
            if o[2] == TOPIC:
                break
        if prev_clause_off[0] is not None:
            return prev_clause_off
        if ctx.topic is not None:
            return ctx.topic, ctx.topic_phrase
        if c_offs:  # a topic noun with nothing to refer to: crime as a whole
            return GENERIC_TOTAL, self.text[c_offs[0][0] : c_offs[0][1]]
        return None, ""

    def _bare_offences_of_topic(self, o: tuple[int, int, str], ctx: _Ctx) -> bool:
        """``o`` is a bare "offences" while the topic is the offence the article's headline
        names: it counts that offence ("the number of offences recorded ... has gone up by
        64%" in a shoplifting story), not crime as a whole."""
        return (
            o[2] == GENERIC_TOTAL
            and ctx.topic == self.headline_offence
            # ... once the body has given figures for it: "Police forces recorded 4.4 million
            # offences" under a headline about violence is all crime
            and ctx.topic in self._body_offences
            and BARE_OFFENCES_RE.fullmatch(self.text, o[0], o[1]) is not None
        )

    def _pair_respectively(self, read: list[_Num], c_areas: list[_Area], ctx: _Ctx) -> None:
        """ "Rises of 6.2 and 9.5 per cent were recorded in North West Leicestershire and Melton
        respectively": the k-th figure of each kind is the k-th place's. The places are a list
        ("A, B and C") or, failing that, every place the clause names ("It rose by 9 per cent in
        Ipswich and by 3 per cent across the county, to 1,186 and 3,640 offences
        respectively")."""
        places: list[_Area] = []
        for a in c_areas:
            if a.comparator or a.kind == "anaphora":
                continue
            if places and not AND_SEP_RE.fullmatch(self.text, places[-1].end, a.start):
                if len(places) >= 2:
                    break
                places = []
            places.append(a)
        if len(places) < 2:
            places = [a for a in c_areas if not a.comparator]
        names = [self._resolve_area(a, ctx) for a in places]
        if len(names) < 2 or None in names or len(set(names)) < len(names):
            return
        for role in MEASURES:
            of_role = [r for r in read if r.role == role]
            if len(of_role) == len(names):
                for r, name in zip(of_role, names, strict=True):
                    if name is not None:
                        self._resp_area[r.start] = name

    def _speaks_for_main_town(self, ctx: _Ctx, agents: list[_Area]) -> bool:
        """The running place is the town or district the article is about, and a force named in
        ``agents`` is the one speaking: it speaks about that town ("Bedfordshire Police recorded
        2,100 shoplifting offences" in a Luton story, "Cleveland Police recorded:" above a list
        about Middlesbrough)."""
        if ctx.area is None or ctx.area != self._main_area:
            return False
        info = CANONICAL_AREAS.get(ctx.area)
        return (
            info is not None
            and info.area_type in ("town", "district")
            and any(a.agent and a.kind != "anaphora" and a.name == info.parent for a in agents)
        )

    def _wider_than_agent(self, a: _Area, areas: list[_Area]) -> bool:
        """``a`` is a region or nation and a force named after it in ``areas`` is the one
        speaking ("In the North East, Durham Constabulary recorded ..."; not "... policed by
        Cleveland Police and above the England and Wales rate of 61.2")."""
        return _atype(a.name) in ("region", "nation") and any(
            b.agent and _atype(b.name) == "police_force_area" and b.start > a.start for b in areas
        )

    def _other_place_counts(
        self, read: list[_Num], c_areas: list[_Area], ctx: _Ctx, default: str | None
    ) -> None:
        """ "There were 38 robberies in Pendle, compared with 61 in Burnley": a figure compared
        with is another place's count when a place other than the clause's follows it."""
        main = next((r for r in read if r.role == "count"), None)
        if main is None:
            return
        main_area = self._number_area(main, c_areas, ctx, default)
        for r in read:
            if r.role != "previous_count" or r.measure.value == 0:
                continue
            for a in c_areas:
                if a.start < r.end or a.agent or a.kind != "gazetteer":
                    continue
                if AREA_GAP_RE.fullmatch(self.text, r.end, a.start):
                    name = self._resolve_area(a, ctx)
                    if name and main_area and name != main_area:
                        r.role = "count"
                break

    def _number_area(self, r: _Num, c_areas: list[_Area], ctx: _Ctx, default: str | None):
        if self._resp_area:
            paired = self._resp_area.get(r.start)
            if paired is not None:
                return paired
        text = self.text
        # the offence words a count names ("6,874 violence against the person offences in the
        # borough") do not separate it from the place after them
        rend = r.end
        i = bisect.bisect_left(self.off_starts, rend)
        if i < len(self.offences):
            gap = self.offences[i][0] - rend
            if gap <= 1:
                rend = self.offences[i][1]
            elif gap < 60:  # "6,418 incidents of anti-social behaviour in Lancaster"
                fm = FILLER_RE.match(text, rend)
                if fm and self.offences[i][0] - fm.end() <= 1:
                    rend = self.offences[i][1]
        for a in c_areas:
            if (
                a.start > r.end
                and a.kind != "anaphora"  # "Norwich accounted for 402 of the county's rapes"
                and PART_OF_PLACE_GAP_RE.fullmatch(text, r.end, a.start)
                and PART_OF_PLACE_AFTER_RE.match(text, a.end)
            ):
                name = self._resolve_area(a, ctx)
                if name:
                    return name  # "4,502 of the Carmarthenshire total"
        # "5% across England and Wales", "rose by 10% in Leeds"
        for k, a in enumerate(c_areas):
            if (
                r.end <= a.start <= rend + 40
                and not a.agent
                # "rose by 10 per cent, higher than the national rise": the place compared with
                and not (a.comparator and THAN_RE.search(text, r.end, a.start))
                # "97.6 per 1,000 people (England and Wales: 88.9)": the bracket's own place
                and "(" not in text[r.end : a.start]
                # "to 1,338, with stores in Grays ... among those worst hit": where, not whose
                and not (
                    a.comparator and VENUE_BEFORE_RE.search(text, max(0, a.start - 60), a.start)
                )
                # "128.4 per 1,000 people, almost twice the county figure"
                and not (
                    a.comparator
                    and a.kind == "anaphora"
                    and COMPARED_BETWEEN_RE.search(text, r.end, a.start)
                )
            ):
                nxt = c_areas[k + 1] if k + 1 < len(c_areas) else None
                if nxt is not None and LIST_SEP_RE.fullmatch(text, a.end, nxt.start):
                    continue  # "recorded across Bristol, Bath, North Somerset": the parts
                if "," in text[r.end : a.start] and FIGURE_AFTER_PLACE_RE.match(text, a.end):
                    continue  # "fell by 23.4 per cent to 1,012, in Mid Suffolk by 18.9 ..."

                if (
                    (
                        AREA_GAP_RE.fullmatch(text, r.end, a.start)
                        or (rend > r.end and AREA_GAP_RE.fullmatch(text, rend, a.start))
                    )
                    or (
                        a.kind == "anaphora"
                        and a.start - rend < 25
                        and not self._whole_of(a)
                        # "32.8 per 1,000 and the national rate 34.9": the next item's place
                        and " and " not in text[rend : a.start]
                    )
                ):
                    name = self._resolve_area(a, ctx)
                    if name:
                        return name
        # "Norwich accounted for 402 of the county's rapes and 1,944 ...": the whole the part
        # is of is not the figure's place
        before = [a for a in c_areas if a.end <= r.start and not self._whole_of(a)]
        pref = [a for a in before if not a.agent and not self._wider_than_agent(a, before)]
        # "The West End ward ... had more crime than any other ward in London, with 15,860": the
        # set a place is ranked in gives way to the place
        if before and all(a.rank_set for a in before):
            return default  # "among the major cities outside London, at 109.2"
        pref = [a for a in pref if not a.rank_set] or pref
        if not pref and before and self._speaks_for_main_town(ctx, before):
            return ctx.area
        pref = pref or before
        if pref:
            name = self._resolve_area(pref[-1], ctx)
            if name:
                return name
        return default

    def _number_period(self, r: _Num, c_own, s_own, ctx: _Ctx, ctx_year):
        chosen: PeriodMatch | None = None
        if self._comp_pers:  # a figure before a place compared with is not dated by its period
            c_own = [p for p in c_own if not self._before_comparator(r, p)]
            s_own = [p for p in s_own if not self._before_comparator(r, p)]
        if self._cur_asides:  # periods inside an aside date only figures inside it
            side = self._aside_of(r.start)
            c_own = [p for p in c_own if self._aside_of(p.start) == side]
            s_own = [p for p in s_own if self._aside_of(p.start) == side]
        before = [p for p in c_own if p.end <= r.start]
        after = [p for p in c_own if p.start >= r.start]
        if after and PERIOD_RIGHT_AFTER_RE.fullmatch(self.text, r.end, after[0].start):
            chosen = after[0]  # "..., four in 2020/21 and six in 2021/22": the period it is for
        elif before:
            chosen = before[-1]
        elif after:
            chosen = after[0]
        elif s_own:
            # not "in August" in another clause of a year's story ("went up by 19 per cent,
            # largely as a result of stop searches ... at the festival in August")
            long_story = ctx.period[1] is not None and _months(ctx.period) > 1
            chosen = next((p for p in s_own if not (long_story and p.kind == "month_noyear")), None)
        if chosen is None:
            return ctx.period
        return self._resolve_period(chosen, ctx, ctx_year)

    def _where_holds_all(
        self, asides: list[tuple[int, int]], s: int, e: int
    ) -> list[tuple[int, int]]:
        text = self.text
        pers = self._slice(self.per_starts, self.periods, s, e)
        nums = [
            n.start()
            for n in self._slice(self.num_starts, self.numbers, s, e)
            if not any(p.start <= n.start() < p.end for p in pers)
        ]
        if not nums:
            return asides
        return [
            (a, b) for a, b in asides if not (WHERE_ASIDE_RE.match(text, a, b) and a <= nums[0] < b)
        ]

    def _before_comparator(self, r: _Num, p: PeriodMatch) -> bool:
        """``p`` follows a place compared with, and ``r`` is a figure before that place's own
        figure (a digit lies between ``r`` and the place)."""
        a = self._comp_pers.get(p.start)
        return a is not None and r.end <= a and any(ch.isdigit() for ch in self.text[r.end : a])

    def _whole_of(self, a: _Area) -> bool:
        """``a`` is "the county's" in "402 of the county's rapes"."""
        t = self.text
        return (
            a.kind == "anaphora"
            and (t.startswith("of ", a.start) or t.endswith("of ", 0, a.start))
            and t.startswith(("'s", "’s"), a.end)
        )

    def _par_heading(self, end: int) -> bool:
        """Whether the paragraph that ends at ``end`` is a heading (one short line)."""
        st = self.text.rfind("\n\n", 0, end)
        par = self.text[st + 2 if st >= 0 else 0 : end].strip()
        return par.endswith((":", ";")) or (
            "\n" not in par and len(par) < 60 and not par.endswith((".", "!", "?"))
        )

    def _aside_of(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self._cur_asides if a <= pos < b), None)

    def _resolve_period(self, p: PeriodMatch, ctx: _Ctx, ctx_year):
        if p.kind == "last_month":
            if self.pub is None:
                return None, None
            y, m = shift(self.pub[0], self.pub[1], -1)
            return ym(y, m), ym(y, m)
        if p.kind == "relative":
            if ctx.period != (None, None):
                return ctx.period
            return self._pub_relative(p)

        if (
            self.pub is not None
            and p.kind in ("rolling", "range")
            and p.ey is None
            and p.sy is None
        ):
            # "in the year to September", "between 1 July and 30 September this year": the
            # latest such months by the dateline
            if p.em:
                ey = self._latest_year(p.em)
                if LAST_YEAR_AFTER_RE.match(self.text, p.end):  # "between April and June last year"
                    ey = self.pub[0] - 1
                return p.resolve(ey, ctx.period)
        if p.kind == "month_last":
            if not p.sm or self.pub is None:
                return ctx.period  # no dateline to count back from
            # "last August" in an article of September 2023: August 2022; "last November" in an
            # article of October 2013: November 2012
            y = self._latest_year(p.sm)
            if y == self.pub[0]:
                y -= 1
            return ym(y, p.sm), ym(y, p.sm)
        if p.kind == "month_noyear":  # "in September": the latest September by the dateline
            if not p.sm:
                return ctx.period
            if self.pub is None:
                # "2014 reviewed ... July was the busiest month": the July of the year the
                # article is about
                cs, ce = ctx.period
                if cs and ce and _months(ctx.period) <= 12:
                    for y in (int(ce[:4]), int(ce[:4]) - 1):
                        if cs <= ym(y, p.sm) <= ce:
                            return ym(y, p.sm), ym(y, p.sm)
                return ctx.period
            y = self._latest_year(p.sm)
            return ym(y, p.sm), ym(y, p.sm)
        if p.kind == "quarter_ref":  # "in the quarter": the latest three-month period named
            best: tuple[str | None, str | None] | None = None
            for q in self.periods:
                if q.end <= p.start and (
                    q.kind in ("part", "range") or (q.kind == "rolling" and q.months == 3)
                ):
                    res = self._resolve_period(q, ctx, ctx_year)
                    if res[1] is not None and _months(res) == 3 and (best is None or res > best):
                        best = res
            return best or ctx.period
        return p.resolve(ctx_year, ctx.period)

    @cached_property
    def _reports_all_crime(self) -> bool:
        """The body reports crime as a whole ("overall crime", "total notifiable offences");
        looked up only when a rule needs it."""
        return ALL_CRIME_NAMED_RE.search(self.text, self._headline_end) is not None

    def _latest_year(self, month: int) -> int:
        """The year of the latest ``month`` by the dateline ("in September" in an article of
        November 2021: 2021; of May 2021: 2020)."""
        assert self.pub is not None
        return self.pub[0] if month <= self.pub[1] else self.pub[0] - 1

    def _pub_relative(self, p: PeriodMatch) -> tuple[str | None, str | None]:
        if self.pub is None:
            return None, None
        phrase = self.text[p.start : p.end].lower()
        y, m = self.pub
        if "last year" in phrase or "past year" in phrase and "12" not in phrase:
            if "last year" in phrase:
                return ym(y - 1, 1), ym(y - 1, 12)
        if "this year" in phrase:
            return ym(y, 1), ym(y, m)
        ey, em = shift(y, m, -1)
        sy, sm = shift(ey, em, -11)
        return ym(sy, sm), ym(ey, em)

    def _context_year(self, ctx: _Ctx) -> int | None:
        pe = ctx.period[1]
        if pe and pe[:4].isdigit():
            return int(pe[:4])
        if self.pub:
            return self.pub[0]
        return None

    def _main_period(self) -> tuple[str | None, str | None]:
        text = self.text
        year = self.pub[0] if self.pub else None
        for p in self.periods:
            if not p.carries or p.kind == "since":
                continue
            if (p.start == 0 or text[p.start - 1] == "\n") and YEAR_ROW_AFTER_RE.match(text, p.end):
                continue  # "2015 – 2,914": a row of a list of years, not the article's period
            if Before(text, max(0, p.start - 50), p.start, self.flow).search(COMPARISON_BEFORE_RE):
                continue
            i = bisect.bisect_right(self.sent_starts, p.start) - 1
            ss, se = self.sents[i] if i >= 0 else (0, len(text))
            if (
                MONEY_SENTENCE_RE.search(text, ss, se)
                or self._has("SURVEY", ss, se)
                or self._has("FUTURE", ss, se)
                or self._has("DETERMINED", ss, se)
            ):
                continue
            if (
                self.pub is not None
                and any(q.kind == "relative" and q.end <= ss for q in self.periods)
                and (self._has("ANAPHORA", ss, se) or "England and Wales" in text[ss:se])
                and any(a.name == E_AND_W for a in self.areas if ss <= a.start < se)
            ):
                # "412 offences in the last 12 months" (dated 16 September 2019), then
                # "Nationally, ... in the year to March 2019": the national figure's period is
                # not the article's
                continue
            res = p.resolve(year, (None, None))
            if res[1] is not None:
                return res
        return (None, None)

    def _survey_sentence(self, s: int, e: int) -> bool:
        """The sentence reports a survey, not recorded crime; not when the survey comes only in
        a figure-free clause after the figures ("..., up 7 per cent, although the Crime Survey
        for England and Wales suggested the public's experience was flat")."""
        sv = self._search("SURVEY", s, e)
        if sv is None:
            return False
        cm = LATE_CONCESSION_RE.search(self.text, s, sv.start())
        return not (
            cm is not None
            and any(ch.isdigit() for ch in self.text[s : cm.start()])
            and not any(ch.isdigit() for ch in self.text[cm.start() : e])
        )

    def _year_pair(self, mentions: list[Mention], s: int, e: int) -> list[Mention]:
        """ "The force recorded 33,518 offences in 2013/14 and 36,250 in 2014/15, an increase of
        8.2 per cent": with a change stated, the earlier year's count is the comparison figure
        of the later year's (convention 4), not a statistic of its own."""
        pm = YEAR_PAIR_RE.search(self.text, s, e)
        if pm is None or not CUE_RE.search(self.text, pm.end(), e):
            return mentions
        a = parse_digits(pm.group("a"), None)  # (it drops the thousands commas itself)
        b = parse_digits(pm.group("b"), None)
        if a is None or b is None:
            return mentions
        first = [m for m in mentions if m.count is not None and m.count.value == a[0]]
        second = [m for m in mentions if m.count is not None and m.count.value == b[0]]
        if len(first) != 1 or len(second) != 1:
            return mentions
        m1, m2 = first[0], second[0]
        if (
            m1.area != m2.area
            or m1.offence != m2.offence
            or m2.previous_count is not None
            or set(m1.measures()) != {"count"}
            or not (m1.period_end and m2.period_end and m1.period_start and m2.period_start)
            or _months((m1.period_start, m1.period_end))
            != _months((m2.period_start, m2.period_end))
            or _months((m1.period_start, m2.period_end))
            != 2 * _months((m2.period_start, m2.period_end))
        ):
            return mentions
        m2.previous_count = m1.count
        return [m for m in mentions if m is not m1]

    def _place_direction(self, cs: int, ce: int, c_areas) -> tuple[str, int] | None:
        """ "..., while Sheffield's figure was virtually unchanged": a place leading a clause
        with no offence words, then a direction: the direction of the running offence there."""
        lead = next((a for a in c_areas if not a.comparator and not a.agent), None)
        if lead is None or not PLACE_LEAD_GAP_RE.fullmatch(self.text, cs, lead.start):
            return None
        gm = PLACE_SUBJECT_GAP_RE.match(self.text, lead.end, ce)
        if gm is None:
            return None
        dm = DIRECTION_RE.match(self.text, gm.end(), ce)
        if dm is None or self._has("QUESTION", *self._sent):
            return None
        return _direction_found(dm)

    def _in_target_list(self, s: int) -> bool:
        """``s`` starts an item of a list introduced as targets ("The board has set the
        following ambitions:" / "- cut repeat victims of domestic abuse by 10 per cent;")."""
        text = self.text
        ls = text.rfind("\n", 0, s) + 1
        lead = text[ls : s + 1].strip()
        if not lead or lead[0] not in BULLET_CHARS:
            return False
        while ls > 0:
            ps = text.rfind("\n", 0, ls - 1) + 1
            line = text[ps : ls - 1].strip()
            if line and line[0] not in BULLET_CHARS:
                return line.endswith(":") and TARGET_LIST_HEAD_RE.search(line) is not None
            ls = ps
        return False

    def _direction(self, cs: int, ce: int, c_offs) -> tuple[str, int] | None:
        subject = [o for o in c_offs if o[2] != TOPIC]
        if not subject:
            # "Robbery rose from 818 to 1,051, while in Merseyside it fell slightly"
            dm = self._search("DIRECTION", cs, ce)
            if (
                dm
                and PRONOUN_SUBJECT_BEFORE_RE.search(self.text, cs, dm.start())
                and not self._has("QUESTION", *self._sent)
            ):
                return _direction_found(dm)
            return None
        dm = self._search("DIRECTION", subject[0][1], ce)
        if not dm:
            # "City of London Police recorded the same number of offences as ..."
            sm = SAME_NUMBER_OF_RE.search(self.text, cs, subject[0][0])
            if sm and sm.end() == subject[0][0] and not self._has("QUESTION", *self._sent):
                return "same", sm.start()
            return None
        if self._has("QUESTION", self._sent[0], self._sent[1]):
            return None
        return _direction_found(dm)

    def _both_places(self, mentions: list[Mention], s: int, e: int) -> list[Mention]:
        """ "Vehicle crime fell in both boroughs.": the same statement for the other of the
        two places the article has just been comparing."""
        if len(self._recent_places) < 2 or not self._text_has(BOTH_PLACES_RE, s, e):
            return []
        pair = self._recent_places[-2:]
        out = []
        for m in mentions:
            if m.area in pair and len({x.area for x in mentions}) == 1:
                other = pair[0] if m.area == pair[1] else pair[1]
                out.append(replace(m, area=other))
        return out

    def _offence_row(self, offs: list[tuple[int, int, str]], s: int, e: int) -> bool:
        """A one-line sentence led by an offence used as a row label ("Robbery: 412 (356)")."""
        if not offs or "\n" in self.text[s:e].strip():
            return False
        lead = LABEL_LEAD_RE.match(self.text, s)
        return (
            lead is not None
            and offs[0][0] == lead.end()
            and OFFENCE_LABEL_AFTER_RE.match(self.text, offs[0][1]) is not None
        )

    def _update_context(
        self,
        ctx: _Ctx,
        areas,
        pers,
        comparison_ids,
        mentions,
        offs,
        no_period_carry,
        ctx_year,
        s,
        e,
    ) -> None:
        # area: the first place the sentence is about (not a comparison, not the force speaking,
        # not the region around the force speaking: "In the North East, Durham Constabulary ...")
        cands = [
            a
            for a in areas
            if not a.comparator and not a.agent and not self._wider_than_agent(a, areas)
        ] or [a for a in areas if not a.comparator and a.start - s < 12]
        if cands and all(a.agent for a in cands) and self._speaks_for_main_town(ctx, cands):
            cands = []
        # a sentence about a ward ("Low Harrogate ward had the most crimes ..., followed by
        # ... Knaresborough Eastfield") is a detail: the running area stays
        cands = [] if cands and cands[0].kind == "ward" else [a for a in cands if a.kind != "label"]
        cands = [a for a in cands if a.name != THERE]
        cands = [
            a
            for a in cands
            if not (
                a.kind == "anaphora"
                and a.name == E_AND_W
                and not NATIONAL_SWITCH_RE.match(self.text, a.start)
                # "Across the country, ..." leading a sentence of an article about England and
                # Wales figures switches like "Across England and Wales, ..."
                and not (a.start - s < 3 and self.names_e_and_w)
            )
        ]
        about_crime = bool(mentions) or any(o[2] != TOPIC for o in offs)
        heading = bool(HEADING_RE.search(self.text, s, e)) or (e - s < 60 and not offs)
        # "Lancashire saw one of the steepest increases ...": a sentence led by a place and
        # about a change is about that place, figures or not
        leads = bool(
            cands
            and cands[0].start - s <= 1
            and cands[0].kind == "gazetteer"
            and CHANGE_WORD_RE.search(self.text, s, e)
        )
        if not (about_crime or heading or leads):
            cands = []
        # "Dyfed-Powys Police recorded 21,384 crimes ..., with falls in Carmarthenshire": the
        # sentence's first figure is the speaking force's own, so the force is its subject
        if mentions and any(a.agent and a.name == mentions[0].area for a in areas):
            cands = []
            ctx.area = mentions[0].area
        elif mentions and cands:
            # "Shoplifting jumped 38 per cent ..., and anyone who shops in Durham city centre
            # knows why": a place no figure of the sentence is about does not take over
            names = {m.area for m in mentions}
            cands = [
                a for a in cands if a.kind == "anaphora" or self._resolve_area(a, ctx) in names
            ]
        for a in cands:
            if "wider" in self.text[
                max(s, a.start - 12) : a.start
            ].lower() and WIDER_BEFORE_RE.search(self.text, max(s, a.start - 12), a.start):
                # "Across the wider Thames Valley force area, violent crime went up 14 per
                # cent.": a glance at the wider area; the article stays where it was
                break
            name = self._resolve_area(a, ctx)
            if name:
                if (
                    name != ctx.area
                    and not mentions
                    and not offs
                    and (self._topic_from_figures or self._section_figures)
                    and PLACE_HEADING_RE.fullmatch(self.text, s, e)
                ):
                    # a section headed by a place ("Burnley") starts afresh: "Burnley saw the
                    # biggest fall of any district" is about crime as a whole, not the offence
                    # of the last section's figures (or of a figure-free sentence ending it)
                    ctx.topic, ctx.topic_phrase = GENERIC_TOTAL, ""
                    self._topic_from_figures = False
                    self._section_figures = False
                ctx.area = name
            break
        for a in areas:
            if _atype(a.name) in ("town", "district") and a.kind != "ward":
                ctx.last_town = a.name
        if HEADING_RE.search(self.text, s, e) and areas:
            name = self._resolve_area(areas[0], ctx)
            if name and not (areas[0].agent and self._speaks_for_main_town(ctx, areas[:1])):
                ctx.area = name
        # period
        # a heading's one period ("The district's figures for 2012-13 included:") is the list's
        if not no_period_carry and (
            mentions
            or any(o[2] != TOPIC for o in offs)
            or (len(pers) == 1 and HEADING_RE.search(self.text, s, e))
        ):
            best = None
            best_kind = ""
            for i, p in enumerate(pers):
                if (
                    i in comparison_ids
                    or not (
                        p.carries
                        or p.kind == "quarter_ref"
                        or (p.kind == "month_noyear" and self.pub)
                        # "Police recorded 1,905 crimes across Swindon last month" (not "last
                        # month's spate of attacks")
                        or (
                            p.kind == "last_month"
                            and self.pub
                            and self.text[p.end : p.end + 2] not in ("'s", "’s")
                        )
                    )
                ):
                    continue
                res = self._resolve_period(p, ctx, ctx_year)
                if res[1] is None:
                    continue
                if ctx.period[1] is not None and _months(res) > 12:
                    # a change over a multi-year span ("between March 2017 and March 2022")
                    # is its own statistic, not the article's running period
                    continue
                if best is None or res[1] > best[1]:
                    best = res
                    best_kind = p.kind
            if best is None and ctx.period == (None, None):
                for i, p in enumerate(pers):
                    if i not in comparison_ids and p.kind == "relative":
                        res = self._pub_relative(p)
                        if res[1] is not None:
                            best = res
                            break
            if (
                best is not None
                and not mentions
                and self._period_from_figures
                and ctx.period[1] is not None
                and best[1] is not None
                and best[1] < ctx.period[1]
            ):
                best = None  # a sentence without figures ("an inspection in 2014") is background
            if (
                best is not None
                and best_kind != "quarter_ref"  # "in the quarter" names the report's own period
                and ctx.period[0] is not None
                and ctx.period[1] is not None
                and best[0] is not None
                and ctx.period[0] <= best[0]
                and best[1] <= ctx.period[1]
            ):
                best = None  # a part of the running period ("between April and June") is not it
            if best is not None:
                ctx.period = best
            if mentions and ctx.period[1] is not None:
                self._period_from_figures = True
        if mentions:
            self._last_fig_area, self._last_fig_end = mentions[0].area, e
            self._section_figures = True
        # topic
        if (
            mentions
            and ctx.topic is not None
            and OF_THOSE_RE.match(self.text, s)
            and all(is_descendant(m.offence, ctx.topic) for m in mentions)
        ):
            pass  # "Of those, 117 were break-ins at people's homes": still about the whole
        elif (
            not mentions
            and ctx.row_prior is not None
            and self.text[s:e].rstrip().endswith(":")
            and e - s < 80
        ):
            # "Robbery: 412 (356)" ... then "How neighbouring areas compare:": a new list; the
            # offence rows above were about themselves, and "Calderdale – 25,604, up 3%" is
            # about what the article was about before them
            ctx.topic, ctx.topic_phrase = ctx.row_prior
            ctx.row_prior = None
        elif mentions:
            if self._offence_row(offs, s, e):
                if ctx.row_prior is None and ctx.topic is not None:
                    ctx.row_prior = (ctx.topic, ctx.topic_phrase)
            else:
                ctx.row_prior = None
            self._topic_from_figures = True
            if s >= self._headline_end:
                self._body_offences.update(m.offence for m in mentions)
            last = mentions[-1]
            # "402 sexual offences, 148 of them rapes": the topic stays the whole, not its part
            for m in mentions[:-1]:
                if m.offence != last.offence and is_descendant(last.offence, m.offence):
                    last = m
                    break
            ctx.topic, ctx.topic_phrase = last.offence, last.offence_phrase
        elif not DEFINITION_RE.match(self.text, s):  # "The category covers thefts of ..."
            # a police.uk grouping with no category of the spec ("Violence and sexual offences,
            # which police.uk counts as a single category, ...") is no topic for what follows
            spec = [o for o in offs if o[2] not in (TOPIC, GENERIC_TOTAL, UNMAPPED)]
            # "rather than a surge in offending": no new topic in an article about one offence
            gen = [
                o
                for o in offs
                if o[2] == GENERIC_TOTAL and self.text[o[0] : o[1]].lower() != "offending"
            ]
            pick = spec[0] if spec else gen[0] if gen else None
            if (
                pick is not None
                and not spec
                and ctx.topic is not None
                and self._bare_offences_of_topic(pick, ctx)
            ):
                pick = None  # "most of the offences involved knives": still the article's offence
            if pick is not None:
                ctx.topic, ctx.topic_phrase = pick[2], self.text[pick[0] : pick[1]]
                self._topic_from_figures = False
                if spec and s >= self._headline_end:
                    self._fresh_topic_end = e  # a sentence naming the offence, no figures


def _is_number_word(word: str) -> bool:
    return word[0].isdigit() or words_value(word) is not None


def _name_uses(name: str, text: str) -> Iterator[re.Match[str]]:
    """Every place ``text`` writes ``name`` as a whole name (not inside a longer word or a
    hyphenated one)."""
    return re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text)


def _cell_number(cell: str) -> tuple[float, float, str | None] | None:
    """The figure in a table cell: (value, unit, sign), or None when it holds none."""
    nm = NUMBER_RE.search(cell)
    if nm is None or nm.group("num") is None:
        return None
    parsed = parse_digits(nm.group("num"), nm.group("scale"))
    if parsed is None:
        return None
    return parsed[0], parsed[1], nm.group("sign")


def _direction_found(dm: re.Match[str]) -> tuple[str, int]:
    """The direction a ``DIRECTION_RE`` match states, and where."""
    return ("up" if dm.group("up") else "down" if dm.group("down") else "same"), dm.start()


def _written_in_lower_case(word: str, text: str) -> bool:
    """Whether ``text`` also writes ``word`` in lower case ("across", "officers"): then, with a
    capital, it is a word at the start of a sentence or heading, not a name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` starts a sentence or a line."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"“‘'(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n;"


def _months(period: tuple[str | None, str | None]) -> int:
    a, b = period
    if not a or not b:
        return 0
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7]) + 1


def _atype(name: str) -> str:
    info = CANONICAL_AREAS.get(name)
    return info.area_type if info is not None else ""


@lru_cache(maxsize=8192)
def _clean_name(name: str) -> str | None:
    name = name.strip()
    # "St Ann's", "Newtown and St Leonard's" are names, "Stockton's" a possessive
    if not re.search(r"(?:^|\s)St\.?\s+[A-Z][a-z]+['’]s$", name):
        name = re.sub(r"['’]s$", "", name)
    words = name.split()
    if not words or words[0] in PLACE_NAME_STOP or words[-1] in PLACE_NAME_STOP:
        return None
    if name in AREAS:
        return AREAS[name].name
    return name


def extract_mentions(text: object) -> list[Mention]:
    """Every statement of a statistic in ``text``, in document order."""
    mentions = _Extractor(text if isinstance(text, str) else str(text)).run()
    mentions.sort(key=lambda m: m.start)
    return mentions


__all__ = ["extract_mentions", "MEASURES"]
