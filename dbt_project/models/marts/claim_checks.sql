-- Every reported change (each statement of a percent or absolute change) checked against
-- the counts it relates to, rounding-aware: a stated value holds when the computed value
-- lies in the interval its wording allows ("17%" holds for [16.5, 17.5]; "almost a fifth"
-- for values just below 20%). The counts are the document's own statement of this
-- statistic (count and previous_count), or else another news statement of the same area,
-- offence and period (and of the comparison period for the previous count).
with mentions as (
    select * from {{ ref('stg_statistic_mentions') }}
),

doc_stats as (
    select s.*, unnest(s.mention_ids) as mention_id
    from {{ ref('int_document_statistics') }} as s
),

news as (
    select * from {{ ref('int_news_statistics') }}
),

claims as (
    select
        m.mention_id,
        m.document_id,
        m.sentence,
        m.char_start,
        m.char_end,
        d.area,
        d.period_start,
        d.period_end,
        d.offence,
        c.measure,
        c.stated_value,
        c.stated_low,
        c.stated_high,
        d.count as doc_count,
        d.previous_count as doc_previous_count
    from mentions as m
    inner join doc_stats as d on m.mention_id = d.mention_id
    cross join lateral (
        select 'change_pct' as measure, m.change_pct as stated_value,
            m.change_pct_low as stated_low, m.change_pct_high as stated_high
        union all
        select 'change_abs', m.change_abs, m.change_abs_low, m.change_abs_high
    ) as c
    where c.stated_value is not null
),

with_figures as (
    select
        c.*,
        coalesce(c.doc_count, n.count) as checked_count,
        case
            when c.doc_count is not null then 'stated in the same document'
            when n.count is not null then 'stated in ' || n.count_document_id
        end as count_from,
        coalesce(c.doc_previous_count, p.count) as checked_previous_count,
        case
            when c.doc_previous_count is not null then 'stated in the same document'
            when p.count is not null
                then 'count of the comparison period stated in ' || p.count_document_id
        end as previous_count_from
    from claims as c
    left join news as n
        on c.area = n.area
        and c.period_start = n.period_start
        and c.period_end = n.period_end
        and c.offence = n.offence
    left join news as p
        on c.area = p.area
        and c.offence = p.offence
        and p.period_end = (c.period_start - interval 1 day)::date
        and p.period_start
        = (c.period_start - to_months({{ period_months('c.period_start', 'c.period_end') }}))::date
),

computed as (
    select
        *,
        case
            when checked_count is null or checked_previous_count is null then null
            when measure = 'change_abs' then checked_count - checked_previous_count
            when checked_previous_count = 0 then null
            else round((checked_count - checked_previous_count) / checked_previous_count * 100, 4)
        end as computed_value
    from with_figures
)

select
    mention_id || ':' || measure as claim_id,
    mention_id,
    document_id,
    area,
    period_start,
    period_end,
    offence,
    measure,
    stated_value,
    stated_low,
    stated_high,
    checked_count,
    count_from,
    checked_previous_count,
    previous_count_from,
    computed_value,
    case
        when computed_value is null then 'not checkable'
        when computed_value between stated_low - 1e-9 and stated_high + 1e-9 then 'consistent'
        else 'inconsistent'
    end as status,
    case
        when checked_count is null and checked_previous_count is null
            then 'no count for this period or the comparison period is stated'
        when checked_count is null then 'no count for this period is stated'
        when checked_previous_count is null then 'no count for the comparison period is stated'
        when computed_value is null then 'the comparison count is zero'
        else
            'computed ' || computed_value::varchar || ' from ' || checked_count::varchar || ' vs '
            || checked_previous_count::varchar || '; the statement allows ['
            || stated_low::varchar || ', ' || stated_high::varchar || ']'
    end as explanation,
    sentence,
    char_start,
    char_end
from computed
