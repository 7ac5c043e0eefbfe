"""The backbone end to end: real Dagster materialisations, real dbt, real DuckDB files."""

from __future__ import annotations

import shutil

import pytest
from dagster import AssetKey, DagsterInstance, RunRequest, SkipReason, build_sensor_context

from crimestats.config import Settings
from orchestration.runner import refresh
from tests.conftest import AUDIT_COLUMNS, copy_seed_documents, query, table_checksums

NEW_ARTICLE = """Crime in Swindon rose last year, new figures show.

There were 1,204 burglaries in Swindon between April 2021 and March 2022, up by 12% on the previous year, when 1,075 were recorded.
"""


def _fact(s: Settings, area: str, start: str, end: str, offence: str) -> tuple | None:
    rows = query(
        s.warehouse,
        """
        select count, previous_count, change_pct, change_abs, document_ids, evidence_sentences
        from marts.fct_offence_statistics
        where source = 'news' and area = ? and period_start = ?::date and period_end = ?::date
          and offence = ?
        """,
        [area, start, end, offence],
    )
    return rows[0] if rows else None


def test_definitions_load() -> None:
    from orchestration.definitions import defs

    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    for expected in (
        "raw/documents",
        "raw/document_errors",
        "raw/statistic_mentions",
        "staging/stg_documents",
        "staging/stg_statistic_mentions",
        "marts/fct_offence_statistics",
        "marts/offences_by_area_period",
        "marts/claim_checks",
        "warehouse/published",
    ):
        assert expected in keys, expected
    assert repo.has_schedule_def("daily_refresh")
    assert repo.has_sensor_def("documents_folder_sensor")
    check_names = {k.name for k in repo.asset_graph.asset_check_keys}
    assert "every_file_accounted_for" in check_names
    # dbt tests are asset checks too
    assert any(name.startswith("unique_") for name in check_names)
    # one connected lineage: dbt staging depends on the ingestion assets
    parents = repo.asset_graph.get(AssetKey(["staging", "stg_documents"])).parent_keys
    assert AssetKey(["raw", "documents"]) in parents


@pytest.fixture
def seeded(temp_settings: Settings) -> Settings:
    copy_seed_documents(temp_settings.documents_dir)
    report = refresh(temp_settings, instance=DagsterInstance.ephemeral())
    assert report.ran and report.success, report
    assert not report.checks_failed, report.checks_failed
    return temp_settings


def test_full_materialisation_builds_marts_for_seeds(seeded: Settings) -> None:
    s = seeded
    drugs = _fact(s, "Northampton", "2017-07-01", "2018-06-30", "drug_offences")
    assert drugs is not None
    assert drugs[:3] == (620, 530, 17)
    assert any("620 drug related offences" in e or "530" in e for e in drugs[5])
    total = _fact(s, "Northamptonshire", "2012-04-01", "2013-03-31", "total_recorded_crime")
    assert total is not None
    assert total[0] == 46983 and total[1] == 49576
    # provenance: every news figure points back at a document that exists
    docs = {r[0] for r in query(s.warehouse, "select document_id from raw.documents")}
    assert docs == {p.name for p in s.documents_dir.glob("*.txt")}
    for (ids,) in query(
        s.warehouse, "select document_ids from marts.fct_offence_statistics where source='news'"
    ):
        assert ids and set(ids) <= docs
    # the published file is a complete, verified copy written atomically
    assert query(s.warehouse, "select count(*) from meta.publish_manifest")[0][0] > 5


def test_rerun_is_a_noop(seeded: Settings) -> None:
    s = seeded
    before = table_checksums(s.warehouse, AUDIT_COLUMNS)
    mtime = s.warehouse.stat().st_mtime_ns
    report = refresh(s, instance=DagsterInstance.ephemeral())
    assert not report.ran
    assert s.warehouse.stat().st_mtime_ns == mtime
    # forcing a full materialisation with the same inputs gives identical contents
    report = refresh(s, force=True, instance=DagsterInstance.ephemeral())
    assert report.ran and report.success
    assert table_checksums(s.warehouse, AUDIT_COLUMNS) == before
    # and nothing was re-extracted
    assert query(s.warehouse, "select count(*) from raw.extraction_log")[0][0] == 2


def test_new_file_reaches_marts_and_removed_file_leaves(seeded: Settings) -> None:
    s = seeded
    new = s.documents_dir / "swindon-2022.txt"
    new.write_text(NEW_ARTICLE, encoding="utf-8")
    report = refresh(s, instance=DagsterInstance.ephemeral())
    assert report.ran and report.success
    fact = _fact(s, "Swindon", "2021-04-01", "2022-03-31", "burglary")
    assert fact is not None and fact[0] == 1204 and fact[1] == 1075
    assert fact[4] == ["swindon-2022.txt"]

    new.unlink()
    report = refresh(s, instance=DagsterInstance.ephemeral())
    assert report.ran and report.success
    assert _fact(s, "Swindon", "2021-04-01", "2022-03-31", "burglary") is None
    assert query(
        s.warehouse,
        "select count(*) from raw.statistic_mentions where document_id = 'swindon-2022.txt'",
    ) == [(0,)]
    # the seeds are untouched
    assert _fact(s, "Northampton", "2017-07-01", "2018-06-30", "drug_offences")[0] == 620


def _dbt_run(s: Settings, full_build: bool = False) -> tuple[str, set[str]]:
    """Refresh with a fresh ephemeral instance; return the dbt build plan it logged and the
    assets it built (not those reported as reused because their inputs did not change)."""
    instance = DagsterInstance.ephemeral()
    report = refresh(s, instance=instance, full_build=full_build)
    assert report.ran and report.success, report
    assert not report.checks_failed, report.checks_failed
    [run] = instance.get_runs()
    messages = [e.user_message for e in instance.all_logs(run.run_id)]
    [plan] = [m for m in messages if m.startswith("dbt build plan: ")]
    built = set()
    for e in instance.all_logs(run.run_id):
        if e.dagster_event and e.dagster_event.is_step_materialization:
            metadata = e.dagster_event.step_materialization_data.materialization.metadata
            status = metadata.get("status")
            if status is None or status.value != "reused":
                built.add(e.dagster_event.asset_key.to_user_string())
    return plan, built


def test_incremental_refresh_equals_a_full_rebuild(seeded: Settings, tmp_path) -> None:
    """Adding, changing and removing articles rebuilds only what articles feed, incrementally
    per document, and leaves exactly what a from-scratch build of the same inputs leaves."""
    from tests.conftest import make_settings

    s = seeded
    seed_a, seed_b = sorted(s.documents_dir.glob("*.txt"))
    (s.documents_dir / "swindon-2022.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    # a changed article: one more statistic
    seed_a.write_text(
        seed_a.read_text(encoding="utf-8")
        + "\nThere were 77 robberies in Corby in 2019, down by 3% on 2018.\n",
        encoding="utf-8",
    )
    # a changed article that now states no statistic at all
    seed_b.write_text("Police thanked the public for their help.\n", encoding="utf-8")
    plan, built = _dbt_run(s)
    assert "what articles feed" in plan, plan
    assert "staging/stg_statistic_mentions" in built and "marts/offences_by_area_period" in built
    # nothing fed only by official data (unchanged) was rebuilt
    assert "intermediate/int_official_statistics" not in built
    assert "staging/stg_official_street_crimes" not in built
    assert query(
        s.warehouse,
        "select count(*) from intermediate.int_document_statistics where document_id = ?",
        [seed_b.name],
    ) == [(0,)]

    fresh = make_settings(tmp_path / "fresh", documents=s.documents_dir)
    plan_fresh, _ = _dbt_run(fresh)
    assert "from scratch" in plan_fresh
    assert table_checksums(s.warehouse, AUDIT_COLUMNS) == table_checksums(
        fresh.warehouse, AUDIT_COLUMNS
    )

    # removing an article: its rows leave every model, again as a full rebuild would
    (s.documents_dir / "swindon-2022.txt").unlink()
    _dbt_run(s)
    shutil.rmtree(fresh.warehouse.parent)
    _dbt_run(fresh)
    after_removal = table_checksums(s.warehouse, AUDIT_COLUMNS)
    assert after_removal == table_checksums(fresh.warehouse, AUDIT_COLUMNS)

    # `crimestats refresh --full`: everything rebuilt and tested from scratch, same result
    plan, built = _dbt_run(s, full_build=True)
    assert "full_build requested" in plan
    assert "intermediate/int_official_statistics" in built
    assert table_checksums(s.warehouse, AUDIT_COLUMNS) == after_removal


def test_sensor_requests_a_run_only_when_the_folder_changes(temp_settings: Settings) -> None:
    from orchestration.automation import documents_folder_sensor

    s = temp_settings
    copy_seed_documents(s.documents_dir)
    with DagsterInstance.ephemeral() as instance:
        ctx = build_sensor_context(instance=instance)
        first = documents_folder_sensor(ctx)
        assert isinstance(first, RunRequest)
        cursor = ctx.cursor
        ctx2 = build_sensor_context(instance=instance, cursor=cursor)
        assert isinstance(documents_folder_sensor(ctx2), SkipReason)
        shutil.copy2(next(s.documents_dir.glob("*.txt")), s.documents_dir / "another.txt")
        ctx3 = build_sensor_context(instance=instance, cursor=cursor)
        third = documents_folder_sensor(ctx3)
        assert isinstance(third, RunRequest)
        assert third.run_key != first.run_key


def test_cli_sql_prints_a_readable_table(seeded: Settings, capsys: pytest.CaptureFixture) -> None:
    from crimestats.cli import main

    sql = (
        "select area, offence, count, change_pct from marts.offences_by_area_period "
        "where area = 'Northampton' order by 1, 2"
    )
    assert main(["sql", sql]) == 0
    out = capsys.readouterr().out
    assert "Northampton" in out and "drug_offences" in out and "620" in out
    assert "│" in out  # a boxed table, not a Python repr
    assert main(["sql", sql, "--format", "csv"]) == 0
    csv_out = capsys.readouterr().out.splitlines()
    assert csv_out[0] == "area,offence,count,change_pct"
    assert "Northampton,drug_offences,620.0,17.0" in csv_out


def test_warehouse_opens_read_only_while_nothing_runs(seeded: Settings) -> None:
    import duckdb

    a = duckdb.connect(str(seeded.warehouse), read_only=True)
    b = duckdb.connect(str(seeded.warehouse), read_only=True)
    try:
        assert a.execute("select count(*) from marts.offences_by_area_period").fetchone()[0] > 0
        assert b.execute("select count(*) from raw.documents").fetchone()[0] == 2
    finally:
        a.close()
        b.close()


CHANGE_ONLY = """Burglary in Swindon

Burglaries in Swindon rose by 12% between April 2021 and March 2022, police said.
"""
COUNT_NOW = """Swindon figures

There were 1,204 burglaries in Swindon between April 2021 and March 2022.
"""
COUNT_BEFORE = """Swindon figures a year earlier

There were 1,075 burglaries in Swindon between April 2020 and March 2021.
"""


def test_incremental_marts_equal_a_full_rebuild_on_overlapping_articles(tmp_path) -> None:
    """The models that combine articles (int_news_statistics, fct_offence_statistics,
    offences_by_area_period) are incremental by statistic. With many articles stating the
    same statistics (generated articles, copies, edited copies that disagree, comparison
    periods), each round of added, edited and removed articles leaves exactly what a
    from-scratch build of the same inputs leaves."""
    import re
    import sys

    from tests.conftest import PROJECT_ROOT, make_settings

    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    import corpus  # the benchmark's generator: many templates, areas, periods and offences

    s = make_settings(tmp_path / "incremental")
    copy_seed_documents(s.documents_dir)
    docs = s.documents_dir
    generated = [corpus.write_document(corpus.document(7, i), docs) for i in range(40)]
    for p in generated[:6]:  # the same statistics stated by two articles
        shutil.copy(p, docs / f"copy-{p.name}")
    # a change whose counts only other articles state: claim_checks reads them there, and
    # editing or removing those articles must change its check
    (docs / "change-only.txt").write_text(CHANGE_ONLY, encoding="utf-8")
    (docs / "count-now.txt").write_text(COUNT_NOW, encoding="utf-8")
    (docs / "count-before.txt").write_text(COUNT_BEFORE, encoding="utf-8")
    _dbt_run(s)
    assert query(
        s.warehouse,
        "select count_from, previous_count_from from marts.claim_checks "
        "where document_id = 'change-only.txt'",
    ) == [("stated in count-now.txt", "count of the comparison period stated in count-before.txt")]

    def edited(text: str) -> str:  # another figure for the first number: a disagreement
        return re.sub(
            r"\d[\d,]*", lambda m: str(int(m.group().replace(",", "")) + 7), text, count=1
        )

    def same_as_a_full_rebuild() -> None:
        plan, built = _dbt_run(s)
        assert "what articles feed" in plan, plan
        assert "marts/offences_by_area_period" in built
        fresh = make_settings(tmp_path / "fresh", documents=docs)
        if fresh.warehouse.parent.exists():
            shutil.rmtree(fresh.warehouse.parent)
        plan_fresh, _ = _dbt_run(fresh)
        assert "from scratch" in plan_fresh
        assert table_checksums(s.warehouse, AUDIT_COLUMNS) == table_checksums(
            fresh.warehouse, AUDIT_COLUMNS
        )

    # round 1: new articles, an edited copy, an article removed while its copy stays, and
    # an article edited in place
    for i in range(40, 45):
        corpus.write_document(corpus.document(7, i), docs)
    (docs / "edited-copy.txt").write_text(edited(generated[6].read_text()), encoding="utf-8")
    generated[0].unlink()
    generated[7].write_text(edited(generated[7].read_text()), encoding="utf-8")
    (docs / "count-now.txt").write_text(COUNT_NOW.replace("1,204", "1,211"), encoding="utf-8")
    same_as_a_full_rebuild()
    # what the rounds exercise: statistics stated by several articles, disagreements between
    # them, and comparison-period rows derived from them
    assert query(
        s.warehouse,
        "select count(*) filter (where document_count > 1) > 0, "
        "count(*) filter (where has_disagreement_between_documents) > 0 "
        "from intermediate.int_news_statistics",
    ) == [(True, True)]
    assert query(
        s.warehouse,
        "select count(*) > 0 from marts.fct_offence_statistics where source = 'news' and is_derived",
    ) == [(True,)]

    # round 2: copies removed (statistics back to one article), the edited copy removed
    # (disagreement gone), and more articles removed
    for p in docs.glob("copy-*.txt"):
        p.unlink()
    (docs / "edited-copy.txt").unlink()
    for p in generated[8:14]:
        p.unlink()
    (docs / "count-before.txt").unlink()
    same_as_a_full_rebuild()
