package org.ccmplatform.governance;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ccmplatform.governance.PlanSnapshot.ActivitySnapshot;
import org.ccmplatform.registry.State;

/**
 * Which themes' coordinators target which State in a term, read from the plans' activities, so that coordinators
 * approach the same State together rather than one after another.
 */
public record TargetMatrix(List<Row> rows) {

    /** A State and, per theme, the activities that target it. */
    public record Row(State state, Map<Theme, List<ActivitySnapshot>> byTheme) {

        public List<ActivitySnapshot> of(Theme theme) {
            return byTheme.getOrDefault(theme, List.of());
        }

        /** Targeted by more than one theme: the coordinators should approach it together. */
        public boolean shared() {
            return byTheme.size() > 1;
        }
    }

    /** Rows in the reader's alphabetical order; an activity naming a State the registry lacks is left out. */
    public static TargetMatrix of(List<PlanSnapshot> plans, Map<String, State> statesByIso3, Locale locale) {
        Map<String, Map<Theme, List<ActivitySnapshot>>> byState = new TreeMap<>();
        for (PlanSnapshot plan : plans) {
            for (ActivitySnapshot activity : plan.activities()) {
                for (String iso3 : activity.targets()) {
                    byState.computeIfAbsent(iso3, k -> new EnumMap<>(Theme.class))
                            .computeIfAbsent(plan.theme(), k -> new ArrayList<>()).add(activity);
                }
            }
        }
        Collator collator = Collator.getInstance(locale);
        List<Row> rows = new ArrayList<>();
        byState.forEach((iso3, themes) -> {
            State state = statesByIso3.get(iso3);
            if (state != null) {
                rows.add(new Row(state, themes));
            }
        });
        rows.sort(Comparator.comparing(r -> r.state().name(locale), collator));
        return new TargetMatrix(List.copyOf(rows));
    }

    /** Everything planned for one State, theme by theme. */
    public Map<Theme, List<ActivitySnapshot>> forState(State state) {
        return rows.stream().filter(r -> r.state().id().equals(state.id())).findFirst()
                .map(r -> (Map<Theme, List<ActivitySnapshot>>) new LinkedHashMap<>(r.byTheme()))
                .orElse(Map.of());
    }

    public long sharedCount() {
        return rows.stream().filter(Row::shared).count();
    }
}
