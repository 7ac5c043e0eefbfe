-- Placeholder until the official-data models land: same columns, no rows.
select
    null::varchar as area,
    null::date as period_start,
    null::date as period_end,
    null::varchar as offence,
    null::double as count,
    null::double as previous_count,
    null::double as change_pct,
    null::double as change_abs,
    []::varchar[] as derived_measures,
    null::varchar as derivation,
    null::varchar as official_source
where false
