package org.ccmplatform.meetings;

import java.time.Clock;
import java.util.List;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda and the minutes: items and sub-items, minutes per item drafted by those who run the meeting, decisions,
 * approval at a later meeting, and corrections of approved minutes (a new version with who and why).
 */
@Service
@Transactional(readOnly = true)
public class MinutesDesk {

    static final int MAX_REASON = 500;

    private final MeetingGate gate;
    private final Meetings meetings;
    private final AgendaItems agenda;
    private final Decisions decisions;
    private final MinutesRevisions revisions;
    private final Clock clock;

    MinutesDesk(MeetingGate gate, Meetings meetings, AgendaItems agenda, Decisions decisions,
            MinutesRevisions revisions, Clock clock) {
        this.gate = gate;
        this.meetings = meetings;
        this.agenda = agenda;
        this.decisions = decisions;
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * Adds an item to the agenda of a meeting the user runs; an item that approves earlier minutes names a meeting the
     * user may read (a coalition meeting does not take up the minutes of another coalition's meeting).
     */
    @Transactional
    public AgendaItem addItem(long meetingId, Long parentId, String title, Long approvesMinutesOf, CurrentUser user) {
        Meeting meeting = gate.forRunning(meetingId, user);
        if (approvesMinutesOf != null) {
            try {
                gate.forReading(approvesMinutesOf, user);
            } catch (NotFoundException hidden) {
                throw new RuleViolation("approvesMinutesOf", "minutes.approvedAtLaterMeeting");
            }
        }
        return addItem(meeting, parentId, title, approvesMinutesOf);
    }

    @Transactional
    public AgendaItem addItemOnBehalf(Meeting meeting, Long parentId, String title, Long approvesMinutesOf) {
        return addItem(meeting, parentId, title, approvesMinutesOf);
    }

    private AgendaItem addItem(Meeting meeting, Long parentId, String title, Long approvesMinutesOf) {
        AgendaItem parent = parentId == null ? null : item(meeting, parentId);
        Meeting earlier = null;
        if (approvesMinutesOf != null) {
            earlier = meetings.findById(approvesMinutesOf)
                    .filter(m -> m.body() == meeting.body())
                    .orElseThrow(() -> new RuleViolation("approvesMinutesOf", "minutes.approvedAtLaterMeeting"));
        }
        return agenda.save(new AgendaItem(meeting, parent, agenda.lastPosition(meeting, parent) + 1, title, earlier));
    }

    @Transactional
    public void retitle(long meetingId, long itemId, String title, CurrentUser user) {
        item(gate.forRunning(meetingId, user), itemId).retitle(title);
    }

    /** Writes the minutes under an item; a form opened before someone else's save is a conflict showing both. */
    @Transactional
    public AgendaItem writeMinutes(long meetingId, long itemId, long version, String text, CurrentUser user) {
        AgendaItem item = item(gate.forRunning(meetingId, user), itemId);
        if (item.version() != version) {
            throw new MinutesConflict(item, text);
        }
        item.writeMinutes(text);
        return item;
    }

    @Transactional
    public AgendaItem writeMinutesOnBehalf(AgendaItem item, String text) {
        item.writeMinutes(text);
        return item;
    }

    /** Corrects approved minutes: the reason is required, and the corrected minutes become a new version. */
    @Transactional
    public AgendaItem correct(long meetingId, long itemId, long version, String text, String reason,
            CurrentUser user) {
        Meeting meeting = gate.forRunning(meetingId, user);
        if (!meeting.minutesAreFrozen()) {
            throw new RuleViolation("reason", "minutes.correctionOnlyWhenApproved");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "minutes.correction.reasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            throw new RuleViolation("reason", "validation.tooLong", MAX_REASON);
        }
        AgendaItem item = item(meeting, itemId);
        if (item.version() != version) {
            throw new MinutesConflict(item, text);
        }
        item.correctMinutes(text);
        keep(meeting, MinutesRevision.Kind.CORRECTED, user.getUsername(), reason.strip());
        return item;
    }

    /** The later meeting approves the minutes of the earlier one named by its agenda item. */
    @Transactional
    public Meeting approve(long laterMeetingId, long itemId, CurrentUser user) {
        Meeting later = gate.forRunning(laterMeetingId, user);
        AgendaItem item = item(later, itemId);
        Meeting earlier = item.approvesMinutesOf();
        if (earlier == null) {
            throw new RuleViolation("approvesMinutesOf", "minutes.itemApprovesNothing");
        }
        if (later.day().isAfter(java.time.LocalDate.now(clock))) {
            throw new RuleViolation("approvesMinutesOf", "minutes.approvalBeforeMeeting");
        }
        earlier.minutesApprovedAt(later);
        keep(earlier, MinutesRevision.Kind.APPROVED, user.getUsername(), null);
        return earlier;
    }

    @Transactional
    public Decision decide(long meetingId, Long itemId, String text, CurrentUser user) {
        Meeting meeting = gate.forRunning(meetingId, user);
        return decideOnBehalf(meeting, itemId == null ? null : item(meeting, itemId), text);
    }

    @Transactional
    public Decision decideOnBehalf(Meeting meeting, AgendaItem item, String text) {
        if (text != null && text.length() > 2000) {
            throw new RuleViolation("text", "validation.tooLong", 2000);
        }
        return decisions.save(new Decision(meeting, item, text, (int) decisions.countByMeeting(meeting) + 1));
    }

    /** Keeps the minutes as they stand now as a new version. */
    void keep(Meeting meeting, MinutesRevision.Kind kind, String author, String reason) {
        revisions.save(new MinutesRevision(meeting, kind, author, reason, clock.instant(), text(meeting)));
    }

    /** The minutes as plain text, item by item, in agenda order. */
    String text(Meeting meeting) {
        List<AgendaItem> items = agenda.findByMeetingOrderByPositionAsc(meeting);
        StringBuilder text = new StringBuilder();
        items.stream().filter(i -> i.parent() == null).forEach(top -> {
            append(text, top);
            items.stream().filter(i -> i.parent() != null && i.parent().id().equals(top.id()))
                    .forEach(sub -> append(text, sub));
        });
        return text.toString().strip();
    }

    private static void append(StringBuilder text, AgendaItem item) {
        text.append(item.number()).append(". ").append(item.title()).append('\n');
        if (item.minutesText() != null) {
            text.append(item.minutesText()).append('\n');
        }
        text.append('\n');
    }

    private AgendaItem item(Meeting meeting, long itemId) {
        return agenda.findByIdAndMeeting(itemId, meeting).orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
    }
}
