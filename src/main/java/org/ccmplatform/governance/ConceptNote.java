package org.ccmplatform.governance;

import org.ccmplatform.shared.RuleViolation;

/**
 * What coordinators write first for their theme and term: objectives, strategies, expected outcomes with their
 * figures ("8 new States Parties by the 7MSP") and the budget, or none.
 */
public record ConceptNote(String objectives, String strategies, String expectedOutcomes, String budget) {

    public ConceptNote {
        if (objectives == null || objectives.isBlank()) {
            throw new RuleViolation("objectives", "validation.required");
        }
        objectives = objectives.strip();
        strategies = blankToNull(strategies);
        expectedOutcomes = blankToNull(expectedOutcomes);
        budget = blankToNull(budget);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
