package org.leadbureau.portal.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /api (see DESIGN.md for its conventions). */
@ApplicationPath("api")
public class PortalApi extends Application {
}
