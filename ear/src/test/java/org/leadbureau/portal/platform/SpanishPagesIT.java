package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.TestTrainings;

/**
 * Every public page read in Spanish shows no English name of a thing the portal itself names (states, topics,
 * audiences, statuses, formats, types, languages) in its Spanish text; what staff wrote in English (a resource's
 * title, a training's description) is marked {@code lang="en"} (WCAG 3.1.2), so a screen reader reads it as English.
 */
@SharedPortal
class SpanishPagesIT {

    /** Names the portal gives in English that read otherwise in Spanish. */
    private static final List<String> ENGLISH_NAMES = List.of(
            "New Mexico", "North Carolina", "Pennsylvania", "New York", "District of Columbia", "Hawaii",
            "Harm reduction", "Case management", "Referral pathways", "Community engagement", "Data and evaluation",
            "Funding and sustainability", "Governance", "Policing", "Prosecution",
            "Prosecutors", "Defenders", "Case managers", "Elected and public officials", "Community members",
            "Exploring", "Planning", "Launching", "Operational", "Paused", "Ended",
            "In person", "Hybrid", "Guide", "Toolkit", "Report", "Policy template", "Presentation",
            "Glossary", "English", "Spanish");

    private static final Pattern NAMES = Pattern.compile("\\b(" + String.join("|", ENGLISH_NAMES) + ")\\b");

    @Test
    void noPublicPageInSpanishShowsTheEnglishNameOfWhatThePortalNames() {
        String training = TestTrainings.training("Capacitación para el recorrido").seats(5)
                .startsIn(20, "America/Denver", LocalTime.of(10, 0)).publish();
        List<String> pages = List.of("/", "/about/what-is-lead", "/sites", "/sites?view=map", "/sites?state=NM",
                "/sites/lead-burien", "/library", "/library?topic=harm-reduction", "/library/lead-core-principles",
                "/search?q=lead", "/search?q=police&type=GUIDE", "/trainings", "/trainings/" + training, "/contact");

        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String path : pages) {
            var response = Http.get(path + (path.contains("?") ? "&" : "?") + "lang=es");
            assertEquals(200, response.statusCode(), path);
            List<String> english = new ArrayList<>();
            NAMES.matcher(spanishText(Jsoup.parse(response.body()))).results().forEach(match -> english.add(match.group()));
            if (!english.isEmpty()) {
                found.put(path, english);
            }
        }
        assertEquals(Map.of(), found, "English names in the Spanish text of these pages");
    }

    @Test
    void whatStaffWroteInEnglishIsMarkedEnglishOnASpanishPage() {
        Document resource = Jsoup.parse(Http.get("/library/lead-core-principles?lang=es").body());
        assertEquals("en", resource.selectFirst("main h1").attr("lang"), "the resource's title");
        assertEquals("en", resource.selectFirst("main p.lead").attr("lang"), "its summary");

        Document search = Jsoup.parse(Http.get("/search?q=lead&lang=es").body());
        for (Element title : search.select("main .result__title a")) {
            assertEquals("en", title.closest("[lang]").attr("lang"), "a hit in English: " + title.text());
        }

        String slug = TestTrainings.training("Harm reduction for officers").seats(5)
                .startsIn(25, "America/Chicago", LocalTime.of(9, 0)).publish();
        Document training = Jsoup.parse(Http.get("/trainings/" + slug + "?lang=es").body());
        assertEquals("en", training.selectFirst("main h1").attr("lang"), "the training's title");
        assertEquals("es", training.selectFirst("main dt").closest("[lang]").attr("lang"), "the page's own words");
    }

    /**
     * The page's text (and the names in its attributes) whose language is Spanish: each element's own text, by the
     * nearest {@code lang} around it; scripts, styles, code and the names of sites are left out.
     */
    private static String spanishText(Document page) {
        StringBuilder text = new StringBuilder();
        for (Element element : page.body().getAllElements()) {
            // Sites are known by their own names ("New Mexico LEAD"), whatever the reader's language.
            if (element.closest("script, style, code, a[href^=/sites/]") != null) {
                continue;
            }
            Element marked = element.closest("[lang]");
            if (marked == null ? !"es".equals(page.selectFirst("html").attr("lang")) : !"es".equals(marked.attr("lang"))) {
                continue;
            }
            text.append(element.ownText()).append('\n');
            for (String attribute : List.of("aria-label", "title", "alt", "placeholder")) {
                text.append(element.attr(attribute)).append('\n');
            }
        }
        return text.toString();
    }
}
