package org.ccmplatform.universalization;

import jakarta.persistence.Column;
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
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** A State's vote on the General Assembly's resolution on the Convention in one year: one per State and year. */
@Entity
@Audited
public class UngaVote {

    /** The first resolution on the Convention was put to the General Assembly in 2015. */
    static final int FIRST_YEAR = 2015;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    @Column(name = "vote_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private Vote vote;

    private String source;

    private String recordedBy;

    @Version
    private long version;

    protected UngaVote() {}

    UngaVote(State state, int year, Vote vote, String source, String recordedBy, int thisYear) {
        if (state == null) {
            throw new RuleViolation("state", "validation.required");
        }
        check(year, vote, thisYear);
        this.state = state;
        this.year = year;
        this.vote = vote;
        this.source = UniversalizationProfile.clean(source);
        this.recordedBy = recordedBy;
    }

    /** Corrects the vote recorded for the year (a wrong entry or import), with the source of the correction. */
    void correct(Vote vote, String source, String by) {
        if (vote == null) {
            throw new RuleViolation("vote", "validation.required");
        }
        this.vote = vote;
        this.source = UniversalizationProfile.clean(source);
        this.recordedBy = by;
    }

    static void check(int year, Vote vote, int thisYear) {
        if (year < FIRST_YEAR || year > thisYear) {
            throw new RuleViolation("year", "validation.range", String.valueOf(FIRST_YEAR), String.valueOf(thisYear));
        }
        if (vote == null) {
            throw new RuleViolation("vote", "validation.required");
        }
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public int year() {
        return year;
    }

    public Vote vote() {
        return vote;
    }

    public String source() {
        return source;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public long version() {
        return version;
    }
}
