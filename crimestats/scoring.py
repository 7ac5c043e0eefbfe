"""Scoring of extracted statistics against gold, exactly as ../shared/extraction-spec.md says.

A statistic scores as tuples (doc, area, period_end, offence, measure, value), one per non-null
measure (``direction`` counts as a measure with its string value).  A predicted tuple matches a
gold one when all parts are equal: area folded for case, spacing and a leading "the"; numbers
within 0.05.  Precision, recall and F1 are over tuples (each tuple matched at most once);
period_start is reported as the share right among matched tuples.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from crimestats.extraction.model import MEASURES, Statistic

SCORED_MEASURES: tuple[str, ...] = (*MEASURES, "direction")
TOLERANCE = 0.05


def fold_area(area: Any) -> str:
    a = " ".join(str(area or "").lower().split())
    return a[4:] if a.startswith("the ") else a


def _row(r: Statistic | Mapping[str, Any]) -> Mapping[str, Any]:
    return r.to_json() if isinstance(r, Statistic) else r


def tuples(rows: Iterable[Statistic | Mapping[str, Any]]) -> list[tuple]:
    """(doc, area, period_end, offence, measure, value, period_start) per non-null measure,
    duplicates removed."""
    out: dict[tuple, tuple] = {}
    for raw in rows:
        r = _row(raw)
        base = (str(r.get("doc")), fold_area(r.get("area")), r.get("period_end"), r.get("offence"))
        for m in SCORED_MEASURES:
            v = r.get(m)
            if v is None:
                continue
            if m != "direction":
                try:
                    v = float(v)
                except (TypeError, ValueError):
                    continue
            t = (*base, m, v)
            out.setdefault(t, (*t, r.get("period_start")))
    return list(out.values())


def _match(g: tuple, p: tuple) -> bool:
    if g[:5] != p[:5]:
        return False
    if g[4] == "direction":
        return g[5] == p[5]
    return abs(g[5] - p[5]) <= TOLERANCE + 1e-9


def score(
    gold_rows: Iterable[Statistic | Mapping[str, Any]],
    predicted_rows: Iterable[Statistic | Mapping[str, Any]],
) -> dict[str, Any]:
    gold = tuples(gold_rows)
    pred = tuples(predicted_rows)
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(pred):
        by_key[p[:5]].append(i)
    used: set[int] = set()
    matched: list[tuple[tuple, tuple]] = []
    missed: list[tuple] = []
    for g in gold:
        best = None
        for i in by_key.get(g[:5], ()):
            if i in used or not _match(g, pred[i]):
                continue
            if best is None or abs(_num(pred[i][5]) - _num(g[5])) < abs(
                _num(pred[best][5]) - _num(g[5])
            ):
                best = i
        if best is None:
            missed.append(g)
        else:
            used.add(best)
            matched.append((g, pred[best]))
    tp = len(matched)
    n_pred, n_gold = len(pred), len(gold)
    precision = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    recall = tp / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    ps_right = sum(1 for g, p in matched if g[6] == p[6])
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "predicted": n_pred,
        "gold": n_gold,
        "period_start_share": ps_right / tp if tp else None,
        "false_positives": [_show(p) for i, p in enumerate(pred) if i not in used],
        "false_negatives": [_show(g) for g in missed],
    }


def _num(v: Any) -> float:
    return v if isinstance(v, float) else 0.0


def _show(t: tuple) -> dict[str, Any]:
    keys = ("doc", "area", "period_end", "offence", "measure", "value", "period_start")
    return dict(zip(keys, t, strict=True))


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def evaluate(gold_path: str | Path, paths: Iterable[str | Path]) -> dict[str, Any]:
    """Extract every file in ``paths`` and score against the gold rows of those documents."""
    from crimestats.extraction import extract_file

    files = [Path(p) for p in paths]
    docs = {p.stem for p in files}
    gold = [r for r in load_jsonl(gold_path) if str(r.get("doc")) in docs]
    predicted: list[Statistic] = []
    for p in files:
        predicted.extend(extract_file(p))
    result = score(gold, predicted)
    per_doc: dict[str, dict[str, Any]] = {}
    for d in sorted(docs):
        s = score([r for r in gold if r.get("doc") == d], [r for r in predicted if r.doc == d])
        per_doc[d] = {k: s[k] for k in ("precision", "recall", "f1", "tp", "predicted", "gold")}
    result["docs"] = len(docs)
    result["per_doc"] = per_doc
    return result


def format_scores(d: Mapping[str, Any]) -> str:
    """Human-readable report; the last line is ``precision=P recall=R f1=F``."""
    lines = []
    for fp in d.get("false_positives", []):
        lines.append(f"FP {json.dumps(fp, ensure_ascii=False)}")
    for fn in d.get("false_negatives", []):
        lines.append(f"FN {json.dumps(fn, ensure_ascii=False)}")
    ps = d.get("period_start_share")
    lines.append(
        f"docs={d.get('docs', '-')} tuples: gold={d.get('gold')} predicted={d.get('predicted')} "
        f"matched={d.get('tp')} period_start_share=" + ("n/a" if ps is None else f"{ps:.3f}")
    )
    lines.append(f"precision={d['precision']:.3f} recall={d['recall']:.3f} f1={d['f1']:.3f}")
    return "\n".join(lines)
