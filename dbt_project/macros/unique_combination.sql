{#- Generic test: the combination of columns is unique (nulls compare equal). Written here
    because dbt packages (dbt_utils) cannot be downloaded in this environment. -#}
{% test unique_combination(model, columns) %}
select {{ columns | join(', ') }}, count(*) as n
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1
{% endtest %}
