package org.ccmplatform.coalitions;

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
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/**
 * A concern a member raises with the facilitator only. Nobody else (the national authority, the other members, the
 * ISU) reads it or learns who raised it; the facilitator may put the issue on an agenda in neutral words.
 */
@Entity
@Audited(confidential = true)
public class Concern {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id")
    private Coalition coalition;

    private String text;

    private Long raisedByUserId;

    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    private ConcernStatus status;

    private String facilitatorNote;

    private Long agendaItemId;

    @Version
    private long version;

    protected Concern() {}

    Concern(Coalition coalition, String text, long raisedByUserId, Instant raisedAt) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "concern.text.required");
        }
        if (text.length() > MAX_TEXT) {
            throw new RuleViolation("text", "validation.tooLong", MAX_TEXT);
        }
        this.coalition = coalition;
        this.text = text.strip();
        this.raisedByUserId = raisedByUserId;
        this.raisedAt = raisedAt;
        this.status = ConcernStatus.RAISED;
    }

    void putOnAgenda(long itemId, String note) {
        this.agendaItemId = itemId;
        this.status = ConcernStatus.ON_AGENDA;
        annotate(note);
    }

    void close(String note) {
        this.status = ConcernStatus.CLOSED;
        annotate(note);
    }

    private void annotate(String note) {
        if (note != null && note.length() > 2000) {
            throw new RuleViolation("note", "validation.tooLong", 2000);
        }
        if (note != null && !note.isBlank()) {
            this.facilitatorNote = note.strip();
        }
    }

    Long raisedBy() {
        return raisedByUserId;
    }

    boolean wasRaisedBy(long userId) {
        return raisedByUserId == userId;
    }

    public Long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public java.time.LocalDateTime raisedAtUtc() {
        return java.time.LocalDateTime.ofInstant(raisedAt, java.time.ZoneOffset.UTC);
    }

    public ConcernStatus status() {
        return status;
    }

    public String facilitatorNote() {
        return facilitatorNote;
    }

    public Long agendaItemId() {
        return agendaItemId;
    }

    public long version() {
        return version;
    }
}
