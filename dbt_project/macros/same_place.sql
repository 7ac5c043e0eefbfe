{#- Two rows about the same document, area and period (periods may be null): the key, less the
    offence, under which statements are reconciled into statistics. -#}
{% macro same_place(a, b) -%}
    {{ a }}.document_id = {{ b }}.document_id
    and {{ a }}.area = {{ b }}.area
    and {{ a }}.period_start is not distinct from {{ b }}.period_start
    and {{ a }}.period_end is not distinct from {{ b }}.period_end
{%- endmacro %}
