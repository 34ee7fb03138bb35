package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rules.InvalidInputException;

class ResourceFilterTest {

    private static ResourceFilter parse(String sort, String page, String size) {
        return ResourceFilter.parse(List.of("guide"), List.of("policing"), List.of(), List.of("2024"), sort, page, size,
                Set.of("policing"), Set.of("police"));
    }

    @Test
    void newestFirstUnlessSortedOtherwise() {
        ResourceFilter filter = parse(null, null, null);
        assertEquals(ResourceFilter.Sort.DATE, filter.sort());
        assertTrue(filter.descending());
        assertEquals(new PageRequest(1, PageRequest.DEFAULT_SIZE), filter.page());
        assertEquals(List.of(ResourceType.GUIDE), filter.types());
        assertEquals(List.of(2024), filter.years());
    }

    @Test
    void titlesSortAToZAndALeadingMinusReversesEitherOrder() {
        assertFalse(parse("title", null, null).descending());
        assertTrue(parse("-title", null, null).descending());
        assertFalse(parse("-date", null, null).descending());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        var refused = assertThrows(InvalidInputException.class, () -> ResourceFilter.parse(List.of("novel"),
                List.of("astrology"), List.of(), List.of(), "colour", "0", "101", Set.of(), Set.of()));
        assertEquals(Set.of("type", "topic", "sort", "page", "size"), refused.getFieldErrors().keySet());
    }
}
