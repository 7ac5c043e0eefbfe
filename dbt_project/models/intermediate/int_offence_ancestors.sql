-- Every (offence, ancestor) pair of the ONS offence hierarchy, including the offence itself
-- at depth 0, so that parent statements can be matched with their children.
with recursive ancestors (offence, ancestor, depth) as (
    select offence, offence, 0
    from {{ ref('offence_hierarchy') }}
    union all
    select a.offence, h.parent_offence, a.depth + 1
    from ancestors as a
    inner join {{ ref('offence_hierarchy') }} as h on a.ancestor = h.offence
    where h.parent_offence is not null
)

select offence, ancestor, depth from ancestors
