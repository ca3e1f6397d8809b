package org.ccmplatform.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmplatform.actionplan.ProgressReport.ActionLine;
import org.ccmplatform.actionplan.ProgressReport.IndicatorLine;
import org.ccmplatform.actionplan.ProgressReport.ThemeSection;
import org.ccmplatform.governance.Theme;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the action plans: which plan was in force on a day, and its progress on that day with every
 * indicator computed from the platform's records. A day before the first plan began, or after today, is refused.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanDesk {

    private final ActionPlans plans;
    private final PlanActions actions;
    private final PlanIndicators indicators;
    private final PlanFactsReader facts;
    private final Clock clock;

    ActionPlanDesk(ActionPlans plans, PlanActions actions, PlanIndicators indicators, PlanFactsReader facts,
            Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.indicators = indicators;
        this.facts = facts;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day typed in a form or a URL (YYYY-MM-DD), today when empty; refused when malformed or out of range. */
    public LocalDate day(String text) {
        LocalDate day;
        if (text == null || text.isBlank()) {
            day = today();
        } else {
            try {
                day = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new RuleViolation("asOf", "validation.date", text.strip());
            }
        }
        planOn(day);
        return day;
    }

    /** The progress of the plan in force on a day, in a language. */
    public ProgressReport report(LocalDate day, Locale locale) {
        ActionPlan plan = planOn(day);
        Map<IndicatorCode, Figure> figures = Indicators.of(facts.on(day));
        Map<Long, List<PlanIndicator>> byAction = indicators.ofPlan(plan).stream()
                .collect(Collectors.groupingBy(i -> i.action().id()));
        Map<Theme, List<ActionLine>> byTheme = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            byTheme.put(theme, new java.util.ArrayList<>());
        }
        for (PlanAction action : actions.ofPlan(plan)) {
            byTheme.get(action.theme()).add(new ActionLine(action.actionNo(), action.summary(locale),
                    byAction.getOrDefault(action.id(), List.of()).stream()
                            .sorted(Comparator.comparingInt(PlanIndicator::sequenceNo))
                            .map(i -> line(i, figures.get(i.code())))
                            .toList()));
        }
        return new ProgressReport(plan.code(), plan.name(locale), plan.startsOn(), plan.endsOn(), plan.adoptedBy(),
                day, day.isAfter(plan.endsOn()), byTheme.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .map(e -> new ThemeSection(e.getKey(), List.copyOf(e.getValue())))
                        .toList());
    }

    private static IndicatorLine line(PlanIndicator indicator, Figure figure) {
        IndicatorCode code = indicator.code();
        return new IndicatorLine(code.name(), figure.value(), figure.outOf(), figure.yearCovered(),
                indicator.targetFor(figure.outOf()), indicator.targetBy(), code.messageKey(), code.source());
    }

    /**
     * The plan whose period holds the day; after the latest plan's end, that plan (the report says it is over).
     * Refuses a day before the first plan began and a day after today, whose figures cannot be known.
     */
    ActionPlan planOn(LocalDate day) {
        List<ActionPlan> all = plans.findAllByOrderByStartsOnAsc();
        if (day.isAfter(today())) {
            throw new RuleViolation("asOf", "actionplan.asOf.future", today().toString());
        }
        return planFor(all, day).orElseThrow(() -> new RuleViolation("asOf", "actionplan.asOf.beforeFirstPlan",
                all.stream().map(ActionPlan::startsOn).min(Comparator.naturalOrder()).map(LocalDate::toString)
                        .orElse("")));
    }

    /** The plan whose period holds the day, else the latest begun before it; none before the first began. */
    static java.util.Optional<ActionPlan> planFor(List<ActionPlan> all, LocalDate day) {
        return all.stream().filter(p -> p.isInForceOn(day)).findFirst()
                .or(() -> all.stream().filter(p -> !p.startsOn().isAfter(day))
                        .max(Comparator.comparing(ActionPlan::startsOn)));
    }
}
