-- Incremental, per document: a refresh adds the statements of new and changed documents
-- (and of every document when the extractor changed) and drops those of removed ones,
-- instead of copying every statement again. A document's statements are identified by
-- (document_id, document_sha256, extractor_version): when any of them differs from the
-- rows already here, the document's rows are replaced (delete+insert on document_id); the
-- post-hook removes documents that have left raw.statistic_mentions. A change to the dbt
-- project rebuilds it from scratch (orchestration/assets/dbt.py runs --full-refresh).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ drop_documents_not_in(source('raw', 'statistic_mentions')) }}"
) }}
select
    document_id || '#' || lpad(mention_index::varchar, 4, '0') as mention_id,
    document_id,
    document_sha256,
    mention_index,
    area,
    period_start,
    period_end,
    offence,
    offence_phrase,
    count,
    count_low,
    count_high,
    count_unit,
    previous_count,
    previous_count_low,
    previous_count_high,
    previous_count_unit,
    change_pct,
    change_pct_low,
    change_pct_high,
    change_pct_unit,
    change_abs,
    change_abs_low,
    change_abs_high,
    change_abs_unit,
    rate_per_1000,
    rate_per_1000_low,
    rate_per_1000_high,
    rate_per_1000_unit,
    direction,
    sentence,
    char_start,
    char_end,
    extractor_version
from {{ source('raw', 'statistic_mentions') }} as m
{{ only_new_document_versions('m') }}
