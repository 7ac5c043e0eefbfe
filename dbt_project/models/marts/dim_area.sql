-- Areas: the gazetteer (seed area_names, shared with the extractor) plus any area the
-- facts use that the gazetteer does not know (area_type 'unknown').
with gazetteer as (
    select
        name as area,
        area_type,
        nullif(parent, '') as parent_area,
        nullif(ons_code, '') as ons_code
    from {{ ref('area_names') }}
    where coalesce(canonical, '') = ''  -- alias rows point at their canonical name
    qualify row_number() over (partition by name order by area_type) = 1
),

used as (
    select distinct area from {{ ref('fct_offence_statistics') }}
)

select area, area_type, parent_area, ons_code, true as in_gazetteer
from gazetteer
union all
select u.area, 'unknown', null, null, false
from used as u
where not exists (select 1 from gazetteer as g where g.area = u.area)
