package org.ccmplatform.governance;

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
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;

/**
 * A seat on the Coordination Committee of one term: a thematic coordinator (a State Party and its theme), the ISU
 * Director, or an invited organisation (CMC, ICRC, UNODA standing; GICHD and others occasionally).
 */
@Entity
@Audited
public class CommitteeSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The MSP whose Presidency's term this committee serves. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id")
    private StatesPartiesMeeting term;

    @Enumerated(EnumType.STRING)
    private SeatKind seat;

    @Enumerated(EnumType.STRING)
    private Theme theme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private State state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String personName;

    @Version
    private long version;

    protected CommitteeSeat() {}

    CommitteeSeat(StatesPartiesMeeting term, SeatKind seat, Theme theme, State state, Organisation organisation,
            String personName) {
        this.term = term;
        this.seat = seat;
        this.theme = theme;
        this.state = state;
        this.organisation = organisation;
        this.personName = personName == null || personName.isBlank() ? null : personName.strip();
    }

    public Long id() {
        return id;
    }

    public StatesPartiesMeeting term() {
        return term;
    }

    public SeatKind seat() {
        return seat;
    }

    public Theme theme() {
        return theme;
    }

    public State state() {
        return state;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String personName() {
        return personName;
    }

    public long version() {
        return version;
    }
}
