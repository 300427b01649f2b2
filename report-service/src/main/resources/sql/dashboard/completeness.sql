-- Completeness and timeliness of reporting (GET /api/v1/dashboards/completeness), one statement:
-- every active requirement in scope with its report's state, rolled up with GROUPING SETS into the
-- totals, per unit kind, per commune and per period, and (the "by unit" table) the requirements
-- themselves, the first :limit of them (there are totals.expected). A second-hop requirement (the
-- commune's own report onwards) counts as submitted once its consolidation is SUBMITTED.
-- Parameters: :scope, :descendants (LIKE pattern of the scope's subtree), :now, :limit; the service
-- replaces the filters line with its optional conditions (year, plan, period, unit kind, subtree, second hop).
-- level = grouping(unit_kind, commune_id, period_id): 7 totals, 3 per unit kind, 5 per commune,
-- 6 per period; 14 = one requirement.
with base as (
    select rq.id                                             as requirement_id,
           rq.unit_id,
           rq.unit_name,
           rq.unit_path,
           coalesce(du.kind, 'OTHER')                        as unit_kind,
           p.id                                              as period_id,
           p.title                                           as period_title,
           p.year,
           p.kind                                            as period_kind,
           p.second_hop,
           p.due_at                                          as period_due_at,
           p.plan_id,
           p.plan_title,
           p.issuing_unit_id                                 as commune_id,
           p.issuing_unit_path                               as commune_path,
           coalesce(cu.name, rp.issuing_unit_name, p.issuing_unit_path) as commune_name,
           coalesce(rq.due_at, p.due_at)                     as due_at,
           case when p.second_hop then cr.status else r.status end             as status,
           case when p.second_hop then cr.submitted_at else r.submitted_at end as submitted_at,
           coalesce(case when p.second_hop then cr.late_seconds else r.late_seconds end, 0) as late_seconds
    from report_requirement rq
    join reporting_period p on p.id = rq.period_id
    left join report r on r.requirement_id = rq.id
    left join consolidated_report cr on cr.second_hop_requirement_id = rq.id and cr.status = 'SUBMITTED'
    left join directory_unit du on du.id = rq.unit_id
    left join directory_unit cu on cu.id = p.issuing_unit_id
    left join reporting_plan rp on rp.plan_id = p.plan_id
    where rq.status <> 'WITHDRAWN'
      and (rq.unit_path = :scope or rq.unit_path like :descendants)
      -- @filters
), flagged as (
    select b.*,
           case when status in ('SUBMITTED', 'ACCEPTED') then 1 else 0 end                        as is_submitted,
           case when status in ('SUBMITTED', 'ACCEPTED') and late_seconds = 0 then 1 else 0 end   as is_on_time,
           case when status in ('SUBMITTED', 'ACCEPTED') and late_seconds > 0 then 1 else 0 end   as is_late,
           case when status = 'RETURNED' then 1 else 0 end                                         as is_returned,
           case when status = 'ACCEPTED' then 1 else 0 end                                         as is_accepted,
           case when coalesce(status, '') not in ('SUBMITTED', 'ACCEPTED') and due_at <= :now then 1 else 0 end as is_missing,
           case when coalesce(status, '') not in ('SUBMITTED', 'ACCEPTED') and due_at > :now then 1 else 0 end  as is_not_yet_due
    from base b
), rolled as (
    -- Grouped on one key per set (hashable, narrow); a commune's or a period's attributes ride along as
    -- max() — constant within their own set, meaningless (and unused) in the others.
    select grouping(unit_kind, commune_id, period_id) as level,
           unit_kind, commune_id, period_id,
           max(commune_path)    as commune_path,
           max(commune_name)    as commune_name,
           max(period_title)    as period_title,
           max(year)            as year,
           max(period_kind)     as period_kind,
           bool_or(second_hop)  as second_hop,
           max(period_due_at)   as period_due_at,
           max(plan_id::text)::uuid as plan_id,
           max(plan_title)      as plan_title,
           count(*)             as expected,
           sum(is_submitted)    as submitted,
           sum(is_on_time)      as on_time,
           sum(is_late)         as late,
           sum(is_returned)     as returned,
           sum(is_accepted)     as accepted,
           sum(is_missing)      as missing,
           sum(is_not_yet_due)  as not_yet_due
    from flagged
    group by grouping sets ((), (unit_kind), (commune_id), (period_id))
), detail as (
    -- The "by unit" table: one row per requirement, its flags its counts; the first :limit of them
    -- (a top-N sort, not a sort of them all).
    select 14 as level, unit_kind, commune_id, commune_path, commune_name, period_id, period_title, year,
           period_kind, second_hop, period_due_at, plan_id, plan_title, requirement_id, unit_id, unit_name, unit_path, status, due_at,
           submitted_at, late_seconds, 1::bigint as expected, is_submitted::bigint as submitted,
           is_on_time::bigint as on_time, is_late::bigint as late, is_returned::bigint as returned,
           is_accepted::bigint as accepted, is_missing::bigint as missing, is_not_yet_due::bigint as not_yet_due
    from flagged
    order by commune_name, unit_kind, year, period_due_at, period_title, unit_name, requirement_id
    limit :limit
)
select level, unit_kind, commune_id, commune_path, commune_name, period_id, period_title, year, period_kind,
       second_hop, period_due_at, plan_id, plan_title, null::uuid as requirement_id, null::uuid as unit_id, null::varchar as unit_name,
       null::varchar as unit_path, null::varchar as status, null::timestamptz as due_at,
       null::timestamptz as submitted_at, 0::bigint as late_seconds, expected, submitted, on_time, late, returned,
       accepted, missing, not_yet_due
from rolled
union all
select * from detail
order by level, commune_name, unit_kind, year, period_due_at, period_title, unit_name, requirement_id
