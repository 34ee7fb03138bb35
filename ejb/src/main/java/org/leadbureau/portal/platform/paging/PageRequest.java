package org.leadbureau.portal.platform.paging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.rules.InvalidInputException;

/**
 * Which page of a list someone asks for: {@code page} counts from 1, {@code size} is 1 to {@link #MAX_SIZE}
 * ({@link #DEFAULT_SIZE} when not given). Every paged list of the portal takes one, so that no request reads an
 * unbounded number of rows and the convention is checked in one place.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Offset paging costs grow with the offset; nobody reads past a million rows page by page. */
    public static final int MAX_PAGE = 10_000;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("No such page: " + page + " of size " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /**
     * The page a staff page's address asks for ({@code ?page=}), of {@code size} rows: a number that is not a page
     * (missing, not a number, out of range) shows the first page instead of an error.
     */
    public static PageRequest fromAddress(String page, int size) {
        Map<String, Wording> ignored = new LinkedHashMap<>();
        return new PageRequest(parse(page, null, ignored).page(), size);
    }

    /** The zero-based index of the page's first row. */
    public int offset() {
        return (page - 1) * size;
    }

    /** Reads raw parameters; a bad one raises InvalidInputException naming {@code page} or {@code size}. */
    public static PageRequest parse(String page, String size) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        PageRequest request = parse(page, size, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.ofFields("paging.invalid", errors);
        }
        return request;
    }

    /** Reads raw parameters, adding a message per bad one to {@code errors} (and answering the first page then). */
    public static PageRequest parse(String page, String size, Map<String, Wording> errors) {
        int pageNumber = number(page, 1, MAX_PAGE, "page", errors);
        int pageSize = number(size, DEFAULT_SIZE, MAX_SIZE, "size", errors);
        return new PageRequest(pageNumber, pageSize);
    }

    /** Refuses a {@code field} that is not a whole number from 1 to {@code max}: "paging.page", "paging.size". */
    private static int number(String text, int fallback, int max, String field, Map<String, Wording> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, Wording.of("paging." + field, max));
        return fallback;
    }
}
