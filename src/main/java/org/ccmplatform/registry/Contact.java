package org.ccmplatform.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.SearchText;

/** A person who works on implementation, for a State or an organisation. Seen only by signed-in users. */
@Entity
@Audited(ignored = "searchName")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fullName;

    private String functionTitle;

    private String email;

    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private State state;

    private String searchName;

    @Version
    private long version;

    protected Contact() {}

    Contact(ContactDetails details, State state, Organisation organisation) {
        describe(details, state, organisation);
    }

    void describe(ContactDetails details, State state, Organisation organisation) {
        if (state == null && organisation == null) {
            throw new RuleViolation("stateIso3", "contact.needsStateOrOrganisation");
        }
        this.fullName = details.fullName().strip();
        this.functionTitle = Organisation.blankToNull(details.functionTitle());
        this.email = Organisation.blankToNull(details.email());
        this.phone = Organisation.blankToNull(details.phone());
        this.state = state;
        this.organisation = organisation;
        this.searchName = SearchText.of(fullName);
    }

    /** The ISU keeps every contact; a focal point those of its State; an operator or donor those of its body. */
    public boolean isEditableBy(CurrentUser user) {
        if (user == null) {
            return false;
        }
        if (user.isIsuAdmin()) {
            return true;
        }
        boolean forState = state != null && user.actsForState(state.id())
                && (user.has(Role.FOCAL_POINT) || user.has(Role.DONOR));
        boolean forOrganisation = organisation != null && user.actsForOrganisation(organisation.id())
                && (user.has(Role.OPERATOR) || user.has(Role.DONOR));
        return forState || forOrganisation;
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public String functionTitle() {
        return functionTitle;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Organisation organisation() {
        return organisation;
    }

    public State state() {
        return state;
    }

    public long version() {
        return version;
    }
}
