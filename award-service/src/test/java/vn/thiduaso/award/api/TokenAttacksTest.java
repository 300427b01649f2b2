package vn.thiduaso.award.api;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TokenAttackSuite;
import vn.thiduaso.platform.test.TokenAttackSuite.Endpoint;
import vn.thiduaso.platform.test.Tokens;

/** Forged, expired and misdirected tokens get 401 on reads and writes and change nothing (issue 8, item 8). */
@QuarkusTest
class TokenAttacksTest {

    @Test
    void everyTokenAttackIsRefusedOnReadsAndWrites() {
        String code = "thu-" + UUID.randomUUID().toString().substring(0, 8);
        UUID admin = UUID.randomUUID();
        TokenAttackSuite.assertAllRefused(
                () -> Tokens.role("admin").user(admin, "test-admin").unit(UUID.randomUUID(), "/"),
                Endpoint.read("/api/v1/award-forms"),
                Endpoint.read("/api/v1/award-rounds"),
                Endpoint.write("POST", "/api/v1/award-forms", """
                        {"code": "%s", "name": "Giấy khen thử nghiệm", "level": "COMMUNE",
                         "recipientKinds": ["COLLECTIVE", "INDIVIDUAL"], "rank": 1000}""".formatted(code), 201,
                        () -> TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                                "select count(*) from award_form where code = '" + code + "'")));
    }
}
