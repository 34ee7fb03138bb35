package org.leadbureau.portal.library.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.leadbureau.portal.library.boundary.BulkImportReport.RejectedLine;
import org.leadbureau.portal.library.boundary.LibraryImportLines.Outcome;
import org.leadbureau.portal.library.control.FileRefusedException;
import org.leadbureau.portal.library.control.TextExtractor;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.security.Roles;

/**
 * Imports the Bureau's existing collection: a ZIP of files and a {@code manifest.csv} describing them. The ZIP is read
 * from a file on disk one entry at a time, so memory holds one document at most whatever the archive's size. A file
 * whose SHA-256 the library already holds updates that resource's metadata instead of adding a copy.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class LibraryBulkImport {

    /** More lines than any collection the Bureau describes by hand; a report stays a readable size. */
    public static final int MAX_LINES = 10_000;
    private static final long MAX_MANIFEST_BYTES = 5L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(LibraryBulkImport.class.getName());

    @Inject
    LibraryImportLines lines;

    /**
     * Imports {@code zip}, or only reports what it would do when {@code dryRun}.
     *
     * @throws InvalidInputException when the upload is not a ZIP with a readable manifest of at most
     *                               {@value #MAX_LINES} lines
     */
    // No transaction around the whole run: each line commits (or, in a dry run, rolls back) on its own.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkImportReport importZip(@NotNull Path zip, boolean dryRun) {
        try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<ImportManifest.Line> manifest = manifest(archive);
            Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
            List<RejectedLine> rejected = new ArrayList<>();
            for (ImportManifest.Line line : manifest) {
                try {
                    outcomes.merge(importLine(archive, line, dryRun), 1, Integer::sum);
                } catch (InvalidInputException | FileRefusedException e) {
                    rejected.add(new RejectedLine(line.number(), line.file(), e.getMessage()));
                } catch (EJBException e) {
                    LOG.log(Level.WARNING, "Bulk import: line " + line.number() + " (" + line.file() + ") failed", e);
                    rejected.add(new RejectedLine(line.number(), line.file(), "It could not be stored; see the server log."));
                }
            }
            return new BulkImportReport(outcomes.getOrDefault(Outcome.CREATED, 0),
                    outcomes.getOrDefault(Outcome.UPDATED, 0), outcomes.getOrDefault(Outcome.UNCHANGED, 0), rejected);
        } catch (ZipException e) {
            throw new InvalidInputException("file", "The upload is not a ZIP archive.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ImportManifest.Line> manifest(ZipFile archive) throws IOException {
        ZipEntry entry = archive.getEntry(ImportManifest.NAME);
        if (entry == null || entry.isDirectory()) {
            throw new InvalidInputException("manifest", "The ZIP has no " + ImportManifest.NAME + " at its top level.");
        }
        byte[] text;
        try (InputStream in = archive.getInputStream(entry)) {
            text = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
        }
        if (text.length > MAX_MANIFEST_BYTES) {
            throw new InvalidInputException("manifest", ImportManifest.NAME + " is larger than 5 MB.");
        }
        List<ImportManifest.Line> manifest = ImportManifest.read(new InputStreamReader(
                new ByteArrayInputStream(text), StandardCharsets.UTF_8));
        if (manifest.size() > MAX_LINES) {
            throw new InvalidInputException("manifest", ImportManifest.NAME + " has " + manifest.size()
                    + " lines; import at most " + MAX_LINES + " at a time.");
        }
        return manifest;
    }

    private Outcome importLine(ZipFile archive, ImportManifest.Line line, boolean dryRun) throws IOException {
        ZipEntry entry = line.file().isBlank() ? null : archive.getEntry(line.file());
        if (entry == null || entry.isDirectory()) {
            throw new InvalidInputException("file", "The ZIP holds no file '" + line.file() + "'.");
        }
        byte[] content;
        try (InputStream in = archive.getInputStream(entry)) {
            // One byte past the limit is enough for the extractor to refuse it as too large.
            content = in.readNBytes((int) TextExtractor.MAX_BYTES + 1);
        }
        String fileName = Path.of(line.file()).getFileName().toString();
        var held = lines.holding(TextExtractor.sha256(content));
        return held.isPresent() ? lines.describe(held.get(), line.form(), dryRun)
                : lines.create(line.form(), fileName, content, dryRun);
    }
}
