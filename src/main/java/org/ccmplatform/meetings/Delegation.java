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
import java.util.Locale;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;

/** A State's or an organisation's delegation to a meeting, and the part it plays there. */
@Entity
@Audited
@jakarta.persistence.Table(name = "meeting_delegation")
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private State state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private DelegationRole role;

    private int position;

    @Version
    private long version;

    protected Delegation() {}

    Delegation(Meeting meeting, State state, Organisation organisation, DelegationRole role, int position) {
        if ((state == null) == (organisation == null)) {
            throw new RuleViolation("party", "delegation.stateOrOrganisation");
        }
        if (role == null) {
            throw new RuleViolation("role", "validation.required");
        }
        this.meeting = meeting;
        this.state = state;
        this.organisation = organisation;
        this.role = role;
        this.position = position;
    }

    void changeRole(DelegationRole newRole) {
        if (newRole == null) {
            throw new RuleViolation("role", "validation.required");
        }
        this.role = newRole;
    }

    /** Whether the signed-in person acts for this delegation's State or organisation. */
    public boolean includes(CurrentUser user) {
        return user != null && user.actsFor(state == null ? null : state.id(),
                organisation == null ? null : organisation.id());
    }

    /** The delegation's name in a language: the State's name, or the organisation's. */
    public String name(Locale locale) {
        return state != null ? state.name(locale) : organisation.name();
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public State state() {
        return state;
    }

    public Organisation organisation() {
        return organisation;
    }

    public DelegationRole role() {
        return role;
    }

    public int position() {
        return position;
    }

    public long version() {
        return version;
    }
}
