package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.ccmplatform.shared.SearchText;

/** The orders a reader may put the obligations table in; each ends in State name and article to be stable. */
public enum ObligationSort {
    STATE,
    ARTICLE,
    DEADLINE,
    STATUS,
    PROJECTED;

    Comparator<ObligationView> comparator(Locale locale) {
        Comparator<ObligationView> byState = Comparator.comparing(
                (ObligationView v) -> SearchText.of(v.obligation().state().name(locale)))
                .thenComparing(v -> v.obligation().article())
                .thenComparing(v -> v.obligation().basis());
        Comparator<LocalDate> lateDaysLast = Comparator.nullsLast(Comparator.naturalOrder());
        return switch (this) {
            case STATE -> byState;
            case ARTICLE -> Comparator.comparing((ObligationView v) -> v.obligation().article()).thenComparing(byState);
            case DEADLINE -> Comparator.comparing(ObligationView::currentDeadline, lateDaysLast).thenComparing(byState);
            case STATUS -> Comparator.comparing((ObligationView v) -> v.status()).thenComparing(byState);
            case PROJECTED -> Comparator.comparing((ObligationView v) -> v.projection().projectedCompletion(),
                    lateDaysLast).thenComparing(byState);
        };
    }
}
