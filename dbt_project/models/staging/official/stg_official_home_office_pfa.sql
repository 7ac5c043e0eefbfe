-- Home Office rolling-year police recorded crime by police force area, typed and renamed.
-- period_end is the '12 months ending' date (the published 30-12-2017 is moved to
-- 2017-12-31 on load; period_end_published keeps the label as published).
select
    period_end,
    period_end_published,
    period_end_adjusted,
    pfa,
    region,
    offence as official_offence,
    count as offences,
    source_file
from {{ source('official', 'official_home_office_pfa') }}
