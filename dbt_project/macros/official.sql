{#- A number as text for explanations: at most two decimals, no trailing zeros
    (46983, -8.1, 8.77). -#}
{% macro fmt(x) -%}
    regexp_replace(printf('%.2f', ({{ x }})::double), '\.?0+$', '')
{%- endmacro %}
