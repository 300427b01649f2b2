package vn.thiduaso.platform.test.scope;

import static vn.thiduaso.platform.test.scope.Caller.ADMIN;

/**
 * Rows that repeat from service to service: platform operations (health, the document, admin-only
 * endpoints such as {@code /api/v1/admin/outbox} or dead-letter replays).
 */
public final class ScopeRows {

    /**
     * An operation only the administrator may call (the outbox, dead letters, clocks): 2xx for the
     * administrator, 403 for every other role (also of other communes), 401 without a token. Add
     * {@code .path(...)}/{@code .body(...)}; for an action whose state decides, {@code .admitted(ADMIN)}.
     */
    public static ScopeRow adminOnly(ScopeTable table, String operation) {
        return table.row(operation).ok(ADMIN).others(Outcome.FORBIDDEN)
                .note("chỉ quản trị hệ thống");
    }

    /**
     * The administration endpoints the platform gives every service (the outbox and the dead
     * letters): admin only; for the administrator an id that does not exist is a 404.
     */
    public static void platformAdmin(ScopeTable table) {
        adminOnly(table, "GET /api/v1/admin/outbox");
        adminOnly(table, "POST /api/v1/admin/outbox/{eventId}/retry").path("eventId", java.util.UUID.randomUUID()).notFound(ADMIN);
        adminOnly(table, "GET /api/v1/admin/dead-letters");
        adminOnly(table, "GET /api/v1/admin/dead-letters/{partition}/{offset}").path("partition", 0).path("offset", 999_999_999L)
                .notFound(ADMIN);
        adminOnly(table, "POST /api/v1/admin/dead-letters/{partition}/{offset}/replay").path("partition", 0)
                .path("offset", 999_999_999L).notFound(ADMIN);
    }

    /** An operation open to everyone (login, health, the OpenAPI document). */
    public static ScopeRow open(ScopeTable table, String operation) {
        return table.row(operation).open();
    }

    /** An operation on the caller's own things (own profile, own inbox): every signed-in caller gets 2xx. */
    public static ScopeRow own(ScopeTable table, String operation) {
        return table.row(operation).others(Outcome.OK).ownData();
    }

    private ScopeRows() {
    }
}
