package org.leadbureau.portal.library.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

/** The text extractor with the portal's bounds, running its parsing on the server's managed threads. */
@ApplicationScoped
public class FileIntake {

    @Resource
    ManagedExecutorService executor;

    private TextExtractor extractor;

    @PostConstruct
    void start() {
        extractor = TextExtractor.standard(executor);
    }

    public Extraction extract(String fileName, byte[] content) {
        return extractor.extract(fileName, content);
    }
}
