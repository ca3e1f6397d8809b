package org.ccmplatform.finance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Language;

/** Which of the platform's languages a State's invoices and letters are written in. */
final class InvoiceLanguage {

    private InvoiceLanguage() {}

    /** The language of a State's invoice: English where it is an official language, otherwise French, then Spanish. */
    static Language of(State state) {
        Set<String> spoken = Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> state.iso2() != null && state.iso2().equalsIgnoreCase(l.getCountry()))
                .map(Locale::getLanguage).collect(Collectors.toSet());
        if (spoken.contains("en")) {
            return Language.EN;
        }
        if (spoken.contains("fr")) {
            return Language.FR;
        }
        return spoken.contains("es") ? Language.ES : Language.EN;
    }
}
