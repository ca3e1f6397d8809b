package org.ccmplatform.sponsorship;

import java.util.Locale;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;

/** Who gives to the programme: a State or an organisation. */
public record ProgrammeDonor(State state, Organisation organisation) {

    public String name(Locale locale) {
        return state != null ? state.name(locale) : organisation.shortName();
    }

    /** "NOR" for a State, the organisation's acronym or name otherwise. */
    public String code() {
        return state != null ? state.iso3() : organisation.shortName();
    }

    /** One key per donor, to count donors. */
    String key() {
        return state != null ? "S" + state.id() : "O" + organisation.id();
    }
}
