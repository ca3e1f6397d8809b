package org.ccmplatform.sponsorship;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Money;
import org.ccmplatform.sponsorship.SponsorshipReports.MeetingLine;
import org.ccmplatform.sponsorship.SponsorshipReports.MeetingReport;
import org.ccmplatform.sponsorship.SponsorshipReports.YearReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Sponsorship Programme's public figures: per year and per meeting, counts and States only, never names. */
@RestController
@RequestMapping("/api/v1/sponsorship")
@Tag(name = "Sponsorship", description = "The Sponsorship Programme: contributions, delegates sponsored, costs")
class SponsorshipApiController {

    private final SponsorshipLedger ledger;

    SponsorshipApiController(SponsorshipLedger ledger) {
        this.ledger = ledger;
    }

    record Amount(BigDecimal amount, String currency) {

        static Amount of(Money money) {
            return new Amount(money.amount(), money.currency());
        }
    }

    record ContributionResponse(String donor, Amount amount, LocalDate receivedOn) {}

    record MeetingSummary(long meetingId, String title, MeetingBody body, LocalDate date, int delegates, int states,
            Amount allocated, Amount actual, Amount cost) {

        static MeetingSummary of(MeetingLine m) {
            return new MeetingSummary(m.meeting().id(), m.meeting().title(), m.meeting().body(), m.meeting().day(),
                    m.delegates(), m.states(), Amount.of(m.allocated()), Amount.of(m.actual()), Amount.of(m.cost()));
        }
    }

    record YearResponse(int year, Amount carriedIn, Amount contributions, int donors,
            List<ContributionResponse> contributionsReceived, int delegates, int states, Amount allocated,
            Amount actual, Amount cost, Amount balance, List<MeetingSummary> meetings) {}

    record MeetingResponse(long meetingId, String title, MeetingBody body, LocalDate date, int delegates, int states,
            List<String> statesRepresented, Amount allocated, Amount actual, Amount cost) {}

    @GetMapping("/years/{year}")
    @Operation(summary = "A year of the Sponsorship Programme",
            description = "Contributions and donors, delegates sponsored and the States they represent, the cost "
                    + "(actual where recorded, allocated otherwise) and the balance carried out. No delegate's name.")
    YearResponse year(@PathVariable int year) {
        YearReport r = ledger.yearReport(year);
        return new YearResponse(r.year(), Amount.of(r.carriedIn()), Amount.of(r.contributed()), r.donors(),
                r.contributions().stream().map(c -> new ContributionResponse(c.donor().code(),
                        Amount.of(c.amount()), c.receivedOn())).toList(),
                r.delegates(), r.states(), Amount.of(r.allocated()), Amount.of(r.actual()), Amount.of(r.cost()),
                Amount.of(r.balance()), r.meetings().stream().map(MeetingSummary::of).toList());
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "The delegates sponsored to a public meeting",
            description = "How many delegates, from which States (ISO 3166-1 alpha-3), and what they cost. No names.")
    MeetingResponse meeting(@PathVariable long id) {
        MeetingReport r = ledger.meetingReport(id, null);
        return new MeetingResponse(r.meeting().id(), r.meeting().title(), r.meeting().body(), r.meeting().day(),
                r.delegates(), r.stateCount(), r.states().stream().map(State::iso3).toList(),
                Amount.of(r.allocated()), Amount.of(r.actual()), Amount.of(r.cost()));
    }
}
