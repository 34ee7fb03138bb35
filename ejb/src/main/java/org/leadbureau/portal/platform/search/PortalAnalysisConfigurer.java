package org.leadbureau.portal.platform.search;

import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * Registers the portal's analyzers ({@link AnalysisChains}) with whichever backend PORTAL_SEARCH_BACKEND chose (see
 * persistence.xml): by Lucene's factory names with the embedded index, translated ({@link OpenSearchAnalysis}) with
 * OpenSearch.
 */
public class PortalAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

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

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        OpenSearchAnalysis analysis = OpenSearchAnalysis.portal();
        analysis.filters().forEach((name, filter) -> {
            ElasticsearchAnalysisComponentParametersStep step = context.tokenFilter(name).type(filter.type());
            for (var param : filter.params().entrySet()) {
                Object value = param.getValue();
                if (value instanceof List<?> list) {
                    step = step.param(param.getKey(), list.stream().map(String::valueOf).toArray(String[]::new));
                } else if (value instanceof Boolean flag) {
                    step = step.param(param.getKey(), flag);
                } else if (value instanceof Number number) {
                    step = step.param(param.getKey(), number);
                } else {
                    step = step.param(param.getKey(), String.valueOf(value));
                }
            }
        });
        analysis.analyzers().forEach((name, analyzer) -> context.analyzer(name).custom()
                .tokenizer(analyzer.tokenizer()).tokenFilters(analyzer.filters().toArray(String[]::new)));
    }
}
