package org.ccmplatform.coalitions;

import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the coalition forms offer to choose from. */
@Component
class CoalitionChoices {

    private final StateRegister states;
    private final OrganisationDirectory organisations;

    CoalitionChoices(StateRegister states, OrganisationDirectory organisations) {
        this.states = states;
        this.organisations = organisations;
    }

    void fillForm(Model model) {
        model.addAttribute("states", states.all());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("statuses", CoalitionStatus.values());
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("obligationChoices", CoveredObligation.values());
    }

    void fill(Model model) {
        fillForm(model);
        model.addAttribute("roles", CoalitionRole.values());
        model.addAttribute("meetingBodies", new MeetingBody[] {MeetingBody.COALITION_MEETING,
            MeetingBody.TECHNICAL_WORKING_GROUP});
        model.addAttribute("languages", Language.values());
        model.addAttribute("pointStatuses", org.ccmplatform.meetings.ActionPointStatus.values());
    }
}
