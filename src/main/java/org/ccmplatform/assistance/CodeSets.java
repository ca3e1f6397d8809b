package org.ccmplatform.assistance;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small sets of codes (themes, ISO3 codes, regions) kept in one column, in a stable order. */
final class CodeSets {

    private CodeSets() {}

    static String join(Collection<?> codes) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        return codes.stream().map(c -> c instanceof Enum<?> e ? e.name() : c.toString())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
    }

    static Set<String> split(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
        Function<String, E> parse = name -> Enum.valueOf(type, name);
        Set<E> set = EnumSet.noneOf(type);
        split(column).stream().map(parse).forEach(set::add);
        return set;
    }
}
