package org.ccmplatform.governance;

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
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<Theme> ofSlug(String slug) {
        if (slug == null) {
            return java.util.Optional.empty();
        }
        String name = slug.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Theme t : values()) {
            if (t.name().equals(name)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
