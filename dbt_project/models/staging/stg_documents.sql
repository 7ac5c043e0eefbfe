select
    document_id,
    file_name,
    doc,
    sha256,
    text as document_text,
    size as size_bytes,
    encoding,
    content_type,
    ingested_at
from {{ source('raw', 'documents') }}
