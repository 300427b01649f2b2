-- Target attainment (GET /api/v1/dashboards/attainment), one statement: the values of submitted and
-- accepted reports of annual periods in scope, rolled up with GROUPING SETS per (plan, target, year)
-- — the commune's figure, all years: the trend —, per (plan, target, year, unit) — the bars —, per
-- (target code, year) across every plan in scope (the board's city-wide figure) and per (target code,
-- year, commune) (the board's bar per commune); the bars per unit only with :withUnits (one plan, target
-- or subtree, or the commune's own office). The service turns the sums into values (a percentage target: Σ numerators
-- / Σ denominators × 100). Parameters: :scope, :descendants; the filters line takes plan, target,
-- period, subtree; the having line keeps the unit and commune rows of the year asked for.
-- level = grouping(target_id, unit_id, target_code, commune_id): 7 per target and year, 3 per unit,
-- 13 per code, 12 per code and commune.
with vals as (
    select
           v.target_id,
           v.target_code,
           v.year,
           p.issuing_unit_id                                as commune_id,
           -- Without the bars per unit (:withUnits false: the board over its city) the per-unit set
           -- collapses into one row per target and year, which the service drops.
           case when :withUnits then rq.unit_id end as unit_id,
           case when :withUnits then rq.unit_name end as unit_name,
           case when :withUnits then rq.unit_path end as unit_path,
           case when :withUnits then coalesce(du.kind, 'OTHER') end as unit_kind,
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
-- Grouped on narrow keys with sums only (cheap to hash); a target's plan and commune come from the
-- plans' own target lists afterwards (a target belongs to one plan of one commune).
, rolled as (
    select grouping(target_id, unit_id, target_code, commune_id) as level,
           target_id, target_code, year, commune_id, unit_id,
           max(unit_name)                            as unit_name,
           max(unit_path)                            as unit_path,
           max(unit_kind)                            as unit_kind,
           count(*)                                  as reporting_units,
           count(value)                              as with_value,
           sum(value)                                as value_sum,
           sum(numerator)                            as numerator_sum,
           sum(denominator)                          as denominator_sum
    from vals
    group by grouping sets (
        (target_id, year),
        (target_code, year),
        (target_code, year, commune_id),
        (target_id, year, unit_id)
    )
    -- @having
), target_plan as (
    select (t.value ->> 'id')::uuid as target_id, rp.plan_id, rp.issuing_unit_id as commune_id
    from reporting_plan rp cross join lateral jsonb_array_elements(rp.targets) t
    where t.value ->> 'id' is not null
)
select r.level, tp.plan_id, r.target_id, r.target_code, r.year, coalesce(r.commune_id, tp.commune_id) as commune_id,
       r.unit_id, r.unit_name, r.unit_path, r.unit_kind, r.reporting_units, r.with_value, r.value_sum,
       r.numerator_sum, r.denominator_sum
from rolled r
left join target_plan tp on tp.target_id = r.target_id
order by r.level, r.target_code, tp.plan_id, r.target_id, r.year, r.unit_name
