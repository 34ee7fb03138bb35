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
import org.leadbureau.portal.library.boundary.BulkImportReport;
import org.leadbureau.portal.library.boundary.LibraryBulkImport;
import org.leadbureau.portal.platform.rest.Problem;

/**
 * {@code POST /api/staff/resources/import[?dryRun=true]} (STAFF or ADMIN, enforced by {@link LibraryBulkImport}): a ZIP
 * of files and their {@code manifest.csv}, up to 500 MB. The body is streamed to a temporary file, never held in
 * memory, and the file is deleted when the import ends.
 */
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

    @POST
    @Consumes("application/zip")
    public Response importZip(InputStream body, @QueryParam("dryRun") boolean dryRun) throws IOException {
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
