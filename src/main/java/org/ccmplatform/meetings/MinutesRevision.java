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
import org.hibernate.annotations.Immutable;

/** A version of a meeting's minutes as a whole: when circulated, approved or corrected, by whom and why. */
@Entity
@Immutable
public class MinutesRevision {

    /** Why a version was kept. */
    public enum Kind {
        CIRCULATED,
        APPROVED,
        CORRECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private int revision;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String author;

    private String reason;

    private Instant createdAt;

    private String content;

    protected MinutesRevision() {}

    MinutesRevision(Meeting meeting, Kind kind, String author, String reason, Instant createdAt, String content) {
        this.meeting = meeting;
        this.revision = meeting.nextMinutesRevision();
        this.kind = kind;
        this.author = author;
        this.reason = reason;
        this.createdAt = createdAt;
        this.content = content;
    }

    public int revision() {
        return revision;
    }

    public Kind kind() {
        return kind;
    }

    public String author() {
        return author;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public java.time.LocalDateTime createdAtUtc() {
        return java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneOffset.UTC);
    }

    public String content() {
        return content;
    }
}
