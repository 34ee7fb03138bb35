package org.leadbureau.portal.inquiry.boundary;

import java.io.Serializable;

/**
 * What the inquirer is told after sending: the reference to quote and the address the confirmation went to, or,
 * when the inquiry is {@code suspected} (kept for staff to check, nothing mailed yet), where the answer will go.
 */
public record InquiryReceipt(String reference, String email, boolean suspected) implements Serializable {
}
