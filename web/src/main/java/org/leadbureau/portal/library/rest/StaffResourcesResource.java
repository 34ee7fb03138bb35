package org.leadbureau.portal.library.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.library.boundary.Library;
import org.leadbureau.portal.library.boundary.LibraryCuration;
import org.leadbureau.portal.library.boundary.ResourceForm;
import org.leadbureau.portal.library.control.TextExtractor;
import org.leadbureau.portal.platform.rest.PageJson;

/**
 * Staff curation API (STAFF or ADMIN, enforced by {@link LibraryCuration}): {@code POST} a multipart upload,
 * {@code PUT} new metadata (JSON) or a new file (multipart), {@code DELETE}.
 */
@Tag(name = "Library")
@Path("staff/resources")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResourcesResource {

    // Far above any field's own limit (a summary is 1,000 characters), so the field's check names what is wrong.
    private static final int MAX_FIELD_BYTES = 64 * 1024;

    @Inject
    LibraryCuration curation;

    @Inject
    Library library;

    /** A page of every resource, drafts included, with the parameters of {@code GET /api/resources}. */
    @Operation(summary = "Every resource, drafts included, a page at a time (STAFF or ADMIN)")
    @GET
    public PageJson<ResourceJson> list(@QueryParam("type") List<String> types, @QueryParam("topic") List<String> topics,
                           @QueryParam("audience") List<String> audiences, @QueryParam("year") List<String> years,
                           @QueryParam("sort") String sort, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        return PageJson.of(curation.list(library.filter(types, topics, audiences, years, sort, page, size)),
                ResourceJson::item);
    }

    @Operation(summary = "Upload a resource (STAFF or ADMIN)",
            description = "A PDF, DOCX, HTML or Markdown file of at most 25 MB (413 above, 415 for another kind) and its"
                    + " description; its text is extracted for search.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = {"file", "title", "type"}, properties = {
                    @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary"),
                    @SchemaProperty(name = "title", type = SchemaType.STRING),
                    @SchemaProperty(name = "summary", type = SchemaType.STRING),
                    @SchemaProperty(name = "type", type = SchemaType.STRING, description = "A resource type, e.g. GUIDE."),
                    @SchemaProperty(name = "topics", type = SchemaType.ARRAY, implementation = String.class,
                            description = "Topic slugs: repeat the part or comma-separate."),
                    @SchemaProperty(name = "audiences", type = SchemaType.ARRAY, implementation = String.class),
                    @SchemaProperty(name = "published", type = SchemaType.STRING, format = "date"),
                    @SchemaProperty(name = "status", type = SchemaType.STRING, enumeration = {"DRAFT", "PUBLISHED"}),
                    @SchemaProperty(name = "language", type = SchemaType.STRING),
                    @SchemaProperty(name = "externalUrl", type = SchemaType.STRING, format = "uri")})))
    @APIResponse(responseCode = "201", description = "The resource.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourceJson.class)))
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) {
        Optional<EntityPart> file = part(parts, "file");
        String slug = curation.create(form(parts), file.flatMap(EntityPart::getFileName).orElse(null),
                file.map(StaffResourcesResource::bounded).orElse(null));
        return Response.created(URI.create("/library/" + slug)).entity(ResourceJson.of(curation.find(slug))).build();
    }

    @Operation(summary = "Change a resource's description (STAFF or ADMIN)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResourceForm.class)))
    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResourceJson describe(@PathParam("slug") String slug, JsonObject body) {
        var form = new ResourceForm(text(body, "title"), text(body, "summary"), text(body, "type"), list(body, "topics"),
                list(body, "audiences"), text(body, "published"), text(body, "status"), text(body, "language"),
                text(body, "externalUrl"));
        return ResourceJson.of(curation.update(slug, form));
    }

    /** A new file for the resource; the previous file's facts stay in its history. */
    @Operation(summary = "Replace a resource's file (STAFF or ADMIN)", description = "The previous file's facts stay in fileHistory.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = "file", properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary"))))
    @PUT
    @Path("{slug}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ResourceJson replaceFile(@PathParam("slug") String slug, List<EntityPart> parts) {
        EntityPart file = part(parts, "file").orElseThrow(() -> new jakarta.ws.rs.BadRequestException(
                "Send the new file in a part named 'file'."));
        return ResourceJson.of(curation.replaceFile(slug, file.getFileName().orElse(""), bounded(file)));
    }

    @Operation(summary = "Delete a resource (STAFF or ADMIN)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{slug}")
    public Response delete(@PathParam("slug") String slug) {
        curation.delete(slug);
        return Response.noContent().build();
    }

    private static ResourceForm form(List<EntityPart> parts) {
        return new ResourceForm(value(parts, "title"), value(parts, "summary"), value(parts, "type"),
                values(parts, "topics"), values(parts, "audiences"), value(parts, "published"), value(parts, "status"),
                value(parts, "language"), value(parts, "externalUrl"));
    }

    /** At most one byte past the limit is read: enough for the extractor to refuse it as too large. */
    private static byte[] bounded(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) TextExtractor.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    private static String value(List<EntityPart> parts, String name) {
        return part(parts, name).map(StaffResourcesResource::string).orElse(null);
    }

    private static List<String> values(List<EntityPart> parts, String name) {
        return parts.stream().filter(part -> name.equals(part.getName())).map(StaffResourcesResource::string).toList();
    }

    /**
     * A text field in the charset its part names, else UTF-8: browsers and curl send fields without one, and the
     * JAX-RS default for that (ISO-8859-1) garbled every accented title.
     */
    private static String string(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(MAX_FIELD_BYTES), charset(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Only a charset the sender wrote counts: for a part without Content-Type the parser reports MIME's default,
    // US-ASCII, which turns every accented letter into a replacement character.
    private static Charset charset(EntityPart part) {
        String contentType = part.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        try {
            String name = contentType == null ? null
                    : MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.BadRequestException("The part '" + part.getName() + "' names an unknown charset.");
        }
    }

    private static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static List<String> list(JsonObject body, String name) {
        JsonValue value = body.get(name);
        List<String> values = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.getValuesAs(JsonString.class).forEach(item -> values.add(item.getString()));
        } else if (value instanceof JsonString string) {
            values.add(string.getString());
        }
        return values;
    }
}
