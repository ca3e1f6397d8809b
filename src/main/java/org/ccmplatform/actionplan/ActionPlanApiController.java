package org.ccmplatform.actionplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.governance.Theme;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The action plan in force on a day and its indicators, computed from the platform's records: public, read-only. */
@RestController
@RequestMapping("/api/v1/action-plan")
@Tag(name = "Action plan", description = "The action plan in force and its indicators, computed as at a day")
class ActionPlanApiController {

    private final ActionPlanDesk desk;

    ActionPlanApiController(ActionPlanDesk desk) {
        this.desk = desk;
    }

    record PlanResponse(String code, String name, LocalDate startsOn, LocalDate endsOn, String adoptedBy,
            boolean over) {}

    record IndicatorResponse(String code, Theme theme, String action, long value, Long outOf, Integer yearCovered,
            Long target, LocalDate targetBy, LocalDate asOf) {}

    record IndicatorsResponse(LocalDate asOf, PlanResponse plan, List<IndicatorResponse> indicators) {}

    @GetMapping("/indicators")
    @Operation(summary = "The indicators of the action plan in force on a day (today by default)",
            description = "Each indicator counts States (or, for Articles 3 and 4, obligations) from the platform's "
                    + "records as at the day: value, what it is out of (null for a plain count), the plan's target "
                    + "where it sets one. States Parties are those that had deposited and whose withdrawal had not "
                    + "taken effect. A day before the first plan began, after today, or malformed is a 400 problem.")
    @ApiResponse(responseCode = "400", description = "A malformed day, or one outside the action plans' time")
    IndicatorsResponse indicators(
            @Parameter(description = "YYYY-MM-DD, not before 2016-01-01 nor after today")
            @RequestParam(required = false) String asOf) {
        LocalDate day = desk.day(asOf);
        ProgressReport report = desk.report(day, Locale.ENGLISH);
        return new IndicatorsResponse(day, new PlanResponse(report.planCode(), report.planName(), report.planStarts(),
                report.planEnds(), report.adoptedBy(), report.planOver()),
                report.themes().stream().flatMap(t -> t.actions().stream().flatMap(a -> a.indicators().stream()
                        .map(i -> new IndicatorResponse(i.code(), t.theme(), a.number(), i.value(), i.outOf(),
                                i.yearCovered(), i.target(), i.targetBy(), day))))
                        .toList());
    }
}
