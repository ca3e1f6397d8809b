package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.meetings.TestMeetings.DECEMBER_7_2016;
import static org.ccmplatform.meetings.TestMeetings.NOVEMBER_4_2016;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The documents a meeting's page offers: the minutes as a PDF in a language, and the meeting as an .ics file. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesDocumentsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    TestMeetings meetings;
    Meeting november;
    Meeting december;

    @BeforeAll
    void findTheDemoMeetings() {
        meetings = new TestMeetings(context);
        november = meetings.committeeMeetingOn(NOVEMBER_4_2016);
        december = meetings.committeeMeetingOn(DECEMBER_7_2016);
    }

    @Test
    void theMinutesOfTheFourthOfNovemberAreARealPdfWithEverythingAReaderChecks() throws Exception {
        MockHttpServletResponse response = download("/meetings/" + november.id() + "/minutes.pdf");

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"minutes-2016-11-04-" + november.id() + ".pdf\"");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = ReadBack.pdfText(pdf);
        assertThat(text).contains("Minutes: Coordination Committee meeting",
                "4 November 2016, 10:00–11:30 (Europe/Zurich) · Permanent Mission of the Federal Republic of "
                        + "Germany, Geneva",
                "Minutes circulated, version 1", "Present", "Germany: H.E. Michael Biontino (7MSP President), "
                        + "Mr. Toralf Pilz",
                "Bosnia and Herzegovina: Mr. Asim Dorović", "Chile: Ms. Carola Muñoz",
                "3. Approval of the Minutes of 27 September 2016",
                "5.3. Stockpile Destruction (Croatia and Mexico)", "8. Date of the Next CC Meeting",
                "Decision: The minutes of 27 September 2016 are approved without comments as a correct record.",
                "Action points", "Send individual letters to every State Party", "ISU-CCM", "30 Nov 2016",
                "Next meeting: Coordination Committee meeting, 7 December 2016, 10:00–11:30 (Europe/Zurich)");
        assertThat(text.indexOf("5.3. Stockpile")).isGreaterThan(text.indexOf("5. Presentation of Concept notes"))
                .isLessThan(text.indexOf("6. Implementation of the ISU-CCM Financial Decision"));
    }

    @Test
    void theMinutesAreWrittenInTheLanguageAskedFor() throws Exception {
        String french = ReadBack.pdfText(download("/meetings/" + november.id() + "/minutes.pdf?language=fr")
                .getContentAsByteArray());

        assertThat(french).contains(messages.getMessage("minutes.pdf.heading",
                        new Object[] {"Coordination Committee meeting"}, Locale.FRENCH),
                "4 novembre 2016, 10:00–11:30 (Europe/Zurich)", "7 déc. 2016", "Italie")
                .doesNotContain("4 November 2016", "7 Dec 2016");
    }

    @Test
    void askingForTheMinutesInFrenchLeavesTheReadersOwnLanguageAlone() throws Exception {
        MockHttpServletResponse response = download("/meetings/" + november.id() + "/minutes.pdf?language=fr");

        assertThat(response.getCookie("ccm-lang")).isNull();
    }

    @Test
    void theNextMeetingIsOfferedAsAnIcsFileAtItsTimeInUtc() throws Exception {
        MockHttpServletResponse response = download("/meetings/" + december.id() + "/invitation.ics");

        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"meeting-" + december.id() + ".ics\"");
        String ics = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(MeetingInvitationTest.lines(ics)).contains("BEGIN:VEVENT", "DTSTART:20161207T090000Z",
                "DTEND:20161207T103000Z", "SUMMARY:Coordination Committee meeting",
                "LOCATION:Permanent Mission of the Federal Republic of Germany\\, Geneva",
                "UID:meeting-" + december.id() + "@ccm-platform");
    }

    private MockHttpServletResponse download(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(meetings.isu))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return response;
    }
}
