package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.TestSmtp;
import org.ccmplatform.shared.CurrentUser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Circulation through a real SMTP server (GreenMail): one message to every participant with an address, the minutes
 * as a PDF read back with PDFBox, and the invitation to the next meeting as iCalendar. Each test has its own meetings
 * and its own addresses, so that it reads only its own mail.
 */
@IntegrationTest
class CirculationIntegrationTest {

    static final LocalDate NOVEMBER_4_2016 = LocalDate.of(2016, 11, 4);
    static final LocalDate DECEMBER_7_2016 = LocalDate.of(2016, 12, 7);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestMeetings meetings;
    MeetingPages pages;
    CurrentUser isu;
    String suffix;

    @BeforeEach
    void signIn() {
        meetings = new TestMeetings(context);
        pages = new MeetingPages(mvc);
        isu = meetings.isu;
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void oneMessageGoesToEveryParticipantWithTheMinutesAndTheNextMeeting() throws Exception {
        Meeting meeting = aWorkshopWithMinutesAndANextMeeting();
        List<String> addresses = List.of(address("dorovic"), address("gufflet"), address("berdoz"));

        Document page = pages.postAndFollow(post("/meetings/" + meeting.id() + "/circulate"), isu);

        assertThat(MeetingPages.confirmation(page)).isEqualTo("The summary and the action points are sent.");
        MimeMessage message = theOneMessageTo(addresses);
        assertThat(Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(message.getFrom()[0].toString()).isEqualTo("ccm-platform@example.org");
        assertThat(message.getSubject()).isEqualTo(meeting.title() + ": summary and action points");
        assertThat(ReadBack.body(message)).contains(
                "Summary and action points of the meeting “" + meeting.title() + "” of 4 Nov 2016.",
                "Decisions\n- The plans are presented at the next meeting.",
                "Action points\n- Report on the clearance workshop — Norway, 7 Dec 2016 (open)",
                "Next meeting: " + nextTitle() + ", 7 Dec 2016. The invitation is attached.");
        assertThat(ReadBack.fileNames(message))
                .containsExactly("minutes-2016-11-04-" + meeting.id() + ".pdf", "next-meeting.ics");
    }

    @Test
    void theAttachedMinutesAreAPdfThatSaysWhoWasPresentAndWhatWasAgreed() throws Exception {
        Meeting meeting = aWorkshopWithMinutesAndANextMeeting();

        pages.post(post("/meetings/" + meeting.id() + "/circulate"), isu);

        MimeMessage message = theOneMessageTo(List.of(address("dorovic")));
        assertThat(ReadBack.contentType(message, "minutes-2016-11-04-" + meeting.id() + ".pdf"))
                .startsWith("application/pdf");
        byte[] pdf = ReadBack.attachment(message, "minutes-2016-11-04-" + meeting.id() + ".pdf");
        String text = ReadBack.pdfText(pdf);
        assertThat(ReadBack.pdfTitle(pdf)).isEqualTo(meeting.title());
        assertThat(text).contains("Minutes: " + meeting.title(), "4 November 2016, 10:00–11:30 (Europe/Zurich)",
                "Minutes circulated, version 1", "Present",
                "Bosnia and Herzegovina: Mr. Asim Dorović", "France: Ms. Camille Gufflet",
                "1. Clearance and Risk Reduction Education", "Norway presented the concept note.",
                "Decision: The plans are presented at the next meeting.", "Action points",
                "Report on the clearance workshop", "Norway", "7 Dec 2016",
                "Next meeting: " + nextTitle());
        assertThat(text).as("apologies are not presence").doesNotContain("Aline Berdoz");
    }

    @Test
    void theAttachedInvitationIsForTheNextMeetingAtItsTimeInUtc() throws Exception {
        Meeting meeting = aWorkshopWithMinutesAndANextMeeting();

        pages.post(post("/meetings/" + meeting.id() + "/circulate"), isu);

        MimeMessage message = theOneMessageTo(List.of(address("gufflet")));
        assertThat(ReadBack.contentType(message, "next-meeting.ics")).startsWith("text/calendar");
        String ics = new String(ReadBack.attachment(message, "next-meeting.ics"), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(MeetingInvitationTest.lines(ics)).contains("BEGIN:VEVENT", "DTSTART:20161207T090000Z",
                "DTEND:20161207T103000Z", "SUMMARY:" + nextTitle().replace(",", "\\,"), "END:VEVENT");
    }

    @Test
    void circulatingKeepsTheCirculatedVersionAndRecordsTheSending() throws Exception {
        Meeting meeting = aWorkshopWithMinutesAndANextMeeting();

        Document page = pages.postAndFollow(post("/meetings/" + meeting.id() + "/circulate"), isu);

        MeetingRecord record = meetings.record(meeting.id());
        assertThat(record.meeting().minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);
        assertThat(record.revisions()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(MinutesRevision.Kind.CIRCULATED);
            assertThat(r.author()).isEqualTo("isu");
            assertThat(r.content()).contains("Norway presented the concept note.");
        });
        assertThat(record.circulations()).singleElement().satisfies(c -> {
            assertThat(c.sentBy()).isEqualTo("isu");
            assertThat(c.recipients()).isEqualTo(3);
        });
        assertThat(page.select("section[aria-labelledby=history-heading]").text())
                .contains("Version 1: circulated by isu").containsPattern("Circulated .* UTC by isu to 3 people");
    }

    @Test
    void aMeetingWhoseParticipantsHaveNoAddressIsNotCirculatedAndNothingIsRecorded() throws Exception {
        Meeting meeting = meetings.workshop(NOVEMBER_4_2016);
        meetings.person(meetings.invite(meeting, "BIH", DelegationRole.MEMBER), "Mr. Asim Dorović", null,
                Attendance.PRESENT);
        int received = TestSmtp.server().getReceivedMessages().length;

        Document page = pages.postAndFollow(post("/meetings/" + meeting.id() + "/circulate"), isu);

        assertThat(MeetingPages.refusal(page)).isEqualTo("No participant has an e-mail address: nothing was sent.");
        MeetingRecord record = meetings.record(meeting.id());
        assertThat(record.meeting().minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(record.meeting().minutesRevision()).isZero();
        assertThat(record.revisions()).isEmpty();
        assertThat(record.circulations()).isEmpty();
        assertThat(TestSmtp.server().getReceivedMessages()).hasSize(received);
    }

    /**
     * A workshop on 4 November 2016 in Geneva with Bosnia and Herzegovina and France present, Switzerland excused, and
     * someone without an address; minutes under one item, a decision, an action point for Norway, and the next
     * workshop on 7 December 2016 at 10:00 Geneva time.
     */
    private Meeting aWorkshopWithMinutesAndANextMeeting() {
        Meeting meeting = meetings.plan(MeetingBody.WORKSHOP, "Workshop " + suffix, NOVEMBER_4_2016.atTime(10, 0),
                NOVEMBER_4_2016.atTime(11, 30));
        Meeting next = meetings.plan(MeetingBody.WORKSHOP, nextTitle(), DECEMBER_7_2016.atTime(10, 0),
                DECEMBER_7_2016.atTime(11, 30));
        meetings.person(meetings.invite(meeting, "BIH", DelegationRole.MEMBER), "Mr. Asim Dorović",
                address("dorovic"), Attendance.PRESENT);
        Delegation france = meetings.invite(meeting, "FRA", DelegationRole.MEMBER);
        meetings.person(france, "Ms. Camille Gufflet", address("gufflet").toUpperCase(), Attendance.PRESENT);
        meetings.person(france, "Mr. Jean Sans Adresse", null, Attendance.PRESENT);
        meetings.person(meetings.invite(meeting, "CHE", DelegationRole.MEMBER), "Ms. Aline Berdoz",
                address("berdoz"), Attendance.APOLOGISED);
        AgendaItem clearance = meetings.item(meeting, "Clearance and Risk Reduction Education");
        meetings.minutes.writeMinutes(meeting.id(), clearance.id(), clearance.version(),
                "Norway presented the concept note.", isu);
        meetings.minutes.decide(meeting.id(), clearance.id(), "The plans are presented at the next meeting.", isu);
        meetings.actionPoint(meeting, "NOR", "Report on the clearance workshop", DECEMBER_7_2016);
        meetings.planner.followedBy(meeting.id(), next.id(), isu);
        return meeting;
    }

    private String nextTitle() {
        return "Workshop " + suffix + " on the operational plans of the thematic Coordinators, Palais des Nations";
    }

    private String address(String name) {
        return name + "-" + suffix + "@example.org";
    }

    /** The message these addresses received: each has exactly one, and it is the same message for all. */
    private static MimeMessage theOneMessageTo(List<String> addresses) throws Exception {
        List<MimeMessage> received = addresses.stream().flatMap(a -> TestSmtp.messagesTo(a).stream()).toList();
        assertThat(received).as("messages to %s", addresses).isNotEmpty();
        List<String> ids = received.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
        assertThat(ids).as("one message, not one per recipient").hasSize(1);
        return received.get(0);
    }
}
