package org.ccmplatform.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ccmplatform.governance.CommitteeDesk.SeatDetails;
import org.ccmplatform.governance.PlanDesk.ActivityDetails;
import org.ccmplatform.governance.Presidencies.MspDetails;
import org.ccmplatform.governance.Presidencies.SlotDetails;
import org.ccmplatform.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the Presidency and Coordination Committee pages, checked for form before the rules look at them. */
final class GovernanceForms {

    private GovernanceForms() {}

    /** A form that carries the version of the record it was opened on. */
    interface VersionedForm {
        void setVersion(long version);
    }

    /** An MSP or Review Conference with its President. */
    static class MspForm {
        @NotNull
        private MeetingKind kind = MeetingKind.MEETING_OF_STATES_PARTIES;
        @NotNull
        private Integer ordinal;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startDate;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endDate;
        @Size(max = 200)
        @PlainText
        private String place = StatesPartiesMeeting.DEFAULT_PLACE;
        @Size(max = 3)
        private String presidentIso3;
        @Size(max = 200)
        @PlainText
        private String presidentName;
        private long version;

        static MspForm of(StatesPartiesMeeting msp) {
            MspForm form = new MspForm();
            form.kind = msp.kind();
            form.ordinal = msp.ordinal();
            form.startDate = msp.startDate();
            form.endDate = msp.endDate();
            form.place = msp.place();
            form.presidentIso3 = msp.presidentState() == null ? null : msp.presidentState().iso3();
            form.presidentName = msp.presidentName();
            form.version = msp.version();
            return form;
        }

        MspDetails details() {
            return new MspDetails(kind, ordinal, startDate, endDate, place, presidentIso3, presidentName);
        }

        public MeetingKind getKind() { return kind; }
        public void setKind(MeetingKind kind) { this.kind = kind; }
        public Integer getOrdinal() { return ordinal; }
        public void setOrdinal(Integer ordinal) { this.ordinal = ordinal; }
        public LocalDate getStartDate() { return startDate; }
        public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
        public LocalDate getEndDate() { return endDate; }
        public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public String getPresidentIso3() { return presidentIso3; }
        public void setPresidentIso3(String presidentIso3) { this.presidentIso3 = presidentIso3; }
        public String getPresidentName() { return presidentName; }
        public void setPresidentName(String presidentName) { this.presidentName = presidentName; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** A State's update in an MSP's programme. */
    static class SlotForm {
        @NotBlank
        @Size(max = 3)
        private String stateIso3;
        @NotNull
        private Theme theme;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate day;
        @NotBlank
        @Size(max = 300)
        @PlainText
        private String topic;

        SlotDetails details() {
            return new SlotDetails(stateIso3, theme, day, topic);
        }

        public String getStateIso3() { return stateIso3; }
        public void setStateIso3(String stateIso3) { this.stateIso3 = stateIso3; }
        public Theme getTheme() { return theme; }
        public void setTheme(Theme theme) { this.theme = theme; }
        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public String getTopic() { return topic; }
        public void setTopic(String topic) { this.topic = topic; }
    }

    /** A seat on the committee. */
    static class SeatForm {
        @NotNull
        private SeatKind kind;
        private Theme theme;
        @Size(max = 3)
        private String stateIso3;
        private Long organisationId;
        @Size(max = 200)
        @PlainText
        private String personName;

        SeatDetails details() {
            return new SeatDetails(kind, theme, stateIso3, organisationId, personName);
        }

        public SeatKind getKind() { return kind; }
        public void setKind(SeatKind kind) { this.kind = kind; }
        public Theme getTheme() { return theme; }
        public void setTheme(Theme theme) { this.theme = theme; }
        public String getStateIso3() { return stateIso3; }
        public void setStateIso3(String stateIso3) { this.stateIso3 = stateIso3; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public String getPersonName() { return personName; }
        public void setPersonName(String personName) { this.personName = personName; }
    }

    /** A concept note's text. */
    static class ConceptNoteForm implements VersionedForm {
        private Theme theme;
        @NotBlank
        @Size(max = 4000)
        @PlainText
        private String objectives;
        @Size(max = 4000)
        @PlainText
        private String strategies;
        @Size(max = 4000)
        @PlainText
        private String expectedOutcomes;
        @Size(max = 1000)
        @PlainText
        private String budget;
        private long version;

        static ConceptNoteForm of(ThemePlan plan) {
            ConceptNoteForm form = new ConceptNoteForm();
            ConceptNote note = plan.note();
            form.theme = plan.theme();
            form.objectives = note.objectives();
            form.strategies = note.strategies();
            form.expectedOutcomes = note.expectedOutcomes();
            form.budget = note.budget();
            form.version = plan.version();
            return form;
        }

        ConceptNote note() {
            return new ConceptNote(objectives, strategies, expectedOutcomes, budget);
        }

        public Theme getTheme() { return theme; }
        public void setTheme(Theme theme) { this.theme = theme; }
        public String getObjectives() { return objectives; }
        public void setObjectives(String objectives) { this.objectives = objectives; }
        public String getStrategies() { return strategies; }
        public void setStrategies(String strategies) { this.strategies = strategies; }
        public String getExpectedOutcomes() { return expectedOutcomes; }
        public void setExpectedOutcomes(String expectedOutcomes) { this.expectedOutcomes = expectedOutcomes; }
        public String getBudget() { return budget; }
        public void setBudget(String budget) { this.budget = budget; }
        public long getVersion() { return version; }
        @Override public void setVersion(long version) { this.version = version; }
    }

    /** An activity of an operational plan; the target States as ISO3 codes. */
    static class ActivityForm implements VersionedForm {
        @NotBlank
        @Size(max = 500)
        @PlainText
        private String title;
        @NotBlank
        @Size(max = 200)
        @PlainText
        private String owner;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startDate;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endDate;
        private ActivityStatus status = ActivityStatus.PLANNED;
        @Size(max = 1000)
        @PlainText
        private String targets;
        private long version;

        static ActivityForm of(PlanActivity activity, long version) {
            ActivityForm form = new ActivityForm();
            form.title = activity.title();
            form.owner = activity.owner();
            form.startDate = activity.startDate();
            form.endDate = activity.endDate();
            form.status = activity.status();
            form.targets = String.join(" ", activity.targets().stream().map(s -> s.iso3()).toList());
            form.version = version;
            return form;
        }

        ActivityDetails details() {
            return new ActivityDetails(title, owner, startDate, endDate, status, targets);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public LocalDate getStartDate() { return startDate; }
        public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
        public LocalDate getEndDate() { return endDate; }
        public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
        public ActivityStatus getStatus() { return status; }
        public void setStatus(ActivityStatus status) { this.status = status; }
        public String getTargets() { return targets; }
        public void setTargets(String targets) { this.targets = targets; }
        public long getVersion() { return version; }
        @Override public void setVersion(long version) { this.version = version; }
    }

    /** Publishing a plan with its executive summary. */
    static class PublishForm implements VersionedForm {
        @NotBlank
        @Size(max = 2000)
        @PlainText
        private String executiveSummary;
        private long version;

        public String getExecutiveSummary() { return executiveSummary; }
        public void setExecutiveSummary(String executiveSummary) { this.executiveSummary = executiveSummary; }
        public long getVersion() { return version; }
        @Override public void setVersion(long version) { this.version = version; }
    }
}
