package org.ccmplatform.registry;

/** What describes an organisation, as entered in a form, the API or a data file. */
public record OrganisationDetails(String name, String acronym, OrganisationKind kind, String stateIso3,
        String website) {}
