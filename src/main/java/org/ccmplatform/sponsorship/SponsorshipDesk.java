package org.ccmplatform.sponsorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingFilter;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Sponsorship Programme's use cases. Only the ISU records contributions, selects, allocates and records costs; a
 * State's focal point submits and withdraws its own State's applications and reads them; everyone reads the reports,
 * which show counts and States but never a delegate's name.
 *
 * <p>What the programme has for a year: the balance carried over from the years before (their contributions less
 * what their sponsored delegates cost) plus the year's contributions, less what is already allocated or spent that
 * year. A selection above it is refused with a message that says what is available.
 */
@Service
@Transactional(readOnly = true)
public class SponsorshipDesk {

    static final Set<ApplicationStatus> SPONSORED = EnumSet.of(ApplicationStatus.SELECTED,
            ApplicationStatus.COSTS_RECORDED);

    private final SponsorshipContributions contributions;
    private final SponsorshipApplications applications;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final MeetingPlanner meetings;
    private final SponsorshipLedger ledger;
    private final Clock clock;

    SponsorshipDesk(SponsorshipContributions contributions, SponsorshipApplications applications,
            StateRegister states, OrganisationDirectory organisations, MeetingPlanner meetings,
            SponsorshipLedger ledger, Clock clock) {
        this.contributions = contributions;
        this.applications = applications;
        this.states = states;
        this.organisations = organisations;
        this.meetings = meetings;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A contribution as the ISU enters it; the donor is a State (ISO3) or an organisation (its id). */
    public record ContributionDetails(String donorIso3, Long donorOrganisationId, int year, Money amount,
            LocalDate receivedOn, String reference, String note) {}

    /** An application as a State's focal point (or the ISU) enters it. */
    public record ApplicationDetails(Long meetingId, String stateIso3, String delegateName, String delegateFunction,
            Money travel, Money dsa) {}

    /** Which applications a list shows; any part may be null. */
    public record ApplicationFilter(Long meetingId, Integer year, ApplicationStatus status) {}

    // contributions

    @Transactional
    public SponsorshipContribution contribute(ContributionDetails details, CurrentUser user) {
        isu(user);
        return contributeOnBehalf(details, user.getUsername());
    }

    @Transactional
    public SponsorshipContribution contributeOnBehalf(ContributionDetails details, String by) {
        ProgrammeDonor donor = donor(details.donorIso3(), details.donorOrganisationId());
        if (details.reference() != null && contributions.existsByReferenceIgnoreCase(details.reference().strip())) {
            throw new RuleViolation("reference", "sponsorship.duplicateReference", details.reference().strip());
        }
        return contributions.save(new SponsorshipContribution(donor, details.year(), details.amount(),
                details.receivedOn(), details.reference(), details.note(), by, today()));
    }

    // applications

    @Transactional
    public SponsorshipApplication submit(ApplicationDetails details, CurrentUser user) {
        if (user == null || !(user.isIsuAdmin() || user.has(Role.FOCAL_POINT))) {
            throw new AccessDeniedException("Only a State's focal point and the ISU submit applications");
        }
        State state = state(details.stateIso3());
        if (!user.isIsuAdmin() && !user.actsForState(state.id())) {
            throw new AccessDeniedException("A focal point submits applications for its own State only");
        }
        return submitOnBehalf(details, today(), user.getUsername());
    }

    @Transactional
    public SponsorshipApplication submitOnBehalf(ApplicationDetails details, LocalDate submittedOn, String by) {
        return applications.save(new SponsorshipApplication(meeting(details.meetingId()),
                state(details.stateIso3()), details.delegateName(), details.delegateFunction(), details.travel(),
                details.dsa(), submittedOn, by));
    }

    @Transactional
    public SponsorshipApplication select(long id, long version, CurrentUser user) {
        isu(user);
        return selectOnBehalf(current(id, version), today(), user.getUsername());
    }

    @Transactional
    public SponsorshipApplication selectOnBehalf(SponsorshipApplication application, LocalDate on, String by) {
        application.select(available(application.year()), by, on);
        return application;
    }

    @Transactional
    public SponsorshipApplication decline(long id, long version, String reasons, CurrentUser user) {
        isu(user);
        SponsorshipApplication application = current(id, version);
        application.decline(reasons, user.getUsername(), today());
        return application;
    }

    @Transactional
    public SponsorshipApplication declineOnBehalf(SponsorshipApplication application, String reasons, LocalDate on,
            String by) {
        application.decline(reasons, by, on);
        return application;
    }

    @Transactional
    public SponsorshipApplication recordCosts(long id, long version, Money travel, Money dsa, CurrentUser user) {
        isu(user);
        return recordCostsOnBehalf(current(id, version), travel, dsa, today(), user.getUsername());
    }

    @Transactional
    public SponsorshipApplication recordCostsOnBehalf(SponsorshipApplication application, Money travel, Money dsa,
            LocalDate on, String by) {
        application.recordCosts(travel, dsa, available(application.year()), by, on);
        return application;
    }

    @Transactional
    public SponsorshipApplication withdraw(long id, long version, CurrentUser user) {
        SponsorshipApplication application = get(id);
        if (!application.isSeenBy(user)) {
            throw new AccessDeniedException("Only the State's focal point and the ISU withdraw an application");
        }
        StaleEditException.check(version, application.version());
        application.withdraw(user.getUsername(), today());
        return application;
    }

    @Transactional
    public SponsorshipApplication withdrawOnBehalf(SponsorshipApplication application, LocalDate on, String by) {
        application.withdraw(by, on);
        return application;
    }

    /** One application, for the ISU or the State's own focal point. */
    public SponsorshipApplication application(long id, CurrentUser user) {
        SponsorshipApplication application = get(id);
        if (!application.isSeenBy(user)) {
            throw new AccessDeniedException("Only the State's focal point and the ISU read an application");
        }
        return application;
    }

    /** The applications the reader keeps: all for the ISU, its own State's for a focal point. */
    public Page<SponsorshipApplication> applications(ApplicationFilter filter, CurrentUser user, Pageable pageable) {
        if (user == null || !(user.isIsuAdmin() || (user.has(Role.FOCAL_POINT) && user.stateId() != null))) {
            throw new AccessDeniedException("Only focal points and the ISU read applications");
        }
        return applications.list(user.isIsuAdmin() ? null : user.stateId(), filter.meetingId(), filter.year(),
                filter.status(), pageable);
    }

    /** What the programme may still allocate in a year. */
    public Money available(int year) {
        return ledger.carriedInto(year).plus(Sponsorship.francs(contributions.totalOf(year)))
                .minus(Sponsorship.francs(applications.costOf(year)));
    }

    /** The meetings an application may be for: public formal meetings, newest first. */
    public List<Meeting> sponsoredMeetings() {
        return meetings.list(new MeetingFilter(Sponsorship.BODIES, null, null), null, PageRequest.of(0, 100))
                .getContent();
    }

    public boolean maySubmit(CurrentUser user) {
        return user != null && (user.isIsuAdmin() || (user.has(Role.FOCAL_POINT) && user.stateId() != null));
    }

    /** The States a reader may submit for: all for the ISU, its own for a focal point. */
    public List<State> statesFor(CurrentUser user) {
        if (user == null) {
            return List.of();
        }
        if (user.isIsuAdmin()) {
            return states.all();
        }
        return user.stateId() == null ? List.of() : states.find(user.stateId()).map(List::of).orElse(List.of());
    }

    // reports

    public LocalDate today() {
        return LocalDate.now(clock);
    }



    private SponsorshipApplication get(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("SponsorshipApplication", id));
    }

    private SponsorshipApplication current(long id, long version) {
        SponsorshipApplication application = get(id);
        StaleEditException.check(version, application.version());
        return application;
    }

    private Meeting meeting(Long id) {
        if (id == null) {
            throw new RuleViolation("meetingId", "validation.required");
        }
        return meetings.byIds(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new RuleViolation("meetingId", "sponsorship.unknownMeeting", String.valueOf(id)));
    }

    private State state(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            throw new RuleViolation("state", "validation.required");
        }
        return states.find(iso3.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new RuleViolation("state", "state.unknown", iso3));
    }

    private ProgrammeDonor donor(String iso3, Long organisationId) {
        if (iso3 != null && !iso3.isBlank()) {
            return new ProgrammeDonor(states.find(iso3.strip().toUpperCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new RuleViolation("donorState", "state.unknown", iso3)), null);
        }
        if (organisationId != null) {
            return new ProgrammeDonor(null, organisations.find(organisationId)
                    .orElseThrow(() -> new RuleViolation("donorState", "donor.unknown", organisationId)));
        }
        throw new RuleViolation("donorState", "sponsorship.donorRequired");
    }

    private static void isu(CurrentUser user) {
        if (user == null || !user.isIsuAdmin()) {
            throw new AccessDeniedException("Only the ISU acts on the programme's money");
        }
    }
}
