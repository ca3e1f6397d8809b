package org.ccmplatform.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.stereotype.Component;

/** Turns the filters of a States list, as typed in a URL, into a {@link StateFilter}; refuses unknown values. */
@Component
class StateFilterParser {

    static final int MAX_QUERY = 100;

    private final StateRegister register;

    StateFilterParser(StateRegister register) {
        this.register = register;
    }

    /** A status filter needs a treaty; without one it means the CCM. */
    StateFilter parse(String treaty, String status, String region, String query) {
        Treaty chosen = blank(treaty) ? null : register.treaty(treaty).orElseThrow(() -> new RuleViolation("treaty",
                "filter.unknownValue", treaty, register.treaties().stream().map(Treaty::code)
                        .collect(Collectors.joining(", "))));
        ParticipationStatus wantedStatus = blank(status) ? null : value(ParticipationStatus.class, status, "status");
        if (wantedStatus != null && chosen == null) {
            chosen = register.ccm();
        }
        UnRegion wantedRegion = blank(region) ? null : value(UnRegion.class, region, "region");
        if (query != null && query.length() > MAX_QUERY) {
            throw new RuleViolation("q", "validation.tooLong", MAX_QUERY);
        }
        return new StateFilter(chosen, wantedStatus, wantedRegion, blank(query) ? null : query.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "filter.unknownValue", text, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
