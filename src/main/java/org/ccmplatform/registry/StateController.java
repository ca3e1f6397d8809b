package org.ccmplatform.registry;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.Locale;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public States pages: the list with its filters, and one State with its participation in each treaty. */
@Controller
@RequestMapping("/states")
class StateController {

    static final String LIST_VIEW = "registry/states";
    static final String RESULTS_FRAGMENT = "registry/states :: results";
    static final String STATE_VIEW = "registry/state";
    static final int PAGE_SIZE = 25;

    private final StateRegister register;
    private final StateFilterParser filters;

    StateController(StateRegister register, StateFilterParser filters) {
        this.register = register;
        this.filters = filters;
    }

    @GetMapping
    String list(@RequestParam(required = false) String treaty, @RequestParam(required = false) String status,
            @RequestParam(required = false) String region, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        fillList(treaty, status, region, q, page, locale, model);
        return LIST_VIEW;
    }

    @HxRequest
    @GetMapping
    String results(@RequestParam(required = false) String treaty, @RequestParam(required = false) String status,
            @RequestParam(required = false) String region, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        fillList(treaty, status, region, q, page, locale, model);
        return RESULTS_FRAGMENT;
    }

    private void fillList(String treaty, String status, String region, String q, int page, Locale locale,
            Model model) {
        StateFilter filter;
        try {
            filter = filters.parse(treaty, status, region, q);
        } catch (RuleViolation bad) {
            model.addAttribute("filterProblem", bad);
            filter = new StateFilter(null, null, null, null);
        }
        Treaty shown = filter.treaty() != null ? filter.treaty() : register.ccm();
        Page<StateRow> rows = register.list(filter, Language.of(locale), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("shownTreaty", shown);
        model.addAttribute("treaties", register.treaties());
        model.addAttribute("statuses", ParticipationStatus.values());
        model.addAttribute("regions", UnRegion.values());
        model.addAttribute("q", filter.query() == null ? "" : filter.query());
    }

    @GetMapping("/{iso3}")
    String show(@PathVariable String iso3, Model model) {
        model.addAttribute("profile", register.profile(iso3));
        return STATE_VIEW;
    }
}
