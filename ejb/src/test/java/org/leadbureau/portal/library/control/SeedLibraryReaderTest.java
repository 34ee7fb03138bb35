package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.library.entity.ResourceStatus;

/** The library seed of the content module reads, uses only known terms, and extracts within its bounds. */
class SeedLibraryReaderTest {

    private final SeedLibraryReader reader = new SeedLibraryReader(getClass().getClassLoader());

    @Test
    void theSeedHasTheRequiredVocabulariesAndAtLeastTwentyPublishedDocuments() {
        Set<String> topics = reader.topics().stream().map(SeedTerm::slug).collect(Collectors.toSet());
        Set<String> audiences = reader.audiences().stream().map(SeedTerm::slug).collect(Collectors.toSet());
        assertTrue(topics.containsAll(Set.of("referral-pathways", "case-management", "harm-reduction", "policing",
                "prosecution", "community-engagement", "evaluation", "funding", "governance")), topics.toString());
        assertTrue(audiences.containsAll(Set.of("police", "prosecutors", "defenders", "case-managers", "officials",
                "community")), audiences.toString());

        List<SeedResource> resources = reader.resources();
        assertTrue(resources.stream().filter(r -> r.status() == ResourceStatus.PUBLISHED).count() >= 20);
        assertTrue(resources.stream().anyMatch(r -> r.status() == ResourceStatus.DRAFT), "one draft");
        for (SeedResource resource : resources) {
            assertTrue(topics.containsAll(resource.topics()), resource.slug() + " " + resource.topics());
            assertTrue(audiences.containsAll(resource.audiences()), resource.slug() + " " + resource.audiences());
            assertEquals(64, resource.checksum().length());
        }
    }

    @Test
    void onlyTheInventedDocumentIsMarkedAsDemoContent() {
        assertEquals(List.of("project-kestrel-peer-navigator-notes"),
                reader.resources().stream().filter(SeedResource::demo).map(SeedResource::slug).toList());
    }

    @Test
    void everySeedDocumentExtractsToThreeHundredToNineHundredWords() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            var extractor = TextExtractor.standard(executor);
            Set<FileKind> kinds = new java.util.HashSet<>();
            for (SeedResource resource : reader.resources()) {
                Extraction extraction = extractor.extract(resource.fileName(), resource.content());
                kinds.add(extraction.kind());
                int words = extraction.text().split("\\s+").length;
                assertTrue(words >= 300 && words <= 900, resource.slug() + " has " + words + " words");
            }
            assertTrue(kinds.containsAll(Set.of(FileKind.PDF, FileKind.DOCX, FileKind.MARKDOWN, FileKind.HTML,
                    FileKind.TEXT)), kinds.toString());
        } finally {
            executor.shutdownNow();
        }
    }
}
