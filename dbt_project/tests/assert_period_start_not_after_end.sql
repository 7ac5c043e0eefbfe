-- Singular test: no period ends before it starts, in any mart.
select area, period_start, period_end, offence, source
from {{ ref('fct_offence_statistics') }}
where period_start > period_end
