package org.ccmplatform.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Refuses markup (a tag, a comment, an entity) and script URLs; everything else is plain text. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*[a-zA-Z!/?]|&#?[a-zA-Z0-9]+;|javascript\\s*:|\\bon[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    public static boolean isPlain(String value) {
        return value == null || !MARKUP.matcher(value).find();
    }

    /** Text typed into a small form: plain, and not longer than its column; refused under the field otherwise. */
    public static void require(String field, String text, int maxLength) {
        if (text != null && text.length() > maxLength) {
            throw new RuleViolation(field, "validation.tooLong", maxLength);
        }
        if (!isPlain(text)) {
            throw new RuleViolation(field, "validation.plainText");
        }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return isPlain(value);
    }
}
