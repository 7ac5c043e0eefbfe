-- Grain: one row per (area, period, offence, source). source = 'news' rows come from the
-- articles (reconciled across documents, with derived values marked); source = 'official'
-- rows come from official data (see int_official_statistics).
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
        null::varchar as official_source
    from {{ ref('int_news_statistics_derived') }}
)

select * from news
union all by name
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
    official_source
from {{ ref('int_official_statistics') }}
