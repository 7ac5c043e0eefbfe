-- The spec's offence categories with their ONS hierarchy, so totals roll up and children
-- can be compared with parents.
with ancestors as (
    select
        offence,
        list(ancestor order by depth desc) filter (where depth > 0) as ancestors
    from {{ ref('int_offence_ancestors') }}
    group by offence
)

select
    h.offence,
    h.label,
    h.parent_offence,
    len(coalesce(a.ancestors, [])) as ons_level,
    coalesce(a.ancestors, []) as ancestors,
    array_to_string(list_append(coalesce(a.ancestors, []), h.offence), ' > ') as hierarchy_path,
    exists (select 1 from {{ ref('offence_hierarchy') }} as c where c.parent_offence = h.offence)
        as has_children
from {{ ref('offence_hierarchy') }} as h
left join ancestors as a on h.offence = a.offence
