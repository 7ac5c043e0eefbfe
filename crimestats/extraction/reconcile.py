"""Mentions -> statistics: one per (area, period, offence), the same figure stated twice kept once.

* Same key, values that agree within rounding or truncation: keep the narrowest interval.
* A parent-category statement ("Burglaries rose by 30 per cent") whose values agree with a
  statement about one of its sub-categories for the same area and period ("Residential burglary
  - Up by 30.8 per cent") is the same statistic: it merges into the most specific offence.
* Disagreements beyond that are kept, both of them, flagged as conflicts.
* ``direction`` only survives when no number is stated for the statistic (or a sub-category).
"""

from __future__ import annotations

from collections import defaultdict

from .lexicon import is_descendant, specificity
from .model import MEASURES, Measure, Mention, Statistic
from .numbers import agree

_Key = tuple[str, str | None, str | None, str]


def _fold(area: str) -> str:
    a = " ".join(area.lower().split())
    return a[4:] if a.startswith("the ") else a


def _key(m: Mention) -> _Key:
    return (_fold(m.area), m.period_start, m.period_end, m.offence)


def _numeric(ms: list[Mention]) -> dict[str, list[Measure]]:
    out: dict[str, list[Measure]] = defaultdict(list)
    for m in ms:
        for name, meas in m.measures().items():
            out[name].append(meas)
    return out


def _agrees_with(parent: list[Mention], child: list[Mention]) -> int:
    """Number of shared measures on which every parent value agrees with some child value;
    -1 when a shared measure disagrees."""
    pn, cn = _numeric(parent), _numeric(child)
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

    # parent statements merge into the sub-category they restate (most specific first)
    for key in sorted(groups, key=lambda k: specificity(k[3])):
        if key not in groups:
            continue
        ms = groups[key]
        has_numbers = bool(_numeric(ms))
        best: tuple[int, int, _Key] | None = None
        for other, oms in groups.items():
            if other == key or other[:3] != key[:3] or not is_descendant(other[3], key[3]):
                continue
            if not _numeric(oms):
                continue
            if has_numbers:
                score = _agrees_with(ms, oms)
                if score <= 0:
                    continue
            else:
                score = 0
            cand = (score, specificity(other[3]), other)
            if best is None or cand[:2] > best[:2]:
                best = cand
        if best is not None:
            groups[best[2]].extend(ms)
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
