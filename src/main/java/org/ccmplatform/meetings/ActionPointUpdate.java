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
import java.time.Instant;
import java.time.LocalDate;
import org.ccmplatform.shared.Audited;
import org.hibernate.annotations.Immutable;

/** A dated step in an action point's progress: its status then, and what was said. Never changed afterwards. */
@Entity
@Immutable
@Audited
public class ActionPointUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_point_id")
    private ActionPoint actionPoint;

    private LocalDate postedOn;

    private Instant postedAt;

    private String author;

    @Enumerated(EnumType.STRING)
    private ActionPointStatus status;

    private String note;

    /** Posted by the national authority between two coalition meetings. */
    private boolean midTerm;

    protected ActionPointUpdate() {}

    ActionPointUpdate(ActionPoint actionPoint, ActionPointStatus status, String note, String author, Instant at,
            LocalDate on, boolean midTerm) {
        this.actionPoint = actionPoint;
        this.status = status;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.author = author;
        this.postedAt = at;
        this.postedOn = on;
        this.midTerm = midTerm;
    }

    public ActionPoint actionPoint() {
        return actionPoint;
    }

    public LocalDate postedOn() {
        return postedOn;
    }

    public String author() {
        return author;
    }

    public ActionPointStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public boolean midTerm() {
        return midTerm;
    }
}
