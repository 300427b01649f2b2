package vn.thiduaso.plan.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.thiduaso.plan.domain.Movement;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.repository.MovementRepository;
import vn.thiduaso.plan.service.PlanService.PlanView;
import vn.thiduaso.platform.security.CallerScope;

/**
 * The seed plans in full structure ({@code demo/plans/<commune code>.json}, unit plans in
 * {@code demo/unit-plans/}): the API's plan body in which units, movements, content items, free
 * sections and parent plans are named by readable keys ({@code unit:phong-vhxh},
 * {@code movement:binh-dan-hoc-vu-so}, {@code content:3}, {@code section:kinh-phi},
 * {@code plan:vinh-bao}). Resolved here and drafted and issued through the same use cases as the API.
 */
@ApplicationScoped
public class DemoPlans {

    /** Top-level keys of a demo file that are not part of the API's plan body. */
    private static final List<String> NOT_BODY = List.of("_comment", "_unrepresented", "issuingUnit", "number",
            "issuedOn", "parentPlan");
    /** The demo's movement keys and the launching documents of the reference movements (V2 migration). */
    private static final Map<String, String> MOVEMENT_DOCUMENTS = Map.of(
            "ca-nuoc-thi-dua-dmst-cds", "923/QĐ-TTg",
            "binh-dan-hoc-vu-so", "01-KH/BCĐTW",
            "hai-phong-dot-pha-khcn-dmst-cds", "150/KH-UBND");

    private final ObjectMapper mapper;
    private final PlanInputs inputs;
    private final PlanService plans;
    private final MovementRepository movements;

    public DemoPlans(ObjectMapper mapper, PlanInputs inputs, PlanService plans, MovementRepository movements) {
        this.mapper = mapper;
        this.inputs = inputs;
        this.plans = plans;
        this.movements = movements;
    }

    /** Whether a structured plan exists for this commune code. */
    public boolean exists(String resource) {
        return Thread.currentThread().getContextClassLoader().getResource(resource) != null;
    }

    /**
     * Drafts and issues one demo plan. {@code units} resolves a {@code unit:} code in the plan's commune,
     * {@code issuedPlans} a {@code plan:} key (commune code) to a plan already issued.
     */
    public PlanView issue(CallerScope system, String resource, Function<String, Unit> units,
            Map<String, UUID> issuedPlans) throws IOException {
        ObjectNode file;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            file = (ObjectNode) mapper.readTree(in);
        }
        Map<String, UUID> keys = new HashMap<>();
        JsonNode resolved = resolve(file, ref -> switch (ref.kind()) {
            case "unit" -> required(units.apply(ref.key()), ref).id;
            case "movement" -> movement(ref);
            case "plan" -> required(issuedPlans.get(ref.key()), ref);
            case "content", "section" -> keys.computeIfAbsent(ref.kind() + ":" + ref.key(), k -> UUID.randomUUID());
            default -> throw new IllegalStateException("Unknown demo reference " + ref);
        });
        ObjectNode body = (ObjectNode) resolved;
        String issuingUnit = body.path("issuingUnit").asText();
        String parent = body.path("parentPlan").asText(null);
        LocalDate issuedOn = body.hasNonNull("issuedOn") ? LocalDate.parse(body.get("issuedOn").asText()) : null;
        NOT_BODY.forEach(body::remove);
        body.put("issuingUnitId", issuingUnit);
        if (parent != null) {
            body.put("parentPlanId", required(issuedPlans.get(parent), new Ref("plan", parent)).toString());
        }
        PlanView draft = plans.create(system, inputs.read(body));
        return plans.issue(system, draft.plan().id, draft.plan().version, issuedOn, null);
    }

    private UUID movement(Ref ref) {
        String number = MOVEMENT_DOCUMENTS.get(ref.key());
        Movement m = number == null ? null : movements.find("documentNumber", number).firstResult();
        return required(m, ref).id;
    }

    /** A copy of the tree in which every text "kind:key" (also inside "otherSections:section:key") is resolved. */
    static JsonNode resolve(JsonNode node, Function<Ref, UUID> resolver) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                copy.set(f.getKey(), f.getKey().startsWith("_") ? f.getValue() : resolve(f.getValue(), resolver));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(resolve(item, resolver)));
            return copy;
        }
        if (node.isTextual()) {
            String text = node.asText();
            String prefix = "";
            if (text.startsWith("otherSections:")) {
                prefix = "otherSections:";
                text = text.substring(prefix.length());
            }
            Ref ref = Ref.parse(text);
            return ref == null ? node : new TextNode(prefix + resolver.apply(ref));
        }
        return node;
    }

    record Ref(String kind, String key) {
        private static final List<String> KINDS = List.of("unit", "movement", "plan", "content", "section");

        static Ref parse(String text) {
            int colon = text.indexOf(':');
            if (colon <= 0 || text.indexOf(' ') >= 0) {
                return null;
            }
            String kind = text.substring(0, colon);
            return KINDS.contains(kind) ? new Ref(kind, text.substring(colon + 1)) : null;
        }
    }

    private static <T> T required(T found, Ref ref) {
        if (found == null) {
            throw new IllegalStateException("Demo data refers to " + ref.kind() + ":" + ref.key() + ", which does not exist");
        }
        return found;
    }
}
