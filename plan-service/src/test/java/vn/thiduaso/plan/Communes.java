package vn.thiduaso.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.UserAccount;
import vn.thiduaso.plan.service.DirectoryService;
import vn.thiduaso.platform.test.Tokens;

/** Builds a fresh city → commune → office/village tree with one user per role, for one test. */
@ApplicationScoped
public class Communes {

    public static final String PASSWORD = "mat-khau-thu-nghiem";

    public record Commune(String key, Unit city, Unit commune, Unit office, Unit village, UserAccount office_user,
            UserAccount leader, UserAccount unitUser) {

        public String officeToken() {
            return Tokens.role("office").user(office_user.id, office_user.username).unit(office.id, office.path)
                    .scope(commune.path).bearer();
        }

        public String leaderToken() {
            return Tokens.role("leader").user(leader.id, leader.username).unit(commune.id, commune.path)
                    .scope(commune.path).bearer();
        }

        public String unitToken() {
            return Tokens.role("unit").user(unitUser.id, unitUser.username).unit(village.id, village.path).bearer();
        }

        public String councilToken() {
            return Tokens.role("council").unit(office.id, office.path).scope(commune.path).bearer();
        }

        public String boardToken() {
            return Tokens.role("board").unit(city.id, city.path).bearer();
        }
    }

    private final DirectoryService directory;

    public Communes(DirectoryService directory) {
        this.directory = directory;
    }

    @Transactional
    public Commune create() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Unit city = directory.newUnit(null, "tp-" + key, "Thành phố Thử nghiệm " + key, UnitKind.CITY);
        Unit commune = directory.newUnit(city, "xa-" + key, "Xã Vĩnh Thử " + key, UnitKind.COMMUNE);
        Unit office = directory.newUnit(commune, "phong-vhxh", "Phòng Văn hóa - Xã hội", UnitKind.OFFICE);
        Unit village = directory.newUnit(commune, "thon-1", "Thôn Đông", UnitKind.VILLAGE);
        UserAccount officeUser = directory.newUser(office, key + ".office", PASSWORD, "Nguyễn Thị Hoà", key + ".office@test.local", "office");
        UserAccount leader = directory.newUser(commune, key + ".leader", PASSWORD, "Trần Văn Hùng", key + ".leader@test.local", "leader");
        UserAccount unitUser = directory.newUser(village, key + ".unit", PASSWORD, "Lê Thị Ánh", key + ".unit@test.local", "unit");
        return new Commune(key, city, commune, office, village, officeUser, leader, unitUser);
    }
}
