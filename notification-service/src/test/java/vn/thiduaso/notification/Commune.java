package vn.thiduaso.notification;

import java.util.UUID;

import vn.thiduaso.platform.test.Tokens;

/**
 * A fresh city → commune → office / two villages tree, known to this service only through the ids,
 * paths and names that events carry. Random per test: the database and GreenMail are shared.
 */
public record Commune(String key, UUID cityId, String cityPath, UUID communeId, String communePath,
        Unit office, Unit village, Unit otherVillage) {

    public record Unit(UUID id, String path, String name) {
    }

    /** A user as plan-service would publish them. */
    public record Person(UUID id, String username, String fullName, String email, String role, Unit unit,
            boolean active) {

        public Person withEmail(String address) {
            return new Person(id, username, fullName, address, role, unit, active);
        }

        public Person inactive() {
            return new Person(id, username, fullName, email, role, unit, false);
        }

        /** A token for this person, scoped like plan-service scopes the role. */
        public String token(Commune c) {
            Tokens t = Tokens.role(role).user(id, username).unit(unit.id(), unit.path());
            if (!"unit".equals(role)) {
                t.scope(c.communePath());
            }
            return t.bearer();
        }
    }

    public static Commune create() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String city = "/tp-" + key;
        String commune = city + "/xa-" + key;
        return new Commune(key, UUID.randomUUID(), city, UUID.randomUUID(), commune,
                new Unit(UUID.randomUUID(), commune + "/phong-vhxh", "Phòng Văn hóa - Xã hội"),
                new Unit(UUID.randomUUID(), commune + "/thon-dong-hoa", "Thôn Đông Hòa " + key),
                new Unit(UUID.randomUUID(), commune + "/thon-xuan-lung", "Thôn Xuân Lũng " + key));
    }

    /** The focal officer of the first village (role {@code unit}) with a unique address. */
    public Person unitUser() {
        return person("unit", "Lê Thị Ánh", village);
    }

    public Person person(String role, String fullName, Unit unit) {
        String name = key + "." + role + "." + UUID.randomUUID().toString().substring(0, 6);
        return new Person(UUID.randomUUID(), name, fullName, name + "@test.local", role, unit, true);
    }

    public String officeToken() {
        return Tokens.role("office").unit(office.id(), office.path()).scope(communePath).bearer();
    }

    public String boardToken() {
        return Tokens.role("board").unit(cityId, cityPath).bearer();
    }

    public String councilToken() {
        return Tokens.role("council").unit(office.id(), office.path()).scope(communePath).bearer();
    }

    public String unitToken(Unit unit) {
        return Tokens.role("unit").unit(unit.id(), unit.path()).bearer();
    }
}
