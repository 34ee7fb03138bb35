package org.leadbureau.portal.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.sites.entity.LaunchDate;
import org.leadbureau.portal.sites.entity.SiteFacts;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.sites.entity.UsState;

class SiteCsvTest {

    private static final String HEADER = "name,jurisdiction,state,status,launched,source_url,notes\n";

    private static SiteCsvContent read(String text) {
        return SiteCsv.read(text);
    }

    private static Rejection onlyRejection(String rows) {
        SiteCsvContent content = read(HEADER + rows);
        assertEquals(1, content.rejected().size(), content.toString());
        return content.rejected().get(0);
    }

    @Test
    void aPlainRowGivesTheSiteItDescribes() {
        SiteCsvContent content = read(HEADER + "Santa Fe LEAD,Santa Fe,NM,OPERATIONAL,2014-04-21,https://www.santafenm.gov/news,Second site\n");

        SiteFacts site = content.rows().get(0).facts();
        assertEquals("Santa Fe LEAD", site.name());
        assertEquals(UsState.NM, site.state());
        assertEquals(SiteStatus.OPERATIONAL, site.status());
        assertEquals(LaunchDate.ofDay(2014, 4, 21), site.launched());
        assertEquals("https://www.santafenm.gov/news", site.sourceUrl());
        assertEquals("Second site", site.notes());
        assertEquals(ZoneId.of("America/Denver"), site.timeZone());
        assertEquals(2, content.rows().get(0).line());
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        SiteCsvContent content = read(HEADER
                + "\"Waldo, Knox LEAD\",\"Waldo and \"\"Knox\"\" counties\",ME,OPERATIONAL,2020-10-01,,\"two\nlines\"\n"
                + "Baltimore LEAD,Baltimore,MD,OPERATIONAL,2017-02,,\n");

        assertEquals(List.of(), content.rejected());
        assertEquals("Waldo, Knox LEAD", content.rows().get(0).facts().name());
        assertEquals("Waldo and \"Knox\" counties", content.rows().get(0).facts().jurisdiction());
        assertEquals("two\nlines", content.rows().get(0).facts().notes());
        assertEquals(4, content.rows().get(1).line(), "line numbers count the lines inside quoted fields");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreFine() {
        SiteCsvContent content = SiteCsv.read(SiteCsv.decode(("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "Albany LEAD,Albany,NY,OPERATIONAL,2016-04-01,,\r\nIthaca LEAD,Ithaca,NY,OPERATIONAL,2022-03,,\r\n")
                .getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("Albany LEAD", "Ithaca LEAD"), content.rows().stream().map(r -> r.facts().name()).toList());
        assertEquals(List.of(), content.rejected());
    }

    @Test
    void anEmptyLaunchDateMeansUnknown() {
        SiteCsvContent content = read(HEADER + "Huntington LEAD,Huntington,WV,OPERATIONAL,,https://marshallparthenon.com/,\n");

        assertNull(content.rows().get(0).facts().launched());
        assertNull(content.rows().get(0).facts().notes());
    }

    @Test
    void anUnknownStateIsRejectedWithItsLineAndName() {
        Rejection rejection = onlyRejection("Good LEAD,Here,WA,OPERATIONAL,2018,,\nNowhere LEAD,Nowhere,XX,OPERATIONAL,2018,,\n");

        assertEquals(3, rejection.line());
        assertEquals("Nowhere LEAD", rejection.name());
        assertTrue(rejection.reason().startsWith("unknown state 'XX'"), rejection.reason());
    }

    @Test
    void anUnknownStatusIsRejected() {
        assertTrue(onlyRejection("A LEAD,A,WA,RUNNING,2018,,\n").reason().startsWith("unknown status 'RUNNING'"));
    }

    @Test
    void aMalformedDateIsRejected() {
        assertTrue(onlyRejection("A LEAD,A,WA,OPERATIONAL,2018-13,,\n").reason().startsWith("malformed launch date '2018-13'"));
        assertTrue(onlyRejection("A LEAD,A,WA,OPERATIONAL,Oct 2011,,\n").reason().startsWith("malformed launch date"));
    }

    @Test
    void aMissingNameIsRejected() {
        Rejection rejection = onlyRejection(",Somewhere,WA,OPERATIONAL,2018,,\n");

        assertEquals("missing name", rejection.reason());
        assertEquals("", rejection.name());
    }

    @Test
    void aDuplicateWithinTheFileIsRejectedNamingTheFirst() {
        Rejection rejection = onlyRejection("Albany LEAD,Albany,NY,OPERATIONAL,2016,,\nalbany lead,Albany,NY,PAUSED,2016,,\n");

        assertEquals(3, rejection.line());
        assertEquals("duplicate within the file: same name and state as line 2", rejection.reason());
    }

    @Test
    void theSameNameInAnotherStateIsNoDuplicate() {
        assertEquals(2, read(HEADER + "LEAD,Albany,NY,OPERATIONAL,2016,,\nLEAD,Albany,GA,OPERATIONAL,2016,,\n").rows().size());
    }

    @Test
    void unparseableQuotingCostsOnlyItsOwnRow() {
        SiteCsvContent content = read(HEADER
                + "\"Broken\" LEAD,A,WA,OPERATIONAL,2018,,\n"
                + "\"Never closed LEAD,A,WA,OPERATIONAL,2018,,\n"
                + "Good LEAD,B,WA,OPERATIONAL,2018,,\n");

        assertEquals(List.of("Good LEAD"), content.rows().stream().map(r -> r.facts().name()).toList());
        assertEquals(List.of(2, 3), content.rejected().stream().map(Rejection::line).toList());
        assertTrue(content.rejected().stream().allMatch(r -> r.reason().startsWith("unparseable quoting")));
    }

    @Test
    void anUnquotedCommaThatAddsAFieldIsRejected() {
        assertTrue(onlyRejection("Waldo, Knox LEAD,Waldo,ME,OPERATIONAL,2020,,,\n").reason().contains("comma"));
    }

    @Test
    void unsafeOrMalformedLinksAreRejected() {
        assertTrue(onlyRejection("A LEAD,A,WA,OPERATIONAL,2018,javascript:alert(1),\n").reason().startsWith("malformed source url"));
    }

    @Test
    void everyReasonOfARowIsGiven() {
        assertEquals(2, onlyRejection("A LEAD,A,XX,NOPE,2018,,\n").reason().split("; ").length);
    }

    @Test
    void somethingThatIsNotASitesCsvIsRefusedWhole() {
        assertThrows(InvalidInputException.class, () -> read(""));
        assertThrows(InvalidInputException.class, () -> read("hello, world\nthis is, a letter\n"));
        assertThrows(InvalidInputException.class, () -> read("%PDF-1.7\u0000\u0001binary"));
        assertThrows(InvalidInputException.class, () -> SiteCsv.decode(new byte[] {(byte) 0xC3, (byte) 0x28}));
    }

    @Test
    void writingThenReadingGivesTheSameSitesWithEveryColumn() {
        var facts = new SiteFacts("Waldo, Knox \"LEAD\"", "Waldo and Knox counties", UsState.ME, SiteStatus.OPERATIONAL,
                LaunchDate.ofMonth(2020, 10), "https://rjpmaine.org/news/lead-press-release/", "line one\nline two",
                "https://rjpmaine.org/", "Restorative Justice Project", "Pre-booking diversion", ZoneId.of("America/New_York"),
                44.4, -69.0, LocalDate.parse("2026-01-15"));
        var plain = new SiteFacts("Huntington LEAD", null, UsState.WV, SiteStatus.OPERATIONAL, null, null, null, null,
                null, null, null, null, null, null);
        List<SiteRow> rows = List.of(new SiteRow(0, "waldo-knox", facts), new SiteRow(0, "huntington-lead", plain));

        String csv = SiteCsv.write(rows);
        SiteCsvContent back = SiteCsv.read(csv);

        assertTrue(csv.startsWith("name,jurisdiction,state,status,launched,source_url,notes,website,organisation,"));
        assertEquals(List.of(), back.rejected());
        assertEquals(List.of(facts, plain), back.rows().stream().map(SiteRow::facts).toList());
        assertEquals(List.of("waldo-knox", "huntington-lead"), back.rows().stream().map(SiteRow::slug).toList());
    }

    @Test
    void formulaLikeTextIsWrittenWithAnApostropheThatReadingRemovesAgain() {
        var facts = new SiteFacts("=HYPERLINK(\"http://x.example\") LEAD", "+Plus County", UsState.WA,
                SiteStatus.PLANNING, null, null, "-2 officers", null, "'=already quoted", "@home", null, 47.6, -122.3, null);

        String csv = SiteCsv.write(List.of(new SiteRow(0, "formula-lead", facts)));

        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\") LEAD\",'+Plus County,WA"), csv);
        assertTrue(csv.contains(",'-2 officers,,''=already quoted,'@home,"), csv);
        assertTrue(csv.contains(",47.6,-122.3,"), "numbers are not text: " + csv);
        assertEquals(List.of(facts), SiteCsv.read(csv).rows().stream().map(SiteRow::facts).toList());
    }

    @Test
    void theSeedFileIsAGoodSitesCsv() throws IOException {
        try (InputStream seed = getClass().getClassLoader().getResourceAsStream("content/sites/lead-sites.csv")) {
            SiteCsvContent content = SiteCsv.read(SiteCsv.decode(seed.readAllBytes()));

            assertEquals(List.of(), content.rejected());
            assertEquals(28, content.rows().size());
        }
    }
}
