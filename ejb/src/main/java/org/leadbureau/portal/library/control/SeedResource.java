package org.leadbureau.portal.library.control;

import java.time.LocalDate;
import java.util.List;
import org.leadbureau.portal.library.entity.ResourceStatus;
import org.leadbureau.portal.library.entity.ResourceType;

/**
 * One reference document of the content module: its metadata, its file and the checksum of both. {@code demo} marks
 * a made-up example (meta {@code demo=true}), loaded only with PORTAL_DEMO.
 */
public record SeedResource(String slug, String title, String summary, ResourceType type, List<String> topics,
                           List<String> audiences, LocalDate published, String language, ResourceStatus status,
                           String fileName, byte[] content, String checksum, boolean demo) {
}
