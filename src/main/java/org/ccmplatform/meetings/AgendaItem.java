package org.ccmplatform.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/**
 * A numbered item of a meeting's agenda (5, or 5.3 under 5), with the minutes of what was said under it. An item may
 * be the approval of the minutes of an earlier meeting.
 */
@Entity
@Audited
public class AgendaItem {

    static final int MAX_MINUTES = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AgendaItem parent;

    private int position;

    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approves_minutes_of")
    private Meeting approvesMinutesOf;

    private String minutesText;

    @Version
    private long version;

    protected AgendaItem() {}

    AgendaItem(Meeting meeting, AgendaItem parent, int position, String title, Meeting approvesMinutesOf) {
        if (parent != null && parent.parent() != null) {
            throw new RuleViolation("parentId", "agenda.twoLevelsOnly");
        }
        if (parent != null && !parent.meeting().id().equals(meeting.id())) {
            throw new RuleViolation("parentId", "agenda.parentOfAnotherMeeting");
        }
        if (approvesMinutesOf != null && !approvesMinutesOf.startsAt().isBefore(meeting.startsAt())) {
            throw new RuleViolation("approvesMinutesOf", "minutes.approvedAtLaterMeeting");
        }
        this.meeting = meeting;
        this.parent = parent;
        this.position = position;
        this.approvesMinutesOf = approvesMinutesOf;
        retitle(title);
    }

    /** Names the item; the items of approved minutes are part of them and keep their titles. */
    void retitle(String newTitle) {
        meeting.checkMinutesEditable();
        if (newTitle == null || newTitle.isBlank()) {
            throw new RuleViolation("title", "validation.required");
        }
        this.title = newTitle.strip();
    }

    /** Writes the minutes under this item; refused once the meeting's minutes are approved. */
    void writeMinutes(String text) {
        meeting.checkMinutesEditable();
        correctMinutes(text);
    }

    /** Changes approved minutes: only through a correction, which records who and why. */
    void correctMinutes(String text) {
        if (text != null && text.length() > MAX_MINUTES) {
            throw new RuleViolation("text", "validation.tooLong", MAX_MINUTES);
        }
        this.minutesText = text == null || text.isBlank() ? null : text.strip();
    }

    /** 5, or 5.3 for the third item under 5. */
    public String number() {
        return parent == null ? String.valueOf(position) : parent.position() + "." + position;
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public AgendaItem parent() {
        return parent;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public Meeting approvesMinutesOf() {
        return approvesMinutesOf;
    }

    public String minutesText() {
        return minutesText;
    }

    public long version() {
        return version;
    }
}
