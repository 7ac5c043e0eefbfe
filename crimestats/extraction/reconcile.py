"""Mentions -> statistics: one per (area, period, offence), the same figure stated twice kept once.

* Same key, values that agree within rounding or truncation: keep the narrowest interval.
* A parent-category statement ("Burglaries rose by 30 per cent") whose values agree with a
  statement about one of its sub-categories for the same area and period ("Residential burglary
  - Up by 30.8 per cent") is the same statistic: it merges into the most specific offence.
* Disagreements beyond that are kept, both of them, flagged as conflicts.
* ``direction`` only survives when no number is stated for the statistic (or a sub-category).
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import is_descendant, specificity
from .model import MEASURES, Measure, Mention, Statistic
from .numbers import agree

_Key = tuple[str, str | None, str | None, str]


@lru_cache(maxsize=4096)
def _fold(area: str) -> str:
    a = " ".join(area.lower().split())
    return a[4:] if a.startswith("the ") else a


def _key(m: Mention) -> _Key:
    return (_fold(m.area), m.period_start, m.period_end, m.offence)


def _numeric(ms: list[Mention]) -> dict[str, list[Measure]]:
    """Stated values per measure, in mention order (measures in MEASURES order)."""
    out: dict[str, list[Measure]] = {}
    for m in ms:
        for name in MEASURES:
            meas = getattr(m, name)
            if meas is not None:
                vals = out.get(name)
                if vals is None:
                    out[name] = [meas]
                else:
                    vals.append(meas)
    return out


def _has_numeric(ms: list[Mention]) -> bool:
    for m in ms:
        if (
            m.count is not None
            or m.previous_count is not None
            or m.change_pct is not None
            or m.change_abs is not None
            or m.rate_per_1000 is not None
        ):
            return True
    return False


def _agrees_with(pn: dict[str, list[Measure]], cn: dict[str, list[Measure]]) -> int:
    """Number of shared measures on which every parent value (``_numeric`` of the parent
    statements) agrees with some child value; -1 when a shared measure disagrees."""
    shared = 0
    for name, pvals in pn.items():
        cvals = cn.get(name)
        if not cvals:
            continue
        if not all(any(agree(p, c) for c in cvals) for p in pvals):
            return -1
        shared += 1
    return shared


def reconcile(mentions: list[Mention], doc: str) -> list[Statistic]:
    """One Statistic per (area, period, offence) from the mentions of one document."""
    groups: dict[_Key, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(_key(m), []).append(m)
    # keys by (area, period): only those can merge; lists keep the order of ``groups``
    same_place: dict[tuple, list[_Key]] = {}
    for key in groups:
        same_place.setdefault(key[:3], []).append(key)

    numeric: dict[_Key, dict[str, list[Measure]]] = {}  # _numeric of a group, until it grows

    def numeric_of(k: _Key) -> dict[str, list[Measure]]:
        got = numeric.get(k)
        if got is None:
            got = numeric[k] = _numeric(groups[k])
        return got

    # parent statements merge into the sub-category they restate (most specific first)
    for key in sorted(groups, key=lambda k: specificity(k[3])):
        if key not in groups:
            continue
        peers = same_place[key[:3]]
        if len(peers) < 2:
            continue
        ms = groups[key]
        has_numbers = _has_numeric(ms)
        sentences = {m.start for m in ms}  # the sentences the group is stated in
        best: tuple[int, int, _Key] | None = None
        for other in peers:
            oms = groups.get(other)
            if oms is None or other == key or not is_descendant(other[3], key[3]):
                continue
            if not _has_numeric(oms):
                continue
            if has_numbers and any(m.start in sentences for m in oms):
                # "Theft offences fell by 2 per cent and burglary by 3 per cent": one sentence
                # stating two figures states two statistics
                continue
            if has_numbers:
                score = _agrees_with(numeric_of(key), numeric_of(other))
                if score <= 0:
                    continue
            else:
                score = 0
            cand = (score, specificity(other[3]), other)
            if best is None or cand[:2] > best[:2]:
                best = cand
        if best is not None:
            groups[best[2]].extend(ms)
            numeric.pop(best[2], None)
            del groups[key]

    stats: list[Statistic] = []
    for ms in groups.values():
        stats.extend(_build(ms, doc))
    stats.sort(key=lambda st: st.evidence[0]["start"] if st.evidence else 0)
    return stats


def _clusters(values: list[Measure]) -> list[Measure]:
    """Representative (narrowest) value of each group of mutually agreeing values."""
    reps: list[Measure] = []
    for v in sorted(values, key=lambda m: (m.width, m.unit)):
        if not any(agree(v, r) for r in reps):
            reps.append(v)
    return reps


def _build(ms: list[Mention], doc: str) -> list[Statistic]:
    if len(ms) == 1:  # the common case, with the same result as the general one below
        m = ms[0]
        single = Statistic(
            doc=doc,
            area=m.area,
            period_start=m.period_start,
            period_end=m.period_end,
            offence=m.offence,
            evidence=[{"sentence": m.sentence, "start": m.start, "end": m.end}],
        )
        stated = False
        for name in MEASURES:
            meas = getattr(m, name)
            if meas is not None:
                setattr(single, name, meas.value)
                stated = True
        if not stated:
            if not m.direction:
                return []
            single.direction = m.direction
        return [single]
    ms = sorted(ms, key=lambda m: m.start)
    # the most specific offence phrase's mention names the statistic
    head = max(ms, key=lambda m: specificity(m.offence))
    evidence: list[dict] = []
    seen: set[int] = set()
    for m in ms:
        if m.start not in seen:
            seen.add(m.start)
            evidence.append({"sentence": m.sentence, "start": m.start, "end": m.end})
    base = Statistic(
        doc=doc,
        area=head.area,
        period_start=head.period_start,
        period_end=head.period_end,
        offence=head.offence,
        evidence=evidence,
    )
    alternatives: list[tuple[str, Measure]] = []
    numeric = _numeric([m for m in ms if m.offence == head.offence]) or _numeric(ms)
    for name in MEASURES:
        vals = numeric.get(name)
        if not vals:
            continue
        reps = _clusters(vals)
        setattr(base, name, reps[0].value)
        alternatives.extend((name, r) for r in reps[1:])
    # measures only the merged parent statements carry
    for name, vals in _numeric(ms).items():
        if getattr(base, name) is None:
            reps = _clusters(vals)
            setattr(base, name, reps[0].value)
            alternatives.extend((name, r) for r in reps[1:])
    out = [base]
    if not any(getattr(base, n) is not None for n in MEASURES):
        dirs: list[str] = []
        for m in ms:
            if m.direction and m.direction not in dirs:
                dirs.append(m.direction)
        if not dirs:
            return []
        base.direction = dirs[0]
        out.extend(_alternative(base, direction=d) for d in dirs[1:])
        if len(dirs) > 1:
            for st in out:
                st.conflict = True
                st.conflicts = [{"measure": "direction", "values": dirs}]
        return out
    for name, meas in alternatives:
        alt = _alternative(base, conflict=True, **{name: meas.value})
        alt.conflicts = [{"measure": name, "values": [getattr(base, name), meas.value]}]
        out.append(alt)
    if alternatives:
        base.conflict = True
        base.conflicts = [
            {"measure": name, "values": [getattr(base, name), meas.value]}
            for name, meas in alternatives
        ]
    return out


def _alternative(base: Statistic, **fields: object) -> Statistic:
    """A second statistic with the same key and evidence as `base`, carrying one value that
    disagrees with it (a conflict is kept, never dropped)."""
    return Statistic(
        doc=base.doc,
        area=base.area,
        period_start=base.period_start,
        period_end=base.period_end,
        offence=base.offence,
        evidence=base.evidence,
        **fields,  # type: ignore[arg-type]
    )
