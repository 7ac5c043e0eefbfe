{#- Post-hook of the per-document incremental models: delete the rows of documents whose
    (document_id, document_sha256, extractor_version) no longer appears in `upstream` (the
    document was removed, or changed and now states no statistic). Cheap on a full build,
    where it deletes nothing. -#}
{% macro drop_documents_not_in(upstream) %}
delete from {{ this }} as t
where not exists (
    select 1 from {{ upstream }} as u
    where u.document_id = t.document_id
        and u.document_sha256 = t.document_sha256
        and u.extractor_version = t.extractor_version
)
{% endmacro %}
