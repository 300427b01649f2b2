-- Announce every cluster (khối thi đua) that exists before ClusterUpserted v1 was published on each
-- create, edit and delete (ClusterService), so that award-service learns them once: one outbox row per
-- cluster on directory.clusters (compacted, key = cluster id), sent by the relay like any other event.
-- Demo clusters are created after the migrations by the demo loader, through ClusterService.
insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at)
select md5('cluster-announce:' || c.id)::uuid, 'directory.clusters', c.id::text, 'ClusterUpserted',
       json_build_object(
           'eventId', md5('cluster-announce:' || c.id)::uuid,
           'type', 'ClusterUpserted',
           'version', 1,
           'occurredAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'producer', 'plan-service',
           'aggregateId', c.id,
           'unitPath', u.path,
           'payload', json_build_object(
               'id', c.id, 'communeId', c.commune_id, 'communePath', u.path, 'name', c.name, 'year', c.year,
               'headUnitId', c.head_unit_id, 'deputyUnitId', c.deputy_unit_id,
               'memberUnitIds', to_json(c.member_unit_ids), 'deleted', false)
       )::text,
       now()
from cluster c
join unit u on u.id = c.commune_id
order by c.created_at, c.id;
