package org.ccmplatform.governance;

import java.util.Locale;
import java.util.Optional;

/** A thematic area of the Coordination Committee, each with its pair of coordinators (usually two States). */
public enum Theme {
    UNIVERSALIZATION,
    VICTIM_ASSISTANCE,
    STOCKPILE_DESTRUCTION,
    CLEARANCE,
    COOPERATION_AND_ASSISTANCE,
    TRANSPARENCY,
    NATIONAL_IMPLEMENTATION,
    GENERAL_STATUS;

    /** The message key of the theme's name: {@code committee.theme.VICTIM_ASSISTANCE}. */
    public String messageKey() {
        return "committee.theme." + name();
    }

    /** The theme's part of a URL: {@code victim-assistance}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Theme> ofSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String name = slug.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Theme t : values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
