package org.ccmplatform.shared;

import java.util.regex.Pattern;

/** Free text written to a CSV file that a spreadsheet will open: a leading formula character is neutralised. */
public final class SpreadsheetCells {

    private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r]");

    private SpreadsheetCells() {}

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        return FORMULA.matcher(value).lookingAt() ? "'" + value : value;
    }

    /** Free text as {@link #cell} wrote it, read back: the apostrophe it added is removed, and only that one. */
    public static String uncell(String value) {
        return value != null && value.startsWith("'") && FORMULA.matcher(value).lookingAt() ? value.substring(1)
                : value;
    }
}
