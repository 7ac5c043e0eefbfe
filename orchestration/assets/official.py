"""Official data as a second source: ingestion of the official files into raw.official_*,
the check that news figures agree with official data (its chart: orchestration/assets/reports.py).

Contains public sector information licensed under the Open Government Licence v3.0
(data.police.uk / Home Office)."""

import duckdb as duckdb_lib
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    MaterializeResult,
    MetadataValue,
    asset_check,
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from crimestats.locking import warehouse_lock
from crimestats.official import ingest_official
from orchestration.resources import CrimeStatsConfig

HOME_OFFICE_PFA = AssetKey(["raw", "official_home_office_pfa"])
STREET_CRIMES = AssetKey(["raw", "official_street_crimes"])
OFFICIAL_FILES = AssetKey(["raw", "official_files"])
OFFICIAL_FILE_ERRORS = AssetKey(["raw", "official_file_errors"])
CLAIM_VERIFICATION = AssetKey(["marts", "claim_verification"])


def _spec(key: AssetKey, description: str) -> AssetSpec:
    return AssetSpec(
        key, description=description, group_name="ingestion", kinds={"python", "duckdb"}
    )


@multi_asset(
    specs=[
        _spec(
            HOME_OFFICE_PFA,
            "Home Office police recorded crime by police force area, rolling 12-month totals "
            "(rec-crime-pfa.csv), one row per published row.",
        ),
        _spec(
            STREET_CRIMES, "data.police.uk street-level crime, one row per crime or ASB incident."
        ),
        _spec(OFFICIAL_FILES, "One row per loaded official file (file, sha256, kind, rows)."),
        _spec(OFFICIAL_FILE_ERRORS, "One row per official file rejected whole, with the reason."),
    ],
    name="ingest_official",
)
def ingest_official_asset(
    context: AssetExecutionContext, crime_config: CrimeStatsConfig, duckdb: DuckDBResource
):
    """Load the official folder (CRIME_OFFICIAL_DIR): new or changed files replace their
    rows, removed files' rows go, unchanged files are not read; a malformed file is rejected
    whole with its reason while the others load."""
    s = crime_config.settings()
    with warehouse_lock(s.lock_path), duckdb.get_connection() as conn:
        summary = ingest_official(conn, s.official_dir)
        n_ho = conn.execute("select count(*) from raw.official_home_office_pfa").fetchone()[0]
        n_street = conn.execute("select count(*) from raw.official_street_crimes").fetchone()[0]
        files = conn.execute(
            "select file, kind, rows, sha256 from raw.official_files order by file"
        ).fetchall()
        errors = conn.execute(
            "select file, reason from raw.official_file_errors order by file"
        ).fetchall()
    context.log.info(
        f"{summary.files_seen} official files: {len(summary.new)} new, {len(summary.changed)} "
        f"changed, {len(summary.removed)} removed, {summary.unchanged} unchanged, "
        f"{len(errors)} rejected, {len(summary.ignored)} ignored; {summary.rows_loaded} rows loaded"
    )
    for name, reason in summary.rejected:
        context.log.warning(f"rejected official file {name!r}: {reason}")
    files_md = "\n".join(f"| `{f}` | {k} | {n:,} | `{h[:12]}` |" for f, k, n, h in files)
    err_md = "\n".join(f"| `{f}` | {r} |" for f, r in errors)
    yield MaterializeResult(
        asset_key=HOME_OFFICE_PFA,
        metadata={"dagster/row_count": int(n_ho), "official_dir": str(s.official_dir)},
    )
    yield MaterializeResult(asset_key=STREET_CRIMES, metadata={"dagster/row_count": int(n_street)})
    yield MaterializeResult(
        asset_key=OFFICIAL_FILES,
        metadata={
            "dagster/row_count": len(files),
            "new": len(summary.new),
            "changed": len(summary.changed),
            "removed": len(summary.removed),
            "unchanged": summary.unchanged,
            "ignored": MetadataValue.json(summary.ignored),
            "files": MetadataValue.md(
                f"| file | kind | rows | sha256 |\n|---|---|---:|---|\n{files_md}"
                if files
                else "No files."
            ),
        },
    )
    yield MaterializeResult(
        asset_key=OFFICIAL_FILE_ERRORS,
        metadata={
            "dagster/row_count": len(errors),
            "errors": MetadataValue.md(
                f"| file | reason |\n|---|---|\n{err_md}" if errors else "No rejected files."
            ),
        },
    )


def _ro(crime_config: CrimeStatsConfig) -> duckdb_lib.DuckDBPyConnection:
    return duckdb_lib.connect(str(crime_config.settings().build_path), read_only=True)


def _md_table(rows: list[tuple], header: list[str]) -> MetadataValue:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        lines.append(
            "| " + " | ".join(str(v).replace("|", "/").replace("\n", " ") for v in r) + " |"
        )
    return MetadataValue.md("\n".join(lines))


@asset_check(
    asset=CLAIM_VERIFICATION,
    description="News figures agree with official data (WARN lists those that differ).",
)
def news_figures_agree_with_official(
    context: AssetCheckExecutionContext, crime_config: CrimeStatsConfig
) -> AssetCheckResult:
    with _ro(crime_config) as conn:
        counts = dict(
            conn.execute(
                "select verdict, count(*) from marts.claim_verification group by 1"
            ).fetchall()
        )
        differing = conn.execute(
            """
            select area, strftime(period_start, '%Y-%m') || ' to ' || strftime(period_end, '%Y-%m'),
                   offence, measure, news_value, round(official_value, 2), reason,
                   array_to_string(document_ids, ', ')
            from marts.claim_verification
            where verdict = 'differs'
            order by area, period_start, offence, measure
            """
        ).fetchall()
    return AssetCheckResult(
        passed=not differing,
        severity=AssetCheckSeverity.WARN,
        metadata={
            "matches": counts.get("matches", 0),
            "revised": counts.get("revised", 0),
            "differs": counts.get("differs", 0),
            "no_official_figure": counts.get("no official figure", 0),
            "differing_figures": _md_table(
                differing,
                ["area", "period", "offence", "measure", "news", "official", "why", "documents"],
            ),
        },
    )


@asset_check(
    asset=OFFICIAL_FILE_ERRORS,
    description="Every official file loaded (WARN lists the rejected ones with their reasons).",
)
def official_files_all_loaded(
    context: AssetCheckExecutionContext, crime_config: CrimeStatsConfig
) -> AssetCheckResult:
    with _ro(crime_config) as conn:
        errors = conn.execute(
            "select file, reason from raw.official_file_errors order by file"
        ).fetchall()
        loaded = conn.execute("select count(*) from raw.official_files").fetchone()[0]
    return AssetCheckResult(
        passed=not errors,
        severity=AssetCheckSeverity.WARN,
        metadata={
            "files_loaded": int(loaded),
            "files_rejected": len(errors),
            "rejected": _md_table(errors, ["file", "reason"]),
        },
    )


OFFICIAL_ASSETS = [ingest_official_asset]
OFFICIAL_CHECKS = [news_figures_agree_with_official, official_files_all_loaded]
