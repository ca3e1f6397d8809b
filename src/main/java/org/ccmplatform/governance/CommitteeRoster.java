package org.ccmplatform.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which seat in which term, for the other modules: whether a signed-in coordinator coordinates a theme
 * now, and who may edit a theme's notes and plans (its coordinators, the Presidency, the ISU).
 */
@Service
@Transactional(readOnly = true)
public class CommitteeRoster {

    private final StatesPartiesMeetings msps;
    private final CommitteeSeats seats;
    private final Clock clock;

    CommitteeRoster(StatesPartiesMeetings msps, CommitteeSeats seats, Clock clock) {
        this.msps = msps;
        this.seats = seats;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every term, oldest first. */
    public List<Term> terms() {
        List<StatesPartiesMeeting> all = msps.inOrder();
        return IntStream.range(0, all.size())
                .mapToObj(i -> new Term(all.get(i), i == 0 ? null : all.get(i - 1),
                        i + 1 < all.size() ? all.get(i + 1) : null))
                .toList();
    }

    public Optional<Term> termOn(LocalDate day) {
        return terms().stream().filter(t -> t.covers(day)).findFirst();
    }

    public Optional<Term> currentTerm() {
        return termOn(today());
    }

    public Optional<Term> term(long id) {
        return terms().stream().filter(t -> t.id() == id).findFirst();
    }

    /** The signed-in person is a coordinator acting for a State that coordinates this theme in the current term. */
    public boolean coordinates(CurrentUser user, Theme theme) {
        return currentTerm().map(t -> coordinates(user, theme, t)).orElse(false);
    }

    public boolean coordinates(CurrentUser user, Theme theme, Term term) {
        return user != null && user.has(Role.COORDINATOR) && user.stateId() != null
                && seats.anyCoordinates(term.id(), theme, List.of(user.stateId()));
    }

    /** The themes this person coordinates in a term (none for anyone but a coordinator). */
    public Set<Theme> themesOf(CurrentUser user, Term term) {
        if (user == null || !user.has(Role.COORDINATOR) || user.stateId() == null) {
            return EnumSet.noneOf(Theme.class);
        }
        List<Theme> themes = seats.themesOf(term.id(), user.stateId());
        return themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes);
    }

    /** Coordinators edit their own theme's notes and plans; the Presidency and the ISU edit every theme's. */
    public boolean editsTheme(CurrentUser user, Theme theme, Term term) {
        return user != null && (user.isIsuAdmin() || user.has(Role.PRESIDENCY) || coordinates(user, theme, term));
    }

    List<CommitteeSeat> seatsOf(Term term) {
        return seats.ofTerm(term.id());
    }
}
