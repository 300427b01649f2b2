-- Plans and their versions go to the shared audit log (platform V0_3): who, when, before/after of the
-- changed fields, in the same transaction as the change. A version's parts are recorded part by part
-- ("content.targets"), and versions file under their plan (object id = plan id).
select platform_audit_table('plan', 'plan', 'issuing_unit_path', null, 'updated_at');
select platform_audit_table('plan_version', 'plan', 'plan_id', 'select issuing_unit_path from plan where id = $1::uuid',
                            null, 'content', 'plan_id');
