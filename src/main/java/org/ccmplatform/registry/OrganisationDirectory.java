package org.ccmplatform.registry;

import java.util.List;
import java.util.Optional;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.SearchText;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: listed publicly, kept by the ISU and, for its own record, by an operator or donor. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final Organisations organisations;
    private final StateRegister register;

    OrganisationDirectory(Organisations organisations, StateRegister register) {
        this.organisations = organisations;
        this.register = register;
    }

    public Page<Organisation> list(OrganisationKind kind, String query, Pageable pageable) {
        String pattern = query == null || query.isBlank() ? null : SearchText.containing(query);
        return organisations.search(kind, pattern,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("searchName")));
    }

    public Optional<Organisation> find(Long id) {
        return id == null ? Optional.empty() : organisations.findById(id);
    }

    public Optional<Organisation> findByName(String name) {
        return organisations.findByName(name);
    }

    public Organisation get(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    /** Organisations by name, for choosers in forms (bounded at 1,000). */
    public List<Organisation> all() {
        return organisations.findTop1000ByOrderByNameAsc();
    }

    @Transactional
    public Organisation create(OrganisationDetails details, CurrentUser user) {
        if (user == null || !user.isIsuAdmin()) {
            throw new AccessDeniedException("Only the ISU adds organisations");
        }
        if (organisations.existsByNameIgnoreCase(details.name().strip())) {
            throw new RuleViolation("name", "organisation.duplicate", details.name().strip());
        }
        return organisations.save(new Organisation(details, seat(details.stateIso3())));
    }

    @Transactional
    public Organisation update(long id, long version, OrganisationDetails details, CurrentUser user) {
        Organisation organisation = get(id);
        if (!organisation.isEditableBy(user)) {
            throw new AccessDeniedException("Not allowed to edit this organisation");
        }
        StaleEditException.check(version, organisation.version());
        organisations.findByName(details.name().strip())
                .filter(other -> !other.id().equals(organisation.id()))
                .ifPresent(other -> {
                    throw new RuleViolation("name", "organisation.duplicate", details.name().strip());
                });
        organisation.describe(details, seat(details.stateIso3()));
        return organisation;
    }

    private State seat(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            return null;
        }
        return register.find(iso3).orElseThrow(() -> new RuleViolation("stateIso3", "state.unknown", iso3));
    }
}
