package org.leadbureau.portal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.library.control.TestDocuments;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A STAFF member uploads a PDF on /staff/library as a draft, publishes it, and finds it by a word in its body; and
 * imports a collection from a ZIP, previewing it first.
 */
class StaffLibraryJourneyIT extends BrowserJourney {

    @BeforeAll
    static void signIn() {
        Browser.signIn(browser, StaffAccounts.staff());
    }

    @Test
    void uploadPublishAndFindByAWordInTheBody() throws Exception {
        String word = "zq" + Long.toString(Math.abs(new Random().nextLong()), 36).replaceAll("[0-9]", "x");
        String title = "Journey upload " + word.substring(2, 8);
        Path pdf = Files.createTempFile("journey-upload", ".pdf");
        Files.write(pdf, TestDocuments.pdf("Navigators keep the " + word + " checklist by the door.", null));

        browser.get(Http.baseUrl() + "/staff/library");
        Browser.assertAccessible(browser, "Library curation");
        Browser.assertBoxesBigEnough(browser);
        browser.findElement(By.id("editor:file_input")).sendKeys(pdf.toString());
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:file-message"), "is ready"));
        browser.findElement(By.id("editor:title")).sendKeys(title);
        browser.findElement(By.id("editor:summary")).sendKeys("A checklist for navigators.");
        browser.findElement(By.xpath("//label[normalize-space()='Policing']")).click();
        browser.findElement(By.id("editor:save")).click();
        By row = By.xpath("//table//tr[td[normalize-space()='" + title + "']]");
        wait(ExpectedConditions.presenceOfElementLocated(row));
        assertEquals("DRAFT", browser.findElement(row).findElements(By.tagName("td")).get(3).getText());
        assertEquals("DRAFT", Database.strings("select status from library_resource where title = ?", title).get(0));
        assertEquals(0, searchCount(word), "a draft is not found");

        browser.findElement(By.xpath("//table//tr[td[normalize-space()='" + title + "']]//button[normalize-space()='Publish']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table//tr[td[normalize-space()='" + title + "']]//button[normalize-space()='Unpublish']")));
        Browser.assertAccessible(browser, "Library curation");

        browser.get(Http.baseUrl() + "/search?q=" + word);
        wait(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
        Browser.assertAccessible(browser, "Search the library");
        browser.findElement(By.linkText(title)).click();
        wait(ExpectedConditions.textToBe(By.tagName("h1"), title));
    }

    /** A collection previewed and then imported from the page, with the report of each. */
    @Test
    void previewThenImportACollection() throws Exception {
        String run = Long.toString(Math.abs(new Random().nextLong()), 36);
        Path zip = Files.createTempFile("journey-import", ".zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("notes-" + run + ".md"));
            out.write(("# Field notes " + run + "\n\nWhat the outreach team learned.").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("manifest.csv"));
            out.write(("file,title,summary,type,topics,audiences,published,status,language\r\n"
                    + "notes-" + run + ".md,Field notes " + run + ",Outreach notes,GUIDE,policing,,2022-02-02,DRAFT,en\r\n"
                    + "absent.pdf,Absent " + run + ",Not there,GUIDE,policing,,2022-02-02,DRAFT,en\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        browser.get(Http.baseUrl() + "/staff/library");
        browser.findElement(By.id("bulk-file")).sendKeys(zip.toString());
        browser.findElement(By.id("bulk-submit")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("bulk-report"),
                "Preview, nothing stored: 1 would be created, 0 would be updated, 0 would stay unchanged, 1 line rejected."));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("bulk-report"), "absent.pdf"));
        Browser.assertAccessible(browser, "Library curation");
        assertEquals(0, Database.count("select count(*) from library_resource where title = ?", "Field notes " + run));

        browser.findElement(By.id("bulk-preview")).click();
        browser.findElement(By.id("bulk-submit")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("bulk-report"),
                "Imported: 1 created, 0 updated, 0 unchanged, 1 line rejected."));
        assertEquals(1, Database.count("select count(*) from library_resource where title = ?", "Field notes " + run));
    }

    private static long searchCount(String word) {
        return Http.json(Http.get("/api/search?q=" + word)).getInt("total");
    }

    private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        Browser.await(browser, Duration.ofSeconds(15)).until(condition);
    }
}
