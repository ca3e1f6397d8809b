package org.ccmplatform.assistance;

import java.util.Locale;
import org.ccmplatform.coalitions.Coalition;
import org.ccmplatform.coalitions.CoalitionRegister;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Funding gaps: the page with every gap by State, theme, year and need; and the funding of one State or one
 * coalition, which their pages load as a fragment (or link to, without script).
 */
@Controller
@RequestMapping("/assistance")
class FundingGapController {

    static final String VIEW = "assistance/gaps";
    static final String FUNDING_FRAGMENT = "assistance/funding :: funding";
    static final String FUNDING_PAGE = "assistance/funding-page";
    static final int NEEDS_SHOWN = 50;

    private final FundingGaps gaps;
    private final StateRegister states;
    private final CoalitionRegister coalitions;
    private final MessageSource messages;

    FundingGapController(FundingGaps gaps, StateRegister states, CoalitionRegister coalitions,
            MessageSource messages) {
        this.gaps = gaps;
        this.states = states;
        this.coalitions = coalitions;
        this.messages = messages;
    }

    @GetMapping("/gaps")
    String gaps(@RequestParam(required = false) String state, @RequestParam(required = false) String year,
            @RequestParam(required = false) Long coalition, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String asOf, @AuthenticationPrincipal CurrentUser user, Locale locale,
            Model model) {
        GapQuery query = new GapQuery(AssistanceParams.text(state), coalition, AssistanceParams.year(year),
                AssistanceParams.text(currency), AssistanceParams.day(asOf));
        GapReport report = gaps.report(query, Reader.of(user));
        model.addAttribute("report", report);
        model.addAttribute("query", query);
        model.addAttribute("chart", chart(report, locale));
        model.addAttribute("currencies", gaps.ratesOn(report.ratesOn()).currencies());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("needsShown", NEEDS_SHOWN);
        return VIEW;
    }

    @GetMapping("/states/{iso3}/funding")
    String stateFunding(@PathVariable String iso3, @RequestParam(required = false) String currency,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        State state = states.get(iso3);
        GapReport report = gaps.report(new GapQuery(state.iso3(), null, null, AssistanceParams.text(currency), null),
                Reader.of(user));
        model.addAttribute("fundingOf", state.name(locale));
        model.addAttribute("gapsLink", "/assistance/gaps?state=" + state.iso3());
        model.addAttribute("back", "/obligations/states/" + state.iso3());
        return funding(report, htmx, locale, model);
    }

    @GetMapping("/coalitions/{id}/funding")
    String coalitionFunding(@PathVariable long id, @RequestParam(required = false) String currency,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Coalition coalition = coalitions.get(id);
        GapReport report = gaps.report(new GapQuery(null, coalition.id(), null, AssistanceParams.text(currency), null),
                Reader.of(user));
        model.addAttribute("fundingOf", coalition.name());
        model.addAttribute("gapsLink", "/assistance/gaps?coalition=" + coalition.id());
        model.addAttribute("back", "/coalitions/" + coalition.id());
        return funding(report, htmx, locale, model);
    }

    private String funding(GapReport report, String htmx, Locale locale, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("chart", chart(report, locale));
        return "true".equals(htmx) ? FUNDING_FRAGMENT : FUNDING_PAGE;
    }

    private String chart(GapReport report, Locale locale) {
        return FundingChart.svg(report.years(), report.currency(), new FundingChart.Labels(
                messages.getMessage("gaps.chart.description", new Object[] {report.currency()}, locale),
                messages.getMessage("gaps.cost", null, locale),
                messages.getMessage("gaps.committed", null, locale)), locale);
    }
}
