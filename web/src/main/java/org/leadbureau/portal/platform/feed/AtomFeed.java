package org.leadbureau.portal.platform.feed;

import org.leadbureau.portal.platform.i18n.Language;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.leadbureau.portal.platform.config.PortalConfig;

/**
 * An Atom 1.0 feed of the portal, written by ROME: the feed's own address and the page it follows, and one entry
 * per item, each identified by its page's permanent address so that readers recognise an entry they have seen.
 * Addresses are absolute, from PORTAL_BASE_URL, since a feed is read away from the site.
 */
public final class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml";

    private final SyndFeed feed = new SyndFeedImpl();
    private final List<SyndEntry> entries = new ArrayList<>();
    private Instant newest = Instant.EPOCH;

    /** A feed in {@code language} at {@code selfPath} (with its query) that follows the page at {@code pagePath}. */
    public AtomFeed(Language language, String title, String subtitle, String selfPath, String pagePath) {
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setDescription(subtitle);
        feed.setUri(address(selfPath));
        feed.setAuthor("LEAD National Support Bureau");
        feed.setLanguage(language.tag());
        feed.setLinks(List.of(link("self", MEDIA_TYPE, selfPath), link("alternate", "text/html", pagePath)));
    }

    /** One item: its page, when it was first made public and last changed, a plain-text summary and categories. */
    public void entry(String title, String pagePath, Instant published, Instant updated, String summary,
                      List<String> categories) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(title);
        entry.setUri(address(pagePath));
        entry.setLink(address(pagePath));
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(updated));
        SyndContent text = new SyndContentImpl();
        text.setType("text");
        text.setValue(summary);
        entry.setDescription(text);
        List<SyndCategory> terms = new ArrayList<>();
        for (String category : categories) {
            SyndCategory term = new SyndCategoryImpl();
            term.setName(category);
            terms.add(term);
        }
        entry.setCategories(terms);
        entries.add(entry);
        if (updated.isAfter(newest)) {
            newest = updated;
        }
    }

    /**
     * Writes the feed, or 304 when the reader already holds this very text (a reader polls often; most polls
     * find nothing new). Readers may keep it for five minutes.
     */
    public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        feed.setEntries(entries);
        feed.setPublishedDate(Date.from(newest));
        byte[] body;
        try {
            body = new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed " + feed.getUri() + " could not be written", e);
        }
        String tag = "\"" + digest(body) + "\"";
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "public, max-age=300");
        // Written in the reader's language (?lang=, the cookie or Accept-Language): no cache serves one for the other.
        response.setHeader("Vary", "Accept-Language, Cookie");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static SyndLink link(String rel, String type, String path) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(address(path));
        return link;
    }

    private static String address(String path) {
        return PortalConfig.baseUrl() + path;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
