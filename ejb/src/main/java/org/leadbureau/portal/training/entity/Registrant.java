package org.leadbureau.portal.training.entity;

/** Who registers, as they told us; {@code answers} holds their answers to the training's questions. */
public record Registrant(String name, String email, String organisation, String role, String jurisdiction,
                         String answers) {
}
