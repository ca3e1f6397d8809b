package org.ccmplatform.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.ccmplatform.shared.PageResponse;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisations (public) and contacts (signed-in users only) for scripts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations and contacts")
class DirectoryApiController {

    private final OrganisationDirectory organisations;
    private final ContactDirectory contacts;
    private final StateRegister register;

    DirectoryApiController(OrganisationDirectory organisations, ContactDirectory contacts, StateRegister register) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.register = register;
    }

    record OrganisationResponse(long id, String name, String acronym, OrganisationKind kind, String stateIso3,
            String website) {

        static OrganisationResponse of(Organisation o) {
            return new OrganisationResponse(o.id(), o.name(), o.acronym(), o.kind(),
                    o.state() == null ? null : o.state().iso3(), o.website());
        }
    }

    record ContactResponse(long id, String fullName, String functionTitle, String email, String phone,
            String stateIso3, Long organisationId) {

        static ContactResponse of(Contact c) {
            return new ContactResponse(c.id(), c.fullName(), c.functionTitle(), c.email(), c.phone(),
                    c.state() == null ? null : c.state().iso3(),
                    c.organisation() == null ? null : c.organisation().id());
        }
    }

    @GetMapping("/organisations")
    @Operation(summary = "Organisations, paged, by kind and part of the name or acronym")
    PageResponse<OrganisationResponse> organisations(
            @Parameter(description = "UN_AGENCY, INTERNATIONAL_ORGANISATION, REGIONAL_BODY, NATIONAL_AUTHORITY, "
                    + "OPERATOR, NGO or OTHER") @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        paging(page, size);
        return PageResponse.of(organisations.list(kind(kind), query(q), PageRequest.of(page, size)),
                OrganisationResponse::of);
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "One organisation")
    OrganisationResponse organisation(@PathVariable long id) {
        return OrganisationResponse.of(organisations.get(id));
    }

    @GetMapping("/contacts")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Contacts (signed-in users only), paged, by State, organisation and part of the name")
    PageResponse<ContactResponse> contacts(@RequestParam(required = false) String q,
            @Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false) String state,
            @RequestParam(required = false) Long organisation, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        paging(page, size);
        Long stateId = state == null || state.isBlank() ? null : register.get(state).id();
        Long organisationId = organisation == null ? null : organisations.get(organisation).id();
        return PageResponse.of(contacts.list(query(q), stateId, organisationId, PageRequest.of(page, size)),
                ContactResponse::of);
    }

    private static void paging(int page, int size) {
        if (page < 0) {
            throw new RuleViolation("page", "validation.min", 0);
        }
        if (size < 1 || size > StateApiController.MAX_PAGE_SIZE) {
            throw new RuleViolation("size", "validation.range", 1, StateApiController.MAX_PAGE_SIZE);
        }
    }

    private static String query(String q) {
        if (q != null && q.length() > StateFilterParser.MAX_QUERY) {
            throw new RuleViolation("q", "validation.tooLong", StateFilterParser.MAX_QUERY);
        }
        return q;
    }

    private static OrganisationKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OrganisationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("kind", "filter.unknownValue", kind, "UN_AGENCY, INTERNATIONAL_ORGANISATION, "
                    + "REGIONAL_BODY, NATIONAL_AUTHORITY, OPERATOR, NGO, OTHER");
        }
    }
}
