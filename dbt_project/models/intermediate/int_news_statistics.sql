-- News statistics reconciled across documents: one row per (area, period, offence) with
-- every document that states it. Each measure takes the most precise statement (narrowest
-- interval; ties go to the first document by id). Documents whose values disagree beyond
-- rounding (their intervals do not overlap) are flagged and listed, never averaged or dropped.
-- Lists are in document order: a document states a statistic once (int_document_statistics'
-- grain), so sorting (document_id, value) structs orders by document without DuckDB's slower
-- ordered aggregates.
--
-- Incremental by statistic (macros/incremental.sql): a refresh rebuilds only the statistics
-- whose documents changed (input_signature: the versions of the documents that state it).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ drop_changed_statistics(news_statistic_signatures(), statistic_key()) }}"
) }}
{% set ms = measures() %}
with doc_stats as (
    select * from {{ ref('int_document_statistics') }} as d
    {{ only_statistics_not_in_this('d', statistic_key()) }}
),

grouped as (
    select
        area,
        period_start,
        period_end,
        offence,
        {% for m in ms %}
        arg_min({{ m }}, struct_pack(w := {{ m }}_high - {{ m }}_low, d := document_id))
            filter (where {{ m }} is not null) as {{ m }},
        arg_min({{ m }}_low, struct_pack(w := {{ m }}_high - {{ m }}_low, d := document_id))
            filter (where {{ m }} is not null) as {{ m }}_low,
        arg_min({{ m }}_high, struct_pack(w := {{ m }}_high - {{ m }}_low, d := document_id))
            filter (where {{ m }} is not null) as {{ m }}_high,
        arg_min(document_id, struct_pack(w := {{ m }}_high - {{ m }}_low, d := document_id))
            filter (where {{ m }} is not null) as {{ m }}_document_id,
        coalesce(max({{ m }}_low) > min({{ m }}_high), false) as {{ m }}_disagree,
        list_sort(
            list(struct_pack(document_id := document_id, value := {{ m }}))
                filter (where {{ m }} is not null)
        ) as {{ m }}_by_document,
        {% endfor %}
        arg_min(direction, document_id) filter (where direction is not null) as direction,
        bool_or(has_conflict) as has_conflict_within_document,
        list_sort(list(document_id)) as document_ids,
        flatten(list_transform(
            list_sort(list(struct_pack(d := document_id, e := evidence))), lambda x: x.e
        )) as evidence,
        flatten(list_transform(
            list_sort(list(struct_pack(d := document_id, m := mention_ids))), lambda x: x.m
        )) as mention_ids,
        {{ document_versions_signature() }} as input_signature
    from doc_stats
    group by all
)

select
    area,
    period_start,
    period_end,
    offence,
    {% for m in ms %}
    {{ m }},
    {{ m }}_low,
    {{ m }}_high,
    {{ m }}_document_id,
    {% endfor %}
    case
        when {% for m in ms %}{{ m }} is null{% if not loop.last %} and {% endif %}{% endfor %}
            then direction
    end as direction,
    {% for m in ms %}{{ m }}_disagree{% if not loop.last %} or {% endif %}{% endfor %}
        as has_disagreement_between_documents,
    has_conflict_within_document,
    list_filter(
        [
            {% for m in ms %}
            case when {{ m }}_disagree then struct_pack(measure := '{{ m }}', values := {{ m }}_by_document) end{% if not loop.last %},{% endif %}
            {% endfor %}
        ],
        lambda x: x is not null
    ) as disagreements,
    document_ids,
    len(document_ids) as document_count,
    evidence,
    mention_ids,
    input_signature
from grouped
