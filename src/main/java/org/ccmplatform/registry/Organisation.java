package org.ccmplatform.registry;

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
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.SearchText;

/** A body that takes part in implementation: a UN agency, the ICRC, the CMC, the GICHD, an operator, an NGO. */
@Entity
@Audited(ignored = "searchName")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String acronym;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private State state;

    private String website;

    private String searchName;

    @Version
    private long version;

    protected Organisation() {}

    Organisation(OrganisationDetails details, State state) {
        describe(details, state);
    }

    void describe(OrganisationDetails details, State state) {
        this.name = details.name().strip();
        this.acronym = blankToNull(details.acronym());
        this.kind = details.kind();
        this.website = blankToNull(details.website());
        this.state = state;
        this.searchName = SearchText.of(name + (acronym == null ? "" : " " + acronym));
    }

    /** The ISU keeps every organisation; an operator or donor keeps its own. */
    public boolean isEditableBy(CurrentUser user) {
        return user != null && (user.isIsuAdmin()
                || ((user.has(Role.OPERATOR) || user.has(Role.DONOR)) && user.actsForOrganisation(id)));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String acronym() {
        return acronym;
    }

    /** The acronym where there is one (how people say it), else the name. */
    public String shortName() {
        return acronym != null ? acronym : name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public State state() {
        return state;
    }

    public String website() {
        return website;
    }

    public long version() {
        return version;
    }
}
