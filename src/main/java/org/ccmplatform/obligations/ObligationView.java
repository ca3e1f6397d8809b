package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An obligation with all that is derived from it: its start, the treaty's deadline, the deadline after the
 * extensions granted, the projection from the reported figures, and where it stands on a day.
 */
public record ObligationView(
        Obligation obligation,
        LocalDate entryIntoForce,
        LocalDate startDate,
        LocalDate originalDeadline,
        LocalDate currentDeadline,
        List<ExtensionRequest> extensions,
        Projection projection,
        List<AssistanceCommitment> commitments,
        ObligationStatus status,
        LocalDate today) {

    static ObligationView of(Obligation obligation, LocalDate entryIntoForce, List<ExtensionRequest> granted,
            List<ProgressFigure> figures, List<AssistanceCommitment> commitments, LocalDate today) {
        LocalDate start = obligation.startFrom(entryIntoForce);
        Article article = obligation.article();
        LocalDate original = start == null ? null : article.deadlineFrom(start);
        List<ExtensionRequest> inOrder = granted.stream()
                .sorted(Comparator.comparing(ExtensionRequest::grantedDeadline)).toList();
        LocalDate current = inOrder.isEmpty() ? original : inOrder.get(inOrder.size() - 1).grantedDeadline();
        Projection projection = Projection.of(article, figures);
        return new ObligationView(obligation, entryIntoForce, start, original, current, inOrder, projection,
                commitments, status(obligation, current, projection, commitments, today), today);
    }

    /**
     * Completed once done; without a deadline, no deadline (though a commitment of Article 5 may be late); overdue
     * once the deadline has passed; at risk when the projection ends after the deadline or the reported pace has
     * fallen to nothing; on track otherwise, including when too few figures let a projection be made (the page then
     * says that no projection could be made).
     */
    static ObligationStatus status(Obligation obligation, LocalDate deadline, Projection projection,
            List<AssistanceCommitment> commitments, LocalDate today) {
        if (obligation.completedOn() != null) {
            return ObligationStatus.COMPLETED;
        }
        return pending(deadline, projection, today);
    }

    /** Where an obligation not completed stands on a day, by its deadline and its projection. */
    static ObligationStatus pending(LocalDate deadline, Projection projection, LocalDate today) {
        if (deadline == null) {
            return ObligationStatus.NO_DEADLINE;
        }
        if (deadline.isBefore(today)) {
            return ObligationStatus.OVERDUE;
        }
        if ("projection.stalled".equals(projection.basis())
                || (projection.projectedCompletion() != null && projection.projectedCompletion().isAfter(deadline))) {
            return ObligationStatus.AT_RISK;
        }
        return ObligationStatus.ON_TRACK;
    }

    /**
     * Completed by its deadline, or after it; null while not completed, and when the completion is known only to a
     * month or a year that contains the deadline (it cannot be said whether it came before or after).
     */
    public Boolean completedOnTime() {
        LocalDate completed = obligation.completedOn();
        if (completed == null || currentDeadline == null) {
            return null;
        }
        if (!completed.isAfter(currentDeadline)) {
            return true;
        }
        LocalDate firstDay = obligation.completionPrecision() == DatePrecision.YEAR ? completed.withDayOfYear(1)
                : obligation.completionPrecision() == DatePrecision.MONTH ? completed.withDayOfMonth(1) : completed;
        return firstDay.isAfter(currentDeadline) ? Boolean.FALSE : null;
    }

    public boolean hasLateCommitment() {
        return commitments.stream().anyMatch(c -> c.isOverdueOn(today));
    }
}
