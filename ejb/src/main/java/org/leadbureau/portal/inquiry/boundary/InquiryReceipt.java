package org.leadbureau.portal.inquiry.boundary;

/** What the inquirer is told after sending: the reference to quote and the address the confirmation went to. */
public record InquiryReceipt(String reference, String email) {
}
