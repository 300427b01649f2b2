package vn.thiduaso.platform.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The checker on a small hand-made document (3.1 dialect with a 3.0 nullable too). */
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DOC = """
            {"openapi":"3.1.0","servers":[{"url":"/"}],
             "paths":{"/things/{id}":{"get":{"operationId":"get","summary":"Một thứ",
                "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Detail"}}}},
                             "404":{"description":"nf","content":{"application/problem+json":{"schema":{"type":"object"}}}}}}},
                      "/things":{"post":{"responses":{"201":{"description":"ok"}}}}},
             "components":{"schemas":{
               "Base":{"type":"object","properties":{"id":{"type":"string","format":"uuid"}},"required":["id"]},
               "Detail":{"allOf":[{"$ref":"#/components/schemas/Base"},{"type":"object","properties":{
                  "status":{"type":"string","enum":["DRAFT","ISSUED"]},
                  "issuedAt":{"type":["string","null"],"format":"date-time"},
                  "day":{"type":"string","format":"date"},
                  "count":{"type":"integer","format":"int32"},
                  "ratio":{"type":"number"},
                  "ok":{"type":"boolean"},
                  "note":{"type":"string","nullable":true},
                  "tags":{"type":"array","items":{"$ref":"#/components/schemas/Tag"}},
                  "labels":{"type":"object","additionalProperties":{"type":"integer"}},
                  "free":{}}}]},
               "Tag":{"type":"object","properties":{"name":{"type":"string"}}}}}}
            """;

    private final OpenApiContract contract = OpenApiContract.of(DOC);

    private List<String> check(String body) throws Exception {
        return contract.validate(contract.schema("Detail"), JSON.readTree(body));
    }

    @Test
    void aMatchingBodyPasses() throws Exception {
        assertEquals(List.of(), check("""
                {"id":"7d3c0f52-3f43-4d1a-9a0e-3d1f6c2b9d11","status":"ISSUED","issuedAt":"2026-12-03T10:00:00Z",
                 "day":"2026-12-03","count":3,"ratio":0.5,"ok":true,"note":null,"tags":[{"name":"a"}],
                 "labels":{"x":1},"free":{"anything":[1,"two"]}}
                """));
    }

    @Test
    void aStrayPropertyIsNamedWithItsPath() throws Exception {
        assertEquals(List.of("$.suedAt: thuộc tính không khai báo trong schema (có [count, day, free, id, issuedAt, labels, note, ok, ratio, status, tags])"),
                check("{\"id\":\"7d3c0f52-3f43-4d1a-9a0e-3d1f6c2b9d11\",\"suedAt\":\"x\"}"));
        List<String> nested = check("{\"id\":\"7d3c0f52-3f43-4d1a-9a0e-3d1f6c2b9d11\",\"tags\":[{\"name\":\"a\"},{\"name\":\"b\",\"colour\":1}]}");
        assertEquals(1, nested.size());
        assertTrue(nested.get(0).startsWith("$.tags[1].colour: thuộc tính không khai báo"), nested.toString());
    }

    @Test
    void wrongTypesFormatsEnumsAndMissingRequiredFail() throws Exception {
        assertEquals(List.of("$.id: \"nope\" không đúng định dạng uuid"), check("{\"id\":\"nope\"}"));
        assertEquals(List.of("$.id: bắt buộc nhưng thiếu"), check("{}"));
        String id = "\"id\":\"7d3c0f52-3f43-4d1a-9a0e-3d1f6c2b9d11\",";
        assertEquals(List.of("$.status: \"SUED\" không thuộc enum [\"DRAFT\",\"ISSUED\"]"), check("{" + id + "\"status\":\"SUED\"}"));
        assertEquals(List.of("$.issuedAt: \"03/12/2026\" không đúng định dạng date-time"), check("{" + id + "\"issuedAt\":\"03/12/2026\"}"));
        assertEquals(List.of("$.day: \"2026-13-40\" không đúng định dạng date"), check("{" + id + "\"day\":\"2026-13-40\"}"));
        assertEquals(List.of("$.count: kiểu number nhưng schema là [integer]"), check("{" + id + "\"count\":1.5}"));
        assertEquals(List.of("$.count: kiểu string nhưng schema là [integer]"), check("{" + id + "\"count\":\"3\"}"));
        assertEquals(List.of("$.ok: kiểu string nhưng schema là [boolean]"), check("{" + id + "\"ok\":\"true\"}"));
        assertEquals(List.of("$.tags: kiểu object nhưng schema là [array]"), check("{" + id + "\"tags\":{}}"));
        assertEquals(List.of("$.labels.x: kiểu string nhưng schema là [integer]"), check("{" + id + "\"labels\":{\"x\":\"1\"}}"));
        assertEquals(List.of("$.tags[0]: null nhưng schema là [object]"), check("{" + id + "\"tags\":[null]}"));
    }

    @Test
    void theDocumentCheckNamesMissingIdsSummariesAndProblemBodies() {
        assertEquals(List.of("POST /things: thiếu operationId", "POST /things: thiếu summary"), contract.documentProblems());
        JsonNode broken = contract.document().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("servers");
        assertTrue(OpenApiContract.of(broken.toString()).documentProblems().contains("servers trống"));
        assertEquals(java.util.Set.of("GET /things/{id}", "POST /things"), contract.operations());
    }
}
