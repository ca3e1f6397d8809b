package org.ccmplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccmplatform.governance.GovernanceFixture.NOW;
import static org.ccmplatform.governance.GovernanceFixture.activity;
import static org.ccmplatform.governance.GovernanceFixture.conceptNote;
import static org.ccmplatform.governance.GovernanceFixture.saved;
import static org.ccmplatform.governance.GovernanceFixture.state;

import java.time.LocalDate;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A theme's concept note becoming an operational plan, its revisions, and what publishing fixes. */
class ThemePlanTest {

    static final LocalDate MARCH = LocalDate.of(2017, 3, 1);
    static final LocalDate MAY = LocalDate.of(2017, 5, 31);
    final State laos = state("LAO", "Lao People's Democratic Republic");

    @Test
    void aConceptNoteBecomesAnOperationalPlanWithItsFirstActivity() {
        ThemePlan plan = conceptNote(Theme.UNIVERSALIZATION);
        assertThat(plan.isOperational()).isFalse();
        assertThat(plan.revision()).isEqualTo(1);

        plan.addActivity(activity("Workshop in South-East Asia", MARCH, MAY, laos), "france", NOW);

        assertThat(plan.isOperational()).isTrue();
        assertThat(plan.revision()).isEqualTo(2);
        assertThat(plan.changedBy()).isEqualTo("france");
        assertThat(plan.activities().get(0).targets()).containsExactly(laos);
    }

    @Test
    void anActivityThatEndsBeforeItStartsIsRefusedAndThePlanIsUnchanged() {
        ThemePlan plan = conceptNote(Theme.UNIVERSALIZATION);

        assertThatThrownBy(() -> plan.addActivity(activity("Workshop", MAY, MARCH), "france", NOW))
                .isInstanceOf(RuleViolation.class).extracting("messageCode")
                .isEqualTo("plan.activity.endsBeforeStart");
        assertThat(plan.activities()).isEmpty();
        assertThat(plan.revision()).isEqualTo(1);
    }

    @Test
    void anActivityOfOneDayIsAccepted() {
        ThemePlan plan = conceptNote(Theme.CLEARANCE);

        plan.addActivity(activity("Beirut workshop", MARCH, MARCH), "norway", NOW);

        assertThat(plan.activities()).hasSize(1);
    }

    @Test
    void onlyAnOperationalPlanWithASummaryIsPublished() {
        ThemePlan plan = conceptNote(Theme.UNIVERSALIZATION);
        assertThatThrownBy(() -> plan.publish("Summary", "isu", NOW)).isInstanceOf(RuleViolation.class)
                .extracting("messageCode").isEqualTo("plan.publish.noActivities");

        plan.addActivity(activity("Workshop", MARCH, MAY), "france", NOW);
        assertThatThrownBy(() -> plan.publish(" ", "isu", NOW)).isInstanceOf(RuleViolation.class)
                .extracting("messageCode").isEqualTo("validation.required");

        plan.publish("Eight new States Parties by the 7MSP.", "isu", NOW);
        assertThat(plan.isPublished()).isTrue();
        assertThat(plan.publishedRevision()).isEqualTo(plan.revision());
        assertThat(plan.hasUnpublishedChanges()).isFalse();
    }

    @Test
    void aChangeAfterPublishingIsADraftUntilPublishedAgain() {
        ThemePlan plan = saved(conceptNote(Theme.UNIVERSALIZATION));
        plan.addActivity(activity("Workshop", MARCH, MAY), "france", NOW);
        plan.publish("Summary", "isu", NOW);
        int published = plan.publishedRevision();

        plan.rewrite(new ConceptNote("New objectives", null, null, null), "zambia", NOW);

        assertThat(plan.publishedRevision()).isEqualTo(published);
        assertThat(plan.hasUnpublishedChanges()).isTrue();
    }

    @Test
    void removingAnActivityRenumbersTheOthers() {
        ThemePlan plan = conceptNote(Theme.CLEARANCE);
        plan.addActivity(activity("First", MARCH, MAY), "norway", NOW);
        plan.addActivity(activity("Second", MARCH, MAY), "norway", NOW);
        saved(plan);

        plan.removeActivity(plan.activities().get(0).id(), "norway", NOW);

        assertThat(plan.activities()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Second");
            assertThat(a.position()).isEqualTo(1);
        });
    }

    @Test
    void theSnapshotOfARevisionReadsBackAsItWas() {
        ThemePlan plan = conceptNote(Theme.UNIVERSALIZATION);
        plan.addActivity(activity("Workshop", MARCH, MAY, laos), "france", NOW);

        PlanSnapshot back = PlanSnapshot.fromJson(PlanSnapshot.of(plan).toJson());

        assertThat(back.objectives()).isEqualTo("Objectives");
        assertThat(back.expectedOutcomes()).isEqualTo("8 new States Parties");
        assertThat(back.activities()).singleElement().satisfies(a -> {
            assertThat(a.targets()).containsExactly("LAO");
            assertThat(a.startDate()).isEqualTo(MARCH);
        });
        assertThat(back.asText()).contains("Workshop", "LAO", "2017-03-01");
    }

    @Test
    void aConceptNoteNeedsItsObjectives() {
        assertThatThrownBy(() -> new ConceptNote(" ", "strategies", null, null)).isInstanceOf(RuleViolation.class)
                .extracting("field").isEqualTo("objectives");
    }
}
