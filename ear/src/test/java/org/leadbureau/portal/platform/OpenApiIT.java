package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;

/**
 * {@code GET /openapi} describes the whole API: every JAX-RS resource method of the deployed WAR (found in its class
 * files) is in the document and nothing else is, staff operations name their sign-in, errors are problem bodies, and
 * the documented schemas hold what the real answers contain (members written as null documented as nullable).
 */
@SharedPortal
class OpenApiIT {

    private static OpenApiDocument document;

    @BeforeAll
    static void readTheDocument() {
        HttpResponse<String> response = Http.get("/openapi?format=JSON");
        assertEquals(200, response.statusCode(), response.body());
        document = new OpenApiDocument(Http.json(response));
    }

    @Test
    void everyResourceMethodIsDocumentedAndNothingElse() {
        Set<String> methods = new TreeSet<>(ResourceMethods.inWar(ResourceMethods.deployedWar()));
        assertTrue(methods.size() > 30, "the resource methods were found: " + methods);
        Set<String> documented = new TreeSet<>(document.operations().keySet());
        Set<String> missing = new TreeSet<>(methods);
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "resource methods missing from /openapi");
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(methods);
        assertEquals(Set.of(), extra, "operations in /openapi that no resource method answers");
        // Two methods answer PUT /api/staff/resources/{slug}, told apart by what they consume: both are described.
        JsonObject bodies = document.operations().get("PUT /api/staff/resources/{slug}").getJsonObject("requestBody")
                .getJsonObject("content");
        assertEquals(Set.of("application/json", "multipart/form-data"), bodies.keySet());
    }

    @Test
    void staffOperationsNeedBasicOrTheSessionAndAnswer401And403() {
        document.operations().forEach((operation, description) -> {
            boolean staff = operation.contains(" /api/staff/");
            Set<String> schemes = new TreeSet<>();
            JsonArray security = description.containsKey("security") ? description.getJsonArray("security")
                    : JsonValue.EMPTY_JSON_ARRAY;
            security.forEach(requirement -> schemes.addAll(requirement.asJsonObject().keySet()));
            assertEquals(staff ? Set.of("basic", "session") : Set.of(), schemes, operation);
            JsonObject responses = description.getJsonObject("responses");
            assertEquals(staff, responses.containsKey("401") && responses.containsKey("403"), operation);
            assertTrue(responses.containsKey("4XX") && responses.containsKey("5XX"), operation + " answers problems");
            assertTrue(responses.keySet().stream().anyMatch(status -> status.startsWith("2")), operation + " succeeds");
            assertTrue(description.containsKey("summary") && description.containsKey("tags"), operation + " is described");
        });
        JsonObject schemes = document.components().getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
        assertEquals("cookie", schemes.getJsonObject("session").getString("in"));
        assertEquals("JSESSIONID", schemes.getJsonObject("session").getString("name"));
    }

    @Test
    void problemBodiesAreDocumentedAsTheyAreWritten() {
        HttpResponse<String> notFound = Http.get("/api/sites/no-such-site-" + System.nanoTime());
        assertEquals(404, notFound.statusCode());
        assertEquals("application/problem+json", notFound.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> invalid = Http.post("/api/inquiries", "{}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        JsonObject problem = Http.json(invalid);
        assertFalse(problem.getJsonArray("errors").isEmpty(), invalid.body());
        JsonObject schema = document.schema("Problem");
        document.assertDescribes(schema, Http.json(notFound), "a 404 problem");
        document.assertDescribes(schema, problem, "a 400 problem");
        JsonObject shared = document.components().getJsonObject("responses").getJsonObject("Problem");
        assertEquals("#/components/schemas/Problem", shared.getJsonObject("content")
                .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"));
    }

    @Test
    void documentedAnswersHoldWhatTheRealAnswersContain() {
        String basic = StaffAccounts.staff().basic();
        Map<String, String> answers = Map.of(
                "GET /api/health", "/api/health",
                "GET /api/sites", "/api/sites",
                "GET /api/sites/{slug}", "/api/sites/" + Http.jsonArray(Http.get("/api/sites")).getJsonObject(0).getString("slug"),
                "GET /api/trainings", "/api/trainings",
                "GET /api/resources", "/api/resources?size=3",
                "GET /api/search", "/api/search?q=diversion",
                "GET /api/staff/me", "/api/staff/me");
        answers.forEach((operation, path) -> {
            HttpResponse<String> response = Http.get(path, "Authorization", basic);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            JsonValue body = Json.createReader(new StringReader(response.body())).readValue();
            document.assertDescribes(document.answer(operation, "200"), body, operation);
        });
    }

    @Test
    void theDocumentIsAlsoYamlByDefault() {
        HttpResponse<String> yaml = Http.get("/openapi");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().lines().anyMatch(line -> line.startsWith("openapi: 3.1")), yaml.body().lines().limit(3).toList()::toString);
        assertTrue(yaml.body().contains("title: LEAD Bureau Portal API"));
    }
}
