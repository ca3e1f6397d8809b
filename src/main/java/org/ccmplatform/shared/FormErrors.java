package org.ccmplatform.shared;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

    /**
     * Saves a form that passed its checks: a rule's refusal or a stale version goes next to the fields instead, and
     * the form is shown again. Empty when nothing was saved.
     */
    public static <T> Optional<T> save(BindingResult result, Supplier<T> save) {
        return save(result, save, stale -> stale(result));
    }

    /** The same, with the page's own answer to a stale version (a conflict that shows both versions). */
    public static <T> Optional<T> save(BindingResult result, Supplier<T> save,
            Consumer<StaleEditException> onStale) {
        if (result.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (RuleViolation violation) {
            reject(result, violation);
        } catch (StaleEditException stale) {
            onStale.accept(stale);
        } catch (ObjectOptimisticLockingFailureException stale) {
            stale(result);
        }
        return Optional.empty();
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
