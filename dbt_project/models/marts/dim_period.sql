-- Every period the marts use, with its length and kind.
with periods as (
    select distinct period_start, period_end
    from {{ ref('fct_offence_statistics') }}
),

sized as (
    select
        period_start,
        period_end,
        {{ period_months('period_start', 'period_end') }} as months
    from periods
)

select
    period_start,
    period_end,
    months,
    case
        when months = 12 and month(period_start) = 4 then 'financial_year'
        when months = 12 and month(period_start) = 1 then 'calendar_year'
        when months = 12 then 'rolling_12_months'
        when months = 1 then 'month'
        when months = 3 then 'quarter'
        else 'other'
    end as kind,
    case
        when months = 12 and month(period_start) = 4
            then year(period_start)::varchar || '/' || right((year(period_start) + 1)::varchar, 2)
        when months = 12 and month(period_start) = 1 then year(period_start)::varchar
        when months = 1 then strftime(period_start, '%B %Y')
        else strftime(period_start, '%b %Y') || ' to ' || strftime(period_end, '%b %Y')
    end as label
from sized
