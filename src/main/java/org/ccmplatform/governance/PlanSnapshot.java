package org.ccmplatform.governance;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.registry.State;
import tools.jackson.databind.json.JsonMapper;

/** A concept note or plan as it stood at one revision: what a version keeps and what a published page shows. */
public record PlanSnapshot(Theme theme, String objectives, String strategies, String expectedOutcomes,
        String budget, String executiveSummary, List<ActivitySnapshot> activities) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record ActivitySnapshot(int position, String title, String owner, LocalDate startDate, LocalDate endDate,
            ActivityStatus status, List<String> targets) {}

    static PlanSnapshot of(ThemePlan plan) {
        ConceptNote note = plan.note();
        return new PlanSnapshot(plan.theme(), note.objectives(), note.strategies(), note.expectedOutcomes(),
                note.budget(), plan.executiveSummary(), plan.activities().stream()
                        .map(a -> new ActivitySnapshot(a.position(), a.title(), a.owner(), a.startDate(),
                                a.endDate(), a.status(), a.targets().stream().map(State::iso3).toList()))
                        .toList());
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static PlanSnapshot fromJson(String json) {
        return JSON.readValue(json, PlanSnapshot.class);
    }

    /** The text of this revision, field by field, as a conflict shows it beside the other. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        text.append(objectives);
        if (strategies != null) {
            text.append("\n\n").append(strategies);
        }
        if (expectedOutcomes != null) {
            text.append("\n\n").append(expectedOutcomes);
        }
        if (budget != null) {
            text.append("\n\n").append(budget);
        }
        for (ActivitySnapshot a : activities) {
            text.append("\n\n").append(a.position()).append(". ").append(a.title()).append(" — ").append(a.owner())
                    .append(", ").append(a.startDate()).append(" – ").append(a.endDate()).append(", ")
                    .append(a.status()).append(a.targets().isEmpty() ? "" : ", " + String.join(" ", a.targets()));
        }
        return text.toString();
    }
}
