package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A State's invoice as a PDF, opened with PDFBox and read back: its number, the State's name, every amount and the
 * note that it is not the UN's Article 14 invoice, all in the State's language (English for the United Kingdom,
 * French for France, Spanish for Mexico); a cancelled invoice says so; the PDF is served to the ISU and not to a donor.
 * The year 2081 is the test's own, rolled back at the end.
 */
@IntegrationTest
@Transactional
class InvoicePdfIntegrationTest {

    static final int YEAR = 2081;
    static final LocalDate ISSUED = LocalDate.of(2081, 1, 15);

    @Autowired
    ApplicationContext context;

    @Autowired
    InvoicePdf pdf;

    @Autowired
    InvoiceMailer mailer;

    @Autowired
    MockMvc mvc;

    InvoicedYear fixture;
    Invoice france;
    Invoice britain;
    Invoice mexico;

    @BeforeEach
    void invoicesIssued() {
        fixture = new InvoicedYear(context);
        List<Invoice> issued = fixture.issue(YEAR, "6543.21", ISSUED, "FRA", "GBR", "MEX");
        france = issued.get(0);
        britain = issued.get(1);
        mexico = issued.get(2);
    }

    @Test
    void theLanguageOfEachInvoiceIsTheStatesAndTheNumbersFollowEachOther() {
        assertThat(InvoiceLanguage.of(britain.state())).isEqualTo(Language.EN);
        assertThat(InvoiceLanguage.of(france.state())).isEqualTo(Language.FR);
        assertThat(InvoiceLanguage.of(mexico.state())).isEqualTo(Language.ES);
        assertThat(List.of(france, britain, mexico)).extracting(Invoice::language)
                .containsExactly(Language.FR, Language.EN, Language.ES);
        assertThat(List.of(france, britain, mexico)).extracting(Invoice::number)
                .containsExactly("ISU-2081-001", "ISU-2081-002", "ISU-2081-003");
    }

    @Test
    void anInvoiceOnAnIllustrativeScaleSaysSoAndOneOnARealScaleDoesNot() throws Exception {
        assertThat(InvoicedYear.pdfText(pdf.render(britain, true)))
                .contains("Demonstration: this invoice rests on an illustrative scale of assessment");
        assertThat(InvoicedYear.pdfText(pdf.render(france, true)))
                .contains("barème des quotes-parts illustratif");
        assertThat(InvoicedYear.pdfText(pdf.render(britain, false))).doesNotContain("illustrative");
    }

    @Test
    void anEnglishInvoiceReadsBackInEnglish() throws Exception {
        byte[] bytes = pdf.render(britain, false);
        String text = InvoicedYear.pdfText(bytes);

        assertThat(InvoicedYear.pdfTitle(bytes)).isEqualTo("Invoice ISU-2081-002");
        assertThat(text).contains("Implementation Support Unit of the Convention on Cluster Munitions, Geneva",
                "Invoice ISU-2081-002", "To: " + britain.state().name(Locale.ENGLISH), "Date: 15 January 2081",
                "Indicative contribution to the ISU budget for 2081", "Contribution category", "Amount (CHF)",
                "Total (CHF) " + amount(britain.total().amount(), Locale.ENGLISH),
                "This is not the United Nations’ invoice for the costs of meetings under Article 14 of the "
                        + "Convention, which the United Nations sends separately.");
        assertLines(text, britain, Locale.ENGLISH, "Category ");
        assertThat(amount(britain.total().amount(), Locale.ENGLISH)).as("English figures").matches("\\d,\\d{3}\\.\\d{2}");
        assertThat(text).doesNotContain("Cancelled", "Facture", "Factura");
    }

    @Test
    void aFrenchInvoiceReadsBackInFrench() throws Exception {
        String text = InvoicedYear.pdfText(pdf.render(france, false));

        String total = amount(france.total().amount(), Locale.FRENCH);
        assertThat(total).as("French figures").matches("\\d \\d{3},\\d{2}");
        assertThat(text).contains("Unité d’appui à l’application de la Convention sur les armes à sous-", "Genève",
                "Facture ISU-2081-001", "À : " + france.state().name(Locale.FRENCH), "Date : 15 janvier 2081",
                "Contribution indicative au budget de l’ISU pour 2081", "Catégorie de contribution",
                "Total (CHF) " + total,
                "Ceci n’est pas la facture des Nations Unies pour le coût des réunions au titre de l’article 14 de la "
                        + "Convention, que les Nations Unies envoient séparément.");
        assertLines(text, france, Locale.FRENCH, "Catégorie ");
        assertThat(text).doesNotContain("This is not the United Nations", "Invoice ISU");
    }

    @Test
    void aSpanishInvoiceReadsBackInSpanish() throws Exception {
        String text = InvoicedYear.pdfText(pdf.render(mexico, false));

        Locale spanish = Locale.forLanguageTag("es");
        String total = amount(mexico.total().amount(), spanish);
        assertThat(total).as("Spanish figures").matches("\\d\\.?\\d{3},\\d{2}");
        assertThat(text).contains("Dependencia de Apoyo a la Aplicación de la Convención sobre Municiones en Racimo",
                "Factura ISU-2081-003", "Para: " + mexico.state().name(spanish), "Fecha: 15 de enero de 2081",
                "Contribución indicativa al presupuesto de la ISU para 2081", "Total (CHF) " + total,
                "Esta no es la factura de las Naciones Unidas por los costos de las reuniones en virtud del artículo "
                        + "14 de la Convención, que las Naciones Unidas envían por separado.");
        assertLines(text, mexico, spanish, "Categoría ");
        assertThat(text).doesNotContain("This is not the United Nations", "Ceci n’est pas");
    }

    @Test
    void aCancelledInvoiceSaysSoInItsLanguage() throws Exception {
        Invoice cancelled = fixture.treasury.cancelInvoice(britain.id(), britain.version(),
                "Issued twice by mistake", fixture.isu);
        Invoice annulee = fixture.treasury.cancelInvoice(france.id(), france.version(), "Émise par erreur",
                fixture.isu);

        LocalDate today = fixture.treasury.today();
        assertThat(InvoicedYear.pdfText(mailer.pdfOf(cancelled.id()))).contains("Invoice ISU-2081-002",
                "Cancelled on " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(today)
                        + ": Issued twice by mistake");
        assertThat(InvoicedYear.pdfText(mailer.pdfOf(annulee.id()))).contains("Facture ISU-2081-001",
                "Annulée le " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(today)
                        + " : Émise par erreur");
        assertThat(InvoicedYear.pdfText(mailer.pdfOf(mexico.id()))).doesNotContain("Anulada");
    }

    @Test
    void theIsuDownloadsTheInvoiceAsAPdf() throws Exception {
        byte[] body = mvc.perform(get("/finance/invoices/{id}/pdf", france.id())
                        .with(user(fixture.user("isu"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"ISU-2081-001.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(InvoicedYear.pdfText(body)).contains("Facture ISU-2081-001", "au titre de l’article 14");
    }

    @Test
    void theReadersDownloadItTooButADonorAndTheAnonymousDoNot() throws Exception {
        for (String reader : List.of("president", "coordinator")) {
            mvc.perform(get("/finance/invoices/{id}/pdf", mexico.id()).with(user(fixture.user(reader))))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/finance/invoices/{id}/pdf", mexico.id()).with(user(fixture.user("norway"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/finance/invoices/{id}/pdf", mexico.id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void anInvoiceThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/finance/invoices/{id}/pdf", Long.MAX_VALUE).with(user(fixture.user("isu"))))
                .andExpect(status().isNotFound());
    }

    /** Every line of the invoice is in the PDF: its category and its amount, in the invoice's language. */
    private static void assertLines(String text, Invoice invoice, Locale locale, String category) {
        assertThat(invoice.lines()).isNotEmpty().allSatisfy(line -> assertThat(text)
                .contains(category + line.category() + " " + amount(line.amount(), locale)));
    }

    private static String amount(java.math.BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return InvoicedYear.spaced(format.format(amount));
    }
}
