package org.leadbureau.portal.inquiry.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.inquiry.entity.InquiryFacts;
import org.leadbureau.portal.inquiry.entity.Interest;
import org.leadbureau.portal.inquiry.entity.Stage;
import org.leadbureau.portal.inquiry.entity.Stakeholder;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.rules.EmailAddress;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.SingleLine;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.sites.entity.UsState;

/**
 * What a prospective site fills in, from the form or the API (JSON: name, email, phone, organisation, role,
 * jurisdiction, state, stage, interests, stakeholders, message, consent). Values stay text until
 * {@link #facts()} checks them, so that a wrong one is reported against its field instead of failing the parse.
 */
public class InquiryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. x]{7,40}");
    private static final int TEXT_LENGTH = 200;

    private String name;
    private String email;
    private String phone;
    private String organisation;
    private String role;
    private String jurisdiction;
    private String state;
    private String stage;
    private List<String> interests = new ArrayList<>();
    private List<String> stakeholders = new ArrayList<>();
    private String message;
    private Boolean consent;

    /**
     * The checked facts.
     *
     * @throws InvalidInputException naming each wrong field, in the order of the form
     */
    public InquiryFacts facts() {
        Map<String, Wording> errors = new LinkedHashMap<>();
        String checkedName = required(name, "name", TEXT_LENGTH, errors);
        String checkedEmail = required(email, "email", 320, errors);
        if (!EmailAddress.Validator.isEmailAddress(checkedEmail)) {
            errors.put("email", Wording.of("email.invalid"));
        }
        String checkedPhone = optional(phone);
        if (checkedPhone != null && !PHONE.matcher(checkedPhone).matches()) {
            errors.put("phone", Wording.of("inquiry.phone.invalid"));
        }
        String checkedOrganisation = required(organisation, "organisation", TEXT_LENGTH, errors);
        String checkedRole = required(role, "role", TEXT_LENGTH, errors);
        String checkedJurisdiction = required(jurisdiction, "jurisdiction", TEXT_LENGTH, errors);
        UsState checkedState = null;
        if (optional(state) == null) {
            errors.put("state", Wording.of("inquiry.state.required"));
        } else if ((checkedState = UsState.fromCode(state)) == null) {
            errors.put("state", Wording.of("inquiry.state.unknown"));
        }
        Stage checkedStage = choice(Stage.class, stage);
        if (checkedStage == null) {
            errors.put("stage", Wording.of(optional(stage) == null ? "inquiry.stage.required" : "inquiry.stage.unknown"));
        }
        Set<Interest> checkedInterests = choices(Interest.class, interests, "interests", errors);
        if (checkedInterests.isEmpty() && !errors.containsKey("interests")) {
            errors.put("interests", Wording.of("inquiry.interests.required"));
        }
        Set<Stakeholder> checkedStakeholders = choices(Stakeholder.class, stakeholders, "stakeholders", errors);
        String checkedMessage = required(message, "message", Inquiry.MESSAGE_LENGTH, errors);
        if (!Boolean.TRUE.equals(consent)) {
            errors.put("consent", Wording.of("inquiry.consent.required"));
        }
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("name", name);
        lines.put("email", email);
        lines.put("phone", phone);
        lines.put("organisation", organisation);
        lines.put("role", role);
        lines.put("jurisdiction", jurisdiction);
        lines.forEach((field, text) -> {
            if (!SingleLine.Validator.isSingleLine(text)) {
                errors.putIfAbsent(field, Wording.of("text.singleLine"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Wording.of("fields.attention"), errors);
        }
        return new InquiryFacts(checkedName, checkedEmail.toLowerCase(Locale.ROOT), checkedPhone, checkedOrganisation,
                checkedRole, checkedJurisdiction, checkedState, checkedStage, checkedInterests, checkedStakeholders,
                checkedMessage);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The stripped text; missing, it is refused as {@code inquiry.<field>.required}. */
    private static String required(String text, String field, int max, Map<String, Wording> errors) {
        String value = optional(text);
        if (value == null) {
            errors.put(field, Wording.of("inquiry." + field + ".required"));
        } else if (TextLength.exceeds(value, max)) {
            errors.put(field, Wording.of("text.tooLong", max, TextLength.of(value)));
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String code) {
        String value = optional(code);
        if (value == null) {
            return null;
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> codes, String field,
            Map<String, Wording> errors) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String code : codes == null ? List.<String>of() : codes) {
            E value = choice(type, code);
            if (value == null) {
                errors.put(field, Wording.of("choice.unknown", code));
            } else {
                chosen.add(value);
            }
        }
        return chosen;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests == null ? new ArrayList<>() : new ArrayList<>(interests);
    }

    public List<String> getStakeholders() {
        return stakeholders;
    }

    public void setStakeholders(List<String> stakeholders) {
        this.stakeholders = stakeholders == null ? new ArrayList<>() : new ArrayList<>(stakeholders);
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Boolean getConsent() {
        return consent;
    }

    public void setConsent(Boolean consent) {
        this.consent = consent;
    }
}
