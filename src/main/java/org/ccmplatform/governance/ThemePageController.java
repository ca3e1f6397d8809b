package org.ccmplatform.governance;

import org.ccmplatform.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A theme's public page: every term's published plan, its executive summary first, then its final version. */
@Controller
class ThemePageController {

    static final String THEME_VIEW = "governance/theme";
    static final String THEMES_VIEW = "governance/themes";

    private final PlanDesk plans;

    ThemePageController(PlanDesk plans) {
        this.plans = plans;
    }

    @GetMapping("/themes")
    String themes(Model model) {
        model.addAttribute("themes", Theme.values());
        return THEMES_VIEW;
    }

    @GetMapping("/themes/{slug}")
    String theme(@PathVariable String slug, Model model) {
        Theme theme = Theme.ofSlug(slug).orElseThrow(() -> new NotFoundException("Theme", slug));
        model.addAttribute("theme", theme);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("published", plans.publishedPlans(theme));
        return THEME_VIEW;
    }
}
