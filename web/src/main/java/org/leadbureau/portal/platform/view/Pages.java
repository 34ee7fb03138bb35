package org.leadbureau.portal.platform.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.omnifaces.util.Faces;

/** Small helpers shared by backing beans. */
public final class Pages {

    private Pages() {
    }

    /** Answers 404 with the portal's "not found" page instead of rendering the view. */
    public static void notFound() {
        Faces.responseSendError(404, "Not found");
    }

    /**
     * Redirects (302) to {@code url} without Faces' redirect, which ends the flash scope with a cookie: a page that
     * opens no session sends no cookie either when its form redirects to the address of the result.
     */
    public static void redirect(String url) {
        try {
            Faces.getResponse().sendRedirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Faces.responseComplete();
    }
}
