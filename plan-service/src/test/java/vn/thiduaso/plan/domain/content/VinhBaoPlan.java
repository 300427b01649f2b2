package vn.thiduaso.plan.domain.content;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Vĩnh Bảo commune plan (/work/shared/seeds/plan-vinh-bao.txt) as {@link PlanContent}: a realistic
 * fixture for the diff and the document renderer. The seed has no targets and no milestones; two targets
 * and two milestones in the spirit of the movement are added so that those parts are exercised too.
 */
public final class VinhBaoPlan {

    public static final UUID MOVEMENT = id("movement-cdsl");
    public static final UUID VHXH = id("phong-vhxh");
    public static final UUID KINH_TE = id("phong-kinh-te");
    public static final UUID TRUNG_TAM = id("trung-tam-su-nghiep-cong");
    public static final UUID MTTQ = id("uy-ban-mttq");
    public static final UUID DOANH_NGHIEP = id("doanh-nghiep");
    public static final UUID THON = id("cac-thon");
    public static final UUID PHONG_BAN = id("phong-ban");

    public static final UUID CONTENT_1 = id("content-1");
    public static final UUID CONTENT_2 = id("content-2");
    public static final UUID TARGET_CT01 = id("target-ct01");
    public static final UUID OBLIGATION = id("obligation-annual");

    public static final String TITLE = "Kế hoạch phát động, thực hiện Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo "
            + "và chuyển đổi số” và “Bình dân học vụ số” trên địa bàn xã Vĩnh Bảo giai đoạn 2025 - 2030";

    /** The lead-in after the legal bases (PlanContent.introduction). */
    public static final String INTRODUCTION = "Ủy ban nhân dân xã Vĩnh Bảo ban hành Kế hoạch phát động, thực hiện Phong trào thi đua "
            + "“Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” và “Bình dân học vụ số” trên địa bàn xã Vĩnh Bảo "
            + "(sau đây gọi tắt là Phong trào thi đua), cụ thể như sau:";

    /** The first closing sentence after the last section (PlanContent.closing). */
    public static final String CLOSING = "Trên đây là Kế hoạch phát động, thực hiện Phong trào thi đua “Cả nước thi đua "
            + "đổi mới sáng tạo và chuyển đổi số” và “Bình dân học vụ số” giai đoạn 2025 - 2030 trên địa bàn xã Vĩnh Bảo.";

    private VinhBaoPlan() {
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("vinh-bao:" + name).getBytes(StandardCharsets.UTF_8));
    }

    public static Map<UUID, String> unitNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(VHXH, "Phòng Văn hóa - Xã hội");
        names.put(KINH_TE, "Phòng Kinh tế");
        names.put(TRUNG_TAM, "Trung tâm sự nghiệp công");
        names.put(MTTQ, "Ủy ban Mặt trận Tổ quốc Việt Nam xã");
        names.put(DOANH_NGHIEP, "Các doanh nghiệp trên địa bàn xã");
        names.put(THON, "Các thôn trên địa bàn xã");
        names.put(PHONG_BAN, "Các phòng, ban, đơn vị trên địa bàn xã");
        return names;
    }

    public static Map<String, String> awardFormNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("huan-chuong-lao-dong", "Huân chương Lao động");
        names.put("co-thi-dua-chinh-phu", "Cờ Thi đua của Chính phủ");
        names.put("bang-khen-thu-tuong", "Bằng khen của Thủ tướng Chính phủ");
        names.put("co-thi-dua-ubnd-thanh-pho", "Cờ Thi đua của UBND thành phố");
        names.put("bang-khen-chu-tich-ubnd-thanh-pho", "Bằng khen của Chủ tịch UBND thành phố");
        names.put("giay-khen-chu-tich-ubnd-xa", "Giấy khen của Chủ tịch Ủy ban nhân dân xã");
        return names;
    }

    public static PlanContent content() {
        List<LegalBasis> legalBases = List.of(new LegalBasis(id("basis-2144"), LegalBasis.Relation.BASIS,
                LegalBasis.DocumentKind.OFFICIAL_LETTER, "2144/UBND-NVKTGS", LocalDate.of(2025, 8, 15),
                "Ủy ban nhân dân thành phố",
                "về việc triển khai thực hiện Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” "
                        + "và “Bình dân học vụ số”",
                null));
        List<String> purposes = List.of(
                "Phát huy sức mạnh của cả hệ thống chính trị và toàn xã hội trong việc tuyên truyền, nâng cao nhận thức, "
                        + "sự cần thiết, tính cấp bách của chuyển đổi số trên địa bàn xã góp phần hoàn thành các mục tiêu "
                        + "phát triển kinh tế - xã hội của địa phương.",
                "Tạo bước chuyển biến mạnh mẽ trong nhận thức và hành động của cán bộ, công chức, viên chức, người lao động, "
                        + "doanh nghiệp và nhân dân về vai trò, ý nghĩa, tầm quan trọng của đổi mới sáng tạo và chuyển đổi số.",
                "Phát hiện biểu dương, khen thưởng đối với các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong triển "
                        + "khai thực hiện nhiệm vụ chuyển đổi số; kịp thời nhân rộng nhân tố mới, bồi dưỡng, nhân rộng các điển "
                        + "hình tiên tiến, các sáng kiến, cách làm hay trong phong trào thi đua nhằm tạo sự lan tỏa trong xã.");
        List<String> requirements = List.of(
                "Phong trào thi đua phải được triển khai sâu rộng, đồng bộ, xuyên suốt đến các cơ quan, đơn vị, cán bộ, công "
                        + "chức, viên chức và người lao động, đảng viên, cộng đồng doanh nghiệp và người dân trên địa bàn xã "
                        + "với nội dung đa dạng, hình thức phong phú, thiết thực, phù hợp với điều kiện thực tế.",
                "Các cơ quan, đơn vị, doanh nghiệp phải coi việc thực hiện phong trào thi đua là nhiệm vụ quan trọng, luôn song "
                        + "hành trong chỉ đạo, điều hành các hoạt động của đơn vị; chủ động xây dựng chương trình, kế hoạch, "
                        + "đẩy nhanh tiến trình chuyển đổi số theo từng ngành, lĩnh vực, đơn vị.",
                "Người đứng đầu cơ quan, đơn vị phải luôn đề cao trách nhiệm, vai trò trong việc chỉ đạo, thường xuyên kiểm tra "
                        + "việc thực hiện Phong trào thi đua để kịp thời phát hiện mô hình mới, nhân tố mới, gương người tốt, "
                        + "việc tốt để bồi dưỡng, nhân rộng và tôn vinh. Công tác khen thưởng đảm bảo dân chủ, chính xác, công "
                        + "khai, minh bạch, kịp thời, đúng đối tượng, đúng theo quy định hiện hành.");
        List<ContentItem> contents = List.of(
                new ContentItem(CONTENT_1, "1", "Thi đua nâng cao nhận thức, đột phá về đổi mới tư duy",
                        "Xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới "
                                + "trong toàn xã hội về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Gắn "
                                + "tuyên truyền các mục tiêu, nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
                                + "đổi số với các nghị quyết, chương trình hành động, mục tiêu, nhiệm vụ phát triển kinh tế, xã "
                                + "hội, bảo đảm quốc phòng, an ninh của địa phương.",
                        List.of()),
                new ContentItem(CONTENT_2, "2", "Phát động phong trào học tập trên các nền tảng số",
                        "Để trở thành phong trào “học tập số” liên tục phổ cập, nâng cao kiến thức về khoa học, công nghệ, "
                                + "đổi mới sáng tạo, kỹ năng số, công nghệ số cơ bản trong cán bộ, công chức và Nhân dân.",
                        List.of(new ContentItem(id("content-2a"), "a", "Triển khai sâu rộng phong trào “Bình dân học vụ số”",
                                "Thi đua tự học và sáng tạo trong cộng đồng, rèn luyện, phát triển kỹ năng số.", List.of()))),
                new ContentItem(id("content-3"), "3", "Thi đua phát triển hạ tầng nhất là hạ tầng số, công nghệ số",
                        "Trên nguyên tắc “hiện đại, đồng bộ, an ninh, an toàn, hiệu quả, tránh lãng phí”. Trọng tâm thi đua "
                                + "phát triển Chính phủ số, đẩy mạnh ứng dụng số trong cải cách hành chính, nhất là cải cách thủ "
                                + "tục hành chính; khai thác và sử dụng có hiệu quả tài nguyên số, dữ liệu số.",
                        List.of()),
                new ContentItem(id("content-4"), "4", "Thi đua phát triển xã hội số",
                        "Tập trung chuyển đổi số xã hội, tăng cường tập huấn, nâng cao kiến thức, kỹ năng về công nghệ số và "
                                + "chuyển đổi số. Chuẩn bị nguồn nhân lực cho chuyển đổi số để phát triển xã hội số.",
                        List.of()),
                new ContentItem(id("content-5"), "5", "Thi đua phát triển kinh tế số, phát triển doanh nghiệp công nghệ số",
                        "Thúc đẩy chuyển đổi số trong doanh nghiệp để nâng cao năng lực cạnh tranh của doanh nghiệp và cả "
                                + "nền kinh tế.",
                        List.of()),
                new ContentItem(id("content-6"), "6", "Thi đua bảo đảm an toàn, an ninh mạng",
                        "Đẩy mạnh hợp tác trong phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số. Chú trọng "
                                + "xây dựng, củng cố các lực lượng nòng cốt về an toàn, an ninh mạng.",
                        List.of()));
        List<Target> targets = List.of(
                new Target(TARGET_CT01, "CT01", "Cán bộ, công chức có kỹ năng số cơ bản", "%", true, Target.Comparison.GTE,
                        "số cán bộ, công chức có kỹ năng số cơ bản", "tổng số cán bộ, công chức",
                        TargetGroup.OFFICES_AND_UNITS, CONTENT_2,
                        List.of(new Target.YearValue(2025, new BigDecimal("80"), null), new Target.YearValue(2026, new BigDecimal("90"), null),
                                new Target.YearValue(2027, new BigDecimal("100"), null))),
                new Target(id("target-ct02"), "CT02", "Hồ sơ thủ tục hành chính nộp trực tuyến", "%", true,
                        Target.Comparison.GTE, "số hồ sơ nộp trực tuyến", "tổng số hồ sơ", null, id("content-3"),
                        List.of(new Target.YearValue(2025, new BigDecimal("60"), null), new Target.YearValue(2026, new BigDecimal("70"), null))));
        List<Milestone> milestones = List.of(
                new Milestone(id("milestone-prelim"), Milestone.Kind.PRELIMINARY_REVIEW, "Sơ kết Phong trào thi đua giai đoạn 2025 - 2027",
                        null, null, 2027),
                new Milestone(id("milestone-final"), Milestone.Kind.FINAL_REVIEW, "Tổng kết Phong trào thi đua giai đoạn 2025 - 2030",
                        null, 10, 2030));
        List<TargetGroup> everyone = List.of(TargetGroup.OFFICES_AND_UNITS, TargetGroup.FRONT_AND_MASS_ORGANISATIONS,
                TargetGroup.VILLAGES, TargetGroup.ENTERPRISES_AND_COOPERATIVES, TargetGroup.INDIVIDUALS);
        List<Occasion> reviews = List.of(Occasion.PRELIMINARY_REVIEW, Occasion.FINAL_REVIEW);
        List<AwardFormOffer> awardForms = List.of(
                new AwardFormOffer("huan-chuong-lao-dong", everyone, reviews, null),
                new AwardFormOffer("co-thi-dua-chinh-phu", everyone, reviews, null),
                new AwardFormOffer("bang-khen-thu-tuong", everyone, reviews, null),
                new AwardFormOffer("co-thi-dua-ubnd-thanh-pho", everyone, reviews, null),
                new AwardFormOffer("bang-khen-chu-tich-ubnd-thanh-pho", everyone, reviews, null),
                new AwardFormOffer("giay-khen-chu-tich-ubnd-xa", everyone, List.of(Occasion.ANNUAL, Occasion.PRELIMINARY_REVIEW,
                        Occasion.FINAL_REVIEW), "Tiêu chuẩn và khen thưởng sơ kết vào năm 2027, tổng kết vào năm 2030: thực hiện "
                        + "sau khi có hướng dẫn của thành phố."));
        List<Assignment> assignments = List.of(
                new Assignment(id("assign-vhxh"), VHXH, null, List.of(), Assignment.Role.LEAD, false, List.of(
                        "Chủ trì, phối hợp với các cơ quan, đơn vị tham mưu Chủ tịch Ủy ban nhân dân xã tổ chức, triển khai thực "
                                + "hiện Kế hoạch đảm bảo nội dung, chất lượng và tiến độ; đề nghị Chủ tịch Ủy ban nhân dân xã khen "
                                + "thưởng và trình cấp trên khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc khi sơ kết, "
                                + "tổng kết Phong trào thi đua.",
                        "Phối hợp với các đơn vị có liên quan thường xuyên theo dõi, kiểm tra việc triển khai thực hiện Kế hoạch "
                                + "này đối với các cơ quan, đơn vị. Tổng hợp, báo cáo kết quả triển khai thực hiện phong trào thi "
                                + "đua hàng năm.")),
                new Assignment(id("assign-kt"), KINH_TE, null, List.of(), Assignment.Role.COOPERATE, false, List.of(
                        "Phối hợp với Phòng Văn hóa - Xã hội và các cơ quan, đơn vị có liên quan tổ chức khảo sát hiện trạng cơ sở "
                                + "vật chất, thiết bị công nghệ thông tin, để lập kế hoạch trang bị cho các cơ quan, đơn vị nhằm "
                                + "nâng cao hiệu quả chuyển đổi số.",
                        "Chủ trì tham mưu, bố trí kinh phí triển khai thực hiện Phong trào thi đua theo quy định.")),
                new Assignment(id("assign-tt"), TRUNG_TAM, null, List.of(), Assignment.Role.IMPLEMENT, false, List.of(
                        "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan đẩy mạnh công tác tuyên truyền với nhiều hình thức "
                                + "sáng tạo về Phong trào thi đua trên các nền tảng số.")),
                new Assignment(id("assign-mttq"), MTTQ, null, List.of(), Assignment.Role.COOPERATE, true, List.of(
                        "Tuyên truyền, vận động đoàn viên, hội viên tích cực nâng cao nhận thức về chuyển đổi số và các kỹ năng "
                                + "ứng dụng công nghệ số.")),
                new Assignment(id("assign-dn"), null, "Các doanh nghiệp trên địa bàn xã", List.of("ENTERPRISE"),
                        Assignment.Role.IMPLEMENT, false, List.of(
                        "Chủ động triển khai thực hiện, phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số trong "
                                + "hoạt động của doanh nghiệp, đảm bảo an toàn, an ninh mạng.")),
                new Assignment(id("assign-thon"), null, "Các thôn trên địa bàn xã", List.of("VILLAGE"),
                        Assignment.Role.IMPLEMENT, false, List.of(
                        "Tổ chức tuyên truyền, vận động nhân dân hưởng ứng phong trào. Phát huy vai trò giám sát cộng đồng trong "
                                + "triển khai các nhiệm vụ chuyển đổi số.")),
                new Assignment(id("assign-pb"), PHONG_BAN, "Các phòng, ban, đơn vị trên địa bàn xã", List.of(),
                        Assignment.Role.IMPLEMENT, false, List.of(
                        "Căn cứ Kế hoạch của Ủy ban nhân dân xã, các cơ quan, đơn vị triển khai Phong trào thi đua với nội dung, "
                                + "tiêu chí cụ thể, hình thức phù hợp, thiết thực.")));
        List<Obligation> obligations = List.of(new Obligation(OBLIGATION, "Báo cáo tình hình thực hiện Phong trào thi đua",
                Occasion.ANNUAL, new Obligation.Reporters(Obligation.Reporters.Mode.ADDRESSEES, List.of(), List.of()), VHXH,
                5, 12, null, 2025, 2030,
                new Obligation.SecondHop("Sở Nội vụ thành phố (Ban Thi đua - Khen thưởng)", null, 15, 12)));
        List<OtherSection> others = List.of(new OtherSection(id("other-closing"), "Trách nhiệm báo cáo khó khăn, vướng mắc",
                List.of("Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Ủy ban nhân dân xã "
                        + "(qua Phòng Văn hoá - Xã hội) để xem xét, giải quyết.")));
        List<String> recipients = List.of("Sở Nội vụ TP Hải Phòng (Ban TĐKT);", "Sở Khoa học và Công nghệ TP Hải Phòng;",
                "Thường trực Đảng ủy xã;", "Thường trực HĐND xã;", "Ủy ban MTTQ Việt Nam xã;",
                "Các phòng, ban, đơn vị trên địa bàn xã;", "Các thôn;", "Lưu: VT, VHXH.");
        return new PlanContent(List.of(MOVEMENT), 2025, 2030,
                List.of("legalBases", "purposes", "requirements", "contents", "targets", "awardForms", "milestones",
                        "assignments", "reportingObligations", "otherSections"),
                legalBases, purposes, requirements, List.of(), contents, List.of(), targets, milestones, awardForms,
                assignments, List.of(VHXH, KINH_TE, TRUNG_TAM, MTTQ, DOANH_NGHIEP, THON, PHONG_BAN), obligations,
                null, others, recipients,
                new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hà"), "Vĩnh Bảo",
                List.of(INTRODUCTION), List.of(CLOSING));
    }
}
