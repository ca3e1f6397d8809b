package org.ccmplatform.assistance;

import java.util.Set;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;

/**
 * A donor's offer and priorities: the themes and places it funds (none named means anywhere), a yearly envelope for
 * a span of years, how it channels funds and what it prefers.
 */
public record OfferDetails(Set<Theme> themes, Set<String> states, Set<UnRegion> regions, Money yearlyEnvelope,
        int fromYear, int toYear, Modality modality, Set<Preference> preferences, String notes) {

    public OfferDetails {
        if (themes == null || themes.isEmpty()) {
            throw new RuleViolation("themes", "offer.themesRequired");
        }
        if (modality == null) {
            throw new RuleViolation("modality", "validation.required");
        }
        if (!yearlyEnvelope.isPositive()) {
            throw new RuleViolation("amount", "offer.envelopeNotPositive");
        }
        NeedDetails.checkPeriod(fromYear, toYear, "toYear");
        themes = Set.copyOf(themes);
        states = states == null ? Set.of() : Set.copyOf(states);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        preferences = preferences == null ? Set.of() : Set.copyOf(preferences);
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public boolean isAnywhere() {
        return states.isEmpty() && regions.isEmpty();
    }

    public boolean overlaps(int from, int to) {
        return fromYear <= to && from <= toYear;
    }
}
