package org.ccmplatform.obligations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/**
 * A State's request to extend the deadline of an Article 3 or 4 obligation: drafted and submitted by the State,
 * analysed by an Analysis Group of the Coordination Committee, decided by a Meeting of States Parties. A grant moves
 * the obligation's deadline.
 */
@Entity
@Audited
public class ExtensionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "obligation_id")
    private Obligation obligation;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private LocalDate requestedDeadline;

    private LocalDate grantedDeadline;

    private LocalDate submittedOn;

    private LocalDate decidedOn;

    /** The meeting that decided, by name ("9MSP"), for decisions taken before the platform existed. */
    private String decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_at_meeting")
    private Meeting decidedAtMeeting;

    private String justification;

    private String analysisReport;

    private String source;

    @ManyToMany
    @JoinTable(name = "analysis_member", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "state_id"))
    private Set<State> analysisGroup = new HashSet<>();

    @Version
    private long version;

    protected ExtensionRequest() {}

    /** A draft, which the State then completes with its work plan and submits. */
    ExtensionRequest(Obligation obligation, LocalDate requestedDeadline, String justification) {
        if (!obligation.article().isExtendable()) {
            throw new RuleViolation("requestedDeadline", "extension.notExtendable");
        }
        this.obligation = obligation;
        this.status = RequestStatus.DRAFT;
        redraft(requestedDeadline, justification);
    }

    /** A decision recorded from the public record (an extension granted before the platform), with its source. */
    static ExtensionRequest decidedEarlier(Obligation obligation, LocalDate requested, LocalDate granted,
            String decidedBy, LocalDate decidedOn, String source) {
        ExtensionRequest request = new ExtensionRequest(obligation, requested, null);
        request.status = RequestStatus.GRANTED;
        request.grantedDeadline = granted;
        request.decidedBy = decidedBy;
        request.decidedOn = decidedOn;
        request.source = source;
        return request;
    }

    void redraft(LocalDate requested, String text) {
        expect(RequestStatus.DRAFT);
        if (requested == null) {
            throw new RuleViolation("requestedDeadline", "validation.required");
        }
        if (text != null && text.length() > 4000) {
            throw new RuleViolation("justification", "validation.tooLong", 4000);
        }
        this.requestedDeadline = requested;
        this.justification = text == null || text.isBlank() ? null : text.strip();
    }

    /** Submits the request before the current deadline, for no longer than the treaty allows, with a work plan. */
    void submit(LocalDate today, LocalDate currentDeadline, int workPlanYears) {
        expect(RequestStatus.DRAFT);
        if (obligation.completedOn() != null) {
            throw new RuleViolation("requestedDeadline", "extension.obligationCompleted");
        }
        if (today.isAfter(currentDeadline)) {
            throw new RuleViolation("requestedDeadline", "extension.afterDeadline", currentDeadline);
        }
        checkLength(requestedDeadline, currentDeadline, "requestedDeadline");
        if (workPlanYears == 0) {
            throw new RuleViolation("workPlan", "extension.workPlanRequired");
        }
        this.status = RequestStatus.SUBMITTED;
        this.submittedOn = today;
    }

    void openAnalysis(Set<State> members) {
        expect(RequestStatus.SUBMITTED);
        if (members == null || members.isEmpty()) {
            throw new RuleViolation("members", "extension.analysisGroup.required");
        }
        if (members.stream().anyMatch(m -> m.id().equals(obligation.state().id()))) {
            throw new RuleViolation("members", "extension.analysisGroup.notTheRequester");
        }
        this.analysisGroup = new HashSet<>(members);
        this.status = RequestStatus.UNDER_ANALYSIS;
    }

    void checkUnderAnalysis() {
        expect(RequestStatus.UNDER_ANALYSIS);
    }

    void concludeAnalysis(String report) {
        expect(RequestStatus.UNDER_ANALYSIS);
        if (report == null || report.isBlank()) {
            throw new RuleViolation("report", "extension.report.required");
        }
        if (report.length() > 8000) {
            throw new RuleViolation("report", "validation.tooLong", 8000);
        }
        this.analysisReport = report.strip();
        this.status = RequestStatus.ANALYSED;
    }

    /** A Meeting of States Parties or a Review Conference decides; a grant may be shorter than asked, never longer. */
    void decide(boolean granted, LocalDate deadline, Meeting meeting, LocalDate currentDeadline) {
        if (status != RequestStatus.ANALYSED) {
            throw new RuleViolation("decision", "extension.decideOnlyAnalysed");
        }
        if (meeting == null || (meeting.body() != MeetingBody.MEETING_OF_STATES_PARTIES
                && meeting.body() != MeetingBody.REVIEW_CONFERENCE)) {
            throw new RuleViolation("meetingId", "extension.decidedByMsp");
        }
        if (granted) {
            if (deadline == null) {
                throw new RuleViolation("grantedDeadline", "validation.required");
            }
            if (deadline.isAfter(requestedDeadline)) {
                throw new RuleViolation("grantedDeadline", "extension.longerThanAsked", requestedDeadline);
            }
            checkLength(deadline, currentDeadline, "grantedDeadline");
            this.grantedDeadline = deadline;
        }
        this.status = granted ? RequestStatus.GRANTED : RequestStatus.NOT_GRANTED;
        this.decidedAtMeeting = meeting;
        this.decidedOn = meeting.day();
    }

    void withdraw() {
        if (!status.isOpen()) {
            throw new RuleViolation("status", "extension.closed");
        }
        this.status = RequestStatus.WITHDRAWN;
    }

    private void checkLength(LocalDate deadline, LocalDate currentDeadline, String field) {
        if (!deadline.isAfter(currentDeadline)) {
            throw new RuleViolation(field, "extension.notLater", currentDeadline);
        }
        LocalDate latest = obligation.article().latestExtensionOf(currentDeadline);
        if (deadline.isAfter(latest)) {
            throw new RuleViolation(field, "extension.tooLong", obligation.article().longestExtension().getYears(),
                    latest);
        }
    }

    private void expect(RequestStatus expected) {
        if (status != expected) {
            throw new RuleViolation("status", "extension.wrongStep");
        }
    }

    public boolean isGranted() {
        return status == RequestStatus.GRANTED;
    }

    public boolean hasAnalysisMember(Long stateId) {
        return stateId != null && analysisGroup.stream().anyMatch(s -> s.id().equals(stateId));
    }

    public Long id() {
        return id;
    }

    public Obligation obligation() {
        return obligation;
    }

    public RequestStatus status() {
        return status;
    }

    public LocalDate requestedDeadline() {
        return requestedDeadline;
    }

    public LocalDate grantedDeadline() {
        return grantedDeadline;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    /** The meeting that decided: its name in the record, or the meeting in the platform. */
    public String decidedBy() {
        return decidedBy != null ? decidedBy : decidedAtMeeting == null ? null : decidedAtMeeting.title();
    }

    public Meeting decidedAtMeeting() {
        return decidedAtMeeting;
    }

    public String justification() {
        return justification;
    }

    public String analysisReport() {
        return analysisReport;
    }

    public String source() {
        return source;
    }

    public Set<State> analysisGroup() {
        return Set.copyOf(analysisGroup);
    }

    public long version() {
        return version;
    }
}
