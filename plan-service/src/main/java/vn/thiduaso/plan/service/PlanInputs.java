package vn.thiduaso.plan.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Signer;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.Problem.FieldError;

/**
 * Reads a plan body (the JSON shape of docs/plan-model.md) into a {@link PlanInput}, and applies a
 * partial update: a top-level field given replaces that field whole. The earlier request shape
 * ({@code signerName}, {@code signerTitle}) still reads, into {@code signer}.
 */
@ApplicationScoped
public class PlanInputs {

    /** Title, summary, issuing unit, parent plan and the parts of one plan version. */
    public record PlanInput(String title, String summary, UUID issuingUnitId, UUID parentPlanId, PlanContent content) {
    }

    private static final Set<String> TOP_LEVEL = Set.of("title", "summary", "issuingUnitId", "parentPlanId",
            "signerName", "signerTitle", "number", "version");

    private final ObjectMapper mapper;

    public PlanInputs(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public PlanInput read(ObjectNode body) {
        unknownFields(body, false);
        return toInput(body.deepCopy());
    }

    /** The current input with the fields of {@code patch} replacing theirs; {@code issuingUnitId} cannot change. */
    public PlanInput merge(PlanInput current, ObjectNode patch) {
        unknownFields(patch, true);
        ObjectNode merged = mapper.valueToTree(current.content());
        merged.put("title", current.title());
        merged.put("summary", current.summary());
        merged.put("issuingUnitId", current.issuingUnitId().toString());
        merged.put("parentPlanId", current.parentPlanId() == null ? null : current.parentPlanId().toString());
        patch.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
        merged.put("issuingUnitId", current.issuingUnitId().toString());
        return toInput(merged);
    }

    private PlanInput toInput(ObjectNode body) {
        try {
            PlanContent content = mapper.treeToValue(body, PlanContent.class);
            if (content.signer() == null && (text(body, "signerName") != null || text(body, "signerTitle") != null)) {
                content = withSigner(content, new Signer(null, null, text(body, "signerTitle"), text(body, "signerName")));
            }
            return new PlanInput(trim(text(body, "title")), blankToNull(text(body, "summary")),
                    uuid(body, "issuingUnitId"), uuid(body, "parentPlanId"), content);
        } catch (JsonMappingException e) {
            throw new InvalidFieldException(jsonPath(e), "Giá trị không đúng kiểu dữ liệu (hoặc ngày không tồn tại)");
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("body", "Nội dung JSON không đọc được");
        }
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private void unknownFields(ObjectNode body, boolean patch) {
        Set<String> known = new HashSet<>(TOP_LEVEL);
        for (var c : PlanContent.class.getRecordComponents()) {
            known.add(c.getName());
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (patch && name.equals("issuingUnitId")) {
                errors.add(new FieldError(name, "Không đổi được đơn vị ban hành của kế hoạch"));
            } else if (patch && !known.contains(name)) {
                errors.add(new FieldError(name, "Trường không tồn tại hoặc không sửa được"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static UUID uuid(JsonNode body, String field) {
        String s = text(body, field);
        if (s == null) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "Mã định danh không hợp lệ");
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static PlanContent withSigner(PlanContent c, Signer signer) {
        return new PlanContent(c.movementIds(), c.startYear(), c.endYear(), c.sectionOrder(), c.legalBases(),
                c.purposes(), c.requirements(), c.objectives(), c.contents(), c.criteriaGroups(), c.targets(),
                c.milestones(), c.awardForms(), c.assignments(), c.addresseeUnitIds(), c.reportingObligations(),
                c.unitPlansRequired(), c.otherSections(), c.recipients(), signer, c.place(), c.introduction(), c.closing());
    }

    static PlanContent withPlace(PlanContent c, String place) {
        return new PlanContent(c.movementIds(), c.startYear(), c.endYear(), c.sectionOrder(), c.legalBases(),
                c.purposes(), c.requirements(), c.objectives(), c.contents(), c.criteriaGroups(), c.targets(),
                c.milestones(), c.awardForms(), c.assignments(), c.addresseeUnitIds(), c.reportingObligations(),
                c.unitPlansRequired(), c.otherSections(), c.recipients(), c.signer(), place, c.introduction(), c.closing());
    }
}
