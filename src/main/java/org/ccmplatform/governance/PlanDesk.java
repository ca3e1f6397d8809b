package org.ccmplatform.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.governance.PlanActivity.ActivityTerms;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concept notes and operational plans: coordinators write their own theme's, the Presidency and the ISU every
 * theme's. Every change is a new revision kept whole; a save from a stale form is a conflict that shows both.
 */
@Service
@Transactional(readOnly = true)
public class PlanDesk {

    private final ThemePlans plans;
    private final PlanRevisions revisions;
    private final CommitteeRoster roster;
    private final StateRegister states;
    private final Clock clock;

    PlanDesk(ThemePlans plans, PlanRevisions revisions, CommitteeRoster roster, StateRegister states, Clock clock) {
        this.plans = plans;
        this.revisions = revisions;
        this.roster = roster;
        this.states = states;
        this.clock = clock;
    }

    /** An activity as typed: the target States as ISO3 codes separated by spaces or commas. */
    public record ActivityDetails(String title, String owner, LocalDate startDate, LocalDate endDate,
            ActivityStatus status, String targets) {}

    @Transactional
    public ThemePlan write(long termId, Theme theme, ConceptNote note, CurrentUser user) {
        Term term = term(termId);
        editor(user, theme, term);
        return writeOnBehalf(term, theme, note, user.getUsername(), clock.instant());
    }

    @Transactional
    public ThemePlan writeOnBehalf(Term term, Theme theme, ConceptNote note, String by, Instant at) {
        if (theme == null) {
            throw new RuleViolation("theme", "validation.required");
        }
        if (plans.find(term.id(), theme).isPresent()) {
            throw new RuleViolation("theme", "plan.exists");
        }
        ThemePlan plan = plans.save(new ThemePlan(term.msp(), theme, note, by, at));
        return kept(plan, "plan.revision.written");
    }

    @Transactional
    public ThemePlan rewrite(long planId, long version, ConceptNote note, CurrentUser user) {
        ThemePlan plan = editable(planId, user);
        checkVersion(plan, version, () -> new PlanSnapshot(plan.theme(), note.objectives(), note.strategies(),
                note.expectedOutcomes(), note.budget(), null, List.of()).asText());
        plan.rewrite(note, user.getUsername(), clock.instant());
        return kept(plan, "plan.revision.rewritten");
    }

    @Transactional
    public ThemePlan addActivity(long planId, long version, ActivityDetails details, CurrentUser user) {
        ThemePlan plan = editable(planId, user);
        checkVersion(plan, version, () -> text(details));
        return addActivityOnBehalf(plan, details, user.getUsername(), clock.instant());
    }

    @Transactional
    public ThemePlan addActivityOnBehalf(ThemePlan plan, ActivityDetails details, String by, Instant at) {
        plan.addActivity(terms(details), by, at);
        return kept(plan, "plan.revision.activityAdded");
    }

    @Transactional
    public ThemePlan changeActivity(long planId, long version, long activityId, ActivityDetails details,
            CurrentUser user) {
        ThemePlan plan = editable(planId, user);
        checkVersion(plan, version, () -> text(details));
        plan.changeActivity(activityId, terms(details), user.getUsername(), clock.instant());
        return kept(plan, "plan.revision.activityChanged");
    }

    @Transactional
    public ThemePlan removeActivity(long planId, long version, long activityId, CurrentUser user) {
        ThemePlan plan = editable(planId, user);
        checkVersion(plan, version, () -> "");
        plan.removeActivity(activityId, user.getUsername(), clock.instant());
        return kept(plan, "plan.revision.activityRemoved");
    }

    @Transactional
    public ThemePlan publish(long planId, long version, String summary, CurrentUser user) {
        ThemePlan plan = editable(planId, user);
        checkVersion(plan, version, () -> summary == null ? "" : summary);
        return publishOnBehalf(plan, summary, user.getUsername(), clock.instant());
    }

    @Transactional
    public ThemePlan publishOnBehalf(ThemePlan plan, String summary, String by, Instant at) {
        plan.publish(summary, by, at);
        return kept(plan, "plan.revision.published");
    }

    /** One plan: its drafts for the committee, its published revision for everyone else. */
    public ThemePlan plan(long id, CurrentUser user) {
        ThemePlan plan = plans.withActivities(id).orElseThrow(() -> new NotFoundException("ThemePlan", id));
        plans.targetsOf(id);
        if (!readsDrafts(user) && !plan.isPublished()) {
            throw new NotFoundException("ThemePlan", id);
        }
        return plan;
    }

    public List<PlanRevision> revisionsOf(ThemePlan plan) {
        return revisions.of(plan.id(), PageRequest.of(0, 100));
    }

    public PlanSnapshot published(ThemePlan plan) {
        return revisions.find(plan.id(), plan.publishedRevision()).map(PlanRevision::snapshot)
                .orElseThrow(() -> new NotFoundException("PlanRevision", plan.id()));
    }

    /** Every plan of a term, by theme (a theme without one has none). */
    public Map<Theme, ThemePlan> ofTerm(Term term) {
        return plans.ofTermWithActivities(term.id()).stream()
                .collect(Collectors.toMap(ThemePlan::theme, Function.identity()));
    }

    /**
     * The plans of a term as the reader may see them: the live version for the committee (the President, the ISU,
     * coordinators), the published revision for everyone else. Two queries whatever the number of plans.
     */
    public List<PlanSnapshot> visibleSnapshots(Term term, CurrentUser user) {
        if (readsDrafts(user)) {
            List<ThemePlan> live = plans.ofTermWithActivities(term.id());
            plans.targetsOfTerm(term.id());
            return live.stream().sorted(Comparator.comparing(ThemePlan::theme)).map(PlanSnapshot::of)
                    .toList();
        }
        List<ThemePlan> published = plans.ofTerm(term.id()).stream().filter(ThemePlan::isPublished).toList();
        return published.isEmpty() ? List.of()
                : revisions.publishedOf(published.stream().map(ThemePlan::id).toList()).stream()
                        .map(PlanRevision::snapshot).toList();
    }

    /** Published plans of every term, newest first, with their published revision; one theme or all. */
    public List<ReadablePlan> publishedPlans(Theme theme) {
        List<ThemePlan> published = plans.all(theme, false);
        if (published.isEmpty()) {
            return List.of();
        }
        Map<Long, PlanRevision> kept = revisions.publishedOf(published.stream().map(ThemePlan::id).toList())
                .stream().collect(Collectors.toMap(r -> r.plan().id(), Function.identity()));
        return published.stream().map(p -> ReadablePlan.of(p, kept.get(p.id()))).toList();
    }

    /**
     * Plans of every term as the reader may see them, newest first: the latest revision of each, drafts included,
     * for the committee; the published revision of the published ones for everyone else. Two queries.
     */
    public List<ReadablePlan> listed(Theme theme, CurrentUser user) {
        if (!readsDrafts(user)) {
            return publishedPlans(theme);
        }
        List<ThemePlan> all = plans.all(theme, true);
        Map<Long, PlanRevision> latest = revisions.latestOf(theme).stream()
                .collect(Collectors.toMap(r -> r.plan().id(), Function.identity()));
        return all.stream().filter(p -> latest.containsKey(p.id())).map(p -> ReadablePlan.of(p, latest.get(p.id())))
                .toList();
    }

    /** A plan with one of its revisions: the one its reader may read. */
    public record ReadablePlan(ThemePlan plan, PlanSnapshot snapshot, int revision) {

        static ReadablePlan of(ThemePlan plan, PlanRevision revision) {
            return new ReadablePlan(plan, revision.snapshot(), revision.revision());
        }
    }

    /** The President, the ISU and the coordinators read drafts; they work on them together. */
    public boolean readsDrafts(CurrentUser user) {
        return user != null && (user.isIsuAdmin() || user.has(Role.PRESIDENCY)
                || user.has(Role.COORDINATOR));
    }

    public boolean mayEdit(ThemePlan plan, CurrentUser user) {
        return roster.editsTheme(user, plan.theme(), term(plan.term().id()));
    }

    /** Refuses, before any form is read, someone who may not edit the plan's theme. */
    public void checkEditor(long planId, CurrentUser user) {
        editable(planId, user);
    }

    /** The themes whose notes this person may write in a term, in one query. */
    public Set<Theme> writableThemes(Term term, CurrentUser user) {
        if (user != null && (user.isIsuAdmin() || user.has(Role.PRESIDENCY))) {
            return EnumSet.allOf(Theme.class);
        }
        return roster.themesOf(user, term);
    }

    private ThemePlan kept(ThemePlan plan, String note) {
        revisions.save(new PlanRevision(plan, note));
        return plan;
    }

    private ThemePlan editable(long planId, CurrentUser user) {
        ThemePlan plan = get(planId);
        editor(user, plan.theme(), term(plan.term().id()));
        return plan;
    }

    private void editor(CurrentUser user, Theme theme, Term term) {
        if (!roster.editsTheme(user, theme, term)) {
            throw new AccessDeniedException("Coordinators edit their own theme; the Presidency and the ISU every one");
        }
    }

    private static void checkVersion(ThemePlan plan, long version, java.util.function.Supplier<String> yours) {
        if (plan.version() != version) {
            throw new PlanConflict(plan, yours.get());
        }
    }

    private ActivityTerms terms(ActivityDetails details) {
        return new ActivityTerms(details.title(), details.owner(), details.startDate(), details.endDate(),
                details.status(), targets(details.targets()));
    }

    /** The target States named by ISO3 code; an unknown code is refused and names itself. */
    private List<State> targets(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        List<String> wanted = Arrays.stream(codes.split("[\\s,;]+")).filter(c -> !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        Map<String, State> known = states.all().stream().collect(Collectors.toMap(State::iso3, Function.identity()));
        return wanted.stream().map(code -> {
            State state = known.get(code);
            if (state == null) {
                throw new RuleViolation("targets", "plan.activity.unknownState", code);
            }
            return state;
        }).toList();
    }

    private static String text(ActivityDetails d) {
        return d.title() + " — " + d.owner() + ", " + d.startDate() + " – " + d.endDate()
                + (d.targets() == null ? "" : ", " + d.targets());
    }

    private ThemePlan get(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("ThemePlan", id));
    }

    private Term term(long id) {
        return roster.term(id).orElseThrow(() -> new NotFoundException("Term", id));
    }
}
