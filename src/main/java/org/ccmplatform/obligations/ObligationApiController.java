package org.ccmplatform.obligations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.PageResponse;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Obligations and overdue transparency reports for the Monitor and scripts: public, read-only. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Obligations", description = "Deadlines computed from the register and the extensions granted")
class ObligationApiController {

    private final ObligationLedger ledger;
    private final TransparencyDesk transparency;
    private final StateRegister register;

    ObligationApiController(ObligationLedger ledger, TransparencyDesk transparency, StateRegister register) {
        this.ledger = ledger;
        this.transparency = transparency;
        this.register = register;
    }

    record ExtensionResponse(LocalDate requestedDeadline, LocalDate grantedDeadline, LocalDate decidedAt,
            String meeting) {}

    record ObligationResponse(long id, String state, int article, String basis, LocalDate startDate,
            LocalDate originalDeadline, LocalDate currentDeadline, List<ExtensionResponse> extensions,
            ObligationStatus status, LocalDate completedOn, LocalDate projectedCompletion, String projectionBasis) {

        static ObligationResponse of(ObligationView v) {
            Obligation o = v.obligation();
            return new ObligationResponse(o.id(), o.state().iso3(), o.article().number(), o.basis(), v.startDate(),
                    v.originalDeadline(), v.currentDeadline(),
                    v.extensions().stream().map(e -> new ExtensionResponse(e.requestedDeadline(), e.grantedDeadline(),
                            e.decidedOn(), e.decidedBy())).toList(),
                    v.status(), o.completedOn(), v.projection().projectedCompletion(), v.projection().basis());
        }
    }

    record OverdueResponse(String state, ReportKind type, Integer yearCovered, LocalDate dueDate) {}

    @GetMapping("/obligations")
    @Operation(summary = "Obligations of the States Parties, by article, State and status",
            description = "Status: ON_TRACK, AT_RISK (projected after the deadline or stalled), OVERDUE, COMPLETED, "
                    + "NO_DEADLINE. The projection divides what remains by the mean of the last three reported years.")
    PageResponse<ObligationResponse> obligations(
            @Parameter(description = "3, 4, 5, 7 or 9") @RequestParam(required = false) String article,
            @Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false) String state,
            @RequestParam(required = false) String status, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new RuleViolation("size", "validation.range", 1, 500);
        }
        ObligationFilter filter = ObligationQuery.filter(article, state, status, region);
        if (filter.stateIso3() != null && register.find(filter.stateIso3()).isEmpty()) {
            throw new RuleViolation("state", "state.unknown", state);
        }
        return PageResponse.of(ledger.list(filter, Locale.ENGLISH, PageRequest.of(page, size)),
                ObligationResponse::of);
    }

    @GetMapping("/obligations/{id}")
    @Operation(summary = "One obligation")
    ObligationResponse obligation(@PathVariable long id) {
        return ObligationResponse.of(ledger.view(id));
    }

    @GetMapping("/transparency-reports/overdue")
    @Operation(summary = "Transparency reports overdue on a day (today by default)",
            description = "A bounded list: every State Party's initial report and annual reports due before the day "
                    + "and not received by it.")
    List<OverdueResponse> overdue(@Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String asOf) {
        LocalDate day = ObligationQuery.day(asOf, ledger.today());
        return transparency.overdue(day).stream()
                .map(o -> new OverdueResponse(o.state().iso3(), o.kind(), o.yearCovered(), o.dueDate()))
                .toList();
    }
}
