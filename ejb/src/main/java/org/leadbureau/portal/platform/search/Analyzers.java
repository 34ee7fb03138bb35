package org.leadbureau.portal.platform.search;

/** Names of the analyzers defined in {@link PortalAnalysisConfigurer}, for use in mapping annotations. */
public final class Analyzers {

    /** English prose: lower-cased, ASCII-folded, stop words kept out, Porter-stemmed. */
    public static final String ENGLISH = "english";

    private Analyzers() {
    }
}
