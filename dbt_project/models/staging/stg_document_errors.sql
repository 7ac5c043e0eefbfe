select
    file_name,
    sha256,
    size as size_bytes,
    reason,
    detected_at
from {{ source('raw', 'document_errors') }}
