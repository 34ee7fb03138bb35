package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.leadbureau.portal.library.control.FileKind;
import org.leadbureau.portal.library.control.FileRefusedException;
import org.leadbureau.portal.library.control.TextExtractor;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.platform.search.IndexIntegrity;

/**
 * The text of Markdown and HTML documents is now stored as a reader sees it (no {@code #}, {@code **} or list
 * dashes in search snippets): the text of those already stored is extracted again from their files, through the
 * portal's own extraction. Each changed row's version goes up, so the start-up check ({@link IndexIntegrity}, which
 * compares ids and versions with the index) reindexes them. A file that can no longer be read keeps its old text.
 */
public class V29__Readable_document_text extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V29__Readable_document_text.class.getName());
    private static final Set<FileKind> RE_DERIVED = Set.of(FileKind.MARKDOWN, FileKind.HTML);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<long[]> documents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery(
                     "SELECT id, file_id, file_name FROM library_resource WHERE file_id IS NOT NULL")) {
            while (rows.next()) {
                if (FileKind.byFileName(rows.getString(3)).filter(RE_DERIVED::contains).isPresent()) {
                    documents.add(new long[] {rows.getLong(1), rows.getLong(2)});
                    names.add(rows.getString(3));
                }
            }
        }
        // The parse runs on the caller's thread: the extractor's own deadline still bounds it.
        TextExtractor extractor = TextExtractor.standard(Runnable::run);
        try (PreparedStatement file = connection.prepareStatement("SELECT content FROM library_file WHERE id = ?");
             PreparedStatement update = connection.prepareStatement("UPDATE library_resource SET extracted_text = ?,"
                     + " text_opening = ?, version = version + 1 WHERE id = ?")) {
            for (int i = 0; i < documents.size(); i++) {
                file.setLong(1, documents.get(i)[1]);
                byte[] content;
                try (ResultSet rows = file.executeQuery()) {
                    content = rows.next() ? rows.getBytes(1) : null;
                }
                String text = readable(extractor, names.get(i), content);
                if (text != null) {
                    update.setString(1, text);
                    update.setString(2, LibraryResource.opening(text));
                    update.setLong(3, documents.get(i)[0]);
                    update.executeUpdate();
                }
            }
        }
    }

    private static String readable(TextExtractor extractor, String fileName, byte[] content) {
        if (content == null) {
            return null;
        }
        try {
            return extractor.extract(fileName, content).text();
        } catch (FileRefusedException e) {
            LOG.warning(() -> "Keeping the old text of " + fileName + ": " + e.getMessage());
            return null;
        }
    }
}
