"""Ingestion and extraction assets: documents folder -> raw.documents / raw.document_errors
-> raw.statistic_mentions. Both are incremental by content hash (see README)."""

from dagster import (
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    MaterializeResult,
    asset,
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from crimestats.locking import warehouse_lock
from crimestats.warehouse import extract_mentions_incremental, ingest_documents
from orchestration.resources import CrimeStatsConfig

DOCUMENTS = AssetKey(["raw", "documents"])
DOCUMENT_ERRORS = AssetKey(["raw", "document_errors"])
MENTIONS = AssetKey(["raw", "statistic_mentions"])


@multi_asset(
    specs=[
        AssetSpec(
            DOCUMENTS,
            description="One row per ingested source document (text, sha256, decoding).",
            group_name="ingestion",
            kinds={"python", "duckdb"},
        ),
        AssetSpec(
            DOCUMENT_ERRORS,
            description="One row per file that could not be ingested, with the reason.",
            group_name="ingestion",
            kinds={"python", "duckdb"},
        ),
    ],
    name="ingest_documents",
)
def ingest_documents_asset(
    context: AssetExecutionContext, crime_config: CrimeStatsConfig, duckdb: DuckDBResource
):
    """Scan CRIME_DOCUMENTS_DIR; read new or changed files, drop removed ones."""
    s = crime_config.settings()
    with warehouse_lock(s.lock_path), duckdb.get_connection() as conn:
        summary = ingest_documents(conn, s.documents_dir, s.official_dir, s.max_document_bytes)
        n_docs = conn.execute("select count(*) from raw.documents").fetchone()[0]
        n_err = conn.execute("select count(*) from raw.document_errors").fetchone()[0]
        errors = conn.execute(
            "select file_name, reason from raw.document_errors order by file_name limit 50"
        ).fetchall()
    context.log.info(
        f"{summary.files_seen} files seen: {len(summary.new)} new, {len(summary.changed)} changed, "
        f"{len(summary.removed)} removed, {summary.unchanged} unchanged, {n_err} rejected"
    )
    for name, reason in summary.rejected:
        context.log.warning(f"rejected {name!r}: {reason}")
    err_md = "\n".join(f"| `{n}` | {r} |" for n, r in errors)
    yield MaterializeResult(
        asset_key=DOCUMENTS,
        metadata={
            "dagster/row_count": int(n_docs),
            "files_seen": summary.files_seen,
            "new": len(summary.new),
            "changed": len(summary.changed),
            "removed": len(summary.removed),
            "unchanged": summary.unchanged,
            "documents_dir": str(s.documents_dir),
        },
    )
    yield MaterializeResult(
        asset_key=DOCUMENT_ERRORS,
        metadata={
            "dagster/row_count": int(n_err),
            "errors": _md(
                f"| file | reason |\n|---|---|\n{err_md}" if errors else "No rejected files."
            ),
        },
    )


@asset(
    key=MENTIONS,
    deps=[DOCUMENTS],
    group_name="ingestion",
    kinds={"python", "duckdb"},
    description=(
        "Every statement of a crime statistic read out of the documents by the deterministic "
        "extractor (crimestats.extraction), with its sentence and character offsets."
    ),
)
def statistic_mentions(
    context: AssetExecutionContext, crime_config: CrimeStatsConfig, duckdb: DuckDBResource
) -> MaterializeResult:
    s = crime_config.settings()
    with warehouse_lock(s.lock_path), duckdb.get_connection() as conn:
        summary = extract_mentions_incremental(conn)
        per_offence = conn.execute(
            "select offence, count(*) from raw.statistic_mentions group by 1 order by 2 desc, 1"
        ).fetchall()
    context.log.info(
        f"extracted {summary.extracted_documents} documents ({summary.mentions_added} mentions), "
        f"skipped {summary.skipped_documents} unchanged, dropped {summary.removed_documents} removed"
    )
    table = "\n".join(f"| {o} | {n} |" for o, n in per_offence)
    return MaterializeResult(
        metadata={
            "dagster/row_count": summary.mentions_total,
            "documents_extracted": summary.extracted_documents,
            "documents_skipped_unchanged": summary.skipped_documents,
            "mentions_added": summary.mentions_added,
            "by_offence": _md(f"| offence | mentions |\n|---|---|\n{table}"),
        }
    )


def _md(text: str):
    from dagster import MetadataValue

    return MetadataValue.md(text)
