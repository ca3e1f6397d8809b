package org.ccmplatform.registry;

/** What kind of body an organisation is. */
public enum OrganisationKind {
    UN_AGENCY,
    INTERNATIONAL_ORGANISATION,
    REGIONAL_BODY,
    NATIONAL_AUTHORITY,
    OPERATOR,
    NGO,
    OTHER
}
