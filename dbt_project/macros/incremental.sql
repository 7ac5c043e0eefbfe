{#- The per-document incremental models (stg_statistic_mentions, int_document_statistics)
    identify a document's rows by (document_id, document_sha256, extractor_version). -#}

{% macro same_document_version(a, b) -%}
{{ a }}.document_id = {{ b }}.document_id
        and {{ a }}.document_sha256 = {{ b }}.document_sha256
        and {{ a }}.extractor_version = {{ b }}.extractor_version
{%- endmacro %}

{#- In an incremental run, keep only the rows of documents not already in the model in this
    version (new or changed documents, or every document after an extractor change). -#}
{% macro only_new_document_versions(alias) %}
{% if is_incremental() %}
where not exists (
    select 1 from {{ this }} as t
    where {{ same_document_version('t', alias) }}
)
{% endif %}
{% endmacro %}

{#- Post-hook: delete the rows of documents whose version no longer appears in `upstream`
    (the document was removed, or changed and now states no statistic). Cheap on a full
    build, where it deletes nothing. -#}
{% macro drop_documents_not_in(upstream) %}
delete from {{ this }} as t
where not exists (
    select 1 from {{ upstream }} as u
    where {{ same_document_version('u', 't') }}
)
{% endmacro %}

{#- The models that combine documents (int_news_statistics, fct_offence_statistics,
    offences_by_area_period) are incremental by statistic. Each row carries input_signature,
    a hash of the document versions it was built from (document_versions_signature). A refresh
      1. deletes, in a pre-hook, the rows whose statistic is gone or whose signature changed:
         drop_changed_statistics(signatures, keys), `signatures` being a query of
         (keys..., input_signature) as the model would build them now;
      2. builds the statistics the table does not hold (only_statistics_not_in_this in the
         model's SQL) and appends them.
    On a full build neither does anything. The keys may be null (undated statistics): they
    compare with `is not distinct from`. -#}

{% macro statistic_key() %}{{ return(['area', 'period_start', 'period_end', 'offence']) }}{% endmacro %}

{% macro document_versions_signature() -%}
md5(list_sort(list(document_id || ':' || document_sha256 || ':' || extractor_version))::varchar)
{%- endmacro %}

{% macro drop_changed_statistics(signatures, keys) %}
{% if is_incremental() %}
delete from {{ this }} as t
where not exists (
    select 1 from ({{ signatures }}) as s
    where {% for k in keys %}s.{{ k }} is not distinct from t.{{ k }} and {% endfor -%}
        s.input_signature is not distinct from t.input_signature
)
{% endif %}
{% endmacro %}

{% macro statistic_not_in_this(alias, keys) -%}
{% if is_incremental() -%}
not exists (
    select 1 from {{ this }} as t
    where {% for k in keys %}t.{{ k }} is not distinct from {{ alias }}.{{ k }}{% if not loop.last %} and {% endif %}{% endfor %}
)
{%- else -%}
true
{%- endif %}
{%- endmacro %}

{% macro only_statistics_not_in_this(alias, keys) %}
{% if is_incremental() %}
where {{ statistic_not_in_this(alias, keys) }}
{% endif %}
{% endmacro %}

{#- (keys, input_signature) of int_news_statistics, from int_document_statistics -#}
{% macro news_statistic_signatures() %}
select area, period_start, period_end, offence, {{ document_versions_signature() }} as input_signature
from {{ ref('int_document_statistics') }}
group by all
{% endmacro %}

{#- (keys, source, input_signature) of fct_offence_statistics: the news rows from
    int_news_statistics_derived; official rows carry no signature (a change of official data
    rebuilds everything from scratch, see orchestration/assets/dbt.py plan_build) -#}
{% macro fact_signatures() %}
select area, period_start, period_end, offence, 'news' as source, input_signature
from {{ ref('int_news_statistics_derived') }}
union all
select area, period_start, period_end, offence, 'official', null
from {{ ref('int_official_statistics') }}
{% endmacro %}

{#- (keys, input_signature) of offences_by_area_period: its news fact's signature, if any -#}
{% macro area_period_signatures() %}
select area, period_start, period_end, offence, max(input_signature) as input_signature
from {{ ref('fct_offence_statistics') }}
group by all
{% endmacro %}

{#- int_news_statistics_derived: the comparison period a statistic gives a row of its own
    (the preceding period of the same length, for periods of at most 12 months with a stated
    or derived previous_count), and its rows' signature. Shared by the model and its
    signatures below, so that both find the same rows. -#}
{% macro comparison_period_start() -%}
(period_start - to_months({{ period_months('period_start', 'period_end') }}))::date
{%- endmacro %}

{% macro comparison_period_end() -%}
(period_start - interval 1 day)::date
{%- endmacro %}

{% macro gives_comparison_period() -%}
coalesce(previous_count, count - change_abs) is not null
    and {{ period_months('period_start', 'period_end') }} <= 12
{%- endmacro %}

{% macro derived_signature(stated, comparison) -%}
md5(coalesce({{ stated }}.input_signature, '') || '|' || coalesce({{ comparison }}.input_signature, ''))
{%- endmacro %}

{#- (keys, input_signature) of int_news_statistics_derived, from int_news_statistics -#}
{% macro derived_statistic_signatures() %}
with stated as (
    select * from {{ ref('int_news_statistics') }}
    where period_start is not null and period_end is not null
),

comparison as (
    select
        area,
        {{ comparison_period_start() }} as period_start,
        {{ comparison_period_end() }} as period_end,
        offence,
        input_signature
    from stated
    where {{ gives_comparison_period() }}
)

select
    {{ either_statistic_key('s', 'c') }},
    {{ derived_signature('s', 'c') }} as input_signature
from stated as s
full outer join comparison as c
    on {{ same_statistic('s', 'c') }}
{% endmacro %}

{#- The full outer join of stated statistics and comparison-period rows, in the model and in
    its signatures: the key of either side, and the join condition. -#}
{% macro either_statistic_key(a, b) -%}
{% for k in statistic_key() %}coalesce({{ a }}.{{ k }}, {{ b }}.{{ k }}) as {{ k }}{{ ', ' if not loop.last }}{% endfor %}
{%- endmacro %}

{% macro same_statistic(a, b) -%}
{% for k in statistic_key() %}{{ a }}.{{ k }} = {{ b }}.{{ k }}{{ ' and ' if not loop.last }}{% endfor %}
{%- endmacro %}

{#- (keys, input_signature) of claim_verification: its claims come from the stated rows of
    int_news_statistics_derived and the undated rows of int_news_statistics -#}
{% macro claim_signatures() %}
select area, period_start, period_end, offence, input_signature
from {{ ref('int_news_statistics_derived') }}
where not is_derived
union all
select area, period_start, period_end, offence, input_signature
from {{ ref('int_news_statistics') }}
where period_start is null or period_end is null
{% endmacro %}
