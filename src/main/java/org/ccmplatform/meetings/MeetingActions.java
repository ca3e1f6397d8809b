package org.ccmplatform.meetings;

import java.util.function.Supplier;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The small forms of a meeting's page (add a person, record attendance, change a status): each does its action and
 * comes back to the meeting's page, with the confirmation or the refusal in the reader's language.
 */
final class MeetingActions {

    private MeetingActions() {}

    static String attempt(RedirectAttributes redirect, long meetingId, String done, Supplier<?> action) {
        return attempt(redirect, "redirect:/meetings/" + meetingId, done, action);
    }

    static String attempt(RedirectAttributes redirect, String back, String done, Supplier<?> action) {
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
