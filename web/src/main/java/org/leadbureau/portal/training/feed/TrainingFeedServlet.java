package org.leadbureau.portal.training.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.leadbureau.portal.platform.feed.AtomFeed;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.training.boundary.TrainingSummary;
import org.leadbureau.portal.training.boundary.Trainings;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.view.TrainingWords;

/**
 * {@code GET /trainings/feed.atom}: the published trainings that have not ended, soonest first, at most
 * {@value #ENTRIES}. An entry says when, how and how many seats are left, so a reader shows what the list shows, in
 * the reader's language (the trainings page links the feed with its {@code ?lang=}).
 */
@WebServlet("/trainings/feed.atom")
public class TrainingFeedServlet extends HttpServlet {

    static final int ENTRIES = 50;

    @Inject
    Trainings trainings;

    @Inject
    TrainingWords words;

    @Inject
    VisitorLanguage visitor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = visitor.current();
        AtomFeed feed = new AtomFeed(language, Texts.text(language, "trainings.feedTitle"),
                Texts.text(language, "trainings.feedSubtitle"), "/trainings/feed.atom", "/trainings");
        for (TrainingSummary summary : trainings.upcoming().stream().limit(ENTRIES).toList()) {
            Training training = summary.training();
            String facts = words.when(summary) + " · " + Texts.text(language, "trainings.format." + summary.getFormat())
                    + (summary.getVenue() == null ? "" : " · " + summary.getVenue()) + " · " + words.availability(summary);
            feed.entry(summary.getTitle(), "/trainings/" + summary.getSlug(),
                    Objects.requireNonNullElse(training.getPublishedAt(), training.getUpdatedAt()),
                    training.getUpdatedAt(), facts + "\n\n" + summary.getDescription(), List.of());
        }
        feed.write(request, response);
    }
}
