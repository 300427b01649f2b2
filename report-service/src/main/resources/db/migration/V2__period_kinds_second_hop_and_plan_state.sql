-- Structured plans (PlanIssued v2, PlanAmended, PlanClosed): periods of every obligation kind, the
-- commune's own report onwards (second hop), withdrawn requirements, and what is known of each plan.

-- The second hop: the issuing unit reports onwards (e.g. to Sở Nội vụ); the recipient may be a unit
-- the directory does not know, so only its name is sure.
alter table reporting_period add column second_hop boolean not null default false;
alter table reporting_period alter column recipient_unit_id drop not null;
alter table reporting_period alter column recipient_unit_path drop not null;
-- An obligation opens at most one period per year for its reporters, and one for the second hop.
alter table reporting_period drop constraint reporting_period_obligation_year_uq;
alter table reporting_period add constraint reporting_period_obligation_year_hop_uq unique (obligation_id, year, second_hop);

-- A requirement withdrawn by an amendment is kept (with anything submitted for it), never deleted.
alter table report_requirement add column withdrawn_at timestamptz;

-- What this service knows of a plan: the newest issued version applied, and whether it is closed.
create table reporting_plan (
    plan_id        uuid primary key,
    plan_version   integer not null,
    closed_at      timestamptz,
    updated_at     timestamptz not null
);
