package org.leadbureau.portal.library.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.library.boundary.Library;
import org.leadbureau.portal.library.boundary.Vocabularies;
import org.leadbureau.portal.library.control.ResourceFilter;
import org.leadbureau.portal.library.control.ResourceItem;
import org.leadbureau.portal.platform.feed.AtomFeed;
import org.leadbureau.portal.platform.i18n.BundleTexts;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.rest.Problem;
import org.leadbureau.portal.platform.rules.InvalidInputException;

/**
 * {@code GET /library/feed.atom[?topic=<slug>]}: the library's newest published resources, as the library lists
 * them (newest publication date first), optionally of one topic. A feed holds the newest {@value #ENTRIES}: a reader
 * that polls keeps what it has seen.
 */
@WebServlet("/library/feed.atom")
public class LibraryFeedServlet extends HttpServlet {

    static final int ENTRIES = 50;

    @Inject
    Library library;

    @Inject
    Vocabularies vocabularies;

    @Inject
    VisitorLanguage visitor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String topic = request.getParameter("topic");
        List<String> topics = topic == null || topic.isBlank() ? List.of() : List.of(topic.strip());
        Language language = visitor.current();
        ResourceFilter filter;
        String title;
        try {
            filter = library.filter(List.of(), topics, List.of(), List.of(), "date", "1", String.valueOf(ENTRIES));
            title = topics.isEmpty() ? Texts.text(language, "library.feed") : Texts.text(language, "library.feedOnTopic",
                    vocabularies.topics(topics).get(0).labelIn(language));
        } catch (InvalidInputException e) {
            BundleTexts texts = BundleTexts.of(BundleTexts.ERRORS, language);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.body(404, texts.get("problem.title.404"),
                    texts.get("feed.topic.unknown", topic), Map.of("topic", texts.get("feed.topic.field"))));
            return;
        }
        String query = topics.isEmpty() ? "" : "?topic=" + URLEncoder.encode(topics.get(0), StandardCharsets.UTF_8);
        String self = "/library/feed.atom" + query;
        String page = "/library" + query;
        AtomFeed feed = new AtomFeed(language, title, Texts.text(language, "library.feedSubtitle"), self, page);
        for (ResourceItem item : library.list(filter).items()) {
            Instant published = item.getPublishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            feed.entry(item.getTitle(), "/library/" + item.getSlug(), published, published, item.getSummary(),
                    item.getTopics());
        }
        feed.write(request, response);
    }
}
