-- Derived values for news statistics, each marked with how it was derived. A stated value
-- always wins over a derived one.
--   * previous_count = count - change_abs   ("rose by 20 to 251" gives 231)
--   * change_abs     = count - previous_count
--   * the comparison period as a row of its own: a statistic over a period of at most 12
--     months with a (stated or derived) previous_count gives the same offence and area over
--     the immediately preceding period of the same length, with count = previous_count
--     (Northampton drug offences July 2016 - June 2017: 530, from the 2018 article).
--
-- Incremental by statistic (macros/incremental.sql): a refresh rebuilds the rows whose
-- statistic, or the statistic their comparison period comes from, changed.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ drop_changed_statistics(derived_statistic_signatures(), statistic_key()) }}"
) }}
with stated as (
    select * from {{ ref('int_news_statistics') }}
    where period_start is not null and period_end is not null
),

filled as (
    select
        *,
        coalesce(previous_count, count - change_abs) as previous_count_filled,
        case
            when previous_count is null and count is not null and change_abs is not null
                then 'previous_count = count - change_abs (' || count::varchar || ' - ('
                    || change_abs::varchar || '))'
        end as previous_count_derivation,
        coalesce(change_abs, count - previous_count) as change_abs_filled,
        case
            when change_abs is null and count is not null and previous_count is not null
                then 'change_abs = count - previous_count (' || count::varchar || ' - '
                    || previous_count::varchar || ')'
        end as change_abs_derivation
    from stated
),

comparison as (
    select
        area,
        {{ comparison_period_start() }} as period_start,
        {{ comparison_period_end() }} as period_end,
        offence,
        previous_count_filled as count,
        'count of the comparison period, from the previous_count of '
        || offence || ' in ' || area || ' for ' || strftime(period_start, '%Y-%m') || ' to '
        || strftime(period_end, '%Y-%m')
        || coalesce(' (itself derived: ' || previous_count_derivation || ')', ' as stated')
        || ' in ' || array_to_string(document_ids, ', ') as count_derivation,
        document_ids,
        evidence,
        input_signature
    from filled
    where {{ gives_comparison_period() }}
),

derived as (
    select
        {{ either_statistic_key('s', 'c') }},
        coalesce(s.count, c.count) as count,
        s.previous_count_filled as previous_count,
        s.change_pct,
        s.change_abs_filled as change_abs,
        s.rate_per_1000,
        s.direction,
        s.count_low,
        s.count_high,
        s.previous_count_low,
        s.previous_count_high,
        s.change_pct_low,
        s.change_pct_high,
        s.change_abs_low,
        s.change_abs_high,
        list_filter(
            [
                case when s.count is null and c.count is not null then 'count' end,
                case when s.previous_count_derivation is not null then 'previous_count' end,
                case when s.change_abs_derivation is not null then 'change_abs' end
            ],
            lambda x: x is not null
        ) as derived_measures,
        nullif(
            concat_ws(
                '; ',
                case when s.count is null then c.count_derivation end,
                s.previous_count_derivation,
                s.change_abs_derivation
            ),
            ''
        ) as derivation,
        s.area is null as is_derived,
        coalesce(s.has_disagreement_between_documents, false) as has_conflict,
        coalesce(s.has_conflict_within_document, false) as has_conflict_within_document,
        s.disagreements,
        coalesce(s.document_ids, c.document_ids) as document_ids,
        coalesce(s.evidence, c.evidence) as evidence,
        s.mention_ids,
        -- the documents behind both the statistic and the one its comparison period comes from
        {{ derived_signature('s', 'c') }} as input_signature
    from filled as s
    full outer join comparison as c
        on {{ same_statistic('s', 'c') }}
)

select * from derived as d
{{ only_statistics_not_in_this('d', statistic_key()) }}
