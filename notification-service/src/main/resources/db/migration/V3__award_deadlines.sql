-- The award cycle (issue 7) in notification-service: deadlines are no longer only reports'.
-- source REPORT            = a unit's report of a reporting period (period_id = the period), as before;
--        AWARD_NOMINATION  = a nominator unit's nominations of an award round (period_id = the round id,
--                            from AwardRoundOpened/Changed; no plan), the same reminder ladder as reports;
--        COUNCIL_BALLOT    = one council member's ballot of a session (period_id = the session id,
--                            user_id = the member, from CouncilSessionOpened), reminded before the
--                            voting closes, to that member only.
alter table deadline add column source varchar(30) not null default 'REPORT'
    check (source in ('REPORT', 'AWARD_NOMINATION', 'COUNCIL_BALLOT'));
alter table deadline add column user_id uuid;
alter table deadline alter column plan_id drop not null;
alter table deadline add constraint deadline_ballot_user_ck check ((source = 'COUNCIL_BALLOT') = (user_id is not null));
-- One deadline per (period, unit) — except ballots, one per (session, member): two members may sit in one unit.
alter table deadline drop constraint deadline_period_unit_uq;
create unique index deadline_period_unit_uq on deadline (period_id, unit_id) where user_id is null;
create unique index deadline_period_user_uq on deadline (period_id, user_id) where user_id is not null;
