-- Statements reconciled into statistics within each document (extraction-spec.md,
-- "The same statistic stated twice"):
--   1. a statement about a parent offence ("Burglaries rose by 30 per cent") is the same
--      statistic as a statement about one of its children in the same area and period
--      ("Residential burglary – Up by 30.8 per cent") when the child states every measure
--      the parent does and each agrees within rounding or truncation: it takes the child's
--      (more specific) offence;
--   2. statements of the same (area, period, offence) become one row: each measure takes
--      the most precise statement (narrowest interval, then the earliest); statements that
--      disagree beyond rounding are kept in `conflicts` and flagged, never dropped.
{% set ms = measures() %}
with mentions as (
    select * from {{ ref('stg_statistic_mentions') }}
),

absorbed as (
    select
        p.mention_id,
        arg_min(c.offence, struct_pack(d := -a.depth, i := c.mention_index)) as into_offence
    from mentions as p
    inner join mentions as c
        on p.document_id = c.document_id
        and p.area = c.area
        and p.period_start is not distinct from c.period_start
        and p.period_end is not distinct from c.period_end
        and p.mention_id <> c.mention_id
    inner join {{ ref('int_offence_ancestors') }} as a
        on c.offence = a.offence and a.ancestor = p.offence and a.depth > 0
    where
        {% for m in ms %}
        (p.{{ m }} is null or (c.{{ m }} is not null and {{ loosely_agree('p.' ~ m, 'c.' ~ m) }}))
        and
        {% endfor %}
        (
            p.direction is null
            or p.direction = c.direction
            or (p.direction = 'up' and (c.change_pct > 0 or c.change_abs > 0))
            or (p.direction = 'down' and (c.change_pct < 0 or c.change_abs < 0))
        )
    group by p.mention_id
),

resolved as (
    select
        m.*,
        coalesce(a.into_offence, m.offence) as statistic_offence
    from mentions as m
    left join absorbed as a on m.mention_id = a.mention_id
),

grouped as (
    select
        document_id,
        area,
        period_start,
        period_end,
        statistic_offence as offence,
        {% for m in ms %}
        arg_min({{ m }}, struct_pack(w := {{ m }}_high - {{ m }}_low, i := mention_index))
            filter (where {{ m }} is not null) as {{ m }},
        arg_min({{ m }}_low, struct_pack(w := {{ m }}_high - {{ m }}_low, i := mention_index))
            filter (where {{ m }} is not null) as {{ m }}_low,
        arg_min({{ m }}_high, struct_pack(w := {{ m }}_high - {{ m }}_low, i := mention_index))
            filter (where {{ m }} is not null) as {{ m }}_high,
        coalesce(
            max({{ m }}_low - ({{ m }}_high - {{ m }}_low))
            > min({{ m }}_high + ({{ m }}_high - {{ m }}_low)),
            false
        ) as {{ m }}_conflict,
        list(struct_pack(mention_id := mention_id, value := {{ m }}) order by mention_index)
            filter (where {{ m }} is not null) as {{ m }}_statements,
        {% endfor %}
        mode(direction) filter (where direction is not null) as stated_direction,
        list(mention_id order by mention_index) as mention_ids,
        list(
            struct_pack(sentence := sentence, char_start := char_start, char_end := char_end)
            order by mention_index
        ) as evidence,
        list(distinct offence_phrase) as offence_phrases
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
    offence_phrases
from grouped
