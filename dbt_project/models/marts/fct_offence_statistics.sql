-- Grain: one row per (area, period, offence, source). source = 'news' rows come from the
-- articles (reconciled across documents, with derived values marked); source = 'official'
-- rows come from official data (see int_official_statistics).
--
-- Incremental by statistic (macros/incremental.sql): a refresh rebuilds only the news rows
-- whose documents changed; official rows change only with official data, which rebuilds
-- everything from scratch.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ drop_changed_statistics(fact_signatures(), statistic_key() + ['source']) }}"
) }}
with news as (
    select
        area,
        period_start,
        period_end,
        offence,
        'news' as source,
        count,
        previous_count,
        change_pct,
        change_abs,
        rate_per_1000,
        direction,
        is_derived,
        derived_measures,
        derivation,
        has_conflict,
        document_ids,
        list_transform(evidence, lambda e: e.sentence) as evidence_sentences,
        evidence,
        null::varchar as official_source,
        input_signature
    from {{ ref('int_news_statistics_derived') }}
),

official as (
    select
        area,
        period_start,
        period_end,
        offence,
        'official' as source,
        count,
        previous_count,
        change_pct,
        change_abs,
        null::double as rate_per_1000,
        null::varchar as direction,
        false as is_derived,
        derived_measures,
        derivation,
        false as has_conflict,
        []::varchar[] as document_ids,
        []::varchar[] as evidence_sentences,
        null as evidence,
        official_source,
        null::varchar as input_signature
    from {{ ref('int_official_statistics') }}
),

facts as (
    select * from news
    union all by name
    select * from official
)

select * from facts as f
{{ only_statistics_not_in_this('f', statistic_key() + ['source']) }}
