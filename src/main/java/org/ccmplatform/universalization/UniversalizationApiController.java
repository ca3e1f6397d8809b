package org.ccmplatform.universalization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.PageResponse;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The States not party for the Monitor and scripts: public, read-only. A State's engagement log is given as the
 * caller may read it: nothing to an anonymous caller, confidential entries only to the ISU, the Presidency and the
 * coordinators of universalization.
 */
@RestController
@RequestMapping("/api/v1/universalization")
@Tag(name = "Universalization", description = "States not party, their category, votes and the engagement with them")
class UniversalizationApiController {

    private final UniversalizationBoard board;
    private final UniversalizationDesk desk;

    UniversalizationApiController(UniversalizationBoard board, UniversalizationDesk desk) {
        this.board = board;
        this.desk = desk;
    }

    record StateResponse(String iso3, String name, UnRegion region, Category category, boolean signed,
            LocalDate signatureDate, boolean producer, boolean holder, Map<Integer, Vote> votes) {

        static StateResponse of(NotPartyRow r, Language language) {
            return new StateResponse(r.state().iso3(), r.state().name(language), r.state().region(), r.category(),
                    r.signed(), r.signatureDate(), r.producer(), r.holder(), r.votes().stream()
                            .collect(Collectors.toMap(UngaVote::year, UngaVote::vote, (a, b) -> a, TreeMap::new)));
        }
    }

    record EngagementResponse(long id, LocalDate date, EngagementKind kind, Engager by, String byState,
            String byOrganisation, String byName, String what, String outcome, boolean confidential) {

        static EngagementResponse of(Engagement e) {
            return new EngagementResponse(e.id(), e.day(), e.kind(), e.engager(),
                    e.engagerState() == null ? null : e.engagerState().iso3(),
                    e.engagerOrganisation() == null ? null : e.engagerOrganisation().name(), e.engagerName(),
                    e.what(), e.outcome(), e.confidential());
        }
    }

    record StateDetailResponse(String iso3, String name, UnRegion region, boolean stateParty, Category category,
            boolean signed, LocalDate signatureDate, boolean producer, boolean holder, String note, String source,
            Map<Integer, Vote> votes, List<EngagementResponse> engagements) {}

    @GetMapping("/states")
    @Operation(summary = "The States not party to the Convention (signatories included), by name",
            description = "Each with its category (ADMINISTRATIVE, POLITICAL_AND_SECURITY or NOT_ASSESSED), whether it "
                    + "signed, whether it is known to produce or hold cluster munitions, and its vote on the General "
                    + "Assembly's resolution on the Convention by year.")
    PageResponse<StateResponse> states(
            @Parameter(description = "ADMINISTRATIVE, POLITICAL_AND_SECURITY or NOT_ASSESSED")
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
        if (page < 0 || size < 1 || size > 200) {
            throw new RuleViolation("size", "validation.range", 1, 200);
        }
        Language language = Language.of(locale);
        return PageResponse.of(board.notParty(category(category), language, PageRequest.of(page, size)),
                r -> StateResponse.of(r, language));
    }

    @GetMapping("/states/{iso3}")
    @Operation(summary = "One State's universalization record and its engagement log as the caller may read it",
            description = "Any State of the register (a State Party too). The log is empty for anonymous callers; "
                    + "confidential entries appear only for the ISU, the Presidency and the coordinators of "
                    + "universalization.")
    StateDetailResponse state(@PathVariable String iso3, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        Language language = Language.of(locale);
        NotPartyRow r = board.row(iso3);
        StateResponse s = StateResponse.of(r, language);
        return new StateDetailResponse(s.iso3(), s.name(), s.region(), board.isParty(r), s.category(), s.signed(),
                s.signatureDate(), s.producer(), s.holder(), r.profile() == null ? null : r.profile().note(),
                r.profile() == null ? null : r.profile().source(), s.votes(),
                desk.log(r.state().iso3(), user).stream().map(EngagementResponse::of).toList());
    }

    private static Category category(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("category", "validation.oneOf", text,
                    Arrays.stream(Category.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
