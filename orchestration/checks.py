"""Data-quality checks written in Python (dbt tests appear as checks too).

Structural failures are ERROR and block downstream assets; a wrong figure in an article is
a finding, reported as a WARN with the offending claims in the check's metadata."""

import duckdb as duckdb_lib
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetKey,
    MetadataValue,
    asset_check,
)

from orchestration.assets.documents import DOCUMENTS, MENTIONS
from orchestration.resources import CrimeStatsConfig

FCT = AssetKey(["marts", "fct_offence_statistics"])
CLAIMS = AssetKey(["marts", "claim_checks"])


def _ro(crime_config: CrimeStatsConfig) -> duckdb_lib.DuckDBPyConnection:
    return duckdb_lib.connect(str(crime_config.settings().build_path), read_only=True)


def _table(rows: list[tuple], header: list[str]) -> MetadataValue:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        lines.append(
            "| " + " | ".join(str(v).replace("|", "/").replace("\n", " ") for v in r) + " |"
        )
    return MetadataValue.md("\n".join(lines))


@asset_check(asset=DOCUMENTS, blocking=True, description="documents + document_errors = files seen")
def every_file_accounted_for(
    context: AssetCheckExecutionContext, crime_config: CrimeStatsConfig
) -> AssetCheckResult:
    with _ro(crime_config) as conn:
        seen, docs, errs = conn.execute(
            """
            select (select count(*) from raw.document_scan),
                   (select count(*) from raw.documents),
                   (select count(*) from raw.document_errors)
            """
        ).fetchone()
        missing = conn.execute(
            """
            select file_name from raw.document_scan s
            where not exists (select 1 from raw.documents d where d.file_name = s.file_name)
              and not exists (select 1 from raw.document_errors e where e.file_name = s.file_name)
            order by 1 limit 20
            """
        ).fetchall()
    ok = seen == docs + errs and not missing
    return AssetCheckResult(
        passed=ok,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "files_seen": seen,
            "documents": docs,
            "document_errors": errs,
            "unaccounted": MetadataValue.json([m[0] for m in missing]),
        },
    )


@asset_check(asset=MENTIONS, blocking=True, description="every evidence span slices its document")
def evidence_spans_slice_documents(
    context: AssetCheckExecutionContext, crime_config: CrimeStatsConfig
) -> AssetCheckResult:
    with _ro(crime_config) as conn:
        total, bad = conn.execute(
            """
            select count(*),
                   count(*) filter (where d.document_id is null
                       or substring(d.text, m.char_start + 1, m.char_end - m.char_start) <> m.sentence)
            from raw.statistic_mentions m
            left join raw.documents d on d.document_id = m.document_id
            """
        ).fetchone()
        examples = conn.execute(
            """
            select m.document_id, m.char_start, m.char_end, left(m.sentence, 60)
            from raw.statistic_mentions m
            left join raw.documents d on d.document_id = m.document_id
            where d.document_id is null
               or substring(d.text, m.char_start + 1, m.char_end - m.char_start) <> m.sentence
            limit 10
            """
        ).fetchall()
    return AssetCheckResult(
        passed=bad == 0,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "mentions": total,
            "bad_spans": bad,
            "examples": _table(examples, ["document", "start", "end", "sentence"]),
        },
    )


@asset_check(asset=FCT, blocking=True, description="no figure without provenance; unique grain")
def facts_have_provenance_and_unique_grain(
    context: AssetCheckExecutionContext, crime_config: CrimeStatsConfig
) -> AssetCheckResult:
    with _ro(crime_config) as conn:
        orphan = conn.execute(
            """
            select area, period_start, period_end, offence, source
            from marts.fct_offence_statistics
            where (source = 'news' and (document_ids is null or len(document_ids) = 0
                                        or len(evidence_sentences) = 0))
               or (source = 'official' and official_source is null)
               or (is_derived and derivation is null)
            limit 20
            """
        ).fetchall()
        dupes = conn.execute(
            """
            select area, period_start, period_end, offence, source, count(*)
            from marts.fct_offence_statistics
            group by all having count(*) > 1 limit 20
            """
        ).fetchall()
    return AssetCheckResult(
        passed=not orphan and not dupes,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "rows_without_provenance": _table(
                orphan, ["area", "start", "end", "offence", "source"]
            ),
            "duplicate_grain": _table(dupes, ["area", "start", "end", "offence", "source", "n"]),
        },
    )


@asset_check(asset=CLAIMS, description="reported changes agree with the counts they relate to")
def reported_changes_add_up(
    context: AssetCheckExecutionContext, crime_config: CrimeStatsConfig
) -> AssetCheckResult:
    with _ro(crime_config) as conn:
        counts = dict(
            conn.execute("select status, count(*) from marts.claim_checks group by 1").fetchall()
        )
        bad = conn.execute(
            """
            select document_id, area, offence, measure, stated_value, computed_value, sentence
            from marts.claim_checks where status = 'inconsistent'
            order by document_id, claim_id
            """
        ).fetchall()
    return AssetCheckResult(
        passed=not bad,
        severity=AssetCheckSeverity.WARN,
        metadata={
            "consistent": counts.get("consistent", 0),
            "inconsistent": counts.get("inconsistent", 0),
            "not_checkable": counts.get("not checkable", 0),
            "inconsistent_claims": _table(
                bad, ["document", "area", "offence", "measure", "stated", "computed", "sentence"]
            ),
        },
    )


CHECKS = [
    every_file_accounted_for,
    evidence_spans_slice_documents,
    facts_have_provenance_and_unique_grain,
    reported_changes_add_up,
]
