package org.ccmplatform.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A record that a meeting's summary and action points were sent to its participants: when, by whom, to how many. */
@Entity
@Immutable
public class Circulation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private Instant sentAt;

    private String sentBy;

    private int recipients;

    protected Circulation() {}

    Circulation(Meeting meeting, Instant sentAt, String sentBy, int recipients) {
        this.meeting = meeting;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.recipients = recipients;
    }

    public java.time.LocalDateTime sentAtUtc() {
        return java.time.LocalDateTime.ofInstant(sentAt, java.time.ZoneOffset.UTC);
    }

    public String sentBy() {
        return sentBy;
    }

    public int recipients() {
        return recipients;
    }
}
