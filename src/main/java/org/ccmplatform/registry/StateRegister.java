package org.ccmplatform.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of States and their participation in treaties: what the pages, the API and other modules ask. */
@Service
@Transactional(readOnly = true)
public class StateRegister {

    private final States states;
    private final Treaties treaties;
    private final Participations participations;
    private final Clock clock;

    StateRegister(States states, Treaties treaties, Participations participations, Clock clock) {
        this.states = states;
        this.treaties = treaties;
        this.participations = participations;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Treaty> treaties() {
        return treaties.findAllByOrderByIdAsc();
    }

    public Optional<Treaty> treaty(String code) {
        return code == null ? Optional.empty() : treaties.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public Treaty ccm() {
        return treaties.findByCode(Treaty.CCM).orElseThrow();
    }

    /** A page of States with their participation in the filter's treaty, ordered by name in the language. */
    public Page<StateRow> list(StateFilter filter, Language language, Pageable pageable) {
        LocalDate today = today();
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(State.searchProperty(language)));
        Page<State> page = states.findAll(filter.toSpecification(language, today), sorted);
        Treaty treaty = filter.treaty() != null ? filter.treaty() : ccm();
        Map<Long, Participation> byState = page.isEmpty() ? Map.of()
                : participations.findByTreatyAndStateIn(treaty, page.getContent()).stream()
                        .collect(Collectors.toMap(p -> p.state().id(), Function.identity()));
        return page.map(s -> new StateRow(s, byState.get(s.id()), today));
    }

    /** A page of States with all their participations, for the API. */
    public Page<StateProfile> listProfiles(StateFilter filter, Language language, Pageable pageable) {
        LocalDate today = today();
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(State.searchProperty(language)));
        Page<State> page = states.findAll(filter.toSpecification(language, today), sorted);
        List<Treaty> all = treaties();
        Map<Long, List<Participation>> byState = page.isEmpty() ? Map.of()
                : participations.findByStateIn(page.getContent()).stream()
                        .collect(Collectors.groupingBy(p -> p.state().id()));
        return page.map(s -> profileOf(s, all, byState.getOrDefault(s.id(), List.of()), today));
    }

    public Optional<State> find(String iso3) {
        return iso3 == null ? Optional.empty() : states.findByIso3(IsoCodes.normalise(iso3));
    }

    public Optional<State> find(Long id) {
        return id == null ? Optional.empty() : states.findById(id);
    }

    public State get(String iso3) {
        return find(iso3).orElseThrow(() -> new NotFoundException("State", iso3));
    }

    /** Every State, ordered by English name: for choosers in forms (a bounded list of under 200). */
    public List<State> all() {
        return states.findAllByOrderBySearchEnAsc();
    }

    /** Every State with all its participations, in two queries: for the CSV export. */
    public List<StateProfile> allProfiles() {
        LocalDate today = today();
        List<State> every = all();
        List<Treaty> all = treaties();
        Map<Long, List<Participation>> byState = participations.findByStateIn(every).stream()
                .collect(Collectors.groupingBy(p -> p.state().id()));
        return every.stream().map(s -> profileOf(s, all, byState.getOrDefault(s.id(), List.of()), today)).toList();
    }

    public StateProfile profile(String iso3) {
        State state = get(iso3);
        return profileOf(state, treaties(), participations.findByStateOrderByTreatyIdAsc(state), today());
    }

    private static StateProfile profileOf(State state, List<Treaty> all, List<Participation> of, LocalDate today) {
        Map<Long, Participation> byTreaty = of.stream()
                .collect(Collectors.toMap(p -> p.treaty().id(), Function.identity()));
        return new StateProfile(state, all.stream()
                .map(t -> new StateProfile.TreatyStanding(t, byTreaty.get(t.id()), today))
                .toList(), today);
    }

    public Optional<Participation> participation(State state, Treaty treaty) {
        return participations.findByStateAndTreaty(state, treaty);
    }

    /** Every participation in a treaty, in order of deposit. */
    public List<Participation> participationsIn(Treaty treaty) {
        return participations.findByTreatyOrderByDepositDateAsc(treaty);
    }

    @Transactional
    public State create(String iso3, String iso2, UnMembership membership, UnRegion region, StateNames names) {
        String alpha3 = IsoCodes.normalise(iso3);
        String alpha2 = IsoCodes.normalise(iso2);
        if (alpha3 != null && states.existsByIso3(alpha3)) {
            throw new RuleViolation("iso3", "state.duplicate", alpha3);
        }
        if (alpha2 != null && states.existsByIso2(alpha2)) {
            throw new RuleViolation("iso2", "state.duplicate", alpha2);
        }
        return states.save(new State(alpha3, alpha2, membership, region, names));
    }

    @Transactional
    public State describe(String iso3, long version, UnMembership membership, UnRegion region, StateNames names) {
        State state = get(iso3);
        StaleEditException.check(version, state.version());
        state.describe(membership, region, names);
        return state;
    }

    /**
     * Records a State's signature, deposit or withdrawal under a treaty (creating its participation if new). The
     * version is the one the form was opened with; null means the form was opened when there was no participation,
     * so finding one now is a conflict too.
     */
    @Transactional
    public Participation record(String iso3, String treatyCode, Long version, ParticipationRecord facts) {
        State state = get(iso3);
        Treaty treaty = treaty(treatyCode).orElseThrow(() -> new NotFoundException("Treaty", treatyCode));
        Participation participation = participations.findByStateAndTreaty(state, treaty)
                .orElseGet(() -> new Participation(state, treaty));
        if (participation.id() != null) {
            if (version == null) {
                throw new StaleEditException();
            }
            StaleEditException.check(version, participation.version());
        }
        participation.record(facts, today());
        return participations.save(participation);
    }
}
