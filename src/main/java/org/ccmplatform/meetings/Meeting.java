package org.ccmplatform.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.RuleViolation;

/** A meeting of a body, with the state of its minutes. */
@Entity
@Audited
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MeetingBody body;

    private String title;

    /** Local time in the meeting's own time zone. */
    private LocalDateTime startsAt;

    private LocalDateTime endsAt;

    private String timeZone;

    private String place;

    private boolean online;

    private String languages;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    @Enumerated(EnumType.STRING)
    private MeetingVisibility visibility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "next_meeting_id")
    private Meeting nextMeeting;

    @Enumerated(EnumType.STRING)
    private MinutesStatus minutesStatus;

    private int minutesRevision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minutes_approved_by_id")
    private Meeting minutesApprovedBy;

    @Version
    private long version;

    protected Meeting() {}

    Meeting(MeetingDetails details) {
        this.status = MeetingStatus.PLANNED;
        this.minutesStatus = MinutesStatus.DRAFT;
        describe(details);
    }

    void describe(MeetingDetails details) {
        if (details.body() == null) {
            throw new RuleViolation("body", "validation.required");
        }
        if (details.startsAt() == null) {
            throw new RuleViolation("startsAt", "validation.required");
        }
        if (details.endsAt() == null) {
            throw new RuleViolation("endsAt", "validation.required");
        }
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new RuleViolation("endsAt", "meeting.endsBeforeStart");
        }
        if (!details.online() && (details.place() == null || details.place().isBlank())) {
            throw new RuleViolation("place", "meeting.placeOrOnline");
        }
        if (details.languages() == null || details.languages().isEmpty()) {
            throw new RuleViolation("languages", "meeting.languages.required");
        }
        if (nextMeeting != null && !nextMeeting.startsAt().isAfter(details.startsAt())) {
            throw new RuleViolation("startsAt", "meeting.nextMustBeLater");
        }
        this.body = details.body();
        this.title = details.title().strip();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.timeZone = (details.timeZone() == null ? ZoneId.of("Europe/Zurich") : details.timeZone()).getId();
        this.place = details.place() == null || details.place().isBlank() ? null : details.place().strip();
        this.online = details.online();
        this.languages = details.languages().stream().sorted().map(Language::tag).collect(Collectors.joining(","));
        this.visibility = details.visibility() == null ? defaultVisibility(details.body()) : details.visibility();
    }

    /** Formal meetings are public; the Coordination Committee and coalitions meet among their participants. */
    static MeetingVisibility defaultVisibility(MeetingBody body) {
        return switch (body) {
            case MEETING_OF_STATES_PARTIES, REVIEW_CONFERENCE, INTERSESSIONAL_MEETING, WORKSHOP ->
                MeetingVisibility.PUBLIC;
            case COORDINATION_COMMITTEE, COALITION_MEETING, TECHNICAL_WORKING_GROUP -> MeetingVisibility.PARTICIPANTS;
        };
    }

    void markHeld() {
        if (status == MeetingStatus.CANCELLED) {
            throw new RuleViolation("status", "meeting.cancelled");
        }
        status = MeetingStatus.HELD;
    }

    void cancel() {
        if (status == MeetingStatus.HELD) {
            throw new RuleViolation("status", "meeting.alreadyHeld");
        }
        status = MeetingStatus.CANCELLED;
    }

    void reopen() {
        status = MeetingStatus.PLANNED;
    }

    void followedBy(Meeting next) {
        if (next != null && (next == this || !next.startsAt().isAfter(startsAt))) {
            throw new RuleViolation("nextMeetingId", "meeting.nextMustBeLater");
        }
        this.nextMeeting = next;
    }

    /** Approved minutes are frozen: only a correction, with its reason, changes them. */
    public boolean minutesAreFrozen() {
        return minutesStatus == MinutesStatus.APPROVED;
    }

    void checkMinutesEditable() {
        if (minutesAreFrozen()) {
            throw new RuleViolation("minutes", "minutes.frozen");
        }
    }

    int nextMinutesRevision() {
        return ++minutesRevision;
    }

    void minutesCirculated() {
        checkMinutesEditable();
        minutesStatus = MinutesStatus.CIRCULATED;
    }

    /** The minutes are approved at a later meeting, under its agenda item on approval of earlier minutes. */
    void minutesApprovedAt(Meeting later) {
        if (later == null || !later.startsAt().isAfter(startsAt)) {
            throw new RuleViolation("approvesMinutesOf", "minutes.approvedAtLaterMeeting");
        }
        if (minutesStatus == MinutesStatus.APPROVED) {
            throw new RuleViolation("approvesMinutesOf", "minutes.alreadyApproved");
        }
        if (later.status() == MeetingStatus.CANCELLED) {
            throw new RuleViolation("approvesMinutesOf", "minutes.approvedAtCancelledMeeting");
        }
        minutesStatus = MinutesStatus.APPROVED;
        minutesApprovedBy = later;
    }

    public ZonedDateTime start() {
        return startsAt.atZone(zone());
    }

    public ZonedDateTime end() {
        return endsAt.atZone(zone());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate day() {
        return startsAt.toLocalDate();
    }

    public Set<Language> languages() {
        Set<Language> set = EnumSet.noneOf(Language.class);
        Arrays.stream(languages.split(",")).filter(t -> !t.isBlank())
                .forEach(t -> set.add(Language.valueOf(t.toUpperCase(Locale.ROOT))));
        return set;
    }

    public Long id() {
        return id;
    }

    public MeetingBody body() {
        return body;
    }

    public String title() {
        return title;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public boolean online() {
        return online;
    }

    public MeetingStatus status() {
        return status;
    }

    public MeetingVisibility visibility() {
        return visibility;
    }

    public Meeting nextMeeting() {
        return nextMeeting;
    }

    public MinutesStatus minutesStatus() {
        return minutesStatus;
    }

    public int minutesRevision() {
        return minutesRevision;
    }

    public Meeting minutesApprovedBy() {
        return minutesApprovedBy;
    }

    public long version() {
        return version;
    }
}
