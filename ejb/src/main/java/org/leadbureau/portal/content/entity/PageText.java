package org.leadbureau.portal.content.entity;

/** The text of a page: its Markdown source and the HTML rendered from it (never typed by hand). */
public record PageText(String title, String summary, int menuOrder, String markdown, String html) {
}
