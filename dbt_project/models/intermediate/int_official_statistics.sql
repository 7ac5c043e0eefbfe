-- Official police recorded crime as statistics in the grain of the news ones:
-- one row per (area, period, offence), from two official datasets:
--   (a) Home Office rec-crime-pfa.csv: police force area x rolling 12 months (period_end =
--       the '12 months ending' date, period_start = first of the month 11 months earlier);
--   (b) data.police.uk street-level files: police force area ('Falls within') and district
--       (LSOA-name prefix, e.g. "Northampton 012A") x month, counting records.
-- Each official row is mapped to the spec's categories by the seeds official_offence_map /
-- police_uk_crime_type_map and summed into its category and every ancestor of it in
-- offence_hierarchy, so that each category that can be built from the rows is built:
--   * total_recorded_crime = the sum of every row (Home Office: including police-recorded
--     fraud where the table has it, i.e. 12 months ending up to 2013-12 - the Northamptonshire
--     2012/13 total 46,983 includes 678 fraud offences; excluding fraud afterwards, as ONS
--     publishes it; street level: every crime type except anti-social behaviour, never fraud);
--   * violence_against_the_person = homicide + violence with injury + violence without
--     injury + stalking and harassment + death or serious injury caused by unlawful driving;
--   * theft_offences = burglary + vehicle offences + theft from the person + bicycle theft
--     + shoplifting + all other theft; burglary = residential + non-residential (Home Office
--     domestic / non-domestic before April 2017, see the seed notes);
-- A row that straddles categories (data.police.uk "Violence and sexual offences") counts in
-- the narrowest category containing all of it (total_recorded_crime) and makes every
-- category it straddles, and everything under them, impossible to build: those are not
-- emitted rather than emitted short.
-- previous_count is the same figure one year earlier (same definition: if this year has no
-- police-recorded fraud, last year's fraud is left out too); change_pct and change_abs are
-- computed, and everything computed is listed in derived_measures with its derivation.
-- District rows are only emitted for months in which the district's own force was loaded,
-- so a neighbouring force's few records never pose as a district total.
with area_map as (
    select * from {{ ref('official_area_map') }}
    where area is not null
),

home_office as (
    select
        a.area,
        a.area_type as area_level,
        'home_office_pfa' as dataset,
        date_trunc('month', h.period_end - interval 11 month)::date as period_start,
        h.period_end,
        h.official_offence as official_name,
        m.counts_in,
        m.spans,
        m.mapping,
        m.note,
        h.offences as n,
        'Home Office rec-crime-pfa.csv (12 months ending ' || strftime(h.period_end, '%Y-%m-%d')
        || case
            when h.period_end_adjusted then ', published as ' || h.period_end_published
            else ''
        end || ')' as official_source
    from {{ ref('stg_official_home_office_pfa') }} as h
    inner join area_map as a
        on a.source = 'home_office_pfa' and a.official_name = h.pfa
    inner join {{ ref('official_offence_map') }} as m
        on m.official_offence = h.official_offence
),

street as (
    select
        s.month,
        s.crime_type,
        regexp_replace(s.source_file, '^.*/', '') as file_name,
        f.area as force_area,
        f.area_type as force_level,
        d.area as district_area,
        d.parent_area as district_force
    from {{ ref('stg_official_street_crimes') }} as s
    left join area_map as f
        on f.source = 'police_uk_force' and f.official_name = s.falls_within
    left join area_map as d
        on d.source = 'lsoa_prefix'
        and d.official_name = regexp_extract(s.lsoa_name, '^(.*) [0-9]+[A-Z]$', 1)
),

forces_loaded as (
    select distinct force_area, month from street where force_area is not null
),

street_counts as (
    select force_area as area, force_level as area_level, month, crime_type, file_name,
        count(*) as n
    from street
    where force_area is not null
    group by all
    union all
    select s.district_area, 'district', s.month, s.crime_type, s.file_name, count(*)
    from street as s
    inner join forces_loaded as f
        on f.force_area = s.district_force and f.month = s.month
    where s.district_area is not null
    group by all
),

police_uk as (
    select
        c.area,
        c.area_level,
        'police_uk_street' as dataset,
        c.month as period_start,
        last_day(c.month) as period_end,
        c.crime_type as official_name,
        m.counts_in,
        m.spans,
        m.mapping,
        m.note,
        c.n,
        c.file_name
    from street_counts as c
    inner join {{ ref('police_uk_crime_type_map') }} as m on m.crime_type = c.crime_type
),

police_uk_sourced as (
    select
        p.* exclude (file_name),
        'data.police.uk street-level crime ' || strftime(p.period_start, '%Y-%m') || ' ('
        || string_agg(distinct p.file_name, ', ' order by p.file_name)
            over (partition by p.area, p.period_start)
        || ')' as official_source
    from police_uk as p
),

official_rows as (
    select * from home_office
    union all by name
    select * from police_uk_sourced
),

-- Each row counts in its category and in every ancestor of it.
contributions as (
    select r.*, a.ancestor as offence
    from official_rows as r
    inner join {{ ref('int_offence_ancestors') }} as a on a.offence = r.counts_in
),

-- Categories a straddling row makes impossible to build: each category it straddles and
-- every category under them.
straddled as (
    select distinct r.area, r.dataset, r.period_start, a.offence
    from (
        select area, dataset, period_start, unnest(string_split(spans, '|')) as span
        from official_rows
        where mapping = 'combined'
    ) as r
    inner join {{ ref('int_offence_ancestors') }} as a on a.ancestor = r.span
),

built as (
    select
        c.area,
        any_value(c.area_level) as area_level,
        c.dataset,
        c.period_start,
        c.period_end,
        c.offence,
        sum(c.n)::double as count,
        coalesce(sum(c.n) filter (where c.counts_in = 'fraud' and c.offence <> 'fraud'), 0)::double
            as fraud_included,
        count(*) > 1 or bool_or(c.counts_in <> c.offence) as is_aggregate,
        coalesce(
            list(c.official_name || ' (' || c.n::varchar || ')' order by c.official_name)
                filter (where c.n <> 0),
            []
        ) as components,
        coalesce(list_sort(list_distinct(list(c.note) filter (where c.mapping = 'approximate'))), [])
            as approximate_notes,
        coalesce(list_sort(list_distinct(list(c.note) filter (where c.mapping = 'combined'))), [])
            as combined_notes,
        any_value(c.official_source) as official_source
    from contributions as c
    where not exists (
        select 1 from straddled as s
        where s.area = c.area and s.dataset = c.dataset and s.period_start = c.period_start
            and s.offence = c.offence
    )
    group by c.area, c.dataset, c.period_start, c.period_end, c.offence
),

with_previous as (
    select
        b.*,
        -- the same definition in both years: fraud only when this year has it too
        p.count - case when b.fraud_included = 0 then p.fraud_included else 0 end as previous_count,
        p.fraud_included > 0 and b.fraud_included = 0 as previous_fraud_left_out,
        p.period_start as previous_period_start,
        p.period_end as previous_period_end,
        p.is_aggregate as previous_is_aggregate
    from built as b
    left join built as p
        on p.area = b.area
        and p.dataset = b.dataset
        and p.offence = b.offence
        and p.period_start = (b.period_start - interval 12 month)::date
        and p.period_end = last_day((b.period_end - interval 12 month)::date)
),

measured as (
    select
        *,
        case
            when previous_count > 0 then (count - previous_count) / previous_count * 100
        end as change_pct,
        count - previous_count as change_abs
    from with_previous
)

select
    area,
    period_start,
    period_end,
    offence,
    count,
    previous_count,
    change_pct,
    change_abs,
    list_filter(
        [
            case when is_aggregate then 'count' end,
            case when previous_count is not null and (previous_is_aggregate or previous_fraud_left_out)
                then 'previous_count' end,
            case when change_pct is not null then 'change_pct' end,
            case when change_abs is not null then 'change_abs' end
        ],
        lambda x: x is not null
    ) as derived_measures,
    nullif(
        concat_ws(
            '; ',
            case
                when is_aggregate
                    then 'count = ' || array_to_string(components, ' + ')
                    || case
                        when dataset = 'home_office_pfa' then ' (rows of the Home Office table)'
                        else ' (records of the street-level file)'
                    end
            end,
            case
                when offence = 'total_recorded_crime' and dataset = 'home_office_pfa'
                    then case
                        when fraud_included > 0
                            then 'total includes police-recorded fraud (' || fraud_included::bigint::varchar || ')'
                        else 'total excludes fraud (not recorded by the force for this period)'
                    end
            end,
            -- an approximate mapping matters for the category itself, not for its parents
            case
                when not is_aggregate and len(approximate_notes) > 0
                    then 'approximate mapping: ' || array_to_string(approximate_notes, ' / ')
            end,
            case
                when len(combined_notes) > 0
                    then 'includes combined types: ' || array_to_string(combined_notes, ' / ')
            end,
            case
                when previous_count is not null
                    then 'previous_count = the same figure for ' || strftime(previous_period_start, '%Y-%m')
                    || ' to ' || strftime(previous_period_end, '%Y-%m')
                    || case
                        when previous_fraud_left_out then ' excluding its police-recorded fraud (same definition as this year)'
                        else ''
                    end
            end,
            case
                when change_pct is not null
                    then 'change_pct = (count - previous_count) / previous_count * 100'
            end,
            case when change_abs is not null then 'change_abs = count - previous_count' end
        ),
        ''
    ) as derivation,
    official_source,
    area_level,
    dataset as official_dataset,
    is_aggregate,
    components,
    fraud_included
from measured
