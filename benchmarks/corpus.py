"""A deterministic corpus of crime-statistics articles for benchmarks, with known truth.

    python benchmarks/corpus.py 1000 OUT_DIR [--seed 2018]

writes OUT_DIR/docs/bench_000000.txt ... and OUT_DIR/gold.jsonl: the statistics each
document states, in the form of the extraction spec (../shared/extraction-spec.md: one
object per (doc, area, period, offence), every measure the text states, null otherwise), so
extraction at scale can be scored with `crimestats evaluate --gold OUT_DIR/gold.jsonl`.

Document i depends only on (seed, i), so the corpus of 10 is the first 10 documents of the
corpus of 10,000, and `document(seed, n)` is "one more article" for an incremental refresh.

Templates (the genre's forms, written afresh; no third-party text):
- `journalism`: "There were 620 drug related offences in X between July 2017 and June 2018.
  That figure is up by 17% on the previous year, when 530 incidents were recorded."
- `press_release`: force figures for a financial year ("offences dropped from 49,576 to
  46,983"), then dash lists "Robbery – Down by 6.1 per cent" under "The figures across X were;"
- `table`: "Violence: 11,302 (7,394)" lines, latest figure with the previous year's in brackets
- `bullets`: "■ 6,418 theft offences, down 4 per cent" under a heading naming area and period

Within one (area, period) every offence appears once and no two offences of one ONS parent
and child pair appear together with agreeing values, so the truth is unambiguous.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip

# Real towns with the police force area that covers them (names as in the gazetteer,
# dbt_project/seeds/area_names.csv).
TOWNS: list[tuple[str, str]] = [
    ("Northampton", "Northamptonshire"), ("Kettering", "Northamptonshire"),
    ("Corby", "Northamptonshire"), ("Wellingborough", "Northamptonshire"),
    ("Leicester", "Leicestershire"), ("Nottingham", "Nottinghamshire"),
    ("Derby", "Derbyshire"), ("Lincoln", "Lincolnshire"),
    ("Peterborough", "Cambridgeshire"), ("Cambridge", "Cambridgeshire"),
    ("Norwich", "Norfolk"), ("Ipswich", "Suffolk"), ("Colchester", "Essex"),
    ("Chelmsford", "Essex"), ("Luton", "Bedfordshire"), ("Bedford", "Bedfordshire"),
    ("Milton Keynes", "Thames Valley"), ("Oxford", "Thames Valley"),
    ("Reading", "Thames Valley"), ("Swindon", "Wiltshire"),
    ("Bristol", "Avon and Somerset"), ("Bath", "Avon and Somerset"),
    ("Exeter", "Devon and Cornwall"), ("Plymouth", "Devon and Cornwall"),
    ("Gloucester", "Gloucestershire"), ("Worcester", "West Mercia"),
    ("Hereford", "West Mercia"), ("Shrewsbury", "West Mercia"), ("Telford", "West Mercia"),
    ("Stoke-on-Trent", "Staffordshire"), ("Coventry", "West Midlands"),
    ("Wolverhampton", "West Midlands"), ("Birmingham", "West Midlands"),
    ("Manchester", "Greater Manchester"), ("Bolton", "Greater Manchester"),
    ("Wigan", "Greater Manchester"), ("Liverpool", "Merseyside"),
    ("Preston", "Lancashire"), ("Blackpool", "Lancashire"), ("Leeds", "West Yorkshire"),
    ("Bradford", "West Yorkshire"), ("Sheffield", "South Yorkshire"),
    ("Doncaster", "South Yorkshire"), ("Hull", "Humberside"), ("York", "North Yorkshire"),
    ("Middlesbrough", "Cleveland"), ("Newcastle upon Tyne", "Northumbria"),
    ("Sunderland", "Northumbria"), ("Carlisle", "Cumbria"), ("Chester", "Cheshire"),
    ("Warrington", "Cheshire"), ("Brighton", "Sussex"), ("Southampton", "Hampshire"),
    ("Portsmouth", "Hampshire"), ("Canterbury", "Kent"), ("Maidstone", "Kent"),
    ("Guildford", "Surrey"), ("Cardiff", "South Wales"), ("Swansea", "South Wales"),
    ("Newport", "Gwent"), ("Wrexham", "North Wales"),
]  # fmt: skip

# (offence category, phrase in running text, list label, typical yearly count in a town).
# No parent/child pair of the ONS hierarchy is in this list except the total, whose values
# are kept apart from the others (see _distinct_pcts).
OFFENCES: list[tuple[str, str, str, int]] = [
    ("violence_against_the_person", "violent crimes", "Violence", 6000),
    ("sexual_offences", "sexual offences", "Sexual offences", 600),
    ("robbery", "robberies", "Robbery", 250),
    ("burglary", "burglaries", "Burglary", 1500),
    ("vehicle_offences", "vehicle offences", "Vehicle crime", 1400),
    ("shoplifting", "shoplifting offences", "Shoplifting", 1600),
    ("criminal_damage_and_arson", "criminal damage offences", "Criminal damage", 2200),
    ("drug_offences", "drug related offences", "Drugs offences", 600),
    ("possession_of_weapons", "possession of weapons offences", "Possession of weapons", 200),
    ("public_order_offences", "public order offences", "Public order offences", 1300),
    ("bicycle_theft", "bicycle thefts", "Bicycle theft", 400),
    ("theft_from_the_person", "thefts from the person", "Theft from the person", 300),
]  # fmt: skip

TOTAL = "total_recorded_crime"
MEASURES = ("count", "previous_count", "change_pct", "change_abs", "rate_per_1000")


@dataclass(frozen=True)
class Period:
    start: tuple[int, int]  # (year, month)
    end: tuple[int, int]
    text: str  # how the article states it, e.g. "between July 2017 and June 2018"

    @property
    def start_ym(self) -> str:
        return f"{self.start[0]:04d}-{self.start[1]:02d}"

    @property
    def end_ym(self) -> str:
        return f"{self.end[0]:04d}-{self.end[1]:02d}"


@dataclass
class Document:
    name: str  # file name; the spec's doc is its stem
    template: str
    text: str
    gold: list[dict] = field(default_factory=list)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _rolling_year(rng: random.Random) -> Period:
    """A 12-month period, stated one of several ways."""
    y, m = rng.randint(2012, 2022), rng.randint(1, 12)  # last month
    start = _add_months(y, m, -11)
    form = rng.randrange(4)
    if form == 0:
        text = f"between {MONTHS[start[1] - 1]} {start[0]} and {MONTHS[m - 1]} {y}"
    elif form == 1:
        text = f"in the 12 months to {MONTHS[m - 1]} {y}"
    elif form == 2:
        text = f"in the year ending {MONTHS[m - 1]} {y}"
    else:
        text = f"in the year to {MONTHS[m - 1]} {y}"
    return Period(start, (y, m), text)


def _financial_year(rng: random.Random) -> tuple[Period, int]:
    y = rng.randint(2010, 2021)
    return Period((y, 4), (y + 1, 3), f"{y}/{(y + 1) % 100:02d}"), y


def _fmt_int(n: int) -> str:
    return f"{n:,}"


def _pct(count: int, previous: int, digits: int) -> float:
    v = round((count - previous) / previous * 100, digits)
    return float(v if digits else int(v))


def _num(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def _pct_text(v: float) -> str:
    return f"{_num(abs(v))}"


def _pair(rng: random.Random, typical: int) -> tuple[int, int]:
    """(count, previous_count) with a change of -30% .. +35%, never zero change."""
    previous = max(20, int(typical * rng.uniform(0.4, 1.8)))
    while True:
        count = max(10, int(previous * (1 + rng.uniform(-0.3, 0.35))))
        if count != previous:
            return count, previous


def _distinct_pcts(rng: random.Random, k: int, digits: int, avoid: list[float]) -> list[float]:
    """k percent changes, pairwise (and from `avoid`) more than 1.5 points apart, non-zero."""
    out: list[float] = []
    while len(out) < k:
        v = round(rng.uniform(-25, 35), digits)
        v = float(int(v)) if digits == 0 else v
        if abs(v) < 1 or any(abs(v - o) <= 1.5 for o in out + avoid):
            continue
        out.append(v)
    return out


def _stat(doc: str, area: str, period: Period, offence: str, **measures: float | None) -> dict:
    row: dict = {
        "doc": doc,
        "area": area,
        "period_start": period.start_ym,
        "period_end": period.end_ym,
        "offence": offence,
    }
    for m in MEASURES:
        v = measures.get(m)
        row[m] = None if v is None else _num(v)
    row["direction"] = None
    return row


def _journalism(rng: random.Random, doc: str) -> tuple[str, list[dict]]:
    town, _force = rng.choice(TOWNS)
    period = _rolling_year(rng)
    offences = rng.sample(OFFENCES, rng.randint(2, 4))
    gold: list[dict] = []
    paras = [
        f"The latest police crime figures for {town} have been published by the Office "
        "for National Statistics.",
    ]
    for i, (code, phrase, _label, typical) in enumerate(offences):
        count, previous = _pair(rng, typical)
        pct = _pct(count, previous, 0)
        updown = "up" if count > previous else "down"
        if i == 0:
            paras.append(f"There were {_fmt_int(count)} {phrase} in {town} {period.text}.")
            paras.append(
                f"That figure is {updown} by {_pct_text(pct)}% on the previous year, when "
                f"{_fmt_int(previous)} incidents were recorded."
            )
        else:
            rise = "rise" if count > previous else "fall"
            paras.append(
                f"In {town} there were {_fmt_int(count)} {phrase} recorded {period.text}, a "
                f"{_pct_text(pct)}% {rise} on the previous year, when {_fmt_int(previous)} "
                "crimes were reported."
            )
        gold.append(
            _stat(doc, town, period, code, count=count, previous_count=previous, change_pct=pct)
        )
        if rng.random() < 0.5:
            paras.append(
                "The statistics are based on crimes reported to the police, and the ONS urges "
                "caution in interpreting some of these figures."
            )
    paras.append(
        "Some offences go unreported while others may be more numerous due to a change in "
        "the focus of the police or greater public attention."
    )
    return "\n\n".join(paras) + "\n", gold


def _press_release(rng: random.Random, doc: str) -> tuple[str, list[dict]]:
    town, force = rng.choice(TOWNS)
    period, y = _financial_year(rng)
    total, total_prev = _pair(rng, 60000)
    total_pct = _pct(total, total_prev, 1)
    verb = "fell" if total < total_prev else "rose"
    moved = "dropped" if total < total_prev else "rose"
    diff = abs(total - total_prev)
    fewer = "fewer" if total < total_prev else "more"
    gold = [
        _stat(
            doc, force, period, TOTAL,
            count=total, previous_count=total_prev, change_pct=total_pct,
            change_abs=total - total_prev,
        )
    ]  # fmt: skip
    lines = [
        f"Across {force}, crime {verb} by {_pct_text(total_pct)} per cent during {period.text}, "
        f"meaning there were {_fmt_int(diff)} {fewer} victims of crime across the county.",
        f"The annual crime figures show that between April 1, {y} and March 31, {y + 1}, "
        f"offences {moved} from {_fmt_int(total_prev)} to {_fmt_int(total)}.",
        "The Chief Constable said: \u201cThis year has been challenging for the force, and we "
        "have done this at a time when significant cuts have been made to the budget.\u201d",
    ]
    for area, avoid in ((force, [total_pct]), (town, [])):
        items = rng.sample(OFFENCES, rng.randint(4, 7))
        pcts = _distinct_pcts(rng, len(items), 1, avoid)
        if area == town:
            lines.append(f"The figures across {town} were;")
        else:
            lines.append(f"The figures across {force} were;")
        for (code, _phrase, label, _typ), pct in zip(items, pcts, strict=True):
            word = "Up" if pct > 0 else "Down"
            lines.append(f"{label} \u2013 {word} by {_pct_text(pct)} per cent")
            gold.append(_stat(doc, area, period, code, change_pct=pct))
    lines.append(
        "The Police and Crime Commissioner said the force would keep its focus on the "
        "crimes that matter most to the public."
    )
    return "\n".join(lines) + "\n", gold


def _table(rng: random.Random, doc: str) -> tuple[str, list[dict]]:
    town, force = rng.choice(TOWNS)
    area = rng.choice([town, force])
    period = _rolling_year(rng)
    items = rng.sample(OFFENCES, rng.randint(4, 8))
    gold = []
    lines = [
        f"Police recorded crime figures for {area} {period.text} were published on Thursday.",
        "",
        "The number of offences recorded in each category, with the previous year's figure "
        "in brackets, was:",
        "",
    ]
    scale = 4 if area == force else 1
    for code, _phrase, label, typical in items:
        count, previous = _pair(rng, typical * scale)
        lines.append(f"{label}: {_fmt_int(count)} ({_fmt_int(previous)})")
        gold.append(_stat(doc, area, period, code, count=count, previous_count=previous))
    lines += [
        "",
        "A police spokesman said the force continued to work with its partners to reduce "
        "crime and keep people safe.",
    ]
    return "\n".join(lines) + "\n", gold


def _bullets(rng: random.Random, doc: str) -> tuple[str, list[dict]]:
    town, _force = rng.choice(TOWNS)
    period = _rolling_year(rng)
    total, total_prev = _pair(rng, 15000)
    total_pct = _pct(total, total_prev, 0)
    verb = "rose" if total > total_prev else "fell"
    gold = [_stat(doc, town, period, TOTAL, count=total, change_pct=total_pct)]
    lines = [
        f"Crime in {town} {verb} by {_pct_text(total_pct)} per cent {period.text}, with "
        f"{_fmt_int(total)} crimes recorded, according to figures released by the ONS.",
        "",
        f"Among the offences recorded in {town}:",
        "",
    ]
    items = rng.sample(OFFENCES, rng.randint(3, 6))
    pcts = _distinct_pcts(rng, len(items), 0, [total_pct])
    for (code, phrase, _label, typical), pct in zip(items, pcts, strict=True):
        count = max(10, int(typical * rng.uniform(0.4, 1.8)))
        word = "up" if pct > 0 else "down"
        lines.append(f"\u25a0 {_fmt_int(count)} {phrase}, {word} {_pct_text(pct)} per cent")
        gold.append(_stat(doc, town, period, code, count=count, change_pct=pct))
    lines += [
        "",
        "Residents can find figures for their own neighbourhood on the police website.",
    ]
    return "\n".join(lines) + "\n", gold


TEMPLATES = {
    "journalism": _journalism,
    "press_release": _press_release,
    "table": _table,
    "bullets": _bullets,
}


def document(seed: int, i: int) -> Document:
    """Document number i of the corpus for `seed` (independent of every other document)."""
    rng = random.Random(f"crimestats-bench:{seed}:{i}")
    template = sorted(TEMPLATES)[rng.randrange(len(TEMPLATES))]
    name = f"bench_{i:06d}.txt"
    text, gold = TEMPLATES[template](rng, Path(name).stem)
    return Document(name=name, template=template, text=text, gold=gold)


def documents(n: int, seed: int = 2018, start: int = 0) -> Iterator[Document]:
    for i in range(start, start + n):
        yield document(seed, i)


def write_document(d: Document, docs_dir: Path) -> Path:
    p = docs_dir / d.name
    p.write_text(d.text, encoding="utf-8")
    return p


def write_corpus(n: int, out_dir: Path, seed: int = 2018) -> tuple[Path, Path]:
    """Write n documents to out_dir/docs and their truth to out_dir/gold.jsonl;
    returns (docs_dir, gold_path)."""
    docs_dir = out_dir / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    gold_path = out_dir / "gold.jsonl"
    with gold_path.open("w", encoding="utf-8") as gold:
        for d in documents(n, seed):
            write_document(d, docs_dir)
            for row in d.gold:
                gold.write(json.dumps(row) + "\n")
    return docs_dir, gold_path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of documents")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=2018)
    args = ap.parse_args(argv)
    docs, gold = write_corpus(args.n, args.out_dir, args.seed)
    print(f"wrote {args.n} documents to {docs} and their statistics to {gold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
