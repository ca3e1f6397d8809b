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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;

/** Something a meeting asked someone to do by a date; its progress is a dated trail of updates. */
@Entity
@Audited
public class ActionPoint {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_state_id")
    private State ownerState;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation ownerOrganisation;

    private Long ownerUserId;

    private String ownerName;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ActionPointStatus status;

    @Version
    private long version;

    protected ActionPoint() {}

    ActionPoint(Meeting meeting, AgendaItem agendaItem, String text, ActionPointOwner owner, LocalDate dueDate) {
        this.meeting = meeting;
        this.agendaItem = agendaItem;
        this.status = ActionPointStatus.OPEN;
        describe(text, owner, dueDate);
    }

    void describe(String newText, ActionPointOwner owner, LocalDate newDueDate) {
        if (newText == null || newText.isBlank()) {
            throw new RuleViolation("text", "validation.required");
        }
        if (newText.length() > MAX_TEXT) {
            throw new RuleViolation("text", "validation.tooLong", MAX_TEXT);
        }
        if (owner == null) {
            throw new RuleViolation("owner", "actionPoint.ownerRequired");
        }
        if (newDueDate == null) {
            throw new RuleViolation("dueDate", "validation.required");
        }
        if (newDueDate.isBefore(meeting.day())) {
            throw new RuleViolation("dueDate", "actionPoint.dueBeforeMeeting");
        }
        this.text = newText.strip();
        this.ownerState = owner.state();
        this.ownerOrganisation = owner.organisation();
        this.ownerUserId = owner.userId();
        this.ownerName = owner.label();
        this.dueDate = newDueDate;
    }

    /** Moves the action point on and records the step in its trail. */
    ActionPointUpdate update(ActionPointStatus newStatus, String note, String author, Instant at, LocalDate on,
            boolean midTerm) {
        if (newStatus == null) {
            throw new RuleViolation("status", "validation.required");
        }
        if (note != null && note.length() > MAX_TEXT) {
            throw new RuleViolation("note", "validation.tooLong", MAX_TEXT);
        }
        if (newStatus == status && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "actionPoint.updateSaysNothing");
        }
        this.status = newStatus;
        return new ActionPointUpdate(this, newStatus, note, author, at, on, midTerm);
    }

    public boolean isOverdueOn(LocalDate day) {
        return status.isPending() && dueDate.isBefore(day);
    }

    /** Owned by this person, by the State they act for, or by their organisation. */
    public boolean isOwnedBy(CurrentUser user) {
        return user != null && ((ownerUserId != null && ownerUserId == user.id())
                || user.actsFor(ownerState == null ? null : ownerState.id(),
                        ownerOrganisation == null ? null : ownerOrganisation.id()));
    }

    public String ownerName(Locale locale) {
        if (ownerState != null) {
            return ownerState.name(locale);
        }
        return ownerOrganisation != null ? ownerOrganisation.shortName() : ownerName;
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public AgendaItem agendaItem() {
        return agendaItem;
    }

    public String text() {
        return text;
    }

    public State ownerState() {
        return ownerState;
    }

    public Organisation ownerOrganisation() {
        return ownerOrganisation;
    }

    public Long ownerUserId() {
        return ownerUserId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionPointStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
