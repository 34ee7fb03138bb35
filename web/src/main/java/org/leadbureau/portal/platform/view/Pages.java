package org.leadbureau.portal.platform.view;

import org.omnifaces.util.Faces;

/** Small helpers shared by backing beans. */
public final class Pages {

    private Pages() {
    }

    /** Answers 404 with the portal's "not found" page instead of rendering the view. */
    public static void notFound() {
        Faces.responseSendError(404, "Not found");
    }
}
