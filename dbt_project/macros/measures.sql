{#- The five measures of a statistic (extraction-spec.md). -#}
{% macro measures() -%}
    {{ return(['count', 'previous_count', 'change_pct', 'change_abs', 'rate_per_1000']) }}
{%- endmacro %}

{#- Two stated values of the same statistic agree "within rounding or truncation" when
    their intervals, each widened by its own width, overlap. An exact count (width 0)
    must match exactly; "30 per cent" ([29.5, 30.5]) agrees with "30.8 per cent". -#}
{% macro loosely_agree(a, b) -%}
    ({{ a }}_low - ({{ a }}_high - {{ a }}_low) <= {{ b }}_high + ({{ b }}_high - {{ b }}_low)
     and {{ b }}_low - ({{ b }}_high - {{ b }}_low) <= {{ a }}_high + ({{ a }}_high - {{ a }}_low))
{%- endmacro %}

{#- Number of whole months covered by a period. -#}
{% macro period_months(start_col, end_col) -%}
    (datediff('month', {{ start_col }}, {{ end_col }}) + 1)
{%- endmacro %}
