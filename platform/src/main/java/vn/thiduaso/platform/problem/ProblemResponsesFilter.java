package vn.thiduaso.platform.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares the problem+json body of every error response once for every service (registered with
 * {@code mp.openapi.filter}): the {@code Problem} schema in components, and on every operation 400,
 * 401, 403 (and 404 when the path has a parameter, 409 for writes) with that body. Responses an
 * endpoint already declares keep their description; only a missing body is filled in.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("ProblemFieldError", object()
                .description("Một trường không hợp lệ / one invalid field")
                .addProperty("field", string().description("Đường dẫn trường, ví dụ contents[2].title"))
                .addProperty("message", string().description("Thông báo (tiếng Việt)"))
                .required(List.of("field", "message")));
        components.addSchema(SCHEMA, object()
                .description("RFC 9457 problem details")
                .addProperty("type", string().format("uri"))
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string())
                .addProperty("instance", string())
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("ProblemFieldError")))
                .addProperty("currentVersion", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .description("Phiên bản hiện hành khi ghi với phiên bản cũ (409)"))
                .required(List.of("type", "title", "status")));

        // one relative server: the document is served by the service it describes
        openAPI.setServers(new java.util.ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("Dịch vụ phục vụ tài liệu này (đường dẫn tương đối) / the service serving this document"))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasParameter = path.getKey().contains("{");
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : operations.entrySet()) {
                Operation operation = entry.getValue();
                if (isPublic(path.getKey())) {
                    // explicit "security: []": no token needed (a generated client must not ask for one)
                    operation.setSecurity(new java.util.ArrayList<>());
                }
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                problem(responses, "400", "Yêu cầu không hợp lệ / bad request");
                problem(responses, "401", "Chưa đăng nhập / not authenticated");
                problem(responses, "403", "Không có quyền / forbidden");
                if (hasParameter) {
                    problem(responses, "404", "Không tìm thấy / not found");
                }
                if (entry.getKey() != PathItem.HttpMethod.GET) {
                    problem(responses, "409", "Xung đột / conflict");
                }
                for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        withProblemBody(response.getValue());
                    }
                }
            }
        }
    }

    /**
     * Sign-in, refresh, the client-credentials token, /api/v1/public/** and the secret-address iCalendar
     * feeds ({@code ….ics}) are called without a token.
     */
    static boolean isPublic(String path) {
        return path.contains("/public/") || path.endsWith("/public") || path.endsWith(".ics") || path.endsWith("/auth/login")
                || path.endsWith("/auth/refresh") || path.endsWith("/auth/token");
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void withProblemBody(APIResponse response) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        if (content.getMediaTypes() == null || !content.hasMediaType(Problem.MEDIA_TYPE)) {
            content.addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA)));
        }
        for (String type : List.copyOf(content.getMediaTypes().keySet())) {
            if (!Problem.MEDIA_TYPE.equals(type)) {
                content.removeMediaType(type);
            }
        }
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
