-- The table people query: one row per (area, period, offence) with the best value of each
-- measure across sources and where it came from. Preference for each measure: a stated
-- official figure, then a stated news figure, then a derived official figure, then a
-- derived news figure. `*_source` says which, with documents or the official file.
--
-- Incremental by statistic (macros/incremental.sql): a refresh rebuilds only the rows whose
-- news fact changed (input_signature: that of the news fact, null for official-only rows).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ drop_changed_statistics(area_period_signatures(), statistic_key()) }}"
) }}
{% set ms = measures() %}
with facts as (
    select
        *,
        case source when 'official' then 0 else 1 end as source_rank,
        source || ': '
        || coalesce(nullif(array_to_string(document_ids, ', '), ''), official_source, '?')
            as provenance
    from {{ ref('fct_offence_statistics') }} as f
    {{ only_statistics_not_in_this('f', statistic_key()) }}
)

select
    area,
    period_start,
    period_end,
    offence,
    {% for m in ms %}
    arg_min({{ m }}, struct_pack(d := list_contains(derived_measures, '{{ m }}'), s := source_rank))
        filter (where {{ m }} is not null) as {{ m }},
    arg_min(
        provenance || case when list_contains(derived_measures, '{{ m }}') then ' (derived)' else '' end,
        struct_pack(d := list_contains(derived_measures, '{{ m }}'), s := source_rank)
    ) filter (where {{ m }} is not null) as {{ m }}_source,
    {% endfor %}
    max(direction) filter (where source = 'news') as direction,
    -- (ordered aggregates are slow in DuckDB; the grain has one row per source, so sorting
    -- the list, or concatenating news then official, gives the same result)
    list_sort(list(distinct source)) as sources,
    bool_and(is_derived) as is_derived,
    nullif(
        concat_ws(
            '; ',
            max(derivation) filter (where source = 'news'),
            max(derivation) filter (where source = 'official')
        ),
        ''
    ) as derivation,
    bool_or(has_conflict) as has_conflict,
    list_sort(list_distinct(flatten(list(document_ids)))) as document_ids,
    list_sort(list_distinct(flatten(list(evidence_sentences)))) as evidence_sentences,
    max(input_signature) as input_signature
from facts
group by area, period_start, period_end, offence
