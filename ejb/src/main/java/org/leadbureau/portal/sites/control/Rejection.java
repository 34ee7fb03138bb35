package org.leadbureau.portal.sites.control;

import java.io.Serializable;

/** A row of a sites CSV that cannot be imported: the line it starts on, the name it gives (may be empty), why. */
public record Rejection(int line, String name, String reason) implements Serializable {
}
