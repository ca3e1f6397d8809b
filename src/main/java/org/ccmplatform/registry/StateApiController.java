package org.ccmplatform.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.PageResponse;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register for scripts and the Monitor: States, their participation in each treaty, and the treaties. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "States and treaties", description = "Public: every State and its participation in each treaty")
class StateApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final StateRegister register;
    private final StateFilterParser filters;

    StateApiController(StateRegister register, StateFilterParser filters) {
        this.register = register;
        this.filters = filters;
    }

    /** A State as the API shows it; {@code name} is in the language asked for (Accept-Language or ?lang=). */
    record StateResponse(String iso3, String iso2, String name, UnRegion region, UnMembership unMembership,
            List<ParticipationResponse> participations) {

        static StateResponse of(StateProfile profile, Language language) {
            State s = profile.state();
            return new StateResponse(s.iso3(), s.iso2(), s.name(language), s.region(), s.unMembership(),
                    profile.standings().stream()
                            .filter(t -> t.participation() != null)
                            .map(ParticipationResponse::of)
                            .toList());
        }
    }

    /** A State's standing under one treaty; entry into force is computed by the treaty's rules. */
    record ParticipationResponse(String treaty, ParticipationStatus status, LocalDate signatureDate,
            LocalDate depositDate, DepositType depositType, LocalDate entryIntoForce, LocalDate withdrawalNotified,
            LocalDate withdrawalEffective, String source) {

        static ParticipationResponse of(StateProfile.TreatyStanding standing) {
            Participation p = standing.participation();
            return new ParticipationResponse(standing.treaty().code(), standing.status(), p.signatureDate(),
                    p.depositDate(), p.depositType(), p.entryIntoForce(), p.withdrawalNotified(),
                    p.withdrawalEffective(), p.source());
        }
    }

    record TreatyResponse(String code, LocalDate adoptedOn, LocalDate openedForSignatureOn,
            LocalDate entryIntoForce, EntryIntoForceRule entryIntoForceRule, int withdrawalNoticeMonths) {}

    @GetMapping("/states")
    @Operation(summary = "States, paged and filtered",
            description = "status needs a treaty; without one it means the CCM. Sorted by name in the language.")
    PageResponse<StateResponse> states(
            @Parameter(description = "Treaty code: CCM, APMBC, CCW_P5") @RequestParam(required = false) String treaty,
            @Parameter(description = "STATE_PARTY, SIGNATORY or NOT_PARTY") @RequestParam(required = false)
                    String status,
            @Parameter(description = "AFRICA, AMERICAS, ASIA, EUROPE or OCEANIA") @RequestParam(required = false)
                    String region,
            @Parameter(description = "Part of the name, in the language asked for") @RequestParam(required = false)
                    String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        if (page < 0) {
            throw new RuleViolation("page", "validation.min", 0);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolation("size", "validation.range", 1, MAX_PAGE_SIZE);
        }
        StateFilter filter = filters.parse(treaty, status, region, q);
        Language language = Language.of(locale);
        return PageResponse.of(register.listProfiles(filter, language, PageRequest.of(page, size)),
                profile -> StateResponse.of(profile, language));
    }

    @GetMapping("/states/{iso3}")
    @Operation(summary = "One State by its ISO 3166-1 alpha-3 code")
    StateResponse state(@PathVariable String iso3, Locale locale) {
        if (!IsoCodes.isWellFormedAlpha3(IsoCodes.normalise(iso3))) {
            throw new RuleViolation("iso3", "state.iso3.malformed", iso3);
        }
        StateProfile profile = register.find(iso3).map(s -> register.profile(s.iso3()))
                .orElseThrow(() -> new NotFoundException("State", iso3));
        return StateResponse.of(profile, Language.of(locale));
    }

    @GetMapping("/treaties")
    @Operation(summary = "The treaties the platform carries, with their rules for entry into force")
    List<TreatyResponse> treaties() {
        return register.treaties().stream()
                .map(t -> new TreatyResponse(t.code(), t.adoptedOn(), t.openedForSignatureOn(), t.entryIntoForce(),
                        t.entryIntoForceRuleOf(), t.withdrawalNoticeMonths()))
                .toList();
    }
}
