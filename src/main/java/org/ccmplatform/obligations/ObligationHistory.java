package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every step of an obligation, oldest first: its start, the treaty's deadline, each extension request's steps (who
 * took them and when) or the decision of the public record, and its completion.
 */
public final class ObligationHistory {

    /** One line of the history: a day, what happened (a message key), who did it if known, the request concerned. */
    public record Event(LocalDate day, String code, String by, String source, ExtensionRequest request) {}

    private ObligationHistory() {}

    static List<Event> of(ObligationView view, List<ExtensionRequest> requests,
            Map<Long, List<ExtensionStep>> stepsByRequest) {
        List<Event> events = new ArrayList<>();
        Obligation obligation = view.obligation();
        if (view.startDate() != null) {
            events.add(new Event(view.startDate(), obligation.hostilitiesEnded() != null
                    ? "history.startAfterHostilities" : "history.start", null, obligation.source(), null));
        }
        if (view.originalDeadline() != null) {
            events.add(new Event(view.originalDeadline(), "history.originalDeadline", null, null, null));
        }
        LocalDate previousDeadline = view.originalDeadline();
        for (ExtensionRequest request : requests) {
            List<ExtensionStep> steps = stepsByRequest.getOrDefault(request.id(), List.of());
            if (steps.isEmpty() && request.isGranted()) {
                // A grant of the public record without its date is shown where it took effect: the deadline it moved.
                events.add(new Event(request.decidedOn() != null ? request.decidedOn() : previousDeadline,
                        request.decidedOn() != null ? "history.decidedEarlier" : "history.decidedEarlierUndated",
                        request.decidedBy(), request.source(), request));
            }
            if (request.isGranted()) {
                previousDeadline = request.grantedDeadline();
            }
            for (ExtensionStep step : steps) {
                events.add(new Event(step.takenOn(),
                        "history.step." + step.status(), step.takenBy(), null, request));
            }
        }
        if (obligation.completedOn() != null) {
            events.add(new Event(obligation.completedOn(), Boolean.FALSE.equals(view.completedOnTime())
                    ? "history.completedLate" : "history.completed", null, obligation.completionNote(), null));
        }
        events.sort(Comparator.comparing(Event::day));
        return events;
    }
}
