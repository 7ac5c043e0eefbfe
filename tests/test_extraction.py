"""The extractor on the seeds, the evaluation corpus and small genre sentences (no mocks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crimestats.extraction import extract, extract_mentions, reconcile
from crimestats.extraction.lexicon import AREAS, offence_of
from crimestats.extraction.model import Measure, Mention
from crimestats.extraction.numbers import agree
from crimestats.extraction.periods import find_periods
from crimestats.scoring import evaluate, fold_area, format_scores, score

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "seeds.jsonl"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = ROOT / "tests" / "corpus"


def rows(text: str, doc: str = "t") -> list[dict]:
    return [st.to_json() for st in extract(text, doc)]


def one(text: str, **expect) -> dict:
    """The single statistic matching ``expect`` (fails listing what was found)."""
    found = rows(text)
    hits = [r for r in found if all(r.get(k) == v for k, v in expect.items())]
    assert len(hits) == 1, f"{expect} not found once in {found}"
    return hits[0]


# ------------------------------------------------------------------ seeds and corpus


def test_seeds_score_f1_one():
    if not GOLD.exists():
        pytest.fail(f"gold file missing: {GOLD} (the shared/ folder must sit beside the repo)")
    assert SEEDS, "seeds/*.txt missing"
    result = evaluate(GOLD, SEEDS)
    report = format_scores(result)
    assert result["f1"] == 1.0, report
    assert result["period_start_share"] == 1.0
    assert report.splitlines()[-1] == "precision=1.000 recall=1.000 f1=1.000"


def test_corpus_score_meets_the_bar():
    """The issue's bar: F1 >= 0.95 on the hand-written evaluation corpus (part of the repo, so a
    missing corpus is a failure, not a skip)."""
    gold = CORPUS / "gold.jsonl"
    docs = sorted((CORPUS / "docs").glob("*.txt"))
    assert gold.exists(), f"evaluation corpus gold missing: {gold}"
    assert len(docs) >= 40, f"evaluation corpus has {len(docs)} documents, expected >= 40"
    result = evaluate(gold, docs)
    assert result["f1"] >= 0.95, format_scores(result)


def test_documents_without_statistics_give_nothing():
    text = (
        "The Police and Crime Commissioner has set the council tax precept at £250 for 2019/20.\n"
        "The Crime Survey for England and Wales estimated that crime fell by 9 per cent.\n"
        "The force has 1,200 officers and made 3,400 arrests, seizing drugs worth £1.2m.\n"
    )
    assert rows(text) == []


# ------------------------------------------------------------------ scoring


def test_score_folds_area_and_tolerates_rounding():
    gold = [
        {
            "doc": "d",
            "area": "The Wirral",
            "period_end": "2019-03",
            "offence": "robbery",
            "count": 10,
            "change_pct": -5.2,
            "direction": None,
        }
    ]
    pred = [
        {
            "doc": "d",
            "area": "wirral ",
            "period_end": "2019-03",
            "offence": "robbery",
            "count": 10.04,
            "change_pct": -5.2,
            "direction": None,
        }
    ]
    s = score(gold, pred)
    assert (s["precision"], s["recall"], s["f1"]) == (1.0, 1.0, 1.0)
    assert fold_area("  The  Isle of   Wight") == "isle of wight"
    s2 = score(gold, [dict(pred[0], change_pct=5.2)])
    assert s2["tp"] == 1 and s2["recall"] == 0.5


def test_format_scores_last_line():
    s = score([], [])
    assert format_scores(s).splitlines()[-1] == "precision=1.000 recall=1.000 f1=1.000"


# ------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    "text,measure,value,low,high",
    [
        ("In Leeds, burglary rose by 17% in 2019.", "change_pct", 17, 16.5, 17.5),
        ("In Leeds, burglary fell by 5.2 per cent in 2019.", "change_pct", -5.2, -5.25, -5.15),
        ("In Leeds there were 620 burglaries in 2019.", "count", 620, 620, 620),
        ("In Leeds, burglary rose by almost a fifth in 2019.", "change_pct", 20, 15, 20),
        ("In Leeds, burglary rose by more than a quarter in 2019.", "change_pct", 25, 25, 33.4),
        ("In Leeds, robbery doubled in 2019.", "change_pct", 100, 80, 120),
    ],
)
def test_measure_intervals(text, measure, value, low, high):
    ms = [m for m in extract_mentions(text) if getattr(m, measure) is not None]
    assert ms, text
    meas = getattr(ms[0], measure)
    assert meas.value == pytest.approx(value)
    assert meas.low == pytest.approx(low, abs=0.1) and meas.high == pytest.approx(high, abs=0.1)


def test_hedged_large_count():
    m = extract_mentions(
        "Across England and Wales there were nearly 21,000 fewer violent crimes in 2020."
    )
    assert m[0].change_abs.value == -21000
    assert m[0].change_abs.low == pytest.approx(-21000)
    assert -19000 <= m[0].change_abs.high < -18000 or m[0].change_abs.high == pytest.approx(-18900)


def test_number_words_and_no():
    text = "In Cardiff there were four homicides in 2017, no rapes were... and one case of arson."
    r = one(text, offence="homicide")
    assert r["count"] == 4
    text2 = "In Swansea there were no homicides in 2017. There was one case of arson."
    assert one(text2, offence="homicide")["count"] == 0
    assert one(text2, offence="criminal_damage_and_arson")["count"] == 1


def test_agree_allows_truncation_not_beyond():
    thirty = Measure(30, 29.5, 30.5, "30 per cent", 1.0)
    assert agree(thirty, Measure(30.8, 30.75, 30.85, "30.8", 0.1))
    assert not agree(thirty, Measure(31.6, 31.55, 31.65, "31.6", 0.1))


# ------------------------------------------------------------------ periods


@pytest.mark.parametrize(
    "phrase,start,end",
    [
        ("between July 2017 and June 2018", "2017-07", "2018-06"),
        ("during 2012/13", "2012-04", "2013-03"),
        ("in 2012-13", "2012-04", "2013-03"),
        ("between April 1, 2012 and March 31, 2013", "2012-04", "2013-03"),
        ("in the 12 months to September 2018", "2017-10", "2018-09"),
        ("the year ending March 2019", "2018-04", "2019-03"),
        ("the year up to September 2019", "2018-10", "2019-09"),
        ("in 2019", "2019-01", "2019-12"),
        ("since March 2009 to March 2013", "2009-03", "2013-03"),
        ("in the first six months of 2021", "2021-01", "2021-06"),
    ],
)
def test_period_forms(phrase, start, end):
    ps = find_periods(phrase)
    assert ps, phrase
    assert ps[0].resolve(None, (None, None)) == (start, end)


def test_relative_period_resolved_from_article_and_else_null():
    text = (
        "Burglaries in Kettering rose by 12 per cent in the last 12 months.\n"
        "Across Northamptonshire, crime fell by 3 per cent during 2015/16."
    )
    r = one(text, area="Kettering")
    assert (r["period_start"], r["period_end"]) == ("2015-04", "2016-03")
    r2 = one("Burglary in Kettering rose by 12 per cent last year.", area="Kettering")
    assert (r2["period_start"], r2["period_end"]) == (None, None)


def test_last_year_from_dateline():
    text = "Monday, 3 February 2020\n\nCrime in Derby fell by 5 per cent last year."
    r = one(text, area="Derby")
    assert (r["period_start"], r["period_end"]) == ("2019-01", "2019-12")


def test_comparison_year_is_not_the_period():
    text = (
        "In Corby there were 900 robberies between April 2018 and March 2019, "
        "up 12 per cent on 2016-17."
    )
    r = one(text, offence="robbery")
    assert (r["period_start"], r["period_end"]) == ("2018-04", "2019-03")


# ------------------------------------------------------------------ areas and offences


def test_gazetteer_and_aliases():
    assert AREAS["Northants"].name == "Northamptonshire"
    assert AREAS["Thames Valley"].area_type == "police_force_area"
    assert AREAS["Northamptonshire"].ons_code == "E23000022"
    assert AREAS["Dyfed Powys"].name == "Dyfed-Powys"


@pytest.mark.parametrize(
    "phrase,offence",
    [
        ("violent crime", "violence_against_the_person"),
        ("dwelling house burglary", "residential_burglary"),
        ("vehicles being broken into", "vehicle_offences"),
        ("gun and knife possession", "possession_of_weapons"),
        ("theft from a person", "theft_from_the_person"),
        ("drug related offences", "drug_offences"),
        ("murders or manslaughters", "homicide"),
        ("death or injury by dangerous driving", "death_or_serious_injury_unlawful_driving"),
        ("sexual crime", "sexual_offences"),
        ("Burglaries", "burglary"),
        ("overall crime", "total_recorded_crime"),
        ("Police and Crime Commissioner", None),
    ],
)
def test_offence_phrases(phrase, offence):
    assert offence_of(phrase) == offence


def test_area_carried_and_switched():
    text = (
        "In Barnsley, crime rose by 4 per cent in 2019.\n"
        "Burglary fell by 3 per cent.\n"
        "Across England and Wales, the number of recorded homicides rose by 14%.\n"
        "In Barnsley there were two homicides.\n"
    )
    assert one(text, offence="burglary")["area"] == "Barnsley"
    assert one(text, offence="homicide", area="England and Wales")["change_pct"] == 14
    assert one(text, offence="homicide", area="Barnsley")["count"] == 2


def test_unknown_town_and_force_patterns():
    r = one("In Tidmouth, crime rose by 6 per cent in 2018.", offence="total_recorded_crime")
    assert r["area"] == "Tidmouth"
    r2 = one("Sodor Police recorded 4,100 burglaries in 2018.", offence="burglary")
    assert r2["area"] == "Sodor"


def test_heading_sets_list_area_and_county_anaphora():
    text = (
        "In Wellingborough, crime fell by 1.5 per cent during 2014/15.\n"
        "The figures across Northamptonshire were;\n"
        "Robbery – Down by 6.1 per cent\n"
        "Violence – Up by 2.0 per cent\n"
    )
    assert one(text, offence="robbery")["area"] == "Northamptonshire"
    assert one(text, offence="violence_against_the_person")["change_pct"] == 2.0


# ------------------------------------------------------------------ genre sentences of our own


def test_template_sentence_with_previous_year():
    text = (
        "There were 1,148 drug offences in Wigan between October 2018 and September 2019. "
        "That figure is up by 27.4 per cent on the previous year, when 901 offences were recorded."
    )
    r = one(text, offence="drug_offences")
    assert (r["count"], r["previous_count"], r["change_pct"]) == (1148, 901, 27.4)
    assert r["change_abs"] is None


def test_fell_from_to_and_rose_by_to():
    text = "In Plymouth, in 2021, shoplifting fell from 1,303 to 1,087. Robbery rose by 20 to 251."
    r = one(text, offence="shoplifting")
    assert (r["previous_count"], r["count"]) == (1303, 1087)
    r2 = one(text, offence="robbery")
    assert (r2["change_abs"], r2["count"]) == (20, 251)


def test_more_than_previous_and_increase_from():
    text = (
        "Police recorded 10,347 violent crimes in Plymouth in 2021, 562 more than the 9,785 "
        "crimes recorded in 2020. There were 892 drug offences, a 195 increase from 697."
    )
    r = one(text, offence="violence_against_the_person")
    assert (r["count"], r["change_abs"], r["previous_count"]) == (10347, 562, 9785)
    assert (r["period_start"], r["period_end"]) == ("2021-01", "2021-12")
    r2 = one(text, offence="drug_offences")
    assert (r2["count"], r2["change_abs"], r2["previous_count"]) == (892, 195, 697)


def test_bracket_table_lines():
    text = (
        "Figures for Leeds in the 12 months to September 2018, previous year in brackets:\n"
        "Violence: 36,204 (31,877)\nBicycle theft: 1,102 (1,245)\n"
    )
    r = one(text, offence="bicycle_theft")
    assert (r["count"], r["previous_count"], r["area"]) == (1102, 1245, "Leeds")


def test_bullets_with_number_words():
    text = (
        "Crime in Swindon in the year ending March 2019:\n"
        "■ 6,418 theft offences, down four percent\n■ 1,020 robberies, up twelve per cent\n"
    )
    r = one(text, offence="theft_offences")
    assert (r["count"], r["change_pct"]) == (6418, -4)
    assert one(text, offence="robbery")["change_pct"] == 12


def test_rates_local_and_national():
    text = (
        "In Oxford, in 2019, there were 14,000 crimes. At 115.4 crimes per 1,000 people, that was "
        "far higher than the rate across England and Wales which stood at 88.9."
    )
    assert one(text, area="Oxford")["rate_per_1000"] == 115.4
    assert one(text, area="England and Wales")["rate_per_1000"] == 88.9


def test_distractors_are_not_statistics():
    text = (
        "In Luton, crime rose by 5 per cent in 2019.\n"
        "The force aims to cut burglary by 10 per cent over the next three years.\n"
        "It has a target of a 2 per cent reduction in violence.\n"
        "Officers made 412 arrests and seized cannabis worth £1.2 million.\n"
        "The detection rate for burglary was 9 per cent.\n"
        "That means one in every 12 residents was a victim.\n"
        "The British Crime Survey suggested crime fell by 7 per cent.\n"
    )
    found = rows(text)
    assert len(found) == 1 and found[0]["change_pct"] == 5


def test_direction_only_without_numbers():
    text = (
        "In Hull, in 2019, vehicle crime fell by 212 offences.\n"
        "Criminal damage, though, went up.\n"
        "Nationally levels of crime have remained broadly stable.\n"
    )
    assert one(text, offence="criminal_damage_and_arson")["direction"] == "up"
    r = one(text, area="England and Wales")
    assert (r["offence"], r["direction"]) == ("total_recorded_crime", "same")


def test_direction_dropped_when_a_number_exists():
    text = "In Corby, in 2019, crime increased. Crime in Corby rose by 3 per cent in 2019."
    r = one(text, offence="total_recorded_crime")
    assert r["direction"] is None and r["change_pct"] == 3


# ------------------------------------------------------------------ reconcile


def _m(offence: str, pct: float, unit: float, phrase: str, start: int = 0) -> Mention:
    meas = Measure(pct, pct - unit / 2, pct + unit / 2, phrase, unit)
    return Mention(
        "Northampton",
        "2012-04",
        "2013-03",
        offence,
        offence,
        "s",
        start,
        start + 1,
        change_pct=meas,
    )


def test_parent_statement_merges_into_child():
    stats = reconcile(
        [
            _m("burglary", 30, 1, "30 per cent"),
            _m("residential_burglary", 30.8, 0.1, "30.8 per cent", 5),
        ],
        "d",
    )
    assert len(stats) == 1
    assert (stats[0].offence, stats[0].change_pct) == ("residential_burglary", 30.8)
    assert len(stats[0].evidence) == 2


def test_disagreement_is_kept_and_flagged():
    stats = reconcile([_m("robbery", 12, 1, "12%"), _m("robbery", 20, 1, "20%", 5)], "d")
    assert len(stats) == 2 and all(s.conflict for s in stats)
    assert {s.change_pct for s in stats} == {12, 20}


def test_hedge_and_precise_value_merge():
    text = (
        "Shoplifting in Warrington rose by almost a fifth in 2017-18.\n"
        "There were 2,230 shoplifting offences in Warrington in 2017-18, up 19.4 per cent."
    )
    r = one(text, offence="shoplifting")
    assert r["change_pct"] == 19.4 and r["count"] == 2230


def test_evidence_offsets_slice_the_text():
    text = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    for st in extract(text, "d"):
        for ev in st.evidence:
            assert text[ev["start"] : ev["end"]] == ev["sentence"]
