package org.ccmplatform.coalitions;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.ccmplatform.shared.Audited;
import org.hibernate.annotations.Immutable;

/** A mid-term update: the national authority's word on the open action points between two meetings. */
@Entity
@Immutable
@Audited
public class MidTermUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id")
    private Coalition coalition;

    private String postedBy;

    private Instant postedAt;

    private String summary;

    private int points;

    private int notified;

    protected MidTermUpdate() {}

    MidTermUpdate(Coalition coalition, String postedBy, Instant postedAt, String summary, int points, int notified) {
        this.coalition = coalition;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.points = points;
        this.notified = notified;
    }

    public String postedBy() {
        return postedBy;
    }

    public java.time.LocalDateTime postedAtUtc() {
        return java.time.LocalDateTime.ofInstant(postedAt, java.time.ZoneOffset.UTC);
    }

    public String summary() {
        return summary;
    }

    public int points() {
        return points;
    }

    public int notified() {
        return notified;
    }
}
