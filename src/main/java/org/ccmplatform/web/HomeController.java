package org.ccmplatform.web;

import org.ccmplatform.registry.ParticipationStatus;
import org.ccmplatform.registry.StateFilter;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.registry.Treaty;
import org.ccmplatform.shared.Language;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page: what the platform is, and where the Convention stands today. */
@Controller
class HomeController {

    static final String VIEW = "web/home";

    private final StateRegister register;

    HomeController(StateRegister register) {
        this.register = register;
    }

    @GetMapping("/")
    String home(Model model) {
        Treaty ccm = register.ccm();
        model.addAttribute("today", register.today());
        model.addAttribute("statesParties", count(ccm, ParticipationStatus.STATE_PARTY));
        model.addAttribute("signatories", count(ccm, ParticipationStatus.SIGNATORY));
        model.addAttribute("entryIntoForce", ccm.entryIntoForce());
        return VIEW;
    }

    private long count(Treaty treaty, ParticipationStatus status) {
        return register.list(new StateFilter(treaty, status, null, null), Language.EN, PageRequest.of(0, 1))
                .getTotalElements();
    }

}
