package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** An OpenAPI document as JSON, read the way a client reads it: operations, shared parts, schemas behind $ref. */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonObject root;

    OpenApiDocument(JsonObject root) {
        this.root = root;
    }

    /** Every operation by "METHOD /path", e.g. "GET /api/sites/{slug}". */
    Map<String, JsonObject> operations() {
        Map<String, JsonObject> operations = new TreeMap<>();
        root.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.put(method.toUpperCase(Locale.ROOT) + " " + path, operation.asJsonObject());
            }
        }));
        return operations;
    }

    JsonObject components() {
        return root.getJsonObject("components");
    }

    JsonObject schema(String name) {
        JsonObject schema = components().getJsonObject("schemas").getJsonObject(name);
        assertNotNull(schema, "components/schemas/" + name);
        return schema;
    }

    /** The JSON schema of an operation's answer with this status. */
    JsonObject answer(String operation, String status) {
        JsonObject described = operations().get(operation);
        assertNotNull(described, operation + " is documented");
        JsonObject response = described.getJsonObject("responses").getJsonObject(status);
        assertNotNull(response, operation + " answers " + status);
        JsonObject content = response.getJsonObject("content");
        assertNotNull(content, operation + " " + status + " has content");
        JsonObject json = content.getJsonObject("application/json");
        assertNotNull(json, operation + " " + status + " is JSON: " + content.keySet());
        return json.getJsonObject("schema");
    }

    /**
     * Fails unless the schema documents every member of the value, at every depth (arrays by their items, maps by
     * their additionalProperties): what a client reads is what the document promises.
     */
    void assertDescribes(JsonObject schema, JsonValue value, String where) {
        JsonObject resolved = resolve(schema);
        switch (value.getValueType()) {
            case ARRAY -> {
                JsonObject items = resolved.getJsonObject("items");
                assertNotNull(items, where + " is documented as an array: " + resolved);
                value.asJsonArray().stream().limit(5).forEach(item -> assertDescribes(items, item, where + "[]"));
            }
            case OBJECT -> {
                JsonObject properties = resolved.getJsonObject("properties");
                JsonValue additional = resolved.get("additionalProperties");
                value.asJsonObject().forEach((name, member) -> {
                    if (properties != null && properties.containsKey(name)) {
                        assertDescribes(properties.getJsonObject(name), member, where + "." + name);
                    } else if (additional instanceof JsonObject map) {
                        assertDescribes(map, member, where + "." + name);
                    } else {
                        fail(where + "." + name + " is not documented: " + resolved);
                    }
                });
            }
            case NULL -> assertTrue(allowsNull(schema), where + " is written as null, so its schema allows null: " + schema);
            default -> assertTrue(resolved.containsKey("type") || resolved.containsKey("enum")
                    || resolved.containsKey("oneOf") || resolved.containsKey("anyOf"), where + " has a type: " + resolved);
        }
    }

    /** Whether a schema admits null: a type list with "null", nullable, or a choice of which one does. */
    private boolean allowsNull(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonArray types && types.contains(Json.createValue("null"))
                || schema.getBoolean("nullable", false)) {
            return true;
        }
        for (String choice : new String[] {"anyOf", "oneOf"}) {
            if (schema.containsKey(choice) && schema.getJsonArray(choice).stream()
                    .anyMatch(option -> allowsNull(option.asJsonObject()))) {
                return true;
            }
        }
        JsonObject resolved = resolve(schema);
        return resolved != schema && allowsNull(resolved);
    }

    /** The schema itself, following $ref (and a lone allOf, which SmallRye writes around a $ref with a description). */
    private JsonObject resolve(JsonObject schema) {
        if (schema.containsKey("$ref")) {
            String reference = schema.getString("$ref");
            return resolve(schema(reference.substring(reference.lastIndexOf('/') + 1)));
        }
        if (schema.containsKey("allOf") && schema.getJsonArray("allOf").size() == 1) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0));
        }
        return schema;
    }
}
