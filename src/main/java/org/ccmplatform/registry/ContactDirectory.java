package org.ccmplatform.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/** The people who work on implementation. Only signed-in users read them; the ones responsible keep them. */
@Service
@Transactional(readOnly = true)
public class ContactDirectory {

    private final Contacts contacts;
    private final StateRegister register;
    private final OrganisationDirectory organisations;

    ContactDirectory(Contacts contacts, StateRegister register, OrganisationDirectory organisations) {
        this.contacts = contacts;
        this.register = register;
        this.organisations = organisations;
    }

    public Page<Contact> list(String query, Long stateId, Long organisationId, Pageable pageable) {
        String pattern = query == null || query.isBlank() ? null : SearchText.containing(query);
        return contacts.search(pattern, stateId, organisationId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("searchName")));
    }

    /** The contacts of some States, by State: whom to write to about them. */
    public Map<Long, List<Contact>> ofStates(Collection<Long> stateIds) {
        return stateIds.isEmpty() ? Map.of() : contacts.findByStateIdInOrderBySearchNameAsc(stateIds).stream()
                .collect(Collectors.groupingBy(c -> c.state().id()));
    }

    public Contact get(long id) {
        return contacts.findById(id).orElseThrow(() -> new NotFoundException("Contact", id));
    }

    /** Whether the user may add a contact for this State or organisation. */
    public boolean mayAdd(CurrentUser user, State state, Organisation organisation) {
        Contact probe = new Contact(new ContactDetails("-", null, null, null, null, null), state, organisation);
        return probe.isEditableBy(user);
    }

    @Transactional
    public Contact create(ContactDetails details, CurrentUser user) {
        State state = state(details.stateIso3());
        Organisation organisation = organisation(details.organisationId());
        Contact contact = new Contact(details, state, organisation);
        if (!contact.isEditableBy(user)) {
            throw new RuleViolation("stateIso3", "contact.outOfScope");
        }
        return contacts.save(contact);
    }

    @Transactional
    public Contact update(long id, long version, ContactDetails details, CurrentUser user) {
        Contact contact = get(id);
        if (!contact.isEditableBy(user)) {
            throw new AccessDeniedException("Not allowed to edit this contact");
        }
        StaleEditException.check(version, contact.version());
        contact.describe(details, state(details.stateIso3()), organisation(details.organisationId()));
        if (!contact.isEditableBy(user)) {
            throw new RuleViolation("stateIso3", "contact.outOfScope");
        }
        return contact;
    }

    private State state(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            return null;
        }
        return register.find(iso3).orElseThrow(() -> new RuleViolation("stateIso3", "state.unknown", iso3));
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            return null;
        }
        return organisations.find(id).orElseThrow(() -> new RuleViolation("organisationId", "organisation.unknown", id));
    }
}
