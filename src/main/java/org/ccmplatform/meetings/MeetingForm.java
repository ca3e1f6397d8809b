package org.ccmplatform.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.PlainText;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that plans a meeting or changes its details. */
class MeetingForm {

    @NotNull
    private MeetingBody body;

    @NotBlank
    @Size(max = 200)
    @PlainText
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime;

    @NotBlank
    @Size(max = 40)
    private String timeZone = "Europe/Zurich";

    @Size(max = 200)
    @PlainText
    private String place;

    private boolean online;

    private Set<Language> languages = EnumSet.of(Language.EN);

    private MeetingVisibility visibility;

    private long version;

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.body = meeting.body();
        form.title = meeting.title();
        form.startDate = meeting.startsAt().toLocalDate();
        form.startTime = meeting.startsAt().toLocalTime();
        form.endDate = meeting.endsAt().toLocalDate();
        form.endTime = meeting.endsAt().toLocalTime();
        form.timeZone = meeting.zone().getId();
        form.place = meeting.place();
        form.online = meeting.online();
        form.languages = EnumSet.copyOf(meeting.languages());
        form.visibility = meeting.visibility();
        form.version = meeting.version();
        return form;
    }

    MeetingDetails details() {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new RuleViolation("timeZone", "meeting.timeZone.unknown", timeZone);
        }
        return new MeetingDetails(body, title, startDate.atTime(startTime), endDate.atTime(endTime), zone, place,
                online, languages == null ? Set.of() : languages, visibility);
    }

    public MeetingBody getBody() {
        return body;
    }

    public void setBody(MeetingBody body) {
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public Set<Language> getLanguages() {
        return languages;
    }

    public void setLanguages(Set<Language> languages) {
        this.languages = languages;
    }

    public MeetingVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(MeetingVisibility visibility) {
        this.visibility = visibility;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
