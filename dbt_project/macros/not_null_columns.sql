{#- Generic test: none of these columns has a null. One test per model instead of one per
    column: each test is a dbt node and a Dagster asset check with its own events, and the
    per-column tests were 41 of the project's 82 (~2 s of a refresh; benchmarks/README.md).
    A failure returns one row per column that has nulls, with how many. -#}
{% test not_null_columns(model, columns) %}
{% for column in columns %}
select '{{ column }}' as column_name, count(*) as null_rows
from {{ model }}
where {{ column }} is null
having count(*) > 0
{% if not loop.last %}union all{% endif %}
{% endfor %}
{% endtest %}
