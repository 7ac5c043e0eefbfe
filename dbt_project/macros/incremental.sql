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
