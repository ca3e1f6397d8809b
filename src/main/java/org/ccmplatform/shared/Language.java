package org.ccmplatform.shared;

import java.util.Locale;

/** The languages of the platform: the Convention's working languages. */
public enum Language {
    EN,
    FR,
    ES;

    public static Language of(Locale locale) {
        if (locale == null) {
            return EN;
        }
        return switch (locale.getLanguage()) {
            case "fr" -> FR;
            case "es" -> ES;
            default -> EN;
        };
    }

    public static Language ofTag(String tag) {
        return of(tag == null ? null : Locale.forLanguageTag(tag));
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
