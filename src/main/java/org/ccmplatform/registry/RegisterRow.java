package org.ccmplatform.registry;

/** One line of a States-and-participation CSV file, as text, before any of it is checked. */
record RegisterRow(
        long line,
        String iso3,
        String iso2,
        String unMembership,
        String region,
        String nameEn,
        String nameFr,
        String nameEs,
        String treaty,
        String signatureDate,
        String depositDate,
        String depositType,
        String withdrawalNotified,
        String entryIntoForce,
        String source) {}
