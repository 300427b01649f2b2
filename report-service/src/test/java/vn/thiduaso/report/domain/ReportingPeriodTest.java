package vn.thiduaso.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void annualTitleIsTheObligationTitleWithTheYear() {
        assertEquals("Báo cáo kết quả thực hiện Phong trào thi đua năm 2026",
                ReportingPeriod.annualTitle("Báo cáo kết quả thực hiện Phong trào thi đua", "Kế hoạch 150", 2026));
    }

    @Test
    void yearReplacesATrailingHangNam() {
        assertEquals("Báo cáo kết quả phong trào năm 2027",
                ReportingPeriod.annualTitle("Báo cáo kết quả phong trào hằng năm", "Kế hoạch 150", 2027));
        assertEquals("Báo cáo kết quả phong trào năm 2027",
                ReportingPeriod.annualTitle("Báo cáo kết quả phong trào hàng năm.", "Kế hoạch 150", 2027));
    }

    @Test
    void withoutObligationTitleThePlanIsReportedOn() {
        assertEquals("Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số năm 2025",
                ReportingPeriod.annualTitle(" ", "Kế hoạch chuyển đổi số", 2025));
    }

    @Test
    void requirementsStartPendingInTheAddresseesOrder() {
        ReportingPeriod period = new ReportingPeriod();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        period.require(new UnitSnapshot(first, "/a/b/thon-1", "Thôn 1"));
        period.require(new UnitSnapshot(second, "/a/b/thon-2", "Thôn 2"));
        assertEquals(first, period.requirements.get(0).unitId);
        assertEquals(1, period.requirements.get(1).position);
        assertEquals(RequirementStatus.PENDING, period.requirements.get(1).status);
    }
}
