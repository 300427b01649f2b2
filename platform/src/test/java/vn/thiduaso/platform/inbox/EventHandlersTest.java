package vn.thiduaso.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thiduaso.platform.events.EventEnvelope;

/** The dispatch rule on plain objects: type, version, tolerant binding, validation. */
class EventHandlersTest {

    record Line(@NotNull UUID id, @Min(1) int quantity) {
    }

    record OrderV1(@NotNull UUID orderId, @NotBlank String title) {
    }

    record OrderV2(@NotNull UUID orderId, @NotBlank String title, @NotNull List<@Valid Line> lines) {
    }

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private final List<Object> seen = new ArrayList<>();

    private final EventHandlers handlers = EventHandlers.on("orders")
            .handle("OrderPlaced", 1, OrderV1.class, (e, p) -> seen.add(p))
            .handle("OrderPlaced", Set.of(2, 3), OrderV2.class, (e, p) -> seen.add(p))
            .build();

    private EventEnvelope event(String type, int version, ObjectNode payload) {
        return new EventEnvelope(UUID.randomUUID(), type, version, Instant.now(), "test", "k", "/x", payload);
    }

    @Test
    void bindsOnlyTheDeclaredFieldsAndIgnoresUnknownOnes() {
        UUID id = UUID.randomUUID();
        ObjectNode payload = mapper.createObjectNode().put("orderId", id.toString()).put("title", "Kế hoạch")
                .put("addedLater", "x");
        payload.putObject("nested").put("deep", 1);

        assertTrue(handlers.apply(event("OrderPlaced", 1, payload), mapper, validator));

        assertEquals(List.of(new OrderV1(id, "Kế hoạch")), seen);
    }

    @Test
    void eachAcceptedVersionBindsItsOwnRecord() {
        UUID id = UUID.randomUUID();
        UUID line = UUID.randomUUID();
        ObjectNode payload = mapper.createObjectNode().put("orderId", id.toString()).put("title", "t");
        payload.putArray("lines").addObject().put("id", line.toString()).put("quantity", 2);

        handlers.apply(event("OrderPlaced", 3, payload), mapper, validator);

        assertEquals(List.of(new OrderV2(id, "t", List.of(new Line(line, 2)))), seen);
    }

    @Test
    void anUnknownTypeIsIgnored() {
        assertFalse(handlers.apply(event("OrderShipped", 1, mapper.createObjectNode()), mapper, validator));
        assertTrue(seen.isEmpty());
    }

    @Test
    void anUnknownVersionOfAKnownTypeIsPoisonWithAClearReason() {
        PoisonEventException e = assertThrows(PoisonEventException.class,
                () -> handlers.apply(event("OrderPlaced", 4, mapper.createObjectNode()), mapper, validator));
        assertEquals("OrderPlaced v4 is not understood on orders (accepted: v1, v2, v3)", e.getMessage());
        assertTrue(seen.isEmpty());
    }

    @Test
    void aConstraintViolationIsPoisonNamingTheFieldPaths() {
        ObjectNode payload = mapper.createObjectNode().put("orderId", UUID.randomUUID().toString()).put("title", " ");
        payload.putArray("lines").addObject().put("quantity", 0);

        PoisonEventException e = assertThrows(PoisonEventException.class,
                () -> handlers.apply(event("OrderPlaced", 2, payload), mapper, validator));

        assertTrue(e.getMessage().contains("has an invalid payload"), e.getMessage());
        assertTrue(e.getMessage().contains("lines[0].id"), e.getMessage());
        assertTrue(e.getMessage().contains("lines[0].quantity"), e.getMessage());
        assertTrue(e.getMessage().contains("title"), e.getMessage());
        assertTrue(seen.isEmpty());
    }

    @Test
    void aPayloadOfTheWrongShapeIsPoison() {
        ObjectNode payload = mapper.createObjectNode().put("orderId", "not-a-uuid").put("title", "t");

        PoisonEventException e = assertThrows(PoisonEventException.class,
                () -> handlers.apply(event("OrderPlaced", 1, payload), mapper, validator));

        assertTrue(e.getMessage().contains("does not bind"), e.getMessage());
    }

    @Test
    void twoHandlersForOneVersionAreRefusedAtDeclaration() {
        assertThrows(IllegalArgumentException.class, () -> EventHandlers.on("orders")
                .handle("OrderPlaced", 1, OrderV1.class, (e, p) -> { })
                .handle("OrderPlaced", Set.of(1, 2), OrderV2.class, (e, p) -> { }));
        assertEquals(Map.of("OrderPlaced", Set.of(1, 2, 3)), handlers.accepted());
    }
}
