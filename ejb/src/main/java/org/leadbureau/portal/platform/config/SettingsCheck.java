package org.leadbureau.portal.platform.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Validates every setting when CDI validates the deployment, before any bean, start-up singleton or timer of the
 * portal exists: a malformed value fails the deployment at once with one line per setting, naming the variable and
 * what it expects. (A start-up singleton refusing later would leave WildFly rolling back a deployment whose outbox
 * timer waits for the start-up beans; failing here there is nothing to roll back.) Registered in
 * META-INF/services/jakarta.enterprise.inject.spi.Extension.
 */
public class SettingsCheck implements Extension {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    void check(@Observes AfterDeploymentValidation validation) {
        List<String> problems = problems(PortalConfig::value);
        problems.forEach(LOG::severe);
        if (!problems.isEmpty()) {
            validation.addDeploymentProblem(new IllegalStateException(
                    "The portal does not start: " + String.join("; ", problems)));
        }
    }

    /** What is wrong with the settings as {@code values} gives them, one line each; empty when all are well. */
    public static List<String> problems(Function<Setting, Optional<String>> values) {
        List<String> problems = Arrays.stream(Setting.values())
                .flatMap(setting -> values.apply(setting).flatMap(setting::problem).stream())
                .toList();
        return problems.isEmpty() ? searchProblems(values) : problems;
    }

    /** Settings that are well-formed each but do not go together: the search backend and the cluster. */
    private static List<String> searchProblems(Function<Setting, Optional<String>> values) {
        boolean openSearch = values.apply(Setting.SEARCH_BACKEND).orElse("lucene").equals("opensearch");
        if (openSearch && values.apply(Setting.OPENSEARCH_URL).isEmpty()) {
            return List.of("PORTAL_SEARCH_BACKEND=opensearch needs PORTAL_OPENSEARCH_URL, the address of the OpenSearch"
                    + " cluster such as http://127.0.0.1:9200");
        }
        if (!openSearch && values.apply(Setting.CLUSTER).map(Boolean::parseBoolean).orElse(false)) {
            return List.of("A clustered node (PORTAL_CLUSTER=true) needs PORTAL_SEARCH_BACKEND=opensearch and"
                    + " PORTAL_OPENSEARCH_URL: the embedded Lucene index would show each node only its own changes");
        }
        return List.of();
    }
}
