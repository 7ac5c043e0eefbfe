-- Statements reconciled into statistics within each document (extraction-spec.md, "The
-- same statistic stated twice"; the same rules as crimestats.extraction.reconcile):
--   1. statements are grouped by (document, area, period, offence);
--   2. a group about a parent offence ("Burglaries rose by 30 per cent") is the same
--      statistic as a group about one of its descendants in the same area and period
--      ("Residential burglary – Up by 30.8 per cent") when, on every measure both state,
--      each parent value agrees with some child value within rounding or truncation; it
--      merges into the descendant sharing most measures, then the most specific one. A group
--      with only a direction merges into a descendant that states numbers. A group with
--      numbers never merges into one stated in the same sentence ("Theft offences fell by 2
--      per cent and burglary by 3 per cent" states two statistics);
--   3. each measure takes the most precise statement (the offence's own statements first,
--      then the narrowest interval, then the smallest unit of the last digit, then the
--      earliest); statements that disagree beyond
--      rounding are kept in `conflicts` and flagged, never dropped.
--
-- Incremental, per document, like stg_statistic_mentions: only the documents whose
-- statements changed are reconciled again (delete+insert on document_id).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ drop_documents_not_in(ref('stg_statistic_mentions')) }}"
) }}
{% set ms = measures() %}
with mentions as (
    select
        *,
        {% for m in ms %}
        {{ extended_low(m) }} as {{ m }}_ext_low,
        {{ extended_high(m) }} as {{ m }}_ext_high,
        {% endfor %}
        {% for m in ms %}{{ m }} is not null{% if not loop.last %} or {% endif %}{% endfor %}
            as has_numbers
    from {{ ref('stg_statistic_mentions') }} as m
    {{ only_new_document_versions('m') }}
),

measure_values as (
    {% for m in ms %}
    select
        mention_id, document_id, area, period_start, period_end, offence,
        '{{ m }}' as measure, {{ m }}_ext_low as ext_low, {{ m }}_ext_high as ext_high
    from mentions
    where {{ m }} is not null
    {% if not loop.last %}union all{% endif %}
    {% endfor %}
),

groups as (
    select
        document_id, area, period_start, period_end, offence,
        bool_or(has_numbers) as has_numbers
    from mentions
    group by all
),

-- for each (parent group, descendant group, measure both state): does every parent value
-- agree with some descendant value?
measure_agreement as (
    select
        p.document_id, p.area, p.period_start, p.period_end,
        p.offence as parent_offence, p.child_offence, p.measure,
        bool_and(p.agrees) as all_agree
    from (
        select
            p.mention_id, p.document_id, p.area, p.period_start, p.period_end, p.offence,
            p.measure, c.offence as child_offence,
            bool_or(p.ext_low <= c.ext_high + 1e-9 and c.ext_low <= p.ext_high + 1e-9) as agrees
        from measure_values as p
        inner join measure_values as c
            on {{ same_place('p', 'c') }}
            and p.measure = c.measure
        inner join {{ ref('int_offence_ancestors') }} as a
            on c.offence = a.offence and a.ancestor = p.offence and a.depth > 0
        group by all
    ) as p
    group by all
),

-- (parent, descendant) groups with statements in one sentence
same_sentence as (
    select distinct
        p.document_id, p.area, p.period_start, p.period_end,
        p.offence as parent_offence, c.offence as child_offence
    from mentions as p
    inner join mentions as c
        on {{ same_place('p', 'c') }}
        and p.char_start = c.char_start
        and p.offence != c.offence
),

candidates as (
    select
        p.document_id, p.area, p.period_start, p.period_end, p.offence as parent_offence,
        c.offence as child_offence,
        coalesce(ma.shared, 0) as shared,
        anc.depth_from_top
    from groups as p
    inner join groups as c
        on {{ same_place('p', 'c') }}
        and c.has_numbers
    inner join {{ ref('int_offence_ancestors') }} as a
        on c.offence = a.offence and a.ancestor = p.offence and a.depth > 0
    inner join (
        select offence, max(depth) as depth_from_top
        from {{ ref('int_offence_ancestors') }} group by offence
    ) as anc on c.offence = anc.offence
    left join (
        select
            document_id, area, period_start, period_end, parent_offence, child_offence,
            count(*) as shared, bool_and(all_agree) as all_agree
        from measure_agreement
        group by all
    ) as ma
        on {{ same_place('ma', 'p') }}
        and ma.parent_offence = p.offence
        and ma.child_offence = c.offence
    left join same_sentence as ss
        on {{ same_place('ss', 'p') }}
        and ss.parent_offence = p.offence
        and ss.child_offence = c.offence
    where
        (p.has_numbers and ma.shared > 0 and ma.all_agree and ss.parent_offence is null)
        or not p.has_numbers
),

merged_into as (
    select
        document_id, area, period_start, period_end, parent_offence,
        arg_max(child_offence, struct_pack(s := shared, d := depth_from_top, o := child_offence))
            as into_offence
    from candidates
    group by all
),

resolved as (
    select
        m.*,
        coalesce(mi.into_offence, m.offence) as statistic_offence,
        mi.into_offence is not null as is_merged_parent
    from mentions as m
    left join merged_into as mi
        on {{ same_place('m', 'mi') }}
        and m.offence = mi.parent_offence
),

grouped as (
    select
        document_id,
        area,
        period_start,
        period_end,
        statistic_offence as offence,
        {% for m in ms %}
        {%- set key = "struct_pack(p := is_merged_parent, w := " ~ m ~ "_high - " ~ m ~ "_low, u := coalesce(" ~ m ~ "_unit, 0), i := mention_index)" %}
        arg_min({{ m }}, {{ key }}) filter (where {{ m }} is not null) as {{ m }},
        arg_min({{ m }}_low, {{ key }}) filter (where {{ m }} is not null) as {{ m }}_low,
        arg_min({{ m }}_high, {{ key }}) filter (where {{ m }} is not null) as {{ m }}_high,
        coalesce(max({{ m }}_ext_low) > min({{ m }}_ext_high) + 1e-9, false) as {{ m }}_conflict,
        list(struct_pack(mention_id := mention_id, value := {{ m }}) order by mention_index)
            filter (where {{ m }} is not null) as {{ m }}_statements,
        {% endfor %}
        arg_min(direction, mention_index) filter (where direction is not null) as stated_direction,
        list(mention_id order by mention_index) as mention_ids,
        list(
            struct_pack(sentence := sentence, char_start := char_start, char_end := char_end)
            order by mention_index
        ) as evidence,
        list(distinct offence_phrase order by offence_phrase) as offence_phrases,
        max(document_sha256) as document_sha256,
        max(extractor_version) as extractor_version
    from resolved
    group by all
)

select
    document_id,
    area,
    period_start,
    period_end,
    offence,
    {% for m in ms %}
    {{ m }},
    {{ m }}_low,
    {{ m }}_high,
    {% endfor %}
    case
        when {% for m in ms %}{{ m }} is null{% if not loop.last %} and {% endif %}{% endfor %}
            then stated_direction
    end as direction,
    {% for m in ms %}{{ m }}_conflict{% if not loop.last %} or {% endif %}{% endfor %} as has_conflict,
    list_filter(
        [
            {% for m in ms %}
            case when {{ m }}_conflict then struct_pack(measure := '{{ m }}', statements := {{ m }}_statements) end{% if not loop.last %},{% endif %}
            {% endfor %}
        ],
        lambda x: x is not null
    ) as conflicts,
    mention_ids,
    evidence,
    offence_phrases,
    document_sha256,
    extractor_version
from grouped
