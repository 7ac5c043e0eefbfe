{#- The five measures of a statistic (extraction-spec.md). -#}
{% macro measures() -%}
    {{ return(['count', 'previous_count', 'change_pct', 'change_abs', 'rate_per_1000']) }}
{%- endmacro %}

{#- Number of whole months covered by a period. -#}
{% macro period_months(start_col, end_col) -%}
    (datediff('month', {{ start_col }}, {{ end_col }}) + 1)
{%- endmacro %}

{#- The interval a stated value allows once truncation of its last digit is admitted
    ("30 per cent" may be 30.8 cut short): [low, max(high, value + unit)] for positive values,
    [min(low, value - unit), high] for negative ones. Mirrors crimestats.extraction.numbers.extended. -#}
{% macro extended_low(col) -%}
    case when coalesce({{ col }}_unit, 0) > 0 and {{ col }} < 0
        then least({{ col }}_low, {{ col }} - {{ col }}_unit) else {{ col }}_low end
{%- endmacro %}

{% macro extended_high(col) -%}
    case when coalesce({{ col }}_unit, 0) > 0 and {{ col }} >= 0
        then greatest({{ col }}_high, {{ col }} + {{ col }}_unit) else {{ col }}_high end
{%- endmacro %}
