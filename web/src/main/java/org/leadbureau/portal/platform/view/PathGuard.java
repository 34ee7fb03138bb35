package org.leadbureau.portal.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * Extensionless URLs hand trailing path segments to the nearest view (/staff/nonsense reaches staff.xhtml,
 * /nonsense the home page). Views that take no path parameter call this to answer 404 to such addresses.
 */
@Named
@RequestScoped
public class PathGuard {

    @Inject
    @Param(pathIndex = 0)
    String extraSegment;

    public void requireNone() {
        if (extraSegment != null) {
            Pages.notFound();
        }
    }
}
