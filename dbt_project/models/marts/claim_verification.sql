-- Every news statistic checked against official data. Grain: one row per stated news
-- measure (count, previous_count, change_pct, change_abs) of a statistic (area, period,
-- offence); values the warehouse derived are not claims and are not checked.
-- The official counterpart is the int_official_statistics row of the same area (official
-- names are mapped to the news' canonical names by seed official_area_map), the same period
-- and the same offence, where the offence may be an aggregate built by following
-- offence_hierarchy (official_definition says how, e.g. total_recorded_crime including
-- police-recorded fraud where the Home Office table has it).
-- Verdicts:
--   matches            the official value lies within the news figure's rounding, i.e. in
--                      [news_low, news_high] ("8.1 per cent" allows [8.05, 8.15]; "46,983"
--                      allows exactly 46,983);
--   revised            outside the rounding but within what later revisions of the counts
--                      explain: counts (count, previous_count, change_abs) within
--                      {{ var('revision_count_tolerance', 0.005) * 100 }}% of the official
--                      count, percent changes within {{ var('revision_pct_points', 0.5) }}
--                      percentage points of the news interval;
--   differs            beyond that;
--   no official figure no official value at that area level, for that period or offence,
--                      with the reason.
--
-- Incremental by statistic (macros/incremental.sql): a refresh checks again the claims of
-- the statistics whose documents changed. (Official data change only with a rebuild from
-- scratch.)
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ drop_changed_statistics(claim_signatures(), statistic_key()) }}"
) }}
{% set checked = ['count', 'previous_count', 'change_pct', 'change_abs'] %}
{% set count_tol = var('revision_count_tolerance', 0.005) %}
{% set pct_points = var('revision_pct_points', 0.5) %}
with news as (
    select * from {{ ref('int_news_statistics_derived') }} as d
    where not is_derived and {{ statistic_not_in_this('d', statistic_key()) }}
),

undated as (
    select * from {{ ref('int_news_statistics') }} as n
    where (period_start is null or period_end is null)
        and {{ statistic_not_in_this('n', statistic_key()) }}
),

claims as (
    {% for m in checked %}
    select
        area, period_start, period_end, offence,
        '{{ m }}' as measure,
        {{ m }} as news_value,
        {{ m }}_low as news_low,
        {{ m }}_high as news_high,
        document_ids,
        list_transform(evidence, lambda e: e.sentence) as evidence_sentences,
        input_signature
    from news
    where {{ m }} is not null and not list_contains(derived_measures, '{{ m }}')
    union all
    select
        area, period_start, period_end, offence,
        '{{ m }}',
        {{ m }},
        {{ m }}_low,
        {{ m }}_high,
        document_ids,
        list_transform(evidence, lambda e: e.sentence),
        input_signature
    from undated
    where {{ m }} is not null
    {% if not loop.last %}union all{% endif %}
    {% endfor %}
),

official as (
    select * from {{ ref('int_official_statistics') }}
),

-- What official data exist for each area: its level, the 12-month periods of the Home
-- Office table and the months of the street-level files.
coverage as (
    select
        area,
        any_value(area_level) as area_level,
        min(period_end) filter (where official_dataset = 'home_office_pfa') as first_12m_end,
        max(period_end) filter (where official_dataset = 'home_office_pfa') as last_12m_end,
        list(distinct strftime(period_start, '%Y-%m') order by strftime(period_start, '%Y-%m'))
            filter (where official_dataset = 'police_uk_street') as street_months
    from official
    group by area
),

periods as (
    select area, period_start, period_end, string_agg(distinct official_dataset, ', ' order by official_dataset) as datasets
    from official
    group by all
),

area_types as (
    select area, area_type from {{ ref('dim_area') }}
),

hierarchy as (
    select offence, parent_offence, has_children from {{ ref('dim_offence') }}
),

joined as (
    select
        c.*,
        {{ period_months('c.period_start', 'c.period_end') }} as news_months,
        o.count as official_count,
        o.previous_count as official_previous_count,
        o.official_source,
        o.derivation as official_definition,
        o.official_dataset,
        case c.measure
            {% for m in checked %}
            when '{{ m }}' then o.{{ m }}
            {% endfor %}
        end as official_value,
        o.area is not null as has_official_row,
        p.area is not null as area_period_covered,
        p.datasets as period_datasets,
        cov.area is not null as area_covered,
        cov.area_level as official_area_level,
        cov.first_12m_end,
        cov.last_12m_end,
        cov.street_months,
        coalesce(cov.area_level, t.area_type, 'unknown') as area_level,
        h.parent_offence is null and not coalesce(h.has_children, false) as offence_is_standalone
    from claims as c
    left join official as o
        on o.area = c.area
        and o.period_start = c.period_start
        and o.period_end = c.period_end
        and o.offence = c.offence
    left join periods as p
        on p.area = c.area and p.period_start = c.period_start and p.period_end = c.period_end
    left join coverage as cov on cov.area = c.area
    left join area_types as t on t.area = c.area
    left join hierarchy as h on h.offence = c.offence
),

judged as (
    select
        *,
        news_value - official_value as difference,
        -- distance from the official value to the interval the news wording allows
        greatest(news_low - official_value, official_value - news_high, 0) as gap,
        case
            when official_value is null then 'no official figure'
            when official_value between news_low - 1e-9 and news_high + 1e-9 then 'matches'
            when measure in ('count', 'previous_count')
                and greatest(news_low - official_value, official_value - news_high, 0)
                <= {{ count_tol }} * abs(official_value) then 'revised'
            when measure = 'change_abs'
                and greatest(news_low - official_value, official_value - news_high, 0)
                <= {{ count_tol }} * abs(official_count) then 'revised'
            when measure = 'change_pct'
                and greatest(news_low - official_value, official_value - news_high, 0)
                <= {{ pct_points }} then 'revised'
            else 'differs'
        end as verdict,
        case
            when period_start is null then 'the article does not say which period'
            else strftime(period_start, '%Y-%m') || ' to ' || strftime(period_end, '%Y-%m')
        end as period_label
    from joined
),

explained as (
    select
        *,
        case
            when verdict = 'matches' then
                'official ' || {{ fmt('official_value') }} || ' is within the news figure''s rounding ['
                || {{ fmt('news_low') }} || ', ' || {{ fmt('news_high') }} || ']'
            when verdict in ('revised', 'differs') then
                'official ' || {{ fmt('official_value') }} || ' vs news ' || {{ fmt('news_value') }}
                || ' (allows [' || {{ fmt('news_low') }} || ', ' || {{ fmt('news_high') }} || '])'
                || case
                    when measure = 'change_pct'
                        then ': ' || {{ fmt('gap') }} || ' percentage points outside the rounding'
                        || ' (official change from ' || {{ fmt('official_previous_count') }} || ' to '
                        || {{ fmt('official_count') }} || ')'
                    else ': ' || {{ fmt('gap') }} || ' outside the rounding ('
                        || {{ fmt('100 * gap / nullif(abs(case when measure = \'change_abs\' then official_count else official_value end), 0)') }}
                        || '% of the official count)'
                end
                || case
                    when verdict = 'revised' then ', within the tolerance for later revisions ('
                        || case
                            when measure = 'change_pct' then '{{ pct_points }} percentage points'
                            else '{{ count_tol * 100 }}% of the count'
                        end || ')'
                    else ', beyond rounding and the tolerance for later revisions ('
                        || case
                            when measure = 'change_pct' then '{{ pct_points }} percentage points'
                            else '{{ count_tol * 100 }}% of the count'
                        end || ')'
                end
            when period_start is null then 'period not stated: the article does not say which period'
            when not area_covered and area_level in ('nation', 'region') then
                'no official figure at that area level: the official data hold police force areas '
                || '(Home Office table) and districts by month (data.police.uk street files); '
                || area || ' is a ' || area_level
            when not area_covered and area_level = 'police_force_area' then
                'no official data for this police force area are loaded'
            when not area_covered then
                'no official figure at that area level: the Home Office table gives police force '
                || 'areas only, and no street-level file covering ' || area || ' (a ' || area_level
                || ') is loaded'
            when not area_period_covered and first_12m_end is null then
                'no official figure at that area level for ' || period_label || ' in the shipped data: '
                || area || ' is a ' || official_area_level
                || '; the Home Office table gives 12-month totals for police force areas only, and the '
                || 'data.police.uk street-level files give ' || area || ' by month only, for '
                || array_to_string(street_months, ', ')
            when not area_period_covered then
                'period not covered: official figures for ' || area || ' are 12-month totals ending '
                || strftime(first_12m_end, '%Y-%m') || ' to ' || strftime(last_12m_end, '%Y-%m')
                || ' (each March to 2007, then each quarter)'
                || coalesce(' and single months ' || nullif(array_to_string(street_months, ', '), ''), '')
                || '; ' || period_label || ' (' || news_months::varchar || ' months) is not one of them'
            when not has_official_row and offence_is_standalone then
                'offence not in the official data: ' || offence || ' is not an ONS offence group '
                || 'and offence_hierarchy does not define it as a sum of groups the official data give'
            when not has_official_row then
                'offence not in the official data for this area and period: ' || offence
                || ' cannot be built from the categories of the official data ('
                || period_datasets || '; see official_offence_map / police_uk_crime_type_map)'
            when measure = 'change_pct' and official_previous_count = 0 then
                'no official percent change: the official count for the comparison period is 0'
            else
                'no official figure for the comparison period (the official data do not go back '
                || 'a further year for ' || area || ')'
        end as reason
    from judged
)

select
    area || ' | ' || coalesce(period_label, '?') || ' | ' || offence || ' | ' || measure
        as verification_id,
    area,
    area_level,
    period_start,
    period_end,
    offence,
    measure,
    news_value,
    news_low,
    news_high,
    official_value,
    difference,
    verdict,
    reason,
    official_count,
    official_previous_count,
    official_definition,
    official_source,
    document_ids,
    evidence_sentences,
    input_signature
from explained
