package org.ccmplatform.universalization;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.State;

/**
 * A State not party as the lists show it: the registry's State and CCM participation (for its signature), what is
 * known of it (its profile, or nothing yet) and, where the list needs them, its General Assembly votes by year.
 */
public record NotPartyRow(State state, Participation participation, UniversalizationProfile profile,
        List<UngaVote> votes) {

    public Category category() {
        return profile == null ? Category.NOT_ASSESSED : profile.category();
    }

    public boolean signed() {
        return signatureDate() != null;
    }

    /** The day the State signed the CCM, if it did (a withdrawn State Party's signature counts too). */
    public LocalDate signatureDate() {
        return participation == null ? null : participation.signatureDate();
    }

    /** A State Party that withdrew (Lithuania). */
    public boolean withdrew() {
        return participation != null && participation.withdrawalEffective() != null;
    }

    public boolean producer() {
        return profile != null && profile.producer();
    }

    public boolean holder() {
        return profile != null && profile.holder();
    }

    NotPartyRow withVotes(List<UngaVote> of) {
        return new NotPartyRow(state, participation, profile, List.copyOf(of));
    }
}
