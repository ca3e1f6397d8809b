package org.ccmplatform.universalization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.ParticipationStatus;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.Language;
import org.ccmplatform.universalization.PartiesOverTime.Membership;
import org.ccmplatform.universalization.PartiesOverTime.Point;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public pages and the API read: the States not party with their category, signature, producer and holder
 * status and votes, and the Convention's status over time. Each read takes a fixed number of queries: every State,
 * every CCM participation, every profile (each under two hundred rows) and the votes of the States shown.
 */
@Service
@Transactional(readOnly = true)
public class UniversalizationBoard {

    private final StateRegister register;
    private final UniversalizationProfiles profiles;
    private final UngaVotes votes;
    private final UniversalizationTargets targets;

    UniversalizationBoard(StateRegister register, UniversalizationProfiles profiles, UngaVotes votes,
            UniversalizationTargets targets) {
        this.register = register;
        this.profiles = profiles;
        this.votes = votes;
        this.targets = targets;
    }

    public LocalDate today() {
        return register.today();
    }

    /** The Convention's status today, with the chart drawn in the reader's language. */
    public ConventionStatus status(PartiesChart.Labels labels, Language language) {
        LocalDate today = today();
        List<Participation> ccm = register.participationsIn(register.ccm());
        List<Point> overTime = PartiesOverTime.yearEnds(memberships(ccm), today);
        List<UniversalizationTarget> all = targets.findAllByOrderByTargetDateAscIdAsc();
        List<NotPartyRow> notParty = notParty(ccm, today, language);
        Map<UnRegion, List<NotPartyRow>> byRegion = new EnumMap<>(UnRegion.class);
        for (UnRegion region : UnRegion.values()) {
            byRegion.put(region, notParty.stream().filter(r -> r.state().region() == region).toList());
        }
        List<NotPartyRow> signatories = notParty.stream().filter(r -> r.participation() != null
                && r.participation().statusOn(today) == ParticipationStatus.SIGNATORY).toList();
        String chart = PartiesChart.svg(overTime, all.stream()
                .map(t -> new PartiesChart.Mark(t.targetDate(), t.count())).toList(), labels);
        return new ConventionStatus(today, PartiesOverTime.on(memberships(ccm), today), signatories, byRegion,
                overTime, all, chart);
    }

    /** A page of the States not party, in a category or all, by name in the language, with their votes. */
    public Page<NotPartyRow> notParty(Category category, Language language, Pageable pageable) {
        LocalDate today = today();
        List<NotPartyRow> all = notParty(register.participationsIn(register.ccm()), today, language).stream()
                .filter(r -> category == null || r.category() == category).toList();
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        List<NotPartyRow> page = all.subList(from, to);
        Map<Long, List<UngaVote>> byState = page.isEmpty() ? Map.of()
                : votes.ofStates(page.stream().map(NotPartyRow::state).toList()).stream()
                        .collect(Collectors.groupingBy(v -> v.state().id()));
        List<NotPartyRow> withVotes = page.stream()
                .map(r -> r.withVotes(byState.getOrDefault(r.state().id(), List.of()))).toList();
        return new PageImpl<>(withVotes, pageable, all.size());
    }

    /** One State's row: its participation, profile and votes (it may be a State Party now). */
    public NotPartyRow row(String iso3) {
        State state = register.get(iso3);
        Participation participation = register.participation(state, register.ccm()).orElse(null);
        UniversalizationProfile profile = profiles.findByState(state).orElse(null);
        return new NotPartyRow(state, participation, profile, votes.ofStates(List.of(state)));
    }

    /** Whether the State is a State Party today. */
    public boolean isParty(NotPartyRow row) {
        return row.participation() != null
                && row.participation().statusOn(today()) == ParticipationStatus.STATE_PARTY;
    }

    private List<NotPartyRow> notParty(List<Participation> ccm, LocalDate today, Language language) {
        Map<Long, Participation> byState = ccm.stream()
                .collect(Collectors.toMap(p -> p.state().id(), Function.identity()));
        Map<Long, UniversalizationProfile> profileOf = profiles.findAll().stream()
                .collect(Collectors.toMap(p -> p.state().id(), Function.identity()));
        List<NotPartyRow> rows = new ArrayList<>();
        for (State state : register.all()) {
            Participation p = byState.get(state.id());
            if (p == null || p.statusOn(today) != ParticipationStatus.STATE_PARTY) {
                rows.add(new NotPartyRow(state, p, profileOf.get(state.id()), List.of()));
            }
        }
        Locale locale = language.locale();
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        rows.sort(Comparator.comparing((NotPartyRow r) -> r.state().name(language), collator));
        return rows;
    }

    private static List<Membership> memberships(List<Participation> ccm) {
        return ccm.stream().map(p -> new Membership(p.depositDate(), p.withdrawalEffective())).toList();
    }
}
