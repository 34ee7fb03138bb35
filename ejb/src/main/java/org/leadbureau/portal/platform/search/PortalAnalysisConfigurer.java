package org.leadbureau.portal.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers the portal's analyzers with the Lucene backend (see persistence.xml). */
public class PortalAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }
}
