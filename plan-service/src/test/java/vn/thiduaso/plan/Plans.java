package vn.thiduaso.plan;

import java.time.LocalDate;
import java.util.UUID;

/** JSON bodies for plan requests in tests. */
final class Plans {

    static String createBody(Communes.Commune c, String title) {
        int year = LocalDate.now().getYear();
        return """
                {"title": "%s",
                 "summary": "Phát động phong trào thi đua trên địa bàn",
                 "issuingUnitId": "%s",
                 "signerName": "Nguyễn Văn Hà", "signerTitle": "Phó Chủ tịch",
                 "addresseeUnitIds": ["%s", "%s"],
                 "reportingObligations": [{"title": "Báo cáo kết quả thực hiện Phong trào thi đua",
                    "recipientUnitId": "%s", "dueDay": 5, "dueMonth": 12, "firstYear": %d, "lastYear": %d}]}
                """.formatted(title, c.commune().id, c.office().id, c.village().id, c.office().id, year, year + 1);
    }

    static String issueBody(long version) {
        return "{\"number\": \"" + (100 + (int) (Math.random() * 800)) + "/KH-UBND\", \"version\": " + version + "}";
    }

    static String randomTitle() {
        return "Kế hoạch Cả nước thi đua đổi mới sáng tạo và chuyển đổi số " + UUID.randomUUID().toString().substring(0, 6);
    }

    private Plans() {
    }
}
