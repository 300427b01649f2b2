package vn.thiduaso.platform.db;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * Gap-free numbers per owner and calendar year (số văn bản: plans "N/KH-UBND", decisions
 * "N/QĐ-UBND"): one upsert takes the next number and keeps the counter row locked until the
 * transaction ends, so concurrent writers queue on it and a rolled back write gives its number back.
 * The counter table has the columns {@code (<owner>, year, last_number)} with that primary key.
 */
public final class YearlyNumbers {

    private YearlyNumbers() {
    }

    /** The next number; must run inside the transaction that uses it. Table and column are code constants. */
    public static int next(EntityManager em, String table, String ownerColumn, UUID owner, int year) {
        Number next = (Number) em.createNativeQuery("insert into " + table + " (" + ownerColumn + ", year, last_number)"
                + " values (?1, ?2, 1) on conflict (" + ownerColumn + ", year)"
                + " do update set last_number = " + table + ".last_number + 1 returning last_number")
                .setParameter(1, owner).setParameter(2, year).getSingleResult();
        return next.intValue();
    }
}
