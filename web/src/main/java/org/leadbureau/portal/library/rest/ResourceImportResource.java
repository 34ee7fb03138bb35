package org.leadbureau.portal.library.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.library.boundary.BulkImportReport;
import org.leadbureau.portal.library.boundary.LibraryBulkImport;
import org.leadbureau.portal.platform.rest.Problem;

/**
 * {@code POST /api/staff/resources/import[?dryRun=true]} (STAFF or ADMIN, enforced by {@link LibraryBulkImport}): a ZIP
 * of files and their {@code manifest.csv}, up to 500 MB. The body is streamed to a temporary file, never held in
 * memory, and the file is deleted when the import ends.
 */
@Tag(name = "Library")
@Path("staff/resources/import")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceImportResource {

    static final long MAX_BYTES = 500L * 1024 * 1024;

    @Inject
    LibraryBulkImport bulkImport;

    /** The report: {@code {created, updated, unchanged, rejected: [{line, file, reason}]}}. */
    public record ReportJson(int created, int updated, int unchanged, List<RejectedJson> rejected) {

        static ReportJson of(BulkImportReport report) {
            return new ReportJson(report.created(), report.updated(), report.unchanged(), report.rejected().stream()
                    .map(line -> new RejectedJson(line.line(), line.file(), line.reason())).toList());
        }
    }

    /** A line of the manifest that imported nothing (the header is line 1). */
    public record RejectedJson(long line, String file, String reason) {
    }

    @Operation(summary = "Import a collection: a ZIP of files and their manifest.csv (STAFF or ADMIN)",
            description = "Up to 500 MB (413 above). manifest.csv, at the ZIP's top level, has the columns file, title,"
                    + " summary, type, topics, audiences, published, status, language (several topics or audiences"
                    + " separated by ';'). Each line is imported on its own; a file the library holds already (same"
                    + " SHA-256) updates that resource's description. Not a ZIP or no manifest: 400.")
    @RequestBody(required = true, content = @Content(mediaType = "application/zip",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "What was (or, in a dry run, would be) done, line by line.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportJson.class)))
    @POST
    @Consumes("application/zip")
    public Response importZip(InputStream body, @Parameter(description = "true: check every line, store nothing.")
                              @QueryParam("dryRun") boolean dryRun) throws IOException {
        java.nio.file.Path zip = Files.createTempFile("library-import-", ".zip");
        try {
            if (!copyAtMost(body, zip, MAX_BYTES)) {
                return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "A bulk import is at most 500 MB: split the collection into several ZIP files.");
            }
            return Response.ok(ReportJson.of(bulkImport.importZip(zip, dryRun))).build();
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** Copies the body to {@code file}; false as soon as it passes {@code max} bytes. */
    private static boolean copyAtMost(InputStream body, java.nio.file.Path file, long max) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                copied += read;
                if (copied > max) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }
}
