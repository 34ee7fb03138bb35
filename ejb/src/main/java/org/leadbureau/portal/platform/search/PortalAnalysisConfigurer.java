package org.leadbureau.portal.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/** Registers the portal's analyzers ({@link AnalysisChains}) with the Lucene backend (see persistence.xml). */
public class PortalAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        AnalysisChains.ALL.forEach((name, chain) -> {
            LuceneAnalysisOptionalComponentsStep analyzer = context.analyzer(name).custom()
                    .tokenizer(chain.tokenizer());
            for (AnalysisChains.Filter filter : chain.filters()) {
                LuceneAnalysisComponentParametersStep step = analyzer.tokenFilter(filter.name());
                for (var param : filter.params().entrySet()) {
                    step = step.param(param.getKey(), param.getValue());
                }
                analyzer = step;
            }
        });
    }
}
