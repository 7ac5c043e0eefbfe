"""Official data as a second source: ingestion of each official file type, rejection of
malformed files, mapping coverage, and the verdicts of marts.claim_verification for the
seed articles (real DuckDB, real dbt, real Dagster)."""

from __future__ import annotations

import csv
import hashlib
import shutil
import time
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance

from crimestats.config import DBT_SEEDS_DIR, PROJECT_ROOT, Settings
from crimestats.official import ingest_official
from tests.conftest import SHARED, copy_seed_documents, query

OFFICIAL = PROJECT_ROOT / "seeds" / "official"
HO_REL = "home-office-rec-crime-pfa/rec-crime-pfa.csv"
STREET_REL = "data-police-uk/2018-04/2018-04-northamptonshire-street.csv"
ALL_FORCES_2018_04 = SHARED / "data" / "official" / "data-police-uk" / "2018-04"


def _copy(rel: str, dest_root: Path, name: str | None = None) -> Path:
    target = dest_root / (name or rel)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(OFFICIAL / rel, target)
    return target


def _ingest(db: Path, folder: Path):
    conn = duckdb.connect(str(db))
    try:
        return ingest_official(conn, folder)
    finally:
        conn.close()


def test_shipped_official_files_are_unchanged_copies() -> None:
    shared = SHARED / "data" / "official"
    if not shared.is_dir():
        pytest.skip("../shared/data/official not present")
    shipped = sorted(p.relative_to(OFFICIAL).as_posix() for p in OFFICIAL.rglob("*.csv"))
    assert shipped == sorted(
        [
            HO_REL,
            "data-police-uk/2013-06/2013-06-northamptonshire-street.csv",
            "data-police-uk/2018-03/2018-03-northamptonshire-street.csv",
            STREET_REL,
        ]
    )
    for rel in shipped:
        assert (OFFICIAL / rel).read_bytes() == (shared / rel).read_bytes(), rel


def test_ingest_each_official_file_type_incrementally(tmp_path: Path) -> None:
    folder = tmp_path / "official"
    _copy(HO_REL, folder)
    street = _copy(STREET_REL, folder)
    db = tmp_path / "w.duckdb"

    first = _ingest(db, folder)
    assert sorted(first.new) == sorted([HO_REL, STREET_REL]) and not first.rejected
    rows = query(db, "select count(*) from raw.official_home_office_pfa")[0][0]
    assert rows == 46469
    assert query(db, "select count(*) from raw.official_street_crimes")[0][0] == 6635
    # declared types
    types = dict(
        query(
            db,
            "select column_name, data_type from duckdb_columns() "
            "where schema_name = 'raw' and table_name = 'official_home_office_pfa'",
        )
    )
    assert types["period_end"] == "DATE" and types["count"] == "BIGINT"
    street_types = dict(
        query(
            db,
            "select column_name, data_type from duckdb_columns() "
            "where schema_name = 'raw' and table_name = 'official_street_crimes'",
        )
    )
    assert street_types["month"] == "DATE" and street_types["longitude"] == "DOUBLE"
    # the published 30-12-2017 quirk is kept and mapped to the quarter end
    quirk = query(
        db,
        "select distinct period_end, period_end_adjusted from raw.official_home_office_pfa "
        "where period_end_published = '30-12-2017'",
    )
    assert [(str(d), a) for d, a in quirk] == [("2017-12-31", True)]
    assert (
        query(
            db,
            "select count(*) from raw.official_home_office_pfa where period_end_adjusted "
            "and period_end_published <> '30-12-2017'",
        )[0][0]
        == 0
    )
    # Northamptonshire 2012/13 sums to the published total including fraud
    total = query(
        db,
        "select sum(count) from raw.official_home_office_pfa "
        "where pfa = 'Northamptonshire' and period_end = date '2013-03-31'",
    )[0][0]
    assert total == 46983
    assert (
        query(
            db,
            "select count(*), min(month), max(month) from raw.official_street_crimes "
            "where lsoa_name like 'Northampton %'",
        )[0][0]
        == 2591
    )
    files = query(db, "select file, kind, rows from raw.official_files order by file")
    assert files == [
        (STREET_REL, "police_uk_street", 6635),
        (HO_REL, "home_office_pfa", 46469),
    ]

    # unchanged files are not reloaded
    again = _ingest(db, folder)
    assert again.unchanged == 2 and not again.new and not again.changed and again.rows_loaded == 0

    # a changed file replaces its rows
    lines = street.read_text(encoding="utf-8").splitlines(keepends=True)
    street.write_text("".join(lines[:101]), encoding="utf-8")
    changed = _ingest(db, folder)
    assert changed.changed == [STREET_REL]
    assert query(db, "select count(*) from raw.official_street_crimes")[0][0] == 100
    assert (
        query(db, "select rows from raw.official_files where file = ?", [STREET_REL])[0][0] == 100
    )

    # a removed file's rows go away
    street.unlink()
    removed = _ingest(db, folder)
    assert removed.removed == [STREET_REL]
    assert query(db, "select count(*) from raw.official_street_crimes")[0][0] == 0
    assert query(db, "select count(*) from raw.official_files")[0][0] == 1


def _lines(rel: str, n: int) -> list[str]:
    with (OFFICIAL / rel).open(encoding="utf-8", newline="") as f:
        return [next(f) for _ in range(n)]


def test_malformed_official_files_are_rejected_whole_while_the_rest_loads(tmp_path: Path) -> None:
    folder = tmp_path / "official"
    _copy(HO_REL, folder)
    good_street = _copy(STREET_REL, folder)
    bad = folder / "bad"
    bad.mkdir()
    street = _lines(STREET_REL, 50)
    ho = _lines(HO_REL, 50)
    # wrong header: a renamed column
    (bad / "2018-04-renamed-street.csv").write_text(
        street[0].replace("Crime type", "Type of crime") + "".join(street[1:]), encoding="utf-8"
    )
    # wrong header: a missing column
    (bad / "2018-04-short-street.csv").write_text(
        "Crime ID,Month,Reported by\n" + "".join(street[1:]), encoding="utf-8"
    )
    # a non-numeric count, deep in the file
    eol = ho[1][len(ho[1].rstrip("\r\n")) :]  # the file's own line ending (CRLF)
    ho_bad = ho[:30] + ["31-03-2013,Northamptonshire,East Midlands,Robbery,n/a" + eol] + ho[30:]
    (bad / "rec-crime-pfa-nonnumeric.csv").write_text("".join(ho_bad), encoding="utf-8")
    # a truncated last line (the transfer stopped mid-line)
    (bad / "2018-04-truncated-street.csv").write_text(
        "".join(street[:40]) + street[40][:37], encoding="utf-8"
    )
    # a ragged line in the middle (a field missing)
    ragged = (
        street[:20] + [",2018-04,Northamptonshire Police,Northamptonshire Police\n"] + street[20:]
    )
    (bad / "2018-04-ragged-street.csv").write_text("".join(ragged), encoding="utf-8")
    db = tmp_path / "w.duckdb"

    summary = _ingest(db, folder)
    reasons = dict(query(db, "select file, reason from raw.official_file_errors"))
    assert set(reasons) == {
        "bad/2018-04-renamed-street.csv",
        "bad/2018-04-short-street.csv",
        "bad/rec-crime-pfa-nonnumeric.csv",
        "bad/2018-04-truncated-street.csv",
        "bad/2018-04-ragged-street.csv",
    }, summary
    assert "header does not match" in reasons["bad/2018-04-renamed-street.csv"]
    assert "Type of crime" in reasons["bad/2018-04-renamed-street.csv"]
    assert "missing" in reasons["bad/2018-04-short-street.csv"]
    assert "non-numeric count" in reasons["bad/rec-crime-pfa-nonnumeric.csv"]
    assert "n/a" in reasons["bad/rec-crime-pfa-nonnumeric.csv"]
    assert "truncated" in reasons["bad/2018-04-truncated-street.csv"]
    assert "wrong number of fields" in reasons["bad/2018-04-ragged-street.csv"]
    # every error has its file's hash
    assert (
        query(db, "select count(*) from raw.official_file_errors where sha256 is null")[0][0] == 0
    )
    # nothing of a rejected file was loaded; the good files loaded whole
    loaded = dict(
        query(db, "select source_file, count(*) from raw.official_street_crimes group by 1")
    )
    assert loaded == {STREET_REL: 6635}
    assert dict(
        query(db, "select source_file, count(*) from raw.official_home_office_pfa group by 1")
    ) == {HO_REL: 46469}
    assert sorted(r[0] for r in query(db, "select file from raw.official_files")) == sorted(
        [HO_REL, STREET_REL]
    )

    # a good file that goes bad: rejected, and its earlier rows go with it
    good_street.write_text("".join(street[:10]) + street[10][:20], encoding="utf-8")
    again = _ingest(db, folder)
    assert STREET_REL in dict(again.rejected)
    assert query(db, "select count(*) from raw.official_street_crimes")[0][0] == 0
    # rejected files that did not change are not read again, and keep their reason
    assert (
        dict(query(db, "select file, reason from raw.official_file_errors"))[
            "bad/2018-04-renamed-street.csv"
        ]
        == reasons["bad/2018-04-renamed-street.csv"]
    )


STREET_RELS = [
    "data-police-uk/2013-06/2013-06-northamptonshire-street.csv",
    "data-police-uk/2018-03/2018-03-northamptonshire-street.csv",
    STREET_REL,
]


def _table_digests(db: Path) -> list[tuple]:
    """Every raw official table in stored row order (not only as a set of rows), without
    the wall-clock columns."""
    out = []
    for table, cols in [
        ("raw.official_street_crimes", "t"),
        ("raw.official_home_office_pfa", "t"),
        ("raw.official_files", "(file, sha256, kind, rows)"),
        ("raw.official_file_errors", "(file, sha256, kind, reason)"),
    ]:
        out += query(
            db,
            f"select '{table}', count(*), md5(string_agg({cols}::varchar, '|' order by rowid)) "
            f"from {table} as t",
        )
    return out


def test_batch_load_records_each_files_hash_and_is_deterministic(tmp_path: Path) -> None:
    """Several new files of a kind load in one read; each file still gets its own sha256
    and row count, and the same files give the same tables, row for row."""
    folder = tmp_path / "official"
    for rel in [HO_REL, *STREET_RELS]:
        _copy(rel, folder)
    first = _ingest(tmp_path / "a.duckdb", folder)
    second = _ingest(tmp_path / "b.duckdb", folder)
    assert sorted(first.new) == sorted([HO_REL, *STREET_RELS]) and not first.rejected
    assert first.rows_loaded == second.rows_loaded == 46469 + 6447 + 6370 + 6635
    files = query(tmp_path / "a.duckdb", "select file, sha256, kind, rows from raw.official_files")
    expected_rows = {HO_REL: 46469, STREET_RELS[0]: 6447, STREET_RELS[1]: 6370, STREET_REL: 6635}
    assert sorted(files) == sorted(
        (
            rel,
            hashlib.sha256((folder / rel).read_bytes()).hexdigest(),
            "home_office_pfa" if rel == HO_REL else "police_uk_street",
            n,
        )
        for rel, n in expected_rows.items()
    )
    by_file = dict(
        query(
            tmp_path / "a.duckdb",
            "select source_file, count(*) from raw.official_street_crimes group by 1",
        )
    )
    assert by_file == {r: n for r, n in expected_rows.items() if r != HO_REL}
    assert _table_digests(tmp_path / "a.duckdb") == _table_digests(tmp_path / "b.duckdb")


def test_a_bad_or_unreadable_file_in_a_batch_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the one multi-file read fails (a ragged line in one file, a file whose hash
    cannot be computed), the files are loaded one at a time: the good ones load with their
    hash, the bad ones are rejected with their reason."""
    import crimestats.official as official

    folder = tmp_path / "official"
    good = [_copy(rel, folder) for rel in STREET_RELS[:2]]
    street = _lines(STREET_REL, 50)
    ragged = street[:20] + [",2018-04,Northamptonshire Police\n"] + street[20:]
    (folder / "z" / "2018-04-ragged-street.csv").parent.mkdir()
    (folder / "z" / "2018-04-ragged-street.csv").write_text("".join(ragged), encoding="utf-8")
    unreadable = _copy(STREET_REL, folder, "z/2018-04-unreadable-street.csv")
    real_sha = official.sha256_of

    def sha(path: Path) -> str:
        if path == unreadable:
            raise PermissionError(13, "Permission denied")
        return real_sha(path)

    monkeypatch.setattr(official, "sha256_of", sha)
    db = tmp_path / "w.duckdb"
    summary = _ingest(db, folder)
    reasons = dict(summary.rejected)
    assert set(reasons) == {"z/2018-04-ragged-street.csv", "z/2018-04-unreadable-street.csv"}
    assert "wrong number of fields" in reasons["z/2018-04-ragged-street.csv"]
    assert reasons["z/2018-04-unreadable-street.csv"] == "cannot read the file: Permission denied"
    errors = {f: s for f, s in query(db, "select file, sha256 from raw.official_file_errors")}
    assert errors == {
        "z/2018-04-ragged-street.csv": real_sha(folder / "z" / "2018-04-ragged-street.csv"),
        "z/2018-04-unreadable-street.csv": None,
    }
    assert sorted(query(db, "select file, sha256, rows from raw.official_files")) == [
        (STREET_RELS[0], real_sha(good[0]), 6447),
        (STREET_RELS[1], real_sha(good[1]), 6370),
    ]
    assert dict(
        query(db, "select source_file, count(*) from raw.official_street_crimes group by 1")
    ) == {STREET_RELS[0]: 6447, STREET_RELS[1]: 6370}

    # readable again: loaded; the unchanged ragged file is not read again
    monkeypatch.setattr(official, "sha256_of", real_sha)
    again = _ingest(db, folder)
    assert again.new == ["z/2018-04-unreadable-street.csv"] and again.unchanged == 2
    assert [f for f, _ in again.rejected] == ["z/2018-04-ragged-street.csv"]
    assert query(
        db,
        "select rows from raw.official_files where file = ?",
        ["z/2018-04-unreadable-street.csv"],
    ) == [(6635,)]


def _seed(name: str) -> list[dict[str, str]]:
    with (DBT_SEEDS_DIR / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _distinct(column: str, path_glob: str) -> set[str]:
    """Distinct values of a column across CSV files (quote and escape as published)."""
    conn = duckdb.connect()
    try:
        sql = f"""select distinct "{column}" from read_csv(?, header = true, quote = '"', escape = '"')"""
        return {r[0] for r in conn.execute(sql, [path_glob]).fetchall() if r[0] is not None}
    finally:
        conn.close()


def test_mappings_cover_every_official_name_in_the_data() -> None:
    """Fails when the official data carry an offence name, crime type or force that no seed
    maps (add it to official_offence_map / police_uk_crime_type_map / official_area_map)."""
    offences = {r["offence"] for r in _seed("offence_hierarchy.csv")}
    ho_map = {r["official_offence"]: r for r in _seed("official_offence_map.csv")}
    type_map = {r["crime_type"]: r for r in _seed("police_uk_crime_type_map.csv")}
    area_map = {(r["source"], r["official_name"]): r for r in _seed("official_area_map.csv")}
    globs = [str(OFFICIAL / "data-police-uk" / "*" / "*-street.csv")]
    if ALL_FORCES_2018_04.is_dir():
        globs.append(str(ALL_FORCES_2018_04 / "*-street.csv"))
    ho_csv = str(OFFICIAL / HO_REL)

    ho_offences = _distinct("Offence", ho_csv)
    assert ho_offences and not ho_offences - set(ho_map), ho_offences - set(ho_map)
    pfas = _distinct("PFA", ho_csv)
    assert not {p for p in pfas if ("home_office_pfa", p) not in area_map}
    crime_types: set[str] = set()
    forces: set[str] = set()
    for g in globs:
        crime_types |= _distinct("Crime type", g)
        forces |= _distinct("Falls within", g)
    assert crime_types and not crime_types - set(type_map), crime_types - set(type_map)
    assert not {f for f in forces if ("police_uk_force", f) not in area_map}
    assert ("lsoa_prefix", "Northampton") in area_map
    assert area_map[("lsoa_prefix", "Northampton")]["area"] == "Northampton"
    assert area_map[("home_office_pfa", "Northamptonshire")]["area"] == "Northamptonshire"

    # every mapping points into the hierarchy, and says why when it is not one to one
    for m in [*ho_map.values(), *type_map.values()]:
        assert m["counts_in"] in offences, m
        assert not m["offence"] or m["offence"] in offences, m
        assert m["mapping"] in {"one_to_one", "approximate", "combined"}, m
        if m["mapping"] != "one_to_one":
            assert m["note"], m
        if m["mapping"] == "combined":
            assert not m["offence"] and all(s in offences for s in m["spans"].split("|")), m
    assert type_map["Violence and sexual offences"]["mapping"] == "combined"
    assert type_map["Anti-social behaviour"]["offence"] == "anti_social_behaviour"
    # mapped areas are the gazetteer's canonical names (or say why not)
    gazetteer = {r["name"] for r in _seed("area_names.csv")}
    for m in area_map.values():
        assert not m["area"] or m["area"] in gazetteer or m["note"], m


@pytest.mark.skipif(
    not ALL_FORCES_2018_04.is_dir(), reason="../shared 2018-04 all-forces set not present"
)
def test_all_forces_2018_04_loads_at_scale(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    started = time.perf_counter()
    summary = _ingest(db, ALL_FORCES_2018_04)
    elapsed = time.perf_counter() - started
    n = query(db, "select count(*) from raw.official_street_crimes")[0][0]
    assert n == 375454 and not summary.rejected and len(summary.new) == 41
    # stop-and-search files are not street crime: listed as ignored, not loaded
    assert len(summary.ignored) == 44
    assert n / elapsed > 50_000, f"{n / elapsed:,.0f} rows/s"
    again = time.perf_counter()
    assert _ingest(db, ALL_FORCES_2018_04).unchanged == 41
    assert time.perf_counter() - again < elapsed


def _verdict(s: Settings, area: str, start: str, offence: str, measure: str) -> tuple:
    rows = query(
        s.warehouse,
        """
        select news_value, official_value, verdict, reason
        from marts.claim_verification
        where area = ? and period_start = ?::date and offence = ? and measure = ?
        """,
        [area, start, offence, measure],
    )
    assert len(rows) == 1, (area, start, offence, measure, rows)
    return rows[0]


def test_seed_claims_verified_against_official_data(temp_settings: Settings) -> None:
    pytest.importorskip("crimestats.extraction.mentions")
    from orchestration.runner import refresh

    s = temp_settings
    copy_seed_documents(s.documents_dir)
    report = refresh(s, instance=DagsterInstance.ephemeral())
    assert report.ran and report.success, report
    assert not report.checks_failed, report.checks_failed
    # vehicle crime differs: the check warns
    assert any(n.endswith(":news_figures_agree_with_official") for n in report.checks_warned), (
        report
    )

    news, official, verdict, reason = _verdict(
        s, "Northamptonshire", "2012-04-01", "total_recorded_crime", "count"
    )
    assert (news, official, verdict) == (46983, 46983, "matches")
    news, official, verdict, reason = _verdict(
        s, "Northamptonshire", "2012-04-01", "total_recorded_crime", "previous_count"
    )
    assert (news, official, verdict) == (49576, 49571, "revised"), reason
    news, official, verdict, reason = _verdict(
        s, "Northamptonshire", "2012-04-01", "drug_offences", "change_pct"
    )
    assert news == -8.1 and round(official, 1) == -8.1 and verdict == "matches", reason
    news, official, verdict, reason = _verdict(
        s, "Northamptonshire", "2012-04-01", "vehicle_offences", "change_pct"
    )
    assert news == 10.8 and round(official, 2) == 8.77 and verdict == "differs", reason
    assert "10.8" in reason and "8.77" in reason and "5117" in reason and "5566" in reason

    district = query(
        s.warehouse,
        """
        select offence, measure, verdict, reason from marts.claim_verification
        where area = 'Northampton' and period_start = date '2017-07-01' and period_end = date '2018-06-30'
        """,
    )
    assert district and all(v == "no official figure" for _, _, v, _ in district), district
    assert all("no official figure at that area level" in r for *_, r in district)
    assert any(o == "total_recorded_crime" and m == "count" for o, m, _, _ in district)

    # the official facts are in the fact table with their provenance and derivations
    fact = query(
        s.warehouse,
        """
        select count, previous_count, derived_measures, derivation, official_source
        from marts.fct_offence_statistics
        where source = 'official' and area = 'Northamptonshire' and offence = 'total_recorded_crime'
          and period_start = date '2012-04-01' and period_end = date '2013-03-31'
        """,
    )
    assert fact and fact[0][:2] == (46983, 49571)
    assert "change_pct" in fact[0][2] and "fraud (678)" in fact[0][3]
    assert fact[0][4] == "Home Office rec-crime-pfa.csv (12 months ending 2013-03-31)"
    # the chart was drawn
    assert list(
        (s.warehouse.parent / "charts").glob(
            "news-vs-official_northamptonshire_2012-04_2013-03.png"
        )
    )
