package org.leadbureau.portal.inquiry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.inquiry.boundary.InboxFilter;
import org.leadbureau.portal.inquiry.boundary.InquiryTriage;
import org.leadbureau.portal.inquiry.boundary.StaffMember;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.inquiry.entity.InquiryStatus;
import org.leadbureau.portal.inquiry.entity.Interest;
import org.leadbureau.portal.inquiry.entity.Stage;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.sites.entity.UsState;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /staff/inquiries}: the inbox, newest first, filtered by the query string (a plain GET form, so every
 * filtered view can be bookmarked), with the count of each status; the database pages it ({@code page=}).
 */
@Named
@RequestScoped
public class StaffInquiriesView {

    /** Ages staff can filter by: at least this many days old. */
    private static final List<Integer> AGES = List.of(1, 2, 7, 14, 30);
    private static final int PAGE_SIZE = 50;

    @Inject
    InquiryTriage triage;

    @Inject
    Clock clock;

    @Inject
    @Param(name = "status")
    String status;

    @Inject
    @Param(name = "assignee")
    String assignee;

    @Inject
    @Param(name = "state")
    String state;

    @Inject
    @Param(name = "stage")
    String stage;

    @Inject
    @Param(name = "interest")
    String interest;

    @Inject
    @Param(name = "age")
    String age;

    @Inject
    @Param(name = "page")
    String page;

    private Page<Inquiry> inbox;
    private List<StatusCount> counts;

    /** One status and how many inquiries have it; a class with getters, for EL. */
    public static final class StatusCount {
        private final InquiryStatus status;
        private final long count;

        StatusCount(InquiryStatus status, long count) {
            this.status = status;
            this.count = count;
        }

        public InquiryStatus getStatus() {
            return status;
        }

        public long getCount() {
            return count;
        }
    }

    /** The page the URL asks for; a page number that is not one shows the first page. */
    private Page<Inquiry> inbox() {
        if (inbox == null) {
            inbox = triage.inbox(filter(), PageRequest.fromAddress(page, PAGE_SIZE), false);
        }
        return inbox;
    }

    public List<Inquiry> getInquiries() {
        return inbox().items();
    }

    public long getTotal() {
        return inbox().total();
    }

    public int getPage() {
        return inbox().page();
    }

    public int getPageCount() {
        return (int) Math.max(1, (inbox().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The inbox's address with the same filters, on another page. */
    public String pageUrl(int number) {
        StringBuilder url = new StringBuilder("/staff/inquiries?page=").append(number);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", status);
        parameters.put("assignee", assignee);
        parameters.put("state", state);
        parameters.put("stage", stage);
        parameters.put("interest", interest);
        parameters.put("age", age);
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return url.toString();
    }

    public List<StatusCount> getCounts() {
        if (counts == null) {
            counts = new ArrayList<>();
            for (Map.Entry<InquiryStatus, Long> entry : triage.countsByStatus(filter()).entrySet()) {
                counts.add(new StatusCount(entry.getKey(), entry.getValue()));
            }
        }
        return counts;
    }

    /** How long it has waited for a first answer, or how long ago it arrived once answered. */
    public String ageOf(Inquiry inquiry) {
        return Ages.describe(Duration.between(inquiry.getCreatedAt(), clock.instant()));
    }

    public boolean waiting(Inquiry inquiry) {
        return inquiry.getFirstResponseAt() == null && inquiry.getStatus().isOpen();
    }

    public boolean isTrainerOnly() {
        return !Faces.isUserInRole("STAFF") && !Faces.isUserInRole("ADMIN");
    }

    public List<StaffMember> getAssignable() {
        return isTrainerOnly() ? List.of() : triage.assignable();
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    public List<UsState> getStates() {
        return UsState.byName();
    }

    public Stage[] getStages() {
        return Stage.values();
    }

    public Interest[] getInterests() {
        return Interest.values();
    }

    public List<Integer> getAges() {
        return AGES;
    }

    public String getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getState() {
        return state;
    }

    public String getStage() {
        return stage;
    }

    public String getInterest() {
        return interest;
    }

    public String getAge() {
        return age;
    }

    /** Unknown values are ignored, as if the filter were not set. */
    private InboxFilter filter() {
        Integer days = null;
        if (age != null && age.matches("\\d{1,4}")) {
            days = Integer.valueOf(age);
        }
        return new InboxFilter(parse(InquiryStatus.class, status), blankToNull(assignee), UsState.fromCode(state),
                parse(Stage.class, stage), parse(Interest.class, interest), days);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(code)) {
                return candidate;
            }
        }
        return null;
    }
}
