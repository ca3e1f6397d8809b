package org.ccmplatform.shared;

import java.text.Normalizer;
import java.util.Locale;

/** The form of a name that search compares: lower case, without accents, single spaces. */
public final class SearchText {

    private SearchText() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    /** A LIKE pattern that finds the text anywhere, with the LIKE wildcards in the input taken literally. */
    public static String containing(String text) {
        String escaped = of(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
