"""Sentences (with exact offsets), quoted speech and parenthetical asides."""

from __future__ import annotations

import bisect
import re

# A sentence ends at a line break, or at . ! ? (plus closing quotes/brackets) followed by space
# and something that can start a sentence.  Decimal points and common abbreviations are not ends.
_END_RE = re.compile(
    r"\n+|(?<=[.!?])[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9£■•▪●*\-–])|(?<=[;:])[ \t]*(?=\n)"
)
_ABBREV_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Insp|Supt|Det|Sgt|Ch|Chief|Con|PC|St|No|Nos|Cllr|Prof|Rev|Gen|Col|"
    r"Capt|Lt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|vs|etc|e\.g|i\.e|Co|Ltd)"
    r"|\b[A-Z])\.$"
)
_LEAD_RE = re.compile(r"[\s■•▪●*·]+")
# every match of _END_RE starts at a line break or right after . ! ? ; :
_END_AT_RE = re.compile(r"[.!?;:\n]")


def _end_matches(text: str) -> list[re.Match[str]]:
    """``list(_END_RE.finditer(text))``, trying the pattern only where a match can start."""
    out: list[re.Match[str]] = []
    last = 0
    match = _END_RE.match
    for c in _END_AT_RE.finditer(text):
        p = c.start()
        q = p if text[p] == "\n" else p + 1
        if q < last:
            continue
        m = match(text, q)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence; text[start:end] is stripped of surrounding space and
    leading bullets."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _end_matches(text):
        cut = m.start()
        if m.group(0)[:1] not in "\n" and _ABBREV_RE.search(text, max(pos, cut - 8), cut):
            continue
        _add(text, pos, cut, spans)
        pos = m.end()
    _add(text, pos, n, spans)
    return spans


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    m = _LEAD_RE.match(text, s, e)
    if m:
        s = m.end()
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


_QUOTE_RE = re.compile(r"[“”\"\n]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: from an opening quote to its closing quote or the line end."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    for m in _QUOTE_RE.finditer(text):
        ch = m.group(0)
        p = m.start()
        if ch == "\n":
            if open_at >= 0:
                spans.append((open_at, p))
                open_at = -1
        elif ch == "“":
            if open_at < 0:
                open_at = p
        elif ch == "”":
            if open_at >= 0:
                spans.append((open_at, p + 1))
                open_at = -1
        else:  # straight quote toggles
            if open_at >= 0:
                spans.append((open_at, p + 1))
                open_at = -1
            else:
                open_at = p
    if open_at >= 0:
        spans.append((open_at, len(text)))
    return spans


class SpanSet:
    """Sorted, non-overlapping spans with a fast membership test."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def contains(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


# Asides whose offence words are not the subject: ", which includes assault, GBH and wounding,",
# " - including trafficking ... -", ", one of the most high volume crimes,".
ASIDE_RE = re.compile(
    # "Shoplifting, the only acquisitive crime to rise, reached 5,812": an appositive about the
    # offence before it
    r",\s*the\s+(?:only|one|main|single\s+largest|largest|biggest|most\s+common)\s+"
    r"(?:[a-z\-]+\s+){0,4}?(?:crimes?|offences?|categor(?:y|ies)|types?)\s+(?:to|that|which)\b"
    r"[^,;\d]*(?=,)|"
    # "Norton, on the edge of Stourbridge, with 402 crimes": where the place lies
    r",\s*(?:on\s+the\s+(?:edge|outskirts|fringes?)\s+of|just\s+outside|close\s+to|next\s+to"
    r"|(?:north|south|east|west)\s+of)\s+[A-Z][^,;\d]{0,40}(?=,)|"
    # ", the county's biggest farming district,": an appositive about the place before it
    r",\s*the\s+(?:county|city|borough|region|force|country|district)['’]s\s+(?:[a-z\-]+\s+){0,3}"
    r"(?:district|borough|town|city|area|authority|force|council|ward)(?=,)|"
    r",\s*(?:which|who|one\s+of|the\s+(?:category|group|heading|classification)\s+(?:of\s+(?:offences|crimes)\s+)?(?:that|which|made\s+up\s+of|covering)|(?:most|many|some|all)\s+of\s+them|(?:many|most|some|much|all)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|found|taken|seen|made|caught|held|stolen|driven|given)\b|(?:mostly|mainly|largely|chiefly|predominantly)\b(?!\s+(?:because|due|as|since|thanks|down\s+to|owing)\b)|including|includes|such\s+as"
    r"|known\s+as|where|like|as\s+well"
    r"\s+as|excluding|not\s+including|e\.g\.)\b(?:[^,;–—]|,(?=\d{3}))*"
    # ... and the rest of a list inside it: ", which combines domestic burglary, robbery and
    # vehicle crime, was ..."
    r"(?:,\s*(?:(?-i:[A-Z])(?:[^,;–—]|,(?=\d{3}))*|(?!(?:and|but|or|while|whilst)\b)"
    r"(?:[a-z\-'’]+\s+){1,4}?and(?:\s+[a-z\-'’]+){1,3}(?:\s+(?:which|that)(?:\s+[A-Za-z\-'’]+){1,8})?(?=,)))*"
    r"(?=,|$)"
    r"|\s[-–—]\s*(?:including|which|such\s+as|as\s+well\s+as|excluding|from|covering|mainly|"
    r"mostly|largely|particularly|especially|like|both|whether|not)\b[^–—]*?(?:\s[-–—]"
    r"\s|$)"
    r"|\((?:including|which|such\s+as|e\.g\.|excluding)[^)]*\)"
    # a figure-free aside between two dashes: "– the Met's measure of all recorded crime –"
    r"|\s[–—]\s(?![^–—\n]*\d)[^–—\n]{1,140}?\s[–—](?=\s)"
    # ... and between two spaced hyphens: "Total notifiable offences - the Met's measure -"
    r"|\s-\s(?:(?!\s-\s)[^\d\n–—]){1,140}?\s-(?=\s)"
    r"|\bsuch\s+as\b[^,;.]*",
    re.IGNORECASE,
)


def aside_spans(text: str, low: str | None, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of ``ASIDE_RE.finditer(text, s, e)``.  A match starts at a comma, an opening bracket,
    a space before a dash or at "such"; the pattern is tried there only.  ``low`` is ``text``
    lower-cased with the same offsets and without the characters ``re`` folds onto "s"/"i"
    ("ſ", "ı"); when None every position is tried."""
    if low is None:
        return [(m.start(), m.end()) for m in ASIDE_RE.finditer(text, s, e)]
    cands: list[int] = []
    find = text.find
    for ch in ",(":
        p = find(ch, s, e)
        while p >= 0:
            cands.append(p)
            p = find(ch, p + 1, e)
    for ch in "-–—":
        p = find(ch, s + 1, e)
        while p >= 0:
            if text[p - 1].isspace():
                cands.append(p - 1)
            p = find(ch, p + 1, e)
    lfind = low.find
    p = lfind("such", s, e)
    while p >= 0:
        cands.append(p)
        p = lfind("such", p + 1, e)
    if not cands:
        return []
    out: list[tuple[int, int]] = []
    last = s
    match = ASIDE_RE.match
    for p in sorted(cands):
        if p < last:
            continue
        m = match(text, p, e)
        if m is not None:
            out.append((m.start(), m.end()))
            last = m.end()
    return out
