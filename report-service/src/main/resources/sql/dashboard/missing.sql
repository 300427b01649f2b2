-- Who has not submitted yet (GET /api/v1/dashboards/missing): active requirements in scope without a
-- submitted or accepted report (a second-hop requirement: without a submitted consolidation), with
-- the unit's head and e-mail for a reminder, earliest deadline first. Parameters: :scope,
-- :descendants, :now, :limit; the filters line takes period, year, plan, subtree, overdue only.
select rq.id                                                        as requirement_id,
       p.id                                                         as period_id,
       p.title                                                      as period_title,
       p.year,
       p.second_hop,
       p.issuing_unit_id                                            as commune_id,
       coalesce(cu.name, rp.issuing_unit_name, p.issuing_unit_path) as commune_name,
       rq.unit_id,
       rq.unit_name,
       rq.unit_path,
       coalesce(du.kind, 'OTHER')                                   as unit_kind,
       du.head_name,
       du.email,
       coalesce(rq.due_date, p.due_date)                            as due_date,
       coalesce(rq.due_at, p.due_at)                                as due_at,
       r.id                                                         as report_id,
       r.status                                                     as report_status,
       coalesce(r.returned_count, 0)                                as returned_count
from report_requirement rq
join reporting_period p on p.id = rq.period_id
left join report r on r.requirement_id = rq.id
left join consolidated_report cr on cr.second_hop_requirement_id = rq.id and cr.status = 'SUBMITTED'
left join directory_unit du on du.id = rq.unit_id
left join directory_unit cu on cu.id = p.issuing_unit_id
left join reporting_plan rp on rp.plan_id = p.plan_id
where rq.status <> 'WITHDRAWN'
  and (rq.unit_path = :scope or rq.unit_path like :descendants)
  and case when p.second_hop then cr.id is null
           else coalesce(r.status, '') not in ('SUBMITTED', 'ACCEPTED') end
  -- @filters
order by coalesce(rq.due_at, p.due_at), commune_name, rq.unit_name, rq.id
limit :limit
