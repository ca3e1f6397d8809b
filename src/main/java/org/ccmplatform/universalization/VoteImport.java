package org.ccmplatform.universalization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.PlainTextValidator;
import org.ccmplatform.universalization.VoteCsv.Problem;
import org.ccmplatform.universalization.VoteCsv.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports General Assembly votes from CSV: every line is checked (a known State, a year, a vote, no second vote for
 * a State and year, in the file or already recorded) and the file lands whole or not at all, with every bad line
 * reported by its number.
 */
@Service
public class VoteImport {

    private final UngaVotes votes;
    private final StateRegister states;
    private final UniversalizationDesk desk;

    VoteImport(UngaVotes votes, StateRegister states, UniversalizationDesk desk) {
        this.votes = votes;
        this.states = states;
        this.desk = desk;
    }

    /** What an import did: the votes recorded, or every problem (and then nothing was recorded). */
    public record Report(int recorded, List<Problem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private record Checked(Row row, State state, int year, Vote vote) {}

    @Transactional
    public Report importCsv(byte[] content, CurrentUser user) {
        desk.keeper(user);
        return importCsv(content, user.getUsername());
    }

    @Transactional
    public Report importCsv(byte[] content, String by) {
        VoteCsv.Read read = VoteCsv.read(content);
        if (!read.problems().isEmpty()) {
            return new Report(0, read.problems());
        }
        int thisYear = desk.today().getYear();
        Map<String, State> byIso3 = states.all().stream().collect(Collectors.toMap(State::iso3, Function.identity()));
        List<Problem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : read.rows()) {
            int before = problems.size();
            State state = row.iso3() == null ? null : byIso3.get(row.iso3().toUpperCase(Locale.ROOT));
            if (row.iso3() == null) {
                problems.add(new Problem(row.line(), "iso3", "validation.required"));
            } else if (state == null) {
                problems.add(new Problem(row.line(), "iso3", "state.unknown", row.iso3()));
            }
            Integer year = year(row, thisYear, problems);
            Vote vote = vote(row, problems);
            if (row.source() != null && (!PlainTextValidator.isPlain(row.source()) || row.source().length() > 300)) {
                problems.add(new Problem(row.line(), "source", "universalization.import.badSource"));
            }
            if (state != null && year != null && !seen.add(state.iso3() + "/" + year)) {
                problems.add(new Problem(row.line(), "year", "universalization.import.twiceInFile", state.iso3(),
                        String.valueOf(year)));
            }
            if (problems.size() == before) {
                checked.add(new Checked(row, state, year, vote));
            }
        }
        if (!checked.isEmpty()) {
            for (UngaVote existing : votes.ofStatesInYears(checked.stream().map(Checked::state).toList(),
                    checked.stream().map(Checked::year).collect(Collectors.toSet()))) {
                checked.stream().filter(c -> c.state().id().equals(existing.state().id())
                        && c.year() == existing.year()).forEach(c -> problems.add(new Problem(c.row().line(), "year",
                        "universalization.vote.duplicate", c.state().iso3(), String.valueOf(c.year()))));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(Problem::line));
            return new Report(0, List.copyOf(problems));
        }
        votes.saveAll(checked.stream().map(c -> new UngaVote(c.state(), c.year(), c.vote(), c.row().source(), by,
                thisYear)).toList());
        return new Report(checked.size(), List.of());
    }

    private static Integer year(Row row, int thisYear, List<Problem> problems) {
        if (row.year() == null) {
            problems.add(new Problem(row.line(), "year", "validation.required"));
            return null;
        }
        try {
            int year = Integer.parseInt(row.year());
            if (year < UngaVote.FIRST_YEAR || year > thisYear) {
                problems.add(new Problem(row.line(), "year", "validation.range", String.valueOf(UngaVote.FIRST_YEAR),
                        String.valueOf(thisYear)));
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            problems.add(new Problem(row.line(), "year", "validation.year", row.year()));
            return null;
        }
    }

    private static Vote vote(Row row, List<Problem> problems) {
        if (row.vote() == null) {
            problems.add(new Problem(row.line(), "vote", "validation.required"));
            return null;
        }
        try {
            return Vote.valueOf(row.vote().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(row.line(), "vote", "validation.oneOf", row.vote(),
                    Arrays.stream(Vote.values()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }
}
