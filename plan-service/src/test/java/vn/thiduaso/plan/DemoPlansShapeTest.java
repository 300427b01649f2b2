package vn.thiduaso.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.content.Assignment;
import vn.thiduaso.plan.domain.content.AwardFormOffer;
import vn.thiduaso.plan.domain.content.ContentItem;
import vn.thiduaso.plan.domain.content.Milestone;
import vn.thiduaso.plan.domain.content.Obligation;
import vn.thiduaso.plan.domain.content.Occasion;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Target;
import vn.thiduaso.plan.domain.content.TargetGroup;

/**
 * The full seed plans of demo/plans/ (and the unit plan, movements and clusters beside them) read strictly into the
 * model every service uses, and checked for what a user comparing them with the three real plans would notice.
 * Plain JUnit: no Quarkus boot.
 */
class DemoPlansShapeTest {

    private static final String DEMO = "demo/";
    /** Top-level keys that describe the plan row, not its version's parts; the loader reads them separately. */
    private static final Set<String> PLAN_ROW_KEYS = Set.of("title", "summary", "issuingUnit", "parentPlan", "number",
            "issuedOn");
    private static final List<String> REFERENCE_PREFIXES = List.of("unit:", "movement:", "content:", "plan:", "section:");
    private static final String OTHER_SECTION = "otherSections:";
    private static final List<String> OCR_TYPOS = List.of("chuyến đổi số", "phát triền", "chuyển đổi sổ", "chuyên đổi số",
            "biết dương", "đơn đốc");

    private static final ObjectMapper TREE = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** A reference key ("unit:phong-vhxh") becomes the same UUID wherever it appears, as the loader's mapping would. */
    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    // ---- the seeds, one test each -------------------------------------------------------------------------------

    @Test
    void vinhBaoCarriesBothNationalMovementsItsSixContentsAndTheFifthOfDecemberDeadline() throws IOException {
        DemoPlan plan = readPlan("plans/vinh-bao.json", "vinh-bao");
        PlanContent c = plan.content();
        Map<String, Movement> movements = movements();

        assertEquals(List.of(uuid("movement:ca-nuoc-thi-dua-dmst-cds"), uuid("movement:binh-dan-hoc-vu-so")),
                c.movementIds());
        assertEquals("923/QĐ-TTg", movements.get("ca-nuoc-thi-dua-dmst-cds").launchingDocument().number());
        assertEquals("NATIONAL", movements.get("ca-nuoc-thi-dua-dmst-cds").level());
        assertEquals("NATIONAL", movements.get("binh-dan-hoc-vu-so").level());

        assertEquals(6, c.contents().size(), "Vĩnh Bảo's plan has six numbered contents (II.1 - II.6)");
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), c.contents().stream().map(ContentItem::number).toList());
        assertEquals(3, c.purposes().size());
        assertEquals(3, c.requirements().size());
        assertEquals("2144/UBND-NVKTGS", c.legalBases().get(0).number());
        assertEquals(LocalDate.of(2025, 8, 15), c.legalBases().get(0).date());

        assertEquals(List.of("huan-chuong-lao-dong-hang-ba", "co-thi-dua-chinh-phu", "bang-khen-thu-tuong",
                "co-thi-dua-ubnd-tinh", "bang-khen-chu-tich-ubnd-tinh", "giay-khen-chu-tich-ubnd-xa"),
                c.awardForms().stream().map(AwardFormOffer::code).toList());
        assertTrue(c.awardForms().get(5).recipientGroups().contains(TargetGroup.VILLAGES), "the seed rewards villages");

        Obligation yearly = c.reportingObligations().get(0);
        assertEquals(Occasion.ANNUAL, yearly.kind());
        assertEquals(5, yearly.dueDay());
        assertEquals(12, yearly.dueMonth());
        assertEquals(uuid("unit:phong-vhxh"), yearly.recipientUnitId());
        assertNull(yearly.secondHop());

        assertEquals(uuid("unit:phong-vhxh"), c.assignments().get(0).unitId());
        assertEquals(vn.thiduaso.plan.domain.content.Assignment.Role.LEAD, c.assignments().get(0).role());
        Assignment villages = c.assignments().get(5);
        assertEquals("Các thôn trên địa bàn xã", villages.heading(), "'6. Các thôn trên địa bàn xã' is one group assignee");
        assertEquals(List.of("VILLAGE"), villages.unitKinds());
        assertNull(villages.unitId());
        assertEquals(7, c.assignments().size(), "the seed's seven assignees, groups included");
        Assignment front = c.assignments().get(3);
        assertEquals(uuid("unit:mttq"), front.unitId());
        assertEquals(Boolean.TRUE, front.requested(), "'4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã'");
        assertNull(plan.row().get("summary").textValue());
        assertTrue(c.introduction().get(0).endsWith("cụ thể như sau:"));
        assertTrue(c.closing().get(0).startsWith("Trên đây là Kế hoạch phát động, thực hiện Phong trào thi đua"));
        assertEquals("Nguyễn Văn Hà", c.signer().fullName());
        assertEquals("KT. CHỦ TỊCH", c.signer().capacity());
        assertEquals(8, c.recipients().size());
    }

    @Test
    void vinhLinhReportsOnwardsToTheProvinceBeforeTheFifteenthOfNovemberAndHasCriteriaPerGroup() throws IOException {
        DemoPlan plan = readPlan("plans/vinh-linh.json", "vinh-linh");
        PlanContent c = plan.content();

        assertEquals(List.of(uuid("movement:ca-nuoc-thi-dua-dmst-cds")), c.movementIds());
        Obligation yearly = c.reportingObligations().get(0);
        Obligation.SecondHop hop = yearly.secondHop();
        assertNotNull(hop, "Phòng Văn hoá - Xã hội reports to Sở Nội vụ: a second hop");
        assertEquals(15, hop.dueDay());
        assertEquals(11, hop.dueMonth());
        assertEquals(uuid("unit:ban-tdkt"), hop.recipientUnitId());
        assertTrue(hop.recipientName().contains("Sở Nội vụ"));
        assertTrue(LocalDate.of(2025, yearly.dueMonth(), yearly.dueDay()).isBefore(LocalDate.of(2025, 11, 15)),
                "the units' deadline lies before the commune's own");

        assertEquals(7, c.contents().size(), "Vĩnh Linh's plan has seven contents a) - g)");
        assertEquals(List.of("a", "b", "c", "d", "đ", "e", "g"), c.contents().stream().map(ContentItem::number).toList());
        assertEquals(1, c.objectives().size());
        assertEquals(List.of(TargetGroup.OFFICES_AND_UNITS, TargetGroup.FRONT_AND_MASS_ORGANISATIONS,
                TargetGroup.ENTERPRISES_AND_COOPERATIVES, TargetGroup.INDIVIDUALS),
                c.criteriaGroups().stream().map(g -> g.targetGroup()).toList());
        assertEquals(List.of(5, 2, 3, 2), c.criteriaGroups().stream().map(g -> g.criteria().size()).toList());
        assertEquals(List.of("giay-khen-chu-tich-ubnd-xa"), c.awardForms().stream().map(AwardFormOffer::code).toList());
        assertTrue(c.awardForms().get(0).occasions().contains(Occasion.FINAL_REVIEW));
        assertEquals(List.of(Milestone.Kind.PRELIMINARY_REVIEW, Milestone.Kind.FINAL_REVIEW),
                c.milestones().stream().map(Milestone::kind).toList());
        assertEquals(List.of(2027, 2030), c.milestones().stream().map(Milestone::year).toList());
        assertEquals("172/KH-UBND", c.legalBases().get(0).number());
        assertEquals(LocalDate.of(2025, 7, 22), c.legalBases().get(0).date());
        assertEquals("CHỦ TỊCH", c.signer().title());
        assertNull(c.signer().capacity());
        assertEquals("Nguyễn Thiên Tùng", c.signer().fullName());
    }

    @Test
    void kienAnOffersTheSixAwardFormsWithStandardsAndHasItsTargetsFor2025And2026() throws IOException {
        DemoPlan plan = readPlan("plans/kien-an.json", "kien-an");
        PlanContent c = plan.content();

        assertEquals(List.of("huan-chuong-lao-dong-hang-ba", "co-thi-dua-chinh-phu", "bang-khen-thu-tuong",
                "co-thi-dua-ubnd-tinh", "bang-khen-chu-tich-ubnd-tinh", "giay-khen-chu-tich-ubnd-xa"),
                c.awardForms().stream().map(AwardFormOffer::code).toList());
        for (AwardFormOffer form : c.awardForms()) {
            assertFalse(form.standards() == null || form.standards().isBlank(), form.code() + " has its 3.2.x standards");
            assertTrue(form.occasions().contains(Occasion.PRELIMINARY_REVIEW) && form.occasions().contains(Occasion.FINAL_REVIEW),
                    form.code() + " is given at sơ kết 2027 and tổng kết 2030");
        }
        assertTrue(c.awardForms().get(0).standards().contains("DTI xếp từ thứ 01 đến 05"));
        assertTrue(c.awardForms().get(2).standards().contains("c) Đối tượng khác"));
        assertTrue(c.awardForms().get(5).occasions().contains(Occasion.ANNUAL));

        assertEquals(8, c.contents().size(), "Kiến An's plan has eight contents (II.1)");
        assertTrue(c.contents().stream().allMatch(i -> i.number() == null), "written as dashes: unnumbered");
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Các đơn vị và doanh nghiệp", "Ban Xây dựng đảng Đảng ủy",
                "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức đoàn thể"),
                c.assignments().stream().map(a -> a.heading() == null ? "Phòng Văn hóa - Xã hội" : a.heading()).toList());
        assertEquals(uuid("unit:phong-vhxh"), c.assignments().get(0).unitId());
        assertEquals(List.of(false, false, true, true),
                c.assignments().stream().map(a -> Boolean.TRUE.equals(a.requested())).toList(), "'Đề nghị …'");
        assertEquals(List.of("MASS_ORGANISATION"), c.assignments().get(3).unitKinds());
        assertTrue(c.closing().get(0).startsWith("Trên đây là kế hoạch"));
        assertEquals(7, c.targets().size(), "five indicators for 2025, six for 2026, the pupils' one split by population");
        Target officials = target(c, "CT01");
        assertEquals(Map.of(2025, new BigDecimal("80"), 2026, new BigDecimal("100")), values(officials));
        assertTrue(officials.percentage());
        assertEquals(Target.Comparison.GTE, officials.comparison());
        assertEquals(Target.Comparison.GT, officials.values().get(0).comparison(), "'Trên 80%' in 2025");
        assertNull(officials.values().get(1).comparison(), "'100%' in 2026");
        assertTrue(officials.values().get(1).note().contains("trong khu vực công"), "the 2026 wording");
        assertNotNull(officials.numeratorDescription());
        assertNotNull(officials.denominatorDescription());
        assertEquals(Map.of(2025, new BigDecimal("80"), 2026, new BigDecimal("100")), values(target(c, "CT04")),
                "VNeID: 80 % in 2025, 100 % in 2026");
        assertEquals(Map.of(2026, new BigDecimal("80")), values(target(c, "CT07")));
        assertEquals(5, c.targets().stream().filter(t -> values(t).containsKey(2025)).count());
        assertEquals(6, c.targets().stream().filter(t -> values(t).containsKey(2026)).count());
        Set<UUID> contentIds = contentIds(c.contents());
        assertTrue(c.targets().stream().allMatch(t -> contentIds.contains(t.contentId())),
                "every target's content is one of the plan's contents");

        assertEquals(List.of(Milestone.Kind.LAUNCH, Milestone.Kind.PRELIMINARY_REVIEW, Milestone.Kind.FINAL_REVIEW),
                c.milestones().stream().map(Milestone::kind).toList());
        assertEquals(List.of(2025, 2027, 2030), c.milestones().stream().map(Milestone::year).toList());
        assertEquals(List.of("478-KH/TU", "150/KH-UBND", "2144/UBND-NVKTGS", "01/HD-BTĐKT"),
                c.legalBases().stream().map(l -> l.number()).toList());
        assertTrue(c.movementIds().contains(uuid("movement:hai-phong-dot-pha-khcn-dmst-cds")));
        assertEquals("PROVINCE_CITY", movements().get("hai-phong-dot-pha-khcn-dmst-cds").level());
        assertEquals(uuid("unit:ban-tdkt"), c.reportingObligations().get(0).secondHop().recipientUnitId());
        assertEquals("Trần Thị Phương", c.signer().fullName());
        assertEquals(10, c.recipients().size());
    }

    @Test
    void theUnitPlanAnswersVinhBaoFromOneOfItsVillages() throws IOException {
        DemoPlan plan = readPlan("unit-plans/vinh-bao-thon-1.json", null);
        assertEquals("vinh-bao", plan.row().get("parentPlan").asText());
        assertEquals("unit:thon-1", plan.row().get("issuingUnit").asText());
        assertEquals(uuid("plan:vinh-bao"), plan.content().legalBases().get(0).parentPlanId());
        assertFalse(plan.content().contents().isEmpty());
        assertEquals(readPlan("plans/vinh-bao.json", "vinh-bao").content().movementIds(), plan.content().movementIds());
    }

    // ---- every file ---------------------------------------------------------------------------------------------

    @Test
    void everyPlanHoldsValidDatesYearsWithinItsSpanAndAConsistentStructure() throws IOException {
        for (String file : List.of("plans/kien-an.json", "plans/vinh-bao.json", "plans/vinh-linh.json",
                "unit-plans/vinh-bao-thon-1.json")) {
            DemoPlan plan = readPlan(file, null);
            PlanContent c = plan.content();
            String f = file + ": ";
            int start = c.startYear();
            int end = c.endYear();
            assertTrue(start <= end, f + "years");
            Consumer<Integer> inYears = y -> assertTrue(y >= start && y <= end, f + y + " lies outside " + start + "-" + end);

            LocalDate issuedOn = LocalDate.parse(plan.row().get("issuedOn").asText());
            inYears.accept(issuedOn.getYear());
            assertFalse(plan.row().get("title").asText().isBlank(), f + "title");
            c.legalBases().stream().filter(l -> l.date() != null)
                    .forEach(l -> assertTrue(!l.date().isAfter(issuedOn), f + l.number() + " is dated after the plan"));
            for (Target t : c.targets()) {
                assertFalse(t.values().isEmpty(), f + t.code());
                for (Target.YearValue v : t.values()) {
                    inYears.accept(v.year());
                    if (t.percentage()) {
                        assertTrue(v.value().signum() >= 0 && v.value().compareTo(BigDecimal.valueOf(100)) <= 0, f + t.code());
                    }
                }
            }
            assertEquals(c.targets().size(), c.targets().stream().map(Target::code).distinct().count(), f + "target codes");
            for (Milestone m : c.milestones()) {
                inYears.accept(m.year());
                if (m.date() != null) {
                    assertEquals(m.year(), m.date().getYear(), f + m.title());
                }
                if (m.month() != null) {
                    assertTrue(m.month() >= 1 && m.month() <= 12, f + m.title());
                }
            }
            for (Obligation o : c.reportingObligations()) {
                inYears.accept(o.firstYear());
                inYears.accept(o.lastYear());
                for (int year = o.firstYear(); year <= o.lastYear(); year++) {
                    LocalDate.of(year, o.dueMonth(), o.dueDay()); // exists in every year, or throws
                    if (o.secondHop() != null && o.secondHop().dueDay() != null) {
                        LocalDate.of(year, o.secondHop().dueMonth(), o.secondHop().dueDay());
                    }
                }
                for (String kind : o.reporters().unitKinds()) {
                    UnitKind.valueOf(kind);
                }
            }
            if (c.unitPlansRequired() != null && c.unitPlansRequired().dueYear() != null) {
                inYears.accept(c.unitPlansRequired().dueYear());
            }
            assertFalse(c.addresseeUnitIds().isEmpty(), f + "a plan to issue needs an addressee");
            assertUniqueNumbers(f, c.contents());
            for (Assignment a : c.assignments()) {
                assertTrue(a.unitId() != null || (a.unitKinds() != null && !a.unitKinds().isEmpty())
                        || (a.heading() != null && !a.heading().isBlank()), f + "an assignment names its assignee");
                if (a.unitKinds() != null) {
                    a.unitKinds().forEach(UnitKind::valueOf);
                }
            }
            if (file.startsWith("plans/")) {
                assertFalse(c.introduction() == null || c.introduction().isEmpty(), f + "every seed has a lead-in");
                assertFalse(c.closing() == null || c.closing().isEmpty(), f + "every seed has a closing paragraph");
                for (JsonNode u : plan.row().get("_unrepresented")) {
                    assertFalse(u.path("where").asText().startsWith("closing"), f + "the closing is held as closing");
                }
            }

            Set<UUID> sectionIds = new HashSet<>();
            c.otherSections().forEach(s -> sectionIds.add(s.id()));
            for (String part : c.sectionOrder()) {
                if (part.startsWith(OTHER_SECTION)) {
                    assertTrue(sectionIds.contains(UUID.fromString(part.substring(OTHER_SECTION.length()))), f + part);
                } else {
                    assertTrue(PlanContent.PARTS.contains(part), f + "unknown part " + part);
                }
            }
            assertEquals(c.sectionOrder().size(), new HashSet<>(c.sectionOrder()).size(), f + "a part listed twice");
            assertTrue(c.sectionOrder().contains("contents") && !c.contents().isEmpty(), f + "contents");
            assertFalse(c.recipients().isEmpty(), f + "nơi nhận");
            assertFalse(c.signer().fullName().isBlank(), f + "signer");
            assertNotNull(c.place(), f + "place");
        }
    }

    @Test
    void everyUnitAndMovementReferenceExistsInTheDemoDataAndNoSeedTypoSurvives() throws IOException {
        Map<String, Set<String>> directory = directory();
        Set<String> movementKeys = movements().keySet();
        Map<String, String> files = new HashMap<>(Map.of("plans/kien-an.json", "kien-an", "plans/vinh-bao.json", "vinh-bao",
                "plans/vinh-linh.json", "vinh-linh", "unit-plans/vinh-bao-thon-1.json", "vinh-bao"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            ObjectNode tree = (ObjectNode) TREE.readTree(text(file.getKey()));
            List<String> notes = new ArrayList<>();
            tree.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("_")) {
                    notes.add(name);
                }
            });
            tree.remove(notes); // the comments name the typos that were fixed
            String seedText = tree.toString();
            for (String typo : OCR_TYPOS) {
                assertFalse(seedText.contains(typo), file.getKey() + " still has the OCR typo '" + typo + "'");
            }
            Set<String> refs = new LinkedHashSet<>();
            collectStrings(tree, refs);
            assertEquals("unit:" + (file.getKey().startsWith("plans/") ? file.getValue() : "thon-1"),
                    tree.get("issuingUnit").asText());
            for (String ref : refs) {
                if (ref.startsWith("unit:")) {
                    assertTrue(directory.get(file.getValue()).contains(ref.substring(5)),
                            file.getKey() + ": " + ref + " is no unit of " + file.getValue() + " in demo-data.json");
                } else if (ref.startsWith("movement:")) {
                    assertTrue(movementKeys.contains(ref.substring(9)), file.getKey() + ": " + ref);
                } else if (ref.startsWith("plan:")) {
                    assertNotNull(resource("plans/" + ref.substring(5) + ".json"), file.getKey() + ": " + ref);
                }
            }
        }

        for (Movement m : movements().values()) {
            assertTrue(m.startYear() <= m.endYear(), m.key());
            assertTrue(m.launchingDocument().date().getYear() <= m.startYear(), m.key());
            for (Movement.Phase p : m.phases()) {
                assertTrue(p.startYear() >= m.startYear() && p.endYear() <= m.endYear(), m.key() + " " + p.name());
                assertTrue(p.reviewYear() >= p.startYear() && p.reviewYear() <= p.endYear(), m.key() + " " + p.name());
            }
            if (m.ownerUnit() != null) {
                assertTrue(directory.values().stream().anyMatch(codes -> codes.contains(m.ownerUnit().substring(5))),
                        m.key() + " owner " + m.ownerUnit());
            }
        }

        JsonNode clusters = TREE.readTree(text("clusters.json")).get("clusters");
        assertTrue(clusters.size() >= 1);
        for (JsonNode node : clusters) {
            Cluster cluster = STRICT.treeToValue(node, Cluster.class);
            String commune = cluster.communeId().substring(5);
            Set<String> codes = directory.get(commune);
            assertNotNull(codes, cluster.name());
            List<String> units = new ArrayList<>(cluster.memberUnitIds());
            units.add(cluster.headUnitId());
            units.add(cluster.deputyUnitId());
            units.forEach(u -> assertTrue(codes.contains(u.substring(5)), cluster.name() + ": " + u));
            assertTrue(cluster.memberUnitIds().contains(cluster.headUnitId()), cluster.name() + " head is a member");
            assertTrue(cluster.memberUnitIds().contains(cluster.deputyUnitId()), cluster.name() + " deputy is a member");
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The row keys, and the parts read strictly into {@link PlanContent} with every reference replaced by a UUID. */
    record DemoPlan(Map<String, JsonNode> row, PlanContent content) {
    }

    private static DemoPlan readPlan(String file, String commune) throws IOException {
        ObjectNode tree = (ObjectNode) TREE.readTree(text(file));
        Map<String, JsonNode> row = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("_") || PLAN_ROW_KEYS.contains(e.getKey())) {
                row.put(e.getKey(), e.getValue());
                it.remove();
            }
        }
        if (commune != null) {
            assertEquals("unit:" + commune, row.get("issuingUnit").asText(), file);
        }
        replaceReferences(tree);
        PlanContent content = STRICT.treeToValue(tree, PlanContent.class);
        assertNotNull(content.startYear(), file);
        return new DemoPlan(row, content);
    }

    private static void replaceReferences(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                JsonNode replaced = replaced(e.getValue());
                if (replaced != null) {
                    e.setValue(replaced);
                } else {
                    replaceReferences(e.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode replaced = replaced(array.get(i));
                if (replaced != null) {
                    array.set(i, replaced);
                } else {
                    replaceReferences(array.get(i));
                }
            }
        }
    }

    private static JsonNode replaced(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        String text = node.asText();
        if (text.startsWith(OTHER_SECTION) && text.length() > OTHER_SECTION.length()) {
            return new TextNode(OTHER_SECTION + uuid(text.substring(OTHER_SECTION.length())));
        }
        return REFERENCE_PREFIXES.stream().anyMatch(text::startsWith) ? new TextNode(uuid(text).toString()) : null;
    }

    private static void collectStrings(JsonNode node, Set<String> into) {
        if (node.isTextual() && REFERENCE_PREFIXES.stream().anyMatch(node.asText()::startsWith)) {
            into.add(node.asText());
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                collectStrings(e.getValue(), into);
            }
        });
        if (node.isArray()) {
            node.forEach(n -> collectStrings(n, into));
        }
    }

    /** Per commune code: the codes a 'unit:' reference may name (the commune, its units, its region and board). */
    private static Map<String, Set<String>> directory() throws IOException {
        Map<String, Set<String>> directory = new HashMap<>();
        for (JsonNode region : TREE.readTree(text("demo-data.json")).get("regions")) {
            for (JsonNode commune : region.get("communes")) {
                Set<String> codes = new HashSet<>();
                codes.add(commune.get("code").asText());
                codes.add(region.get("code").asText());
                codes.add(region.get("board").get("code").asText());
                for (JsonNode unit : commune.get("units")) {
                    assertTrue(codes.add(unit.get("code").asText()), "unit code unique in its commune: " + unit);
                    UnitKind.valueOf(unit.get("kind").asText());
                    assertTrue(unit.get("email").asText().endsWith("@thiduaso.local"), unit.toString());
                }
                directory.put(commune.get("code").asText(), codes);
            }
        }
        return directory;
    }

    record Movement(String key, String name, String level, Document launchingDocument, String scope, int startYear,
            int endYear, String method, List<Phase> phases, String ownerUnit) {

        record Document(String number, LocalDate date, String issuer) {
        }

        record Phase(String name, int startYear, int endYear, String reviewKind, int reviewYear) {
        }
    }

    record Cluster(String name, String communeId, int year, String headUnitId, String deputyUnitId,
            List<String> memberUnitIds) {
    }

    private static Map<String, Movement> movements() throws IOException {
        Map<String, Movement> byKey = new HashMap<>();
        for (JsonNode node : TREE.readTree(text("movements.json")).get("movements")) {
            Movement m = STRICT.treeToValue(node, Movement.class);
            assertTrue(Set.of("NATIONAL", "PROVINCE_CITY", "COMMUNE").contains(m.level()), m.key());
            assertTrue(Set.of("THEMATIC", "REGULAR_YEARLY").contains(m.method()), m.key());
            m.phases().forEach(p -> assertTrue(Set.of("PRELIMINARY_REVIEW", "FINAL_REVIEW").contains(p.reviewKind()), m.key()));
            assertNull(byKey.put(m.key(), m), "movement key unique: " + m.key());
        }
        return byKey;
    }

    private static InputStream resource(String name) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(DEMO + name);
    }

    private static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            if (in == null) {
                fail("missing resource " + DEMO + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- small helpers ------------------------------------------------------------------------------------------

    private static Target target(PlanContent c, String code) {
        return c.targets().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + code));
    }

    private static Map<Integer, BigDecimal> values(Target t) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        t.values().forEach(v -> byYear.put(v.year(), v.value()));
        return byYear;
    }

    private static Set<UUID> contentIds(List<ContentItem> items) {
        Set<UUID> ids = new HashSet<>();
        for (ContentItem item : items) {
            if (item.id() != null) {
                ids.add(item.id());
            }
            if (item.children() != null) {
                ids.addAll(contentIds(item.children()));
            }
        }
        return ids;
    }

    /** Numbers are unique among the numbered siblings; an unnumbered item (no number) is printed as a dash. */
    private static void assertUniqueNumbers(String where, List<ContentItem> siblings) {
        List<String> numbers = siblings.stream().map(ContentItem::number).filter(n -> n != null && !n.isBlank()).toList();
        assertEquals(numbers.size(), numbers.stream().distinct().count(), where + "content numbers");
        for (ContentItem item : siblings) {
            assertFalse(item.title() == null || item.title().isBlank(), where + item.number());
            if (item.children() != null) {
                assertUniqueNumbers(where, item.children());
            }
        }
    }
}
