package vn.thiduaso.award;

import java.util.UUID;

import vn.thiduaso.platform.test.Tokens;

/**
 * A fresh city → commune → office/villages tree with random ids and paths, one per test. award-service
 * keeps no unit table: units exist for it only as ids and paths in events and tokens.
 */
public final class Communes {

    public record Unit(UUID id, String path, String name) {
    }

    public record Commune(String key, Unit city, Unit commune, Unit office, Unit village, Unit otherVillage) {

        public String officeToken() {
            return Tokens.role("office").unit(office.id(), office.path()).scope(commune.path()).bearer();
        }

        public String leaderToken() {
            return Tokens.role("leader").unit(commune.id(), commune.path()).scope(commune.path()).bearer();
        }

        public String councilToken() {
            return Tokens.role("council").unit(office.id(), office.path()).scope(commune.path()).bearer();
        }

        /** Focal officer of {@link #village}: scope is that unit only. */
        public String unitToken() {
            return Tokens.role("unit").unit(village.id(), village.path()).bearer();
        }

        /** Focal officer of {@link #otherVillage}, a unit of the same commune. */
        public String otherUnitToken() {
            return Tokens.role("unit").unit(otherVillage.id(), otherVillage.path()).bearer();
        }

        /** The city Emulation-Reward Board: the whole city subtree. */
        public String boardToken() {
            return Tokens.role("board").unit(city.id(), city.path()).scope(city.path()).bearer();
        }
    }

    public static Commune create() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Unit city = unit("/tp-" + key, "Thành phố Thử nghiệm " + key);
        Unit commune = unit(city.path() + "/xa-" + key, "UBND xã Vĩnh Thử " + key);
        Unit office = unit(commune.path() + "/phong-vhxh", "Phòng Văn hóa - Xã hội");
        Unit village = unit(commune.path() + "/thon-dong", "Thôn Đông");
        Unit otherVillage = unit(commune.path() + "/thon-tay", "Thôn Tây");
        return new Commune(key, city, commune, office, village, otherVillage);
    }

    public static String adminToken() {
        return Tokens.role("admin").unit(UUID.randomUUID(), "/").bearer();
    }

    private static Unit unit(String path, String name) {
        return new Unit(UUID.randomUUID(), path, name);
    }

    private Communes() {
    }
}
