package org.ccmplatform.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly progress report as at 4 November 2016, downloaded as PDF and DOCX in English, French and Spanish, opened
 * with PDFBox and Apache POI and read back: the title, the plan, the day, the translated theme headings, and each
 * figure beside its indicator, as the report the desk computes gives them (22 overdue initial reports).
 */
@IntegrationTest
class ActionPlanDocumentsIntegrationTest {

    static final String DAY = "2016-11-04";

    @Autowired
    MockMvc mvc;

    @Autowired
    ActionPlanDesk desk;

    @Test
    @DisplayName("The English PDF gives the title, the Dubrovnik Action Plan, the day and each figure by its indicator")
    void theEnglishPdfReadsBack() throws Exception {
        String text = pdfText(download("pdf", "en", "application/pdf", "action-plan-progress-2016-11-04-en.pdf"));

        assertThat(text).contains("Action plan progress report",
                "Dubrovnik Action Plan, 1 January 2016 to 31 December 2020", "Figures as at 4 November 2016",
                "Universalization", "Victim assistance", "Transparency measures", "National implementation measures",
                "Sources of the data", "the authoritative texts are the action plans as adopted by the States Parties");
        assertFigure(text, "States Parties with an overdue initial transparency report", "22 " + outOf("INITIAL_REPORTS_OVERDUE") + " 0");
        assertFigure(text, "States Parties (instrument deposited", figures("STATES_PARTIES") + " 130 by 31 December 2020");
        assertThat(text).doesNotContain("Rapport d’avancement", "Informe de avance");
    }

    @Test
    @DisplayName("The French PDF is in French, with the same figures")
    void theFrenchPdfReadsBackInFrench() throws Exception {
        String text = pdfText(download("pdf", "fr", "application/pdf", "avancement-plan-action-2016-11-04-fr.pdf"));

        assertThat(text).contains("Rapport d’avancement du plan d’action",
                "Plan d’action de Dubrovnik, du 1 janvier 2016 au 31 décembre 2020", "Chiffres au 4 novembre 2016",
                "Universalisation", "Assistance aux victimes", "Mesures de transparence", "Sources des données",
                "les textes qui font foi sont les plans d’action tels qu’adoptés par les États parties");
        assertFigure(text, "États parties dont le rapport initial de transparence", "22 " + outOf("INITIAL_REPORTS_OVERDUE") + " 0");
        assertThat(text).doesNotContain("Action plan progress report");
    }

    @Test
    @DisplayName("The Spanish PDF is in Spanish, with the same figures")
    void theSpanishPdfReadsBackInSpanish() throws Exception {
        String text = pdfText(download("pdf", "es", "application/pdf", "avance-plan-accion-2016-11-04-es.pdf"));

        assertThat(text).contains("Informe de avance del plan de acción",
                "Plan de Acción de Dubrovnik, del 1 de enero de 2016 al 31 de diciembre de 2020",
                "Cifras a 4 de noviembre de 2016", "Universalización", "Asistencia a las víctimas",
                "Medidas de transparencia", "Fuentes de los datos");
        assertFigure(text, "Estados Partes con el informe inicial de transparencia", "22 " + outOf("INITIAL_REPORTS_OVERDUE") + " 0");
    }

    @Test
    @DisplayName("The DOCX in each language holds the title, the day, the theme headings and a table row per "
            + "indicator with its figure, out of and target")
    void theDocxReadsBackInEachLanguage() throws Exception {
        for (String[] language : List.of(new String[] {"en", "Action plan progress report", "Figures as at 4 November "
                        + "2016", "Transparency measures", "States Parties with an overdue initial transparency report",
                        "action-plan-progress-2016-11-04-en.docx"},
                new String[] {"fr", "Rapport d’avancement du plan d’action", "Chiffres au 4 novembre 2016",
                        "Mesures de transparence", "États parties dont le rapport initial de transparence est en retard",
                        "avancement-plan-action-2016-11-04-fr.docx"},
                new String[] {"es", "Informe de avance del plan de acción", "Cifras a 4 de noviembre de 2016",
                        "Medidas de transparencia", "Estados Partes con el informe inicial de transparencia atrasado",
                        "avance-plan-accion-2016-11-04-es.docx"})) {
            byte[] body = download("docx", language[0], ProgressDocx.CONTENT_TYPE, language[5]);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(body))) {
                List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertThat(paragraphs).contains(language[1], language[2], language[3]);
                XWPFTableRow initial = row(document, language[4]);
                assertThat(initial.getCell(1).getText()).isEqualTo("22");
                assertThat(initial.getCell(2).getText()).isEqualTo(outOf("INITIAL_REPORTS_OVERDUE"));
                assertThat(initial.getCell(3).getText()).isEqualTo("0");
                assertThat(document.getTables()).hasSize((int) desk.report(java.time.LocalDate.parse(DAY),
                        Locale.ENGLISH).themes().stream().flatMap(t -> t.actions().stream())
                        .filter(a -> !a.indicators().isEmpty()).count());
            }
        }
    }

    @Test
    @DisplayName("Without ?language= the report is in the reader's language")
    void withoutALanguageTheReportIsInTheReadersLanguage() throws Exception {
        byte[] body = mvc.perform(get("/action-plan/progress.pdf").param("asOf", DAY).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(pdfText(body)).contains("Informe de avance del plan de acción");
    }

    @Test
    @DisplayName("Asking for the report in a language does not change the reader's language; an unknown one gives "
            + "the reader's")
    void theReportsLanguageIsNotTheReadersChoice() throws Exception {
        var response = mvc.perform(get("/action-plan/progress.pdf").param("asOf", DAY).param("language", "fr")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        byte[] unknown = mvc.perform(get("/action-plan/progress.pdf").param("asOf", DAY).param("language", "de")
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(response.getCookie("ccm-lang")).isNull();
        assertThat(pdfText(response.getContentAsByteArray())).contains("Rapport d’avancement du plan d’action");
        assertThat(pdfText(unknown)).contains("Informe de avance del plan de acción");
    }

    @Test
    @DisplayName("A report asked for a day before the first plan is refused with a page that says so in the reader's "
            + "language, not a file")
    void aReportBeforeTheFirstPlanIsRefused() throws Exception {
        String page = mvc.perform(get("/action-plan/progress.pdf").param("asOf", "2015-01-01").param("language", "es")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/html")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String malformed = mvc.perform(get("/action-plan/progress.docx").param("asOf", "not-a-day")
                        .param("language", "en"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(org.jsoup.Jsoup.parse(page).getElementById("asOf-problem").text()).isEqualTo(
                "Le premier plan d’action a commencé le 2016-01-01 : choisissez une date à partir de celle-ci.");
        assertThat(org.jsoup.Jsoup.parse(malformed).getElementById("asOf-problem").text())
                .isEqualTo("“not-a-day” is not a date (use YYYY-MM-DD).");
    }

    private byte[] download(String format, String lang, String type, String fileName) throws Exception {
        return mvc.perform(get("/action-plan/progress." + format).param("asOf", DAY).param("language", lang))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.parseMediaType(type).toString()))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + fileName + "\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** The figure, out of and target follow the first line of the indicator's name, before any other number. */
    private static void assertFigure(String text, String nameStart, String figures) {
        assertThat(text).containsPattern(Pattern.compile(Pattern.quote(nameStart) + "[^\\d]*" + Pattern.quote(figures)
                + "\\b"));
    }

    private String outOf(String code) {
        return String.valueOf(desk.report(java.time.LocalDate.parse(DAY), Locale.ENGLISH).indicator(code).outOf());
    }

    private String figures(String code) {
        return String.valueOf(desk.report(java.time.LocalDate.parse(DAY), Locale.ENGLISH).indicator(code).value());
    }

    private static XWPFTableRow row(XWPFDocument document, String indicator) {
        return document.getTables().stream().flatMap((XWPFTable t) -> t.getRows().stream())
                .filter(r -> r.getCell(0).getText().equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + indicator));
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            return stripper.getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
    }
}
