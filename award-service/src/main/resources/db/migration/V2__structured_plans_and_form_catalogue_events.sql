-- Structured plans (PlanIssued v2, PlanAmended v1, PlanClosed v1): the award forms a plan offers
-- (with their occasions and recipient groups) and its milestones; the issued version and closing.

alter table award_plan add column plan_version integer not null default 1;
alter table award_plan add column closed_at timestamptz;
alter table award_plan add column closed_reason varchar(1000);

-- Hình thức khen thưởng the plan offers, in the plan's order. Codes refer to award_form.code, but the
-- plan may name a code this catalogue learns later: no foreign key.
create table award_plan_award_form (
    plan_id           uuid not null references award_plan (plan_id) on delete cascade,
    position          integer not null,
    code              varchar(60) not null,
    -- Comma-separated enum names (ANNUAL, PRELIMINARY_REVIEW, FINAL_REVIEW, AD_HOC / OFFICES_AND_UNITS, …).
    occasions         varchar(200) not null,
    recipient_groups  varchar(500) not null,
    primary key (plan_id, position)
);

-- Mốc thời gian (sơ kết, tổng kết, …): award rounds are keyed to them by their stable id.
create table award_plan_milestone (
    plan_id       uuid not null references award_plan (plan_id) on delete cascade,
    position      integer not null,
    milestone_id  uuid not null,
    kind          varchar(30) not null,
    title         varchar(500) not null,
    date          date,
    month         integer,
    year          integer,
    primary key (plan_id, position)
);

-- Announce every seeded form once (AwardFormUpserted v1 on catalogue.award-forms, key = code), so that
-- plan-service learns the catalogue it checks plan award forms against. The relay sends these rows.
insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at)
select md5('award-form-seed:' || f.code)::uuid, 'catalogue.award-forms', f.code, 'AwardFormUpserted',
       json_build_object(
           'eventId', md5('award-form-seed:' || f.code)::uuid,
           'type', 'AwardFormUpserted',
           'version', 1,
           'occurredAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'producer', 'award-service',
           'aggregateId', f.code,
           'unitPath', null,
           'payload', json_build_object('code', f.code, 'name', f.name, 'level', f.level, 'active', f.active)
       )::text,
       now()
from award_form f
order by f.rank;
