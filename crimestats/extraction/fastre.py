"""Speed helpers over ``re``'s own parser.  Every helper returns the same matches as the plain
``re`` call it replaces; they only avoid trying a pattern where it cannot match.

* ``Before``: tests of the words *before* a number.  The role of a number is decided by patterns
  anchored at the end of the window before it ("rose by $", "from $", "almost $").  ``re.search``
  on a ``$``-anchored pattern tries every start position of the window.  Here each such pattern is
  compiled a second time *reversed* (its parse tree mirrored) and matched once at position 0 of
  the reversed window.  The mirror is used as a filter only: a window it rejects is not searched;
  a window it accepts is searched as usual, so the match returned is the plain one.  Patterns the
  mirror cannot express use the plain search.  Slow mirrors are preceded by a literal filter.
* ``lowered``: case-insensitive patterns compiled for the lower-cased document.
* ``required_literals``: literal strings one of which every match contains (exact prefilters).
* ``word_start``: a leading one-character look-behind moved after the first character, so that
  ``re`` skips in C to the characters a match can start with (capitals for place names).
* ``WordLedSearch``: searches of patterns whose matches start a word, from word starts only.
"""

from __future__ import annotations

import re
from typing import Any

try:  # CPython 3.11+
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]


class _Unsupported(Exception):
    pass


def _mirror(sub: Any) -> Any:
    out = _sre_parse.SubPattern(sub.state)
    items = []
    for op, av in reversed(sub.data):
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
            items.append((op, av))
        elif op is _C.AT:
            if av in (_C.AT_END, _C.AT_END_STRING):
                items.append((op, _C.AT_BEGINNING_STRING))
            elif av in (
                _C.AT_BOUNDARY,
                _C.AT_NON_BOUNDARY,
                _C.AT_UNI_BOUNDARY,
                _C.AT_UNI_NON_BOUNDARY,
                _C.AT_LOC_BOUNDARY,
                _C.AT_LOC_NON_BOUNDARY,
            ):
                items.append((op, av))
            else:
                raise _Unsupported(av)
        elif op is _C.BRANCH:
            items.append((op, (av[0], [_mirror(p) for p in av[1]])))
        elif op is _C.SUBPATTERN:
            group, add, dele, p = av
            items.append((op, (group, add, dele, _mirror(p))))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, p = av
            items.append((op, (lo, hi, _mirror(p))))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            # a look-around mirrors into the other direction; a look-behind must have a fixed
            # width, so a variable one is dropped: the mirror then accepts a superset, which is
            # all a filter needs
            direction, p = av
            mp = _mirror(p)
            lo, hi = mp.getwidth()
            if direction == 1 and lo != hi:
                continue
            items.append((op, (-direction, mp)))
        else:
            raise _Unsupported(op)
    out.data = items
    return out


def _ends_anchored(sub: Any) -> bool:
    """Whether every match of ``sub`` must end at ``$``."""
    if not sub.data:
        return False
    op, av = sub.data[-1]
    if op is _C.AT and av in (_C.AT_END, _C.AT_END_STRING):
        return True
    if op is _C.SUBPATTERN:
        return _ends_anchored(av[3])
    if op is _C.BRANCH:
        return all(_ends_anchored(p) for p in av[1])
    return False


def reversed_pattern(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` mirrored (to be matched at 0 of the reversed window), or None if not possible."""
    try:
        tree = _sre_parse.parse(rx.pattern, rx.flags)
        if not _ends_anchored(tree):
            return None
        return _sre_compile.compile(_mirror(tree), rx.flags)
    except Exception:  # noqa: BLE001 - any failure: use the plain search
        return None


# mirror of each pattern, keyed by ``id`` (hashing a compiled pattern hashes its whole code on
# every lookup); the pattern itself is kept in the value so its id is never reused
_MIRRORS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def mirror_of(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    entry = _MIRRORS.get(id(rx))
    if entry is None:
        entry = _MIRRORS[id(rx)] = (rx, reversed_pattern(rx))
    return entry[1]


# Literals one of which every match of a case-insensitive pattern contains (see
# ``required_literals``), for the patterns whose mirror is slow (it scans a long span: "than ...
# within 40 characters"): a window without any of them in the lower-cased text is ruled out by one
# search for a plain literal alternation.  Exact: a match of the pattern contains one of them.
_LITERAL_FILTERS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def literal_filter(*patterns: re.Pattern[str]) -> None:
    """Rule windows out by literals before mirroring, for these case-insensitive patterns."""
    for rx in patterns:
        lits = required_literals(rx, folded=True) if rx.flags & re.IGNORECASE else None
        if lits:
            # one C-level search for any of them (a literal alternation, case-sensitive)
            alt = re.compile("|".join(re.escape(x) for x in sorted(lits, key=len, reverse=True)))
            _LITERAL_FILTERS[id(rx)] = (rx, alt)


class Before:
    """``$``-anchored searches over ``text[start:end]``, filtered on the reversed window."""

    __slots__ = ("text", "start", "end", "_rev", "low")

    def __init__(self, text: str, start: int, end: int, low: str | None = None):
        self.text = text
        self.start = start
        self.end = end
        self._rev: str | None = None
        # ``text`` lower-cased, same length, and free of the characters that ``re`` folds onto
        # ASCII letters without ``str.lower`` doing so (then literal filters are exact), or None
        self.low = low

    def search(self, rx: re.Pattern[str]) -> re.Match[str] | None:
        """``rx.search(text, start, end)`` when the mirrored pattern accepts the reversed window,
        else None: the mirror rules most windows out quickly; a window that passes is searched
        as usual so the match (leftmost start, groups) is exactly the plain one."""
        if self.low is not None:
            filt = _LITERAL_FILTERS.get(id(rx))
            if filt is not None and filt[1].search(self.low, self.start, self.end) is None:
                return None
        entry = _MIRRORS.get(id(rx))
        rev_rx = entry[1] if entry is not None else mirror_of(rx)
        if rev_rx is None:
            return rx.search(self.text, self.start, self.end)
        rev = self._rev
        if rev is None:
            rev = self._rev = self.text[self.start : self.end][::-1]
        if rev_rx.match(rev) is None:
            return None
        return rx.search(self.text, self.start, self.end)


def prepare(*patterns: re.Pattern[str]) -> None:
    """Mirror ``patterns`` now (at import) rather than on first use."""
    for rx in patterns:
        mirror_of(rx)


# ---------------------------------------------------------------- case folding ahead of time
#
# ``re.IGNORECASE`` disables the engine's fast literal checks (each alternative of a word list is
# entered at every position).  For a pattern that is case-insensitive throughout, matching the
# lower-cased pattern against the lower-cased document gives the same spans 2-5x faster.  The
# document is lower-cased once; when lower-casing changes its length (a few non-ASCII letters)
# callers fall back to the original pattern and text.


def _lower_tree(sub: Any, ignore: bool) -> Any:
    out = _sre_parse.SubPattern(sub.state)
    items = []
    for op, av in sub.data:
        if op in (_C.LITERAL, _C.NOT_LITERAL):
            items.append((op, ord(chr(av).lower()) if ignore and len(chr(av).lower()) == 1 else av))
        elif op is _C.IN:
            if not ignore:
                items.append((op, av))
                continue
            new = []
            for iop, iav in av:
                if iop is _C.LITERAL:
                    low = chr(iav).lower()
                    new.append((iop, ord(low) if len(low) == 1 else iav))
                elif iop is _C.RANGE:
                    lo, hi = iav
                    if ord("A") <= lo <= hi <= ord("Z"):
                        new.append((iop, (lo + 32, hi + 32)))
                    elif ord("a") <= lo <= hi <= ord("z"):
                        new.append((iop, iav))
                    elif lo > ord("Z") and (hi < ord("a") or lo > ord("z")) and hi < 128:
                        new.append((iop, iav))
                    elif hi < ord("A"):
                        new.append((iop, iav))
                    else:
                        raise _Unsupported(iav)
                else:
                    new.append((iop, iav))
            items.append((op, new))
        elif op is _C.BRANCH:
            items.append((op, (av[0], [_lower_tree(p, ignore) for p in av[1]])))
        elif op is _C.SUBPATTERN:
            group, add, dele, p = av
            if dele & _C.SRE_FLAG_IGNORECASE:
                raise _Unsupported("(?-i:)")
            inner = ignore or bool(add & _C.SRE_FLAG_IGNORECASE)
            if not inner and _has_letters(p):
                raise _Unsupported("case-sensitive letters")
            items.append((op, (group, add & ~_C.SRE_FLAG_IGNORECASE, dele, _lower_tree(p, inner))))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            lo, hi, p = av
            items.append((op, (lo, hi, _lower_tree(p, ignore))))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, p = av
            items.append((op, (direction, _lower_tree(p, ignore))))
        elif op is _C.ATOMIC_GROUP:
            items.append((op, _lower_tree(av, ignore)))
        elif op in (_C.AT, _C.ANY, _C.CATEGORY):
            items.append((op, av))
        else:
            raise _Unsupported(op)
    out.data = items
    return out


def _has_letters(sub: Any) -> bool:
    """Whether a case-sensitive part could match a cased letter (then folding is unsafe)."""
    for op, av in sub.data:
        if op in (_C.LITERAL, _C.NOT_LITERAL) and chr(av).isalpha():
            return True
        if op is _C.IN:
            for iop, iav in av:
                if iop is _C.LITERAL and chr(iav).isalpha():
                    return True
                if iop is _C.RANGE and not (
                    iav[1] < ord("A") or (iav[0] > ord("z") and iav[0] < 128)
                ):
                    return True
                if iop is _C.CATEGORY and iav not in (
                    _C.CATEGORY_DIGIT,
                    _C.CATEGORY_SPACE,
                    _C.CATEGORY_NOT_SPACE,
                    _C.CATEGORY_UNI_DIGIT,
                    _C.CATEGORY_UNI_SPACE,
                    _C.CATEGORY_UNI_NOT_SPACE,
                ):
                    return True
        elif op is _C.BRANCH:
            if any(_has_letters(p) for p in av[1]):
                return True
        elif op is _C.SUBPATTERN:
            if not (av[1] & _C.SRE_FLAG_IGNORECASE) and _has_letters(av[3]):
                return True
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            if _has_letters(av[2]):
                return True
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if _has_letters(av[1]):
                return True
        elif op is _C.ANY:
            return True
    return False


def lowered(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` for use on lower-cased text (same spans), or None when folding would change it."""
    try:
        tree = _sre_parse.parse(rx.pattern, rx.flags)
        ignore = bool(tree.state.flags & re.IGNORECASE)
        if not ignore and _has_letters(tree):
            return None
        new = _lower_tree(tree, ignore)
        new.state.flags &= ~re.IGNORECASE
        return _sre_compile.compile(new, rx.flags & ~re.IGNORECASE)
    except Exception:  # noqa: BLE001 - not foldable: callers use the original
        return None


# ---------------------------------------------------------------- required literals
#
# Every match of a keyword pattern contains one of a few literal strings ("survey", "csew", ...).
# A span that contains none of them cannot hold a match, and ``str.find`` over a short span is far
# cheaper than a regex search that tries every alternative at every position.  Used as an exact
# prefilter: a span with a literal is searched as usual.


def _required(sub: Any) -> set[str] | None:
    """Strings one of which every match of ``sub`` contains (None: no such set found)."""
    run: list[str] = []
    cands: list[set[str]] = []

    def flush() -> None:
        if run:
            cands.append({"".join(run)})
            run.clear()

    for op, av in sub.data:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: the literals on both sides are adjacent in the match
        flush()
        r: set[str] | None
        if op is _C.SUBPATTERN:
            r = _required(av[3])
        elif op is _C.BRANCH:
            rs = [_required(p) for p in av[1]]
            r = None if any(x is None for x in rs) else set().union(*rs)  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            r = _required(av[2])
        elif op is _C.ATOMIC_GROUP:
            r = _required(av)
        elif op is _C.IN and 0 < len(av) <= 8 and all(iop is _C.LITERAL for iop, _ in av):
            r = {chr(c) for _, c in av}  # a small set of characters: "[£$€]"
        else:
            r = None
        if r is not None:
            cands.append(r)
    flush()
    if not cands:
        return None
    return max(cands, key=lambda s: (min(len(x) for x in s), -len(s)))


def required_literals(rx: re.Pattern[str], folded: bool) -> tuple[str, ...] | None:
    """Literals one of which every match of ``rx`` contains (``folded``: of its lower-cased
    compilation, for lower-cased text), or None when there is no useful set."""
    try:
        tree = _sre_parse.parse(rx.pattern, rx.flags)
        if folded:
            ignore = bool(tree.state.flags & re.IGNORECASE)
            tree = _lower_tree(tree, ignore)
        elif tree.state.flags & re.IGNORECASE:
            return None
        lits = _required(tree)
    except Exception:  # noqa: BLE001 - no prefilter: always search
        return None
    if not lits or any(not x for x in lits):
        return None
    # a literal containing another one is implied by it
    kept = sorted(lits, key=len)
    out: list[str] = []
    for x in kept:
        if not any(y in x for y in out):
            out.append(x)
    return tuple(out)


# ---------------------------------------------------------------- word-start patterns
#
# A pattern that starts with a one-character negative look-behind, ``(?<![\w\-])Name...``, is tried
# by ``re`` at every position of the text.  Moving the look-behind after the first character
# (``N(?<![\w\-]N)ame...``, the same test) lets ``re`` skip straight to the characters a match can
# start with (capital letters for place names), in C.


def _after_first(data: list, item: Any, state: Any) -> list:
    """``data`` with the look-behind ``(?<!item X)`` inserted after its first consumed
    character X (descending into leading groups and alternatives)."""
    if not data:
        raise _Unsupported("empty")
    op, av = data[0]
    if op in (_C.LITERAL, _C.IN):
        sub = _sre_parse.SubPattern(state)
        sub.data = [item, (op, av)]
        return [data[0], (_C.ASSERT_NOT, (-1, sub))] + list(data[1:])
    if op is _C.SUBPATTERN:
        group, add, dele, p = av
        if add or dele:
            raise _Unsupported("flags")
        inner = _sre_parse.SubPattern(p.state)
        inner.data = _after_first(list(p.data), item, state)
        return [(op, (group, add, dele, inner))] + list(data[1:])
    if op is _C.BRANCH:
        alts = []
        for p in av[1]:
            sub = _sre_parse.SubPattern(p.state)
            sub.data = _after_first(list(p.data), item, state)
            alts.append(sub)
        return [(op, (av[0], alts))] + list(data[1:])
    raise _Unsupported(op)


def word_start(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` (starting with a one-character negative look-behind) compiled so that ``re`` can
    skip to the characters a match starts with; same matches.  ``rx`` itself when not possible."""
    try:
        tree = _sre_parse.parse(rx.pattern, rx.flags)
        if tree.state.flags & re.IGNORECASE:
            return rx
        op, av = tree.data[0]
        if op is not _C.ASSERT_NOT or av[0] != -1 or len(av[1].data) != 1:
            return rx
        item = av[1].data[0]
        if item[0] not in (_C.IN, _C.LITERAL):
            return rx
        new = _sre_parse.SubPattern(tree.state)
        new.data = _after_first(list(tree.data[1:]), item, tree.state)
        return _sre_compile.compile(new, rx.flags)
    except Exception:  # noqa: BLE001 - keep the original
        return rx


# ---------------------------------------------------------------- searches from word starts
#
# A pattern whose every match starts with ``\b`` before a word character can only match at the
# start of the span or right after a non-word character.  ``[^\w](?=pattern)`` lets ``re`` skip
# in C over the letters of words (most of a sentence) instead of entering the pattern at every
# position; the result is the same.


def _word_led(data: list, bounded: bool = False) -> bool:
    """Whether every match of ``data`` starts with ``\\b`` followed by a word character."""
    if not data:
        return False
    op, av = data[0]
    rest = list(data[1:])
    if op is _C.AT:
        if av in (_C.AT_BOUNDARY, _C.AT_UNI_BOUNDARY):
            return _word_led(rest, True)
        return False
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return _word_led(rest, bounded)
    if op is _C.LITERAL:
        ch = chr(av)
        return bounded and (ch.isalnum() or ch == "_")
    if op is _C.IN:
        return (
            bounded
            and bool(av)
            and all(
                (iop is _C.LITERAL and (chr(iav).isalnum() or chr(iav) == "_"))
                or (iop is _C.RANGE and all(chr(c).isalnum() for c in range(iav[0], iav[1] + 1)))
                or (iop is _C.CATEGORY and iav in (_C.CATEGORY_DIGIT, _C.CATEGORY_WORD))
                for iop, iav in av
            )
        )
    if op is _C.SUBPATTERN:
        return _word_led(list(av[3].data) + rest, bounded)
    if op is _C.BRANCH:
        return all(_word_led(list(p.data) + rest, bounded) for p in av[1])
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        lo, _hi, p = av
        inner = _word_led(list(p.data) + rest, bounded)
        return inner if lo >= 1 else inner and _word_led(rest, bounded)
    return False


class WordLedSearch:
    """``search`` of a compiled pattern (``rx``, from ``tree``) whose matches all start with
    ``\\b`` before a word character: the same match, found by skipping to word starts in C."""

    __slots__ = ("rx", "fast")

    def __init__(self, rx: re.Pattern[str], tree: Any, flags: int):
        if not _word_led(list(tree.data)):
            raise ValueError("pattern does not start with \\b before a word character")
        sep = _sre_parse.parse(r"[^\w]", flags & ~re.IGNORECASE)
        new = _sre_parse.SubPattern(tree.state)
        new.data = list(sep.data) + [(_C.ASSERT, (1, tree))]
        self.rx = rx
        self.fast = _sre_compile.compile(new, flags)

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        m = self.rx.match(text, pos, endpos)
        if m is not None:
            return m
        f = self.fast.search(text, pos, endpos)
        if f is None:
            return None
        return self.rx.match(text, f.start() + 1, endpos)


def folded_tree(rx: re.Pattern[str]) -> Any:
    """The parse tree ``lowered(rx)`` compiles (for use on lower-cased text)."""
    tree = _sre_parse.parse(rx.pattern, rx.flags)
    ignore = bool(tree.state.flags & re.IGNORECASE)
    if not ignore and _has_letters(tree):
        raise _Unsupported("case-sensitive letters")
    new = _lower_tree(tree, ignore)
    new.state.flags &= ~re.IGNORECASE
    return new
