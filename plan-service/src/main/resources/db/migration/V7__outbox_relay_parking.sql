-- Outbox relay (issue 8): per-aggregate ordering across instances, per-row backoff and parking.
-- next_attempt_at: a failed row waits until then (exponential backoff); null = due now.
-- parked_at: set after thiduaso.platform.outbox.max-attempts failures; a parked row is no longer
--            retried and no longer holds back the later rows of its aggregate (admin retry unparks it).
-- claimed_until: the lease of the relay instance sending the row; an expired lease may be taken over.
alter table outbox_event add column next_attempt_at timestamptz;
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column claimed_until timestamptz;

-- The relay looks for the oldest pending row of each aggregate (topic + key).
create index outbox_event_pending_idx on outbox_event (topic, message_key, seq)
    where sent_at is null and parked_at is null;
-- The admin list of parked rows.
create index outbox_event_parked_idx on outbox_event (parked_at) where parked_at is not null and sent_at is null;
