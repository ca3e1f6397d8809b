package org.ccmplatform.meetings;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Postman;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Circulation: one action sends the summary and the action points to every participant who has an e-mail address,
 * with the minutes as a PDF and an invitation to the next meeting, and records that it did.
 */
@Service
public class Circulator {

    private final MeetingPlanner planner;
    private final MeetingGate gate;
    private final MinutesDesk minutes;
    private final MinutesPdf pdf;
    private final Circulations circulations;
    private final Postman postman;
    private final MessageSource messages;
    private final Clock clock;
    private final String host;

    Circulator(MeetingPlanner planner, MeetingGate gate, MinutesDesk minutes, MinutesPdf pdf,
            Circulations circulations, Postman postman, MessageSource messages, Clock clock,
            @Value("${ccm.mail.calendar-host:ccm-platform}") String host) {
        this.planner = planner;
        this.gate = gate;
        this.minutes = minutes;
        this.pdf = pdf;
        this.circulations = circulations;
        this.postman = postman;
        this.messages = messages;
        this.clock = clock;
        this.host = host;
    }

    /** Sends and records; a draft's minutes become circulated, and that version is kept. */
    @Transactional
    public Circulation circulate(long meetingId, CurrentUser user) {
        Meeting meeting = gate.forRunning(meetingId, user);
        MeetingRecord record = planner.record(meetingId, user);
        Set<String> recipients = recipients(record);
        Locale locale = language(meeting).locale();
        if (meeting.minutesStatus() == MinutesStatus.DRAFT) {
            meeting.minutesCirculated();
            minutes.keep(meeting, MinutesRevision.Kind.CIRCULATED, user.getUsername(), null);
        }
        Circulation circulation = circulations.save(
                new Circulation(meeting, clock.instant(), user.getUsername(), recipients.size()));
        List<Postman.Attachment> attachments = new ArrayList<>();
        attachments.add(new Postman.Attachment(fileName(meeting) + ".pdf", "application/pdf",
                pdf.render(record, locale)));
        if (meeting.nextMeeting() != null) {
            attachments.add(new Postman.Attachment("next-meeting.ics", "text/calendar; charset=UTF-8",
                    MeetingInvitation.of(meeting.nextMeeting(), host, clock.instant())));
        }
        postman.send(recipients, messages.getMessage("circulation.subject", new Object[] {meeting.title()}, locale),
                summary(record, locale), attachments);
        return circulation;
    }

    /** Everyone invited who has an address, once each (those who sent apologies too: they receive the minutes). */
    static Set<String> recipients(MeetingRecord record) {
        Set<String> addresses = new LinkedHashSet<>();
        record.delegations().forEach(d -> record.participantsOf(d).stream()
                .filter(p -> p.email() != null)
                .forEach(p -> addresses.add(p.email().toLowerCase(Locale.ROOT))));
        return addresses;
    }

    private String summary(MeetingRecord record, Locale locale) {
        Meeting meeting = record.meeting();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        StringBuilder text = new StringBuilder();
        text.append(messages.getMessage("circulation.intro", new Object[] {meeting.title(),
                day.format(meeting.startsAt())}, locale)).append("\n\n");
        if (!record.decisions().isEmpty()) {
            text.append(messages.getMessage("minutes.decisions", null, locale)).append('\n');
            record.decisions().forEach(d -> text.append("- ").append(d.text()).append('\n'));
            text.append('\n');
        }
        text.append(messages.getMessage("minutes.pdf.actionPoints", null, locale)).append('\n');
        if (record.actionPoints().isEmpty()) {
            text.append(messages.getMessage("actionPoints.none", null, locale)).append('\n');
        }
        record.actionPoints().forEach(a -> text.append("- ").append(a.text()).append(" — ")
                .append(a.ownerName(locale)).append(", ").append(day.format(a.dueDate())).append(" (")
                .append(messages.getMessage("actionPointStatus." + a.status(), null, locale)).append(")\n"));
        if (meeting.nextMeeting() != null) {
            text.append('\n').append(messages.getMessage("circulation.next", new Object[] {
                meeting.nextMeeting().title(), day.format(meeting.nextMeeting().startsAt())}, locale)).append('\n');
        }
        text.append('\n').append(messages.getMessage("circulation.footer", null, locale)).append('\n');
        return text.toString();
    }

    private static Language language(Meeting meeting) {
        return meeting.languages().stream().findFirst().orElse(Language.EN);
    }

    private static String fileName(Meeting meeting) {
        return "minutes-" + meeting.day() + "-" + meeting.id();
    }
}
