"""Fast tests of the words *before* a number.

The role of a number is decided by patterns anchored at the end of the window before it
("rose by $", "from $", "almost $").  ``re.search`` on a ``$``-anchored pattern tries every start
position of the window, which made these tests the hottest path of the extractor.  Here each such
pattern is compiled a second time *reversed* (its parse tree mirrored with ``re``'s own parser)
and matched once at position 0 of the reversed window: the cost is the length of the match, not
of the window.  The mirror is used as a filter only: a window it rejects cannot match; a window it
accepts is searched as usual, so the match returned is exactly the plain one.  Patterns that are
not ``$``-anchored, or that the mirror cannot express (back-references), use the plain search.
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


class Before:
    """``$``-anchored searches over ``text[start:end]``, done on the reversed window."""

    __slots__ = ("text", "start", "end", "_rev", "low")

    _cache: dict[re.Pattern[str], re.Pattern[str] | None] = {}
    _low_cache: dict[re.Pattern[str], re.Pattern[str] | None] = {}

    def __init__(self, text: str, start: int, end: int, low: str | None = None):
        self.text = text
        self.start = start
        self.end = end
        self._rev: str | None = None
        self.low = low  # text.lower() when it has the same length (see ``lowered``)

    def search(self, rx: re.Pattern[str]) -> re.Match[str] | None:
        """Same result as ``rx.search(text, start, end)``: the reversed pattern only rules the
        window out quickly (most windows fail); a window that passes is searched as usual so
        the match (leftmost start, groups) is exactly the plain one."""
        if self.low is not None:
            rev_rx = Before._low_cache.get(rx, False)
            if rev_rx is False:
                lw = lowered(rx)
                rev_rx = Before._low_cache[rx] = reversed_pattern(lw) if lw is not None else None
            if rev_rx is not None:
                if self._rev is None:
                    self._rev = self.low[self.start : self.end][::-1]
                if rev_rx.match(self._rev) is None:
                    return None
                return rx.search(self.text, self.start, self.end)
        cache = Before._cache
        rev_rx = cache.get(rx, False)
        if rev_rx is False:
            rev_rx = cache[rx] = reversed_pattern(rx)
        if rev_rx is None:
            return rx.search(self.text, self.start, self.end)
        if self._rev is None:
            self._rev = self.text[self.start : self.end][::-1]
        if rev_rx.match(self._rev) is None:
            return None
        return rx.search(self.text, self.start, self.end)


def prepare(*patterns: re.Pattern[str]) -> None:
    """Mirror ``patterns`` now (at import) rather than on first use."""
    for rx in patterns:
        if rx not in Before._cache:
            Before._cache[rx] = reversed_pattern(rx)
        if rx not in Before._low_cache:
            lw = lowered(rx)
            Before._low_cache[rx] = reversed_pattern(lw) if lw is not None else None


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
