package org.ccmplatform.governance;

import org.ccmplatform.shared.StaleEditException;

/** Two people edited the same plan: the second save shows the saved version beside theirs, and neither is lost. */
public class PlanConflict extends StaleEditException {

    private final String saved;
    private final String yours;
    private final int savedRevision;
    private final String savedBy;

    PlanConflict(ThemePlan plan, String yours) {
        this.saved = PlanSnapshot.of(plan).asText();
        this.savedRevision = plan.revision();
        this.savedBy = plan.changedBy();
        this.yours = yours;
    }

    public String saved() {
        return saved;
    }

    public String yours() {
        return yours;
    }

    public int savedRevision() {
        return savedRevision;
    }

    public String savedBy() {
        return savedBy;
    }
}
