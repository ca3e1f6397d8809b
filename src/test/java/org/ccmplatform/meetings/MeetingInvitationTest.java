package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.meetings.MeetingFixture.GENEVA;
import static org.ccmplatform.meetings.MeetingFixture.committeeMeeting;
import static org.ccmplatform.meetings.MeetingFixture.meeting;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ccmplatform.shared.Language;
import org.junit.jupiter.api.Test;

/** The iCalendar invitation (RFC 5545) that goes out with the minutes and that the meeting page offers. */
class MeetingInvitationTest {

    static final Instant STAMP = Instant.parse("2016-11-10T08:00:00Z");

    @Test
    void theInvitationHoldsOneEventInUtcAtTheLocalTimeOfTheMeeting() {
        String ics = invitation(committeeMeeting(LocalDate.of(2016, 12, 7)));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(lines(ics)).contains("VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT",
                "DTSTART:20161207T090000Z", "DTEND:20161207T103000Z", "DTSTAMP:20161110T080000Z",
                "SUMMARY:Coordination Committee meeting", "LOCATION:Geneva");
        assertThat(lines(ics).stream().filter(l -> l.startsWith("UID:")).toList())
                .singleElement().asString().matches("UID:meeting-\\d+@ccm-platform");
    }

    @Test
    void summerTimeInGenevaIsTwoHoursAheadOfUtc() {
        String ics = invitation(committeeMeeting(LocalDate.of(2017, 6, 7)));

        assertThat(lines(ics)).contains("DTSTART:20170607T080000Z", "DTEND:20170607T093000Z");
    }

    @Test
    void aMeetingInBeirutIsInvitedAtBeirutTime() {
        String ics = invitation(meeting(new MeetingDetails(MeetingBody.COALITION_MEETING, "Mine Action Forum",
                LocalDateTime.of(2025, 11, 12, 10, 0), LocalDateTime.of(2025, 11, 12, 13, 0),
                java.time.ZoneId.of("Asia/Beirut"), "Beirut", false, Set.of(Language.EN), null)));

        assertThat(lines(ics)).contains("DTSTART:20251112T080000Z", "DTEND:20251112T110000Z");
    }

    @Test
    void anOnlineMeetingIsLocatedOnline() {
        String ics = invitation(meeting(new MeetingDetails(MeetingBody.WORKSHOP, "Webinar",
                LocalDateTime.of(2017, 1, 10, 14, 0), LocalDateTime.of(2017, 1, 10, 15, 0), GENEVA, null, true,
                Set.of(Language.EN), null)));

        assertThat(lines(ics)).contains("LOCATION:Online");
    }

    @Test
    void backslashesSemicolonsCommasAndLineBreaksAreEscaped() {
        assertThat(MeetingInvitation.escape("Geneva, Palais; Room XVII\\B\nsecond line\r\nthird"))
                .isEqualTo("Geneva\\, Palais\\; Room XVII\\\\B\\nsecond line\\nthird");
    }

    @Test
    void theTitleAndPlaceAreEscapedInTheEvent() {
        String ics = invitation(meeting(new MeetingDetails(MeetingBody.WORKSHOP, "Stockpiles; Croatia, Mexico",
                LocalDateTime.of(2017, 1, 10, 14, 0), LocalDateTime.of(2017, 1, 10, 15, 0), GENEVA,
                "Palais des Nations, Room XVII", false, Set.of(Language.EN), null)));

        assertThat(lines(ics)).contains("SUMMARY:Stockpiles\\; Croatia\\, Mexico",
                "LOCATION:Palais des Nations\\, Room XVII");
    }

    @Test
    void everyLineEndsWithCrLfAndNoLineIsLongerThan75Octets() {
        String title = "Coordination Committee meeting with Mr. Asim Dorović, Ms. Amélie Chayer and Ms. Carola "
                + "Muñoz on the operational plans of the thematic Coordinators — Ελληνικά — 日本語の会議";
        byte[] bytes = MeetingInvitation.of(meeting(new MeetingDetails(MeetingBody.WORKSHOP, title,
                LocalDateTime.of(2017, 1, 10, 14, 0), LocalDateTime.of(2017, 1, 10, 15, 0), GENEVA, "Geneva", false,
                Set.of(Language.EN), null)), "ccm-platform", STAMP);
        String ics = new String(bytes, StandardCharsets.UTF_8);

        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (byte[] line : physicalLines(bytes)) {
            assertThat(line.length).as("octets in a line").isLessThanOrEqualTo(75);
            assertThat(isWholeUtf8(line)).as("a line does not split a character").isTrue();
        }
        assertThat(ics.split("\r\n")).anyMatch(l -> l.startsWith(" "));
        assertThat(lines(ics)).contains("SUMMARY:" + title.replace(",", "\\,"));
    }

    /** The content lines, unfolded (RFC 5545 3.1: a line break followed by one space continues the line). */
    static List<String> lines(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    static String invitation(Meeting meeting) {
        return new String(MeetingInvitation.of(meeting, "ccm-platform", STAMP), StandardCharsets.UTF_8);
    }

    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
            }
        }
        assertThat(start).as("the last line ends with CRLF").isEqualTo(bytes.length);
        return lines;
    }

    private static boolean isWholeUtf8(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
