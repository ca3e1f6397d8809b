package org.ccmplatform.universalization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ccmplatform.shared.PlainText;
import org.ccmplatform.universalization.UniversalizationDesk.EngagementDetails;
import org.ccmplatform.universalization.UniversalizationDesk.ProfileDetails;
import org.ccmplatform.universalization.UniversalizationDesk.TargetDetails;
import org.ccmplatform.universalization.UniversalizationDesk.VoteDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the universalization pages: what people type, checked for form before the rules look at it. */
final class UniversalizationForms {

    private UniversalizationForms() {}

    /** A State's category, producer and holder status and note, with the version the form was opened with. */
    static class ProfileForm {
        @NotNull
        private Category category = Category.NOT_ASSESSED;
        private boolean producer;
        private boolean holder;
        @Size(max = 2000)
        @PlainText
        private String note;
        @Size(max = 300)
        @PlainText
        private String source;
        private Long version;

        static ProfileForm of(UniversalizationProfile profile) {
            ProfileForm form = new ProfileForm();
            if (profile != null) {
                form.category = profile.category();
                form.producer = profile.producer();
                form.holder = profile.holder();
                form.note = profile.note();
                form.source = profile.source();
                form.version = profile.version();
            }
            return form;
        }

        ProfileDetails details() {
            return new ProfileDetails(category, producer, holder, note, source);
        }

        public Category getCategory() { return category; }
        public void setCategory(Category category) { this.category = category; }
        public boolean isProducer() { return producer; }
        public void setProducer(boolean producer) { this.producer = producer; }
        public boolean isHolder() { return holder; }
        public void setHolder(boolean holder) { this.holder = holder; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** A State's vote in one year. */
    static class VoteForm {
        @NotNull
        private Integer year;
        @NotNull
        private Vote vote;
        @Size(max = 300)
        @PlainText
        private String source;

        VoteDetails details() {
            return new VoteDetails(year, vote, source);
        }

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public Vote getVote() { return vote; }
        public void setVote(Vote vote) { this.vote = vote; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }

    /** The correction of a recorded vote, with the version the form was opened with. */
    static class CorrectionForm {
        @NotNull
        private Vote vote;
        @Size(max = 300)
        @PlainText
        private String source;
        private long version;

        public Vote getVote() { return vote; }
        public void setVote(Vote vote) { this.vote = vote; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** One entry of the engagement log. */
    static class EngagementForm {
        @NotNull
        private EngagementKind kind;
        @NotNull
        private Engager engager;
        @Size(max = 3)
        private String engagerState;
        private Long engagerOrganisation;
        @Size(max = 200)
        @PlainText
        private String engagerName;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate day;
        @NotBlank
        @Size(max = 2000)
        @PlainText
        private String what;
        @Size(max = 2000)
        @PlainText
        private String outcome;
        private boolean confidential;

        EngagementDetails details() {
            return new EngagementDetails(kind, engager, engagerState, engagerOrganisation, engagerName, day, what,
                    outcome, confidential);
        }

        public EngagementKind getKind() { return kind; }
        public void setKind(EngagementKind kind) { this.kind = kind; }
        public Engager getEngager() { return engager; }
        public void setEngager(Engager engager) { this.engager = engager; }
        public String getEngagerState() { return engagerState; }
        public void setEngagerState(String engagerState) { this.engagerState = engagerState; }
        public Long getEngagerOrganisation() { return engagerOrganisation; }
        public void setEngagerOrganisation(Long engagerOrganisation) { this.engagerOrganisation = engagerOrganisation; }
        public String getEngagerName() { return engagerName; }
        public void setEngagerName(String engagerName) { this.engagerName = engagerName; }
        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public String getWhat() { return what; }
        public void setWhat(String what) { this.what = what; }
        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public boolean isConfidential() { return confidential; }
        public void setConfidential(boolean confidential) { this.confidential = confidential; }
    }

    /** A target for the number of States Parties. */
    static class TargetForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate targetDate;
        @NotNull
        private Integer count;
        @NotBlank
        @Size(max = 300)
        @PlainText
        private String description;
        @NotBlank
        @Size(max = 300)
        @PlainText
        private String source;

        TargetDetails details() {
            return new TargetDetails(targetDate, count, description, source);
        }

        public LocalDate getTargetDate() { return targetDate; }
        public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
        public Integer getCount() { return count; }
        public void setCount(Integer count) { this.count = count; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }
}
