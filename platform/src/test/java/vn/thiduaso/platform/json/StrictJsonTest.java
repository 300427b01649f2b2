package vn.thiduaso.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class StrictJsonTest {

    record Plan(String title, List<String> tags) {
    }

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper());

    @Test
    void aWellFormedDocumentIsRead() throws Exception {
        Plan p = mapper.readValue("{\"title\":\"Kế hoạch thi đua\",\"tags\":[\"a\"]}", Plan.class);
        assertEquals("Kế hoạch thi đua", p.title());
    }

    @Test
    void trailingGarbageAfterTheDocumentIsRefused() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"title\":\"x\"} {\"title\":\"y\"}", Plan.class));
        assertTrue(e.getMessage().startsWith("Trailing token"), e.getMessage());
    }

    @Test
    void aNulCharacterIsRefusedWithThePathOfTheField() {
        JsonMappingException e = assertThrows(StrictJson.NulCharacterException.class,
                () -> mapper.readValue("{\"title\":\"ok\",\"tags\":[\"a\",\"b\\u0000c\"]}", Plan.class));
        assertEquals("tags", e.getPath().get(0).getFieldName());
        assertEquals(1, e.getPath().get(1).getIndex());
    }

    @Test
    void aDeeplyNestedDocumentIsRefusedWhileParsing() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Exception e = assertThrows(Exception.class, () -> mapper.readTree(deep));
        assertTrue(e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException,
                e.getClass().getName());
    }

    @Test
    void aMegabyteLongStringIsRefusedWhileParsing() {
        String big = "{\"title\":\"" + "a".repeat(1_000_000) + "\"}";
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(big, Plan.class));
        assertTrue(e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException,
                e.getClass().getName());
    }

    @Test
    void aHundredThousandElementArrayIsRefusedWhileParsingARequest() throws Exception {
        ObjectMapper request = RequestJson.apply(new ObjectMapper());
        String many = "{\"title\":\"x\",\"tags\":[" + "\"a\",".repeat(99_999) + "\"a\"]}";
        Exception e = assertThrows(Exception.class, () -> request.readValue(many, Plan.class));
        assertTrue(e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException,
                e.getClass().getName());
        // the application's own mapper (events, demo data) has no token bound
        assertEquals(100_000, mapper.readValue(many, Plan.class).tags().size());
    }

    @Test
    void aNulCharacterInABodyReadAsATreeIsRefusedWithItsPath() {
        JsonMappingException e = assertThrows(StrictJson.NulCharacterException.class,
                () -> mapper.readValue("{\"title\":\"ok\",\"contents\":[{\"t\":\"a\"},{\"t\":\"b\\u0000\"}]}",
                        com.fasterxml.jackson.databind.node.ObjectNode.class));
        assertEquals("contents", e.getPath().get(0).getFieldName());
        assertEquals(1, e.getPath().get(1).getIndex());
        assertEquals("t", e.getPath().get(2).getFieldName());
    }
}
