package org.leadbureau.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadbureau.portal.it.HttpFrom;

/** Public pages through the balancer set no cookie: neither the portal's session nor one of the balancer's own. */
@ExtendWith(Cluster.class)
class CookieFreeIT {

    @Test
    void publicPagesThroughTheBalancerSetNoCookie() {
        HttpFrom visitor = HttpFrom.address("127.0.0.4").to(Cluster.BALANCER);
        for (String path : List.of("/", "/sites", "/library", "/search?q=x")) {
            HttpFrom.Response page = visitor.get(path);
            assertEquals(200, page.status(), path);
            assertTrue(page.headers().getOrDefault("Set-Cookie", List.of()).isEmpty(),
                    path + " sets " + page.headers().get("Set-Cookie"));
        }
    }
}
