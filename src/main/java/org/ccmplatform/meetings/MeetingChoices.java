package org.ccmplatform.meetings;

import java.util.List;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the forms on a meeting's page offer to choose from: delegations, people, owners, later meetings. */
@Component
class MeetingChoices {

    /** Where the bodies usually meet; any other IANA zone can be typed. */
    static final List<String> TIME_ZONES = List.of("Europe/Zurich", "UTC", "Europe/Berlin", "Europe/Podgorica",
            "Asia/Beirut", "Asia/Vientiane", "Africa/Gaborone", "Africa/Lusaka", "America/New_York",
            "America/Santiago", "Asia/Bangkok", "Australia/Sydney");

    private final MeetingPlanner planner;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final AccountService accounts;

    MeetingChoices(MeetingPlanner planner, StateRegister states, OrganisationDirectory organisations,
            AccountService accounts) {
        this.planner = planner;
        this.states = states;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    void fill(Model model, Meeting meeting) {
        model.addAttribute("meetingStatuses", MeetingStatus.values());
        model.addAttribute("roles", DelegationRole.values());
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("statuses", ActionPointStatus.values());
        model.addAttribute("laterMeetings", planner.laterMeetings(meeting));
        model.addAttribute("awaitingApproval", planner.minutesAwaitingApproval(meeting));
        model.addAttribute("states", states.all());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("people", accounts.directory());
    }
}
