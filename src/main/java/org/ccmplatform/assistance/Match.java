package org.ccmplatform.assistance;

import java.util.List;

/** A donor's offer and a need that fit each other, with the score and every part of it. */
public record Match(DonorOffer offer, Need need, List<ScorePart> parts) {

    public int score() {
        return parts.stream().mapToInt(ScorePart::points).sum();
    }
}
