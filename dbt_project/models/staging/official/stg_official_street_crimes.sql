-- data.police.uk street-level crime, typed and renamed. One row per crime or anti-social
-- behaviour incident (crime_id is empty for ASB, so it is not a key).
select
    crime_id,
    month,
    reported_by,
    falls_within,
    longitude,
    latitude,
    location,
    lsoa_code,
    lsoa_name,
    crime_type,
    last_outcome_category,
    context,
    source_file
from {{ source('official', 'official_street_crimes') }}
