package org.ccmplatform.shared;

import org.springframework.validation.BindingResult;

/** Puts a domain rule's refusal next to the form field it concerns. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult result, RuleViolation violation) {
        String field = violation.field();
        if (field != null && !field.isBlank() && hasField(result, field)) {
            result.rejectValue(field, violation.messageCode(), violation.arguments(), violation.messageCode());
        } else {
            result.reject(violation.messageCode(), violation.arguments(), violation.messageCode());
        }
    }

    public static void stale(BindingResult result) {
        result.reject("edit.stale", "edit.stale");
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
