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
import java.util.Locale;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;

/** A State or an organisation in a coalition, in one role. */
@Entity
@Audited
public class CoalitionMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id")
    private Coalition coalition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private State state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private CoalitionRole role;

    @Version
    private long version;

    protected CoalitionMember() {}

    CoalitionMember(Coalition coalition, State state, Organisation organisation, CoalitionRole role) {
        if ((state == null) == (organisation == null)) {
            throw new RuleViolation("member", "coalition.member.stateOrOrganisation");
        }
        if (role == null) {
            throw new RuleViolation("role", "validation.required");
        }
        if (role == CoalitionRole.CHAMPION && state == null) {
            throw new RuleViolation("role", "coalition.member.championIsAState");
        }
        this.coalition = coalition;
        this.state = state;
        this.organisation = organisation;
        this.role = role;
    }

    void changeRole(CoalitionRole newRole) {
        if (newRole == CoalitionRole.CHAMPION && state == null) {
            throw new RuleViolation("role", "coalition.member.championIsAState");
        }
        this.role = newRole;
    }

    /** Whether the signed-in person acts for this member. */
    public boolean includes(CurrentUser user) {
        return user != null && user.actsFor(state == null ? null : state.id(),
                organisation == null ? null : organisation.id());
    }

    public String name(Locale locale) {
        return state != null ? state.name(locale) : organisation.name();
    }

    public Long id() {
        return id;
    }

    public Coalition coalition() {
        return coalition;
    }

    public State state() {
        return state;
    }

    public Organisation organisation() {
        return organisation;
    }

    public CoalitionRole role() {
        return role;
    }
}
