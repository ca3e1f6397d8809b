package org.ccmplatform.registry;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** ISO 3166-1 country codes as the JDK knows them. */
final class IsoCodes {

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Set<String> KNOWN_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private static final Set<String> KNOWN_ALPHA2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private IsoCodes() {}

    static boolean isWellFormedAlpha3(String code) {
        return code != null && ALPHA3.matcher(code).matches();
    }

    static boolean isWellFormedAlpha2(String code) {
        return code != null && ALPHA2.matcher(code).matches();
    }

    static boolean isAssignedAlpha3(String code) {
        return KNOWN_ALPHA3.contains(code);
    }

    static boolean isAssignedAlpha2(String code) {
        return KNOWN_ALPHA2.contains(code);
    }

    static boolean belongTogether(String alpha2, String alpha3) {
        return isAssignedAlpha2(alpha2) && new Locale("", alpha2).getISO3Country().equals(alpha3);
    }

    /** The name the JDK's locale data (CLDR) gives the country in a language. */
    static String cldrName(String alpha2, Locale language) {
        return new Locale("", alpha2).getDisplayCountry(language);
    }

    static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
