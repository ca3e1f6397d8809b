package org.ccmplatform.shared;

import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The small forms of a page (add a person, record attendance, change a status): each does its action and goes back
 * to the page, with the confirmation or the refusal in the reader's language (flash attributes "saved" and
 * "refused").
 */
public final class PageActions {

    private PageActions() {}

    public static String attempt(RedirectAttributes redirect, String back, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", done);
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("refused", refused.messageCode());
            redirect.addFlashAttribute("refusedArguments", refused.arguments());
        } catch (StaleEditException | ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refused", "edit.stale");
            redirect.addFlashAttribute("refusedArguments", new Object[0]);
        }
        return back;
    }
}
