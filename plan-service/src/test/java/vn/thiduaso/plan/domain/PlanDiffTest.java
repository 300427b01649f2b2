package vn.thiduaso.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thiduaso.plan.domain.PlanDiff.Change;
import vn.thiduaso.plan.domain.PlanDiff.Kind;
import vn.thiduaso.plan.domain.PlanDiff.PartChange;
import vn.thiduaso.plan.domain.content.AwardFormOffer;
import vn.thiduaso.plan.domain.content.ContentItem;
import vn.thiduaso.plan.domain.content.Obligation;
import vn.thiduaso.plan.domain.content.Occasion;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Signer;
import vn.thiduaso.plan.domain.content.Target;
import vn.thiduaso.plan.domain.content.UnitPlansRequirement;
import vn.thiduaso.plan.domain.content.VinhBaoPlan;

class PlanDiffTest {

    private final PlanContent base = VinhBaoPlan.content();

    @Test
    void identicalVersionsHaveNoChanges() {
        assertEquals(List.of(), PlanDiff.compare(base, VinhBaoPlan.content()));
        assertEquals(List.of(), PlanDiff.changedParts(base, VinhBaoPlan.content()));
    }

    @Test
    void targetYearValueChangeIsReportedPerYear() {
        List<Target> targets = new ArrayList<>(base.targets());
        Target ct01 = targets.get(0);
        targets.set(0, new Target(ct01.id(), ct01.code(), ct01.name(), ct01.unitOfMeasure(), ct01.percentage(),
                ct01.comparison(), ct01.numeratorDescription(), ct01.denominatorDescription(), ct01.targetGroup(),
                ct01.contentId(), List.of(new Target.YearValue(2025, new BigDecimal("80.0"), null),
                        new Target.YearValue(2026, new BigDecimal("95"), null), new Target.YearValue(2028, new BigDecimal("100"), null))));
        PlanContent changed = with(base, "targets", targets);

        List<PartChange> diff = PlanDiff.compare(base, changed);

        assertEquals(List.of("targets"), PlanDiff.changedParts(base, changed));
        List<Change> changes = diff.get(0).changes();
        // 80 → 80.0 is the same value; 2026 changed; 2027 removed; 2028 added
        assertEquals(List.of(
                new Change(Kind.REMOVED, "targets[CT01].values[2027]", "value", new BigDecimal("100"), null),
                new Change(Kind.CHANGED, "targets[CT01].values[2026]", "value", new BigDecimal("90"), new BigDecimal("95")),
                new Change(Kind.ADDED, "targets[CT01].values[2028]", "value", null, new BigDecimal("100"))), changes);
    }

    @Test
    void reorderedContentsAreOneOrderChangeNotANewList() {
        List<ContentItem> contents = new ArrayList<>(base.contents());
        ContentItem first = contents.remove(0);
        contents.add(1, first);
        PlanContent changed = with(base, "contents", contents);

        List<Change> changes = PlanDiff.compare(base, changed).get(0).changes();

        assertEquals(1, changes.size(), changes.toString());
        Change order = changes.get(0);
        assertEquals(Kind.CHANGED, order.kind());
        assertEquals("contents", order.path());
        assertEquals(PlanDiff.ORDER, order.field());
        assertEquals("contents[" + VinhBaoPlan.CONTENT_1 + "]", ((List<?>) order.before()).get(0));
        assertEquals("contents[" + VinhBaoPlan.CONTENT_2 + "]", ((List<?>) order.after()).get(0));
    }

    @Test
    void contentFieldAndChildChangesNameTheItemAndTheField() {
        List<ContentItem> contents = new ArrayList<>(base.contents());
        ContentItem second = contents.get(1);
        ContentItem child = second.children().get(0);
        UUID newChild = UUID.randomUUID();
        contents.set(1, new ContentItem(second.id(), second.number(), "Phát động phong trào “học tập số”", second.body(),
                List.of(new ContentItem(child.id(), "a", child.title(), "Nội dung mới.", List.of()),
                        new ContentItem(newChild, "b", "Thi đua sáng kiến số", null, List.of()))));
        contents.remove(5);
        PlanContent changed = with(base, "contents", contents);

        List<Change> changes = PlanDiff.compare(base, changed).get(0).changes();
        String path = "contents[" + VinhBaoPlan.CONTENT_2 + "]";

        assertEquals(Kind.REMOVED, changes.get(0).kind());
        assertEquals("contents[" + VinhBaoPlan.id("content-6") + "]", changes.get(0).path());
        assertEquals(base.contents().get(5), changes.get(0).before());
        assertTrue(changes.contains(new Change(Kind.CHANGED, path, "title", second.title(),
                "Phát động phong trào “học tập số”")));
        assertTrue(changes.contains(new Change(Kind.CHANGED, path + ".children[" + child.id() + "]", "body", child.body(),
                "Nội dung mới.")));
        assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.ADDED
                && c.path().equals(path + ".children[" + newChild + "]") && c.field() == null));
        assertEquals(4, changes.size(), changes.toString());
    }

    @Test
    void targetsAreMatchedByCodeWhenTheIdDiffers() {
        List<Target> targets = new ArrayList<>(base.targets());
        Target ct02 = targets.get(1);
        targets.set(1, new Target(UUID.randomUUID(), "CT02", "Hồ sơ TTHC nộp trực tuyến toàn trình", ct02.unitOfMeasure(),
                ct02.percentage(), Target.Comparison.EQ, ct02.numeratorDescription(), ct02.denominatorDescription(),
                ct02.targetGroup(), ct02.contentId(), ct02.values()));

        List<Change> changes = PlanDiff.compare(base, with(base, "targets", targets)).get(0).changes();

        assertEquals(List.of(
                new Change(Kind.CHANGED, "targets[CT02]", "name", ct02.name(), "Hồ sơ TTHC nộp trực tuyến toàn trình"),
                new Change(Kind.CHANGED, "targets[CT02]", "comparison", Target.Comparison.GTE, Target.Comparison.EQ)),
                changes);
    }

    @Test
    void awardFormsAreMatchedByCode() {
        List<AwardFormOffer> forms = new ArrayList<>(base.awardForms());
        AwardFormOffer xa = forms.remove(5);
        forms.add(0, new AwardFormOffer(xa.code(), xa.recipientGroups(), List.of(Occasion.ANNUAL), xa.standards()));
        forms.remove(1); // huan-chuong-lao-dong
        forms.add(new AwardFormOffer("giay-khen-truong-phong", List.of(), List.of(Occasion.AD_HOC), null));

        List<Change> changes = PlanDiff.compare(base, with(base, "awardForms", forms)).get(0).changes();

        assertEquals(Kind.REMOVED, changes.get(0).kind());
        assertEquals("awardForms[huan-chuong-lao-dong]", changes.get(0).path());
        assertTrue(changes.contains(new Change(Kind.CHANGED, "awardForms[giay-khen-chu-tich-ubnd-xa]", "occasions",
                List.of(Occasion.ANNUAL, Occasion.PRELIMINARY_REVIEW, Occasion.FINAL_REVIEW), List.of(Occasion.ANNUAL))));
        assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.ADDED && c.path().equals("awardForms[giay-khen-truong-phong]")));
        assertTrue(changes.stream().anyMatch(c -> PlanDiff.ORDER.equals(c.field())), changes.toString());
    }

    @Test
    void obligationNestedFieldsAreFlattenedAndSecondHopRemovalIsOneChange() {
        Obligation o = base.reportingObligations().get(0);
        Obligation moved = new Obligation(o.id(), o.title(), o.kind(),
                new Obligation.Reporters(Obligation.Reporters.Mode.KINDS, List.of(), List.of("VILLAGE")),
                o.recipientUnitId(), 10, 12, null, 2025, 2030,
                new Obligation.SecondHop(o.secondHop().recipientName(), null, 15, 11));
        List<Change> changes = PlanDiff.compare(base, with(base, "reportingObligations", List.of(moved))).get(0).changes();
        String path = "reportingObligations[" + VinhBaoPlan.OBLIGATION + "]";

        assertEquals(List.of(
                new Change(Kind.CHANGED, path, "reporters.mode", Obligation.Reporters.Mode.ADDRESSEES, Obligation.Reporters.Mode.KINDS),
                new Change(Kind.ADDED, path + ".reporters.unitKinds[0]", null, null, "VILLAGE"),
                new Change(Kind.CHANGED, path, "dueDay", 5, 10),
                new Change(Kind.CHANGED, path, "secondHop.dueMonth", 12, 11)), changes);

        Obligation noHop = new Obligation(o.id(), o.title(), o.kind(), o.reporters(), o.recipientUnitId(), o.dueDay(),
                o.dueMonth(), o.dueDate(), o.firstYear(), o.lastYear(), null);
        assertEquals(List.of(new Change(Kind.REMOVED, path, "secondHop", o.secondHop(), null)),
                PlanDiff.compare(base, with(base, "reportingObligations", List.of(noHop))).get(0).changes());
    }

    @Test
    void legalBasisMilestoneAndOtherSectionFieldsAreComparedByTheirId() {
        var basis = base.legalBases().get(0);
        var amendedBasis = new vn.thiduaso.plan.domain.content.LegalBasis(basis.id(), basis.relation(), basis.documentKind(),
                basis.number(), java.time.LocalDate.of(2025, 8, 16), basis.issuer(), basis.title(), basis.parentPlanId());
        var milestone = base.milestones().get(1);
        var movedMilestone = new vn.thiduaso.plan.domain.content.Milestone(milestone.id(), milestone.kind(), milestone.title(),
                java.time.LocalDate.of(2030, 10, 31), null, 2030);
        var section = base.otherSections().get(0);
        var longerSection = new vn.thiduaso.plan.domain.content.OtherSection(section.id(), section.heading(),
                List.of(section.paragraphs().get(0), "Đoạn mới."));
        PlanContent changed = with(with(with(base, "legalBases", List.of(amendedBasis)), "milestones",
                List.of(base.milestones().get(0), movedMilestone)), "otherSections", List.of(longerSection));

        List<PartChange> diff = PlanDiff.compare(base, changed);

        assertEquals(List.of("legalBases", "milestones", "otherSections"), PlanDiff.changedParts(base, changed));
        assertEquals(List.of(new Change(Kind.CHANGED, "legalBases[" + basis.id() + "]", "date",
                java.time.LocalDate.of(2025, 8, 15), java.time.LocalDate.of(2025, 8, 16))), diff.get(0).changes());
        assertEquals(List.of(new Change(Kind.ADDED, "milestones[" + milestone.id() + "]", "date", null,
                java.time.LocalDate.of(2030, 10, 31)),
                new Change(Kind.REMOVED, "milestones[" + milestone.id() + "]", "month", 10, null)), diff.get(1).changes());
        assertEquals(List.of(new Change(Kind.ADDED, "otherSections[" + section.id() + "].paragraphs[1]", null, null, "Đoạn mới.")),
                diff.get(2).changes());
    }

    @Test
    void plainStringListsCompareByPosition() {
        List<String> purposes = new ArrayList<>(base.purposes());
        purposes.set(1, "Mục đích đã sửa.");
        purposes.add("Mục đích thêm.");
        List<String> recipients = new ArrayList<>(base.recipients());
        recipients.remove(recipients.size() - 1);

        List<PartChange> diff = PlanDiff.compare(base, with(with(base, "purposes", purposes), "recipients", recipients));

        assertEquals(List.of("purposes", "recipients"), diff.stream().map(PartChange::part).toList());
        assertEquals(List.of(new Change(Kind.CHANGED, "purposes[1]", null, base.purposes().get(1), "Mục đích đã sửa."),
                new Change(Kind.ADDED, "purposes[3]", null, null, "Mục đích thêm.")), diff.get(0).changes());
        assertEquals(List.of(new Change(Kind.REMOVED, "recipients[7]", null, "Lưu: VT, VHXH.", null)), diff.get(1).changes());
    }

    @Test
    void yearNoteIntroductionClosingAndGroupAssigneesAreCompared() {
        List<Target> targets = new ArrayList<>(base.targets());
        Target ct01 = targets.get(0);
        List<Target.YearValue> values = new ArrayList<>(ct01.values());
        values.set(1, new Target.YearValue(2026, values.get(1).value(), "sử dụng tốt các nền tảng số"));
        targets.set(0, new Target(ct01.id(), ct01.code(), ct01.name(), ct01.unitOfMeasure(), ct01.percentage(),
                Target.Comparison.GT, ct01.numeratorDescription(), ct01.denominatorDescription(), ct01.targetGroup(),
                ct01.contentId(), values));
        var assignments = new ArrayList<>(base.assignments());
        var thon = assignments.get(5);
        assignments.set(5, new vn.thiduaso.plan.domain.content.Assignment(thon.id(), null, "Các thôn, tổ dân phố",
                List.of("VILLAGE", "OTHER"), thon.role(), true, thon.tasks()));
        PlanContent changed = with(with(with(with(base, "targets", targets), "assignments", assignments),
                "introduction", List.of("Ủy ban nhân dân xã ban hành Kế hoạch, cụ thể như sau:")), "closing", List.of());

        List<PartChange> diff = PlanDiff.compare(base, changed);

        assertEquals(List.of("introduction", "targets", "assignments", "closing"), PlanDiff.changedParts(base, changed));
        assertEquals(List.of(new Change(Kind.CHANGED, "introduction[0]", null, VinhBaoPlan.INTRODUCTION,
                "Ủy ban nhân dân xã ban hành Kế hoạch, cụ thể như sau:")), diff.get(0).changes());
        assertEquals(List.of(new Change(Kind.CHANGED, "targets[CT01]", "comparison", Target.Comparison.GTE, Target.Comparison.GT),
                new Change(Kind.ADDED, "targets[CT01].values[2026]", "note", null, "sử dụng tốt các nền tảng số")),
                diff.get(1).changes());
        String path = "assignments[" + thon.id() + "]";
        assertEquals(List.of(new Change(Kind.CHANGED, path, "heading", "Các thôn trên địa bàn xã", "Các thôn, tổ dân phố"),
                new Change(Kind.ADDED, path + ".unitKinds[1]", null, null, "OTHER"),
                new Change(Kind.CHANGED, path, "requested", false, true)), diff.get(2).changes());
        assertEquals(List.of(new Change(Kind.REMOVED, "closing[0]", null, VinhBaoPlan.CLOSING, null)), diff.get(3).changes());
    }

    @Test
    void assignmentTasksAreComparedByPositionInsideTheMatchedAssignment() {
        var assignments = new ArrayList<>(base.assignments());
        var kt = assignments.get(1);
        assignments.set(1, new vn.thiduaso.plan.domain.content.Assignment(kt.id(), kt.unitId(), kt.heading(), kt.unitKinds(),
                vn.thiduaso.plan.domain.content.Assignment.Role.LEAD, kt.requested(), List.of(kt.tasks().get(0))));

        List<Change> changes = PlanDiff.compare(base, with(base, "assignments", assignments)).get(0).changes();
        String path = "assignments[" + kt.id() + "]";

        assertEquals(List.of(new Change(Kind.CHANGED, path, "role", kt.role(),
                vn.thiduaso.plan.domain.content.Assignment.Role.LEAD),
                new Change(Kind.REMOVED, path + ".tasks[1]", null, kt.tasks().get(1), null)), changes);
    }

    @Test
    void addresseesAreASetAndSinglePartsReportAddedAndFieldChanges() {
        List<UUID> addressees = new ArrayList<>(base.addresseeUnitIds());
        addressees.remove(VinhBaoPlan.THON);
        UUID newcomer = UUID.randomUUID();
        addressees.add(0, newcomer);
        PlanContent changed = with(base, "addresseeUnitIds", addressees);
        changed = with(changed, "unitPlansRequired", new UnitPlansRequirement(null, 11, 2025));
        changed = with(changed, "signer", new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null, "Trần Văn B"));
        changed = with(changed, "endYear", 2031);

        List<PartChange> diff = PlanDiff.compare(base, changed);

        assertEquals(List.of("endYear", "addresseeUnitIds", "unitPlansRequired", "signer"),
                diff.stream().map(PartChange::part).toList());
        assertEquals(List.of(new Change(Kind.CHANGED, "endYear", null, 2030, 2031)), diff.get(0).changes());
        assertEquals(List.of(new Change(Kind.REMOVED, "addresseeUnitIds[" + VinhBaoPlan.THON + "]", null, VinhBaoPlan.THON, null),
                new Change(Kind.ADDED, "addresseeUnitIds[" + newcomer + "]", null, null, newcomer)), diff.get(1).changes());
        assertEquals(Kind.ADDED, diff.get(2).changes().get(0).kind());
        assertEquals(List.of(new Change(Kind.CHANGED, "signer", "capacity", "KT. CHỦ TỊCH", "CHỦ TỊCH"),
                new Change(Kind.REMOVED, "signer", "title", "PHÓ CHỦ TỊCH", null),
                new Change(Kind.CHANGED, "signer", "fullName", "Nguyễn Văn Hà", "Trần Văn B")), diff.get(3).changes());
    }

    @Test
    void topLevelValuesAreTheirOwnPartsAndEmptyPlanAddsEverything() {
        List<String> parts = PlanDiff.changedParts(Map.of("title", "Kế hoạch cũ"), base,
                Map.of("title", "Kế hoạch mới"), base);
        assertEquals(List.of("title"), parts);

        List<PartChange> fromEmpty = PlanDiff.compare(PlanContent.empty(), base);
        assertTrue(fromEmpty.stream().map(PartChange::part).toList()
                .containsAll(List.of("movementIds", "legalBases", "contents", "targets", "signer", "place")));
        assertTrue(fromEmpty.stream().flatMap(p -> p.changes().stream()).allMatch(c -> c.kind() == Kind.ADDED
                || c.path().equals("sectionOrder")));
        assertNull(PlanDiff.compare(null, base).stream().filter(p -> p.part().equals("place")).findFirst()
                .orElseThrow().changes().get(0).before());
    }

    /** A copy of {@code content} with one part replaced (records have no withers). */
    static PlanContent with(PlanContent content, String part, Object value) {
        try {
            RecordComponent[] rcs = PlanContent.class.getRecordComponents();
            Object[] args = new Object[rcs.length];
            Class<?>[] types = new Class<?>[rcs.length];
            boolean found = false;
            for (int i = 0; i < rcs.length; i++) {
                types[i] = rcs[i].getType();
                found |= rcs[i].getName().equals(part);
                args[i] = rcs[i].getName().equals(part) ? value : rcs[i].getAccessor().invoke(content);
            }
            assertTrue(found, part);
            return PlanContent.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
