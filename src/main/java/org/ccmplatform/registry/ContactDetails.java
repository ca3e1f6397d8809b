package org.ccmplatform.registry;

/** What describes a contact, as entered in a form or the API. */
public record ContactDetails(String fullName, String functionTitle, String email, String phone, String stateIso3,
        Long organisationId) {}
