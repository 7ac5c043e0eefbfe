"""The marts an analyst queries, built for real from the seeds and the evaluation corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from dagster import DagsterInstance

from crimestats.config import PROJECT_ROOT, Settings
from crimestats.extraction import extract
from orchestration.runner import refresh
from tests.conftest import copy_seed_documents, make_settings, query

CORPUS = PROJECT_ROOT / "tests" / "corpus" / "docs"


@pytest.fixture(scope="module")
def corpus_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("marts")
    s = make_settings(root)
    copy_seed_documents(s.documents_dir)
    for p in sorted(CORPUS.glob("*.txt")):
        shutil.copy2(p, s.documents_dir / p.name)
    mp = pytest.MonkeyPatch()
    mp.setenv("CRIME_WAREHOUSE", str(s.warehouse))
    mp.setenv("CRIME_DOCUMENTS_DIR", str(s.documents_dir))
    mp.setenv("CRIME_MAX_CHARTS", "0")  # draw every chart (the default caps them)
    try:
        report = refresh(s, instance=DagsterInstance.ephemeral())
    finally:
        mp.undo()
    assert report.ran and report.success and not report.checks_failed, report
    return s


def _ym(d) -> str | None:
    return None if d is None else f"{d:%Y-%m}"


def test_dbt_reconciliation_matches_the_python_extractor(corpus_warehouse: Settings) -> None:
    """int_document_statistics (SQL) and crimestats.extraction.reconcile (Python) implement
    the same rules; on every document they must give the same statistics."""
    s = corpus_warehouse
    rows = query(
        s.warehouse,
        """
        select d.document_id, s.area, s.period_start, s.period_end, s.offence, s.count,
               s.previous_count, s.change_pct, s.change_abs, s.rate_per_1000, s.direction
        from intermediate.int_document_statistics s join raw.documents d using (document_id)
        """,
    )
    from_sql = {(r[0], r[1], _ym(r[2]), _ym(r[3]), *r[4:]) for r in rows}
    from_python = set()
    for doc_id, text in query(s.warehouse, "select document_id, text from raw.documents"):
        seen = set()
        for st in extract(text, doc_id):
            key = (st.area, st.period_start, st.period_end, st.offence)
            if key in seen:  # conflict alternatives: the SQL keeps them in `conflicts`
                continue
            seen.add(key)
            from_python.add(
                (doc_id, *key)
                + tuple(
                    None if v is None else float(v)
                    for v in (
                        st.count,
                        st.previous_count,
                        st.change_pct,
                        st.change_abs,
                        st.rate_per_1000,
                    )
                )
                + (st.direction,)
            )
    assert len(from_python) > 300
    assert from_sql == from_python


def test_seed_claims_are_checked_rounding_aware(corpus_warehouse: Settings) -> None:
    rows = query(
        corpus_warehouse.warehouse,
        """
        select area, offence, measure, stated_value, checked_count, checked_previous_count,
               round(computed_value, 2), status
        from marts.claim_checks
        where document_id like '00%_4%' order by all
        """,
    )
    got = {(r[0], r[1], r[2], r[3]): r[4:] for r in rows}
    assert got[("Northampton", "drug_offences", "change_pct", 17)] == (
        620,
        530,
        16.98,
        "consistent",
    )
    assert got[("Northamptonshire", "total_recorded_crime", "change_pct", -5.2)] == (
        46983,
        49576,
        -5.23,
        "consistent",
    )
    assert got[("Northamptonshire", "total_recorded_crime", "change_abs", -2593)] == (
        46983,
        49576,
        -2593,
        "consistent",
    )
    assert got[("Northampton", "sexual_offences", "change_pct", 16)] == (
        872,
        753,
        15.8,
        "consistent",
    )
    # "almost a fifth" is one-sided below 20%: 16.98 is consistent with it
    assert got[("Northampton", "drug_offences", "change_pct", 20)][-1] == "consistent"
    # a change with no counts to check it against says so
    assert got[("Northampton", "theft_offences", "change_pct", -5)][-1] == "not checkable"


def test_derived_values_are_marked_and_stated_values_win(corpus_warehouse: Settings) -> None:
    rows = query(
        corpus_warehouse.warehouse,
        """
        select offence, period_start::varchar, count, previous_count, change_abs, is_derived,
               derived_measures, derivation
        from marts.fct_offence_statistics
        where source = 'news' and area = 'Northampton'
          and offence in ('drug_offences', 'possession_of_weapons')
        order by offence, period_start
        """,
    )
    by = {(r[0], r[1]): r[2:] for r in rows}
    comparison = by[("drug_offences", "2016-07-01")]
    assert comparison[0] == 530 and comparison[3] is True and comparison[4] == ["count"]
    assert "000_4f3f3bd13e81cb27.txt" in comparison[5]
    latest = by[("drug_offences", "2017-07-01")]
    assert latest[:3] == (620, 530, 90) and latest[3] is False and latest[4] == ["change_abs"]
    weapons = by[("possession_of_weapons", "2017-07-01")]
    assert weapons[:3] == (251, 231, 20) and weapons[4] == ["previous_count"]
    assert by[("possession_of_weapons", "2016-07-01")][0] == 231


def test_offences_by_area_period_answers_who_says_what(corpus_warehouse: Settings) -> None:
    rows = query(
        corpus_warehouse.warehouse,
        """
        select count, count_source, change_pct, change_pct_source, evidence_sentences
        from marts.offences_by_area_period
        where area = 'Northampton' and offence = 'drug_offences'
          and period_start = '2017-07-01' and period_end = '2018-06-30'
        """,
    )
    assert len(rows) == 1
    count, count_source, pct, pct_source, evidence = rows[0]
    assert (count, pct) == (620, 17)
    assert "000_4f3f3bd13e81cb27.txt" in count_source and "000_4f3f3bd13e81cb27.txt" in pct_source
    assert any("620 drug related offences" in e for e in evidence)


def test_dimensions(corpus_warehouse: Settings) -> None:
    w = corpus_warehouse.warehouse
    path = query(
        w, "select hierarchy_path from marts.dim_offence where offence = 'residential_burglary'"
    )
    assert path == [("total_recorded_crime > theft_offences > burglary > residential_burglary",)]
    kinds = dict(
        query(
            w,
            "select period_start::varchar || '/' || period_end::varchar, kind from marts.dim_period",
        )
    )
    assert kinds["2012-04-01/2013-03-31"] == "financial_year"
    assert kinds["2017-07-01/2018-06-30"] == "rolling_12_months"
    area = query(w, "select area_type, parent_area from marts.dim_area where area = 'Northampton'")
    assert area and area[0][1] == "Northamptonshire"
    # every area a fact uses is in dim_area
    assert query(
        w,
        "select count(*) from marts.fct_offence_statistics f "
        "where not exists (select 1 from marts.dim_area a where a.area = f.area)",
    ) == [(0,)]


def test_charts_are_rendered(corpus_warehouse: Settings) -> None:
    charts = sorted((corpus_warehouse.warehouse.parent / "charts").glob("*.png"))
    assert any(p.name.startswith("northampton_2017-07_2018-06") for p in charts)
    for p in charts[:5]:
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_charts_drawn_on_several_cores_are_the_same_pictures(tmp_path: Path) -> None:
    """Many charts are drawn by one process per core; the PNGs are byte for byte those one
    process draws, so a chart's content hash (its cache key) means the same picture."""
    from crimestats import charts

    items = [("burglary", 12.5, "news"), ("robbery", -6.1, "news"), ("drug_offences", 17.0, "")]
    verdicts = [
        ("burglary", "change_pct", 12.0, 10.4, "differs"),
        ("robbery", "count", 530, 531, "matches"),
    ]

    def jobs(out: Path) -> list[tuple]:
        bars = [
            (charts.draw_change_by_offence, out / f"c{i}.png", f"Town {i}", items[: 1 + i % 3])
            for i in range(charts.PARALLEL_FROM)
        ]
        return [*bars, (charts.draw_news_vs_official, out / "n.png", "Town: vs official", verdicts)]

    one, many = tmp_path / "one", tmp_path / "many"
    one.mkdir()
    many.mkdir()
    for draw, path, title, its in jobs(one):
        draw(path, title, its)
    charts.draw_all(jobs(many))  # PARALLEL_FROM or more jobs: a process pool
    names = sorted(p.name for p in one.glob("*.png"))
    assert len(names) == charts.PARALLEL_FROM + 1
    assert names == sorted(p.name for p in many.glob("*.png"))
    for name in names:
        assert (one / name).read_bytes() == (many / name).read_bytes(), name
