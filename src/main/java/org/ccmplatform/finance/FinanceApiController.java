package org.ccmplatform.finance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who contributed to the ISU and how much, per year: public, like the transparency page. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "ISU finance", description = "Contributions to the ISU Trust Fund, per State and year, in CHF")
class FinanceApiController {

    private final Treasury treasury;

    FinanceApiController(Treasury treasury) {
        this.treasury = treasury;
    }

    record SummaryResponse(int year, long statesParties, long statesContributed, Map<String, BigDecimal> byCategory,
            BigDecimal budget, BigDecimal received, BigDecimal deficit, String currency) {}

    record ContributionResponse(String state, BigDecimal invoiced, BigDecimal paid, BigDecimal outstanding,
            Map<String, BigDecimal> byCategory) {}

    @GetMapping("/finance/summary")
    @Operation(summary = "A budget year's picture, computed from the payments recorded",
            description = "statesParties at the end of the year (today within it), statesContributed, byCategory "
                    + "(the contribution categories, plus 'credit' and 'voluntary' where any), budget, received and "
                    + "deficit (budget minus received, not below zero), in CHF.")
    SummaryResponse summary(@Parameter(description = "YYYY") @RequestParam String year) {
        YearSummary s = treasury.summary(FinanceParams.year(year));
        return new SummaryResponse(s.year(), s.statesParties(), s.statesContributed(), s.byCategory(), s.budget(),
                s.received(), s.deficit(), IsuBudget.CURRENCY);
    }

    @GetMapping("/contributions")
    @Operation(summary = "Contributions per State for a year: invoiced, paid, outstanding and per category, in CHF")
    List<ContributionResponse> contributions(@Parameter(description = "YYYY") @RequestParam String year) {
        return treasury.summary(FinanceParams.year(year)).contributions().stream()
                .map(c -> new ContributionResponse(c.state().iso3(), c.invoiced(), c.paid(), c.outstanding(),
                        c.byCategory()))
                .toList();
    }
}
