package org.leadbureau.portal.visits.control;

import java.time.LocalDate;

/** Whole days from {@code first} to {@code last}, both included. */
public record DateWindow(LocalDate first, LocalDate last) {
}
