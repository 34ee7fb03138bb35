package org.leadbureau.portal.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.rules.InvalidInputException;

class PageRequestTest {

    @Test
    void pagesCountFromOneAndHoldTwentyUnlessToldOtherwise() {
        PageRequest request = PageRequest.parse(null, " ");
        assertEquals(new PageRequest(1, 20), request);
        assertEquals(0, request.offset());
        assertEquals(200, PageRequest.parse("3", "100").offset());
    }

    @Test
    void aPageLargerThanTheMaximumIsRefusedNamingTheParameter() {
        var refusal = assertThrows(InvalidInputException.class, () -> PageRequest.parse("1", "101"));
        assertEquals(Set.of("size"), refusal.getFieldErrors().keySet());
        assertEquals("The page size is a whole number from 1 to 100.", refusal.getFieldErrors().get("size"));
    }

    @Test
    void everyBadParameterIsNamed() {
        var refusal = assertThrows(InvalidInputException.class, () -> PageRequest.parse("0", "ten"));
        assertEquals(Set.of("page", "size"), refusal.getFieldErrors().keySet());
        assertThrows(InvalidInputException.class, () -> PageRequest.parse("-1", "5"));
        assertThrows(InvalidInputException.class, () -> PageRequest.parse(String.valueOf(PageRequest.MAX_PAGE + 1), "5"));
    }

    @Test
    void aPageAddressThatIsNotAPageShowsTheFirstPage() {
        assertEquals(new PageRequest(3, 25), PageRequest.fromAddress(" 3 ", 25));
        for (String notAPage : new String[] {null, "", "0", "-2", "two", String.valueOf(PageRequest.MAX_PAGE + 1)}) {
            assertEquals(new PageRequest(1, 50), PageRequest.fromAddress(notAPage, 50), notAPage);
        }
    }
}
