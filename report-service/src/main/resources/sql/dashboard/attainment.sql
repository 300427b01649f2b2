-- Target attainment (GET /api/v1/dashboards/attainment), one statement: the values of submitted and
-- accepted reports of annual periods in scope, rolled up with GROUPING SETS per (plan, target, year)
-- — the commune's figure, all years: the trend —, per (plan, target, year, unit) — the bars — and per
-- (target code, year) across every plan in scope (the board's city-wide figure). The service turns
-- the sums into values (a percentage target: Σ numerators / Σ denominators × 100).
-- Parameters: :scope, :descendants; the filters line takes plan, target, period, subtree; the having
-- line keeps the unit rows of the year asked for.
-- level = grouping(plan_id, target_id, unit_id, target_code): 3 per target and year, 1 per unit, 14 per code.
with vals as (
    select p.plan_id,
           v.target_id,
           coalesce(v.target_code, '')                      as target_code,
           v.year,
           p.issuing_unit_id                                as commune_id,
           rq.unit_id,
           rq.unit_name,
           rq.unit_path,
           coalesce(du.kind, 'OTHER')                       as unit_kind,
           v.value,
           v.numerator,
           v.denominator
    from report_target_value v
    join report r on r.id = v.report_id
    join report_requirement rq on rq.id = r.requirement_id
    join reporting_period p on p.id = rq.period_id
    left join directory_unit du on du.id = rq.unit_id
    where r.status in ('SUBMITTED', 'ACCEPTED')
      and rq.status <> 'WITHDRAWN'
      and p.second_hop = false
      and (v.value is not null or v.numerator is not null or v.denominator is not null)
      and (rq.unit_path = :scope or rq.unit_path like :descendants)
      -- @filters
)
select grouping(plan_id, target_id, unit_id, target_code) as level,
       plan_id, target_id, target_code, year, commune_id, unit_id, unit_name, unit_path, unit_kind,
       count(*)                                  as reporting_units,
       count(value)                              as with_value,
       sum(value)                                as value_sum,
       sum(numerator)                            as numerator_sum,
       sum(denominator)                          as denominator_sum,
       count(distinct commune_id)                as communes
from vals
group by grouping sets (
    (plan_id, target_id, year, commune_id),
    (plan_id, target_id, year, commune_id, unit_id, unit_name, unit_path, unit_kind),
    (target_code, year)
)
-- @having
order by level, target_code, plan_id, target_id, year, unit_name
