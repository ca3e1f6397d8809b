package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.meetings.MeetingFixture.actionPoint;
import static org.ccmplatform.meetings.MeetingFixture.committeeMeeting;
import static org.ccmplatform.meetings.MeetingFixture.organisation;
import static org.ccmplatform.meetings.MeetingFixture.personActingFor;
import static org.ccmplatform.meetings.MeetingFixture.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An action point: one owner, a due date on or after its meeting, a dated trail of updates, overdue when late. */
class ActionPointTest {

    static final LocalDate NOVEMBER_4 = LocalDate.of(2016, 11, 4);
    static final LocalDate DECEMBER_7 = LocalDate.of(2016, 12, 7);
    static final Instant NOVEMBER_20 = Instant.parse("2016-11-20T09:00:00Z");

    final Meeting november = committeeMeeting(NOVEMBER_4);
    final State italy = state("ITA", "Italy");
    final Organisation isu = organisation("ISU-CCM");

    @Test
    void anActionPointOwnedByNobodyIsRefused() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> new ActionPoint(november, null, "Send the letters.", null, DECEMBER_7));

        assertThat(refusal.field()).isEqualTo("owner");
        assertThat(refusal.messageCode()).isEqualTo("actionPoint.ownerRequired");
    }

    @Test
    void anOwnerIsAStateAnOrganisationOrAPersonAndNotNobody() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> new ActionPointOwner(null, null, null, null));

        assertThat(refusal.messageCode()).isEqualTo("actionPoint.ownerRequired");
    }

    @Test
    void anActionPointHasOneOwnerOnly() {
        RuleViolation stateAndOrganisation = catchThrowableOfType(RuleViolation.class,
                () -> new ActionPointOwner(italy, isu, null, null));
        RuleViolation stateAndPerson = catchThrowableOfType(RuleViolation.class,
                () -> new ActionPointOwner(italy, null, 7L, "Silvia Cattaneo"));

        assertThat(stateAndOrganisation.messageCode()).isEqualTo("actionPoint.oneOwner");
        assertThat(stateAndPerson.messageCode()).isEqualTo("actionPoint.oneOwner");
    }

    @Test
    void aPersonWhoOwnsAnActionPointIsNamed() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> ActionPointOwner.person(7L, " "));

        assertThat(refusal.messageCode()).isEqualTo("actionPoint.ownerRequired");
    }

    @Test
    void theOwnerIsNamedAsTheStateTheOrganisationOrThePerson() {
        assertThat(actionPoint(november, ActionPointOwner.of(italy), DECEMBER_7).ownerName(Locale.ENGLISH))
                .isEqualTo("Italy");
        assertThat(actionPoint(november, ActionPointOwner.of(isu), DECEMBER_7).ownerName(Locale.ENGLISH))
                .isEqualTo("ISU-CCM");
        assertThat(actionPoint(november, ActionPointOwner.person(7L, "Silvia Cattaneo"), DECEMBER_7)
                .ownerName(Locale.ENGLISH)).isEqualTo("Silvia Cattaneo");
    }

    @Test
    void anActionPointIsNotDueBeforeItsMeeting() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> actionPoint(november, ActionPointOwner.of(italy), NOVEMBER_4.minusDays(1)));

        assertThat(refusal.field()).isEqualTo("dueDate");
        assertThat(refusal.messageCode()).isEqualTo("actionPoint.dueBeforeMeeting");
    }

    @Test
    void anActionPointMayBeDueOnTheDayOfItsMeeting() {
        assertThat(actionPoint(november, ActionPointOwner.of(italy), NOVEMBER_4).dueDate()).isEqualTo(NOVEMBER_4);
    }

    @Test
    void anActionPointWithoutADueDateIsRefused() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> actionPoint(november, ActionPointOwner.of(italy), null));

        assertThat(refusal.field()).isEqualTo("dueDate");
        assertThat(refusal.messageCode()).isEqualTo("validation.required");
    }

    @Test
    void anUpdateMovesTheActionPointOnAndIsADatedStepOfItsTrail() {
        ActionPoint point = actionPoint(november, ActionPointOwner.of(italy), DECEMBER_7);

        ActionPointUpdate update = point.update(ActionPointStatus.IN_PROGRESS, "  First draft shared.  ",
                "coordinator", NOVEMBER_20, LocalDate.of(2016, 11, 20), false);

        assertThat(point.status()).isEqualTo(ActionPointStatus.IN_PROGRESS);
        assertThat(update.actionPoint()).isSameAs(point);
        assertThat(update.status()).isEqualTo(ActionPointStatus.IN_PROGRESS);
        assertThat(update.note()).isEqualTo("First draft shared.");
        assertThat(update.author()).isEqualTo("coordinator");
        assertThat(update.postedOn()).isEqualTo(LocalDate.of(2016, 11, 20));
        assertThat(update.midTerm()).isFalse();
    }

    @Test
    void aNoteAloneIsAnUpdateButAnUpdateThatSaysNothingIsRefused() {
        ActionPoint point = actionPoint(november, ActionPointOwner.of(italy), DECEMBER_7);

        ActionPointUpdate note = point.update(ActionPointStatus.OPEN, "Waiting for the capital.", "coordinator",
                NOVEMBER_20, LocalDate.of(2016, 11, 20), false);
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> point.update(ActionPointStatus.OPEN,
                " ", "coordinator", NOVEMBER_20, LocalDate.of(2016, 11, 20), false));

        assertThat(note.status()).isEqualTo(ActionPointStatus.OPEN);
        assertThat(refusal.messageCode()).isEqualTo("actionPoint.updateSaysNothing");
    }

    @ParameterizedTest(name = "{0} on {1}: overdue {2}")
    @CsvSource({
        "OPEN, 2016-12-06, false",
        "OPEN, 2016-12-07, false",
        "OPEN, 2016-12-08, true",
        "IN_PROGRESS, 2017-01-15, true",
        "DONE, 2017-01-15, false",
        "DROPPED, 2017-01-15, false"
    })
    void anActionPointIsOverdueTheDayAfterItIsDueWhileStillPending(ActionPointStatus status, LocalDate day,
            boolean overdue) {
        ActionPoint point = actionPoint(november, ActionPointOwner.of(italy), DECEMBER_7);
        if (status != ActionPointStatus.OPEN) {
            point.update(status, null, "coordinator", NOVEMBER_20, LocalDate.of(2016, 11, 20), false);
        }

        assertThat(point.isOverdueOn(day)).isEqualTo(overdue);
    }

    @Test
    void anActionPointIsOwnedByThoseWhoActForItsOwner() {
        ActionPoint italys = actionPoint(november, ActionPointOwner.of(italy), DECEMBER_7);
        ActionPoint isus = actionPoint(november, ActionPointOwner.of(isu), DECEMBER_7);

        assertThat(italys.isOwnedBy(personActingFor(italy, null))).isTrue();
        assertThat(italys.isOwnedBy(personActingFor(state("FRA", "France"), null))).isFalse();
        assertThat(isus.isOwnedBy(personActingFor(null, isu))).isTrue();
        assertThat(isus.isOwnedBy(personActingFor(italy, null))).isFalse();
        assertThat(italys.isOwnedBy(null)).isFalse();
    }

    @Test
    void anActionPointOwnedByAPersonIsTheirsAlone() {
        var silvia = personActingFor(null, null);
        ActionPoint hers = actionPoint(november, ActionPointOwner.person(silvia.id(), "Silvia Cattaneo"), DECEMBER_7);

        assertThat(hers.isOwnedBy(silvia)).isTrue();
        assertThat(hers.isOwnedBy(personActingFor(italy, null))).isFalse();
    }
}
