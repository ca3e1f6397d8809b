package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a year's invoices through a real SMTP server (GreenMail): each State's contacts receive one message in the
 * State's language with its invoice as a PDF; each invoice is marked sent (when, to whom); a second sending sends
 * nothing more; a State without a contact is reported and not marked; only the ISU sends. The year 2082 and the
 * contacts are the test's own, rolled back at the end (the messages stay in GreenMail, to addresses no one else uses).
 */
@IntegrationTest
@Transactional
class InvoiceMailIntegrationTest {

    static final int YEAR = 2082;

    @Autowired
    ApplicationContext context;

    @Autowired
    InvoiceMailer mailer;

    @Autowired
    MockMvc mvc;

    InvoicedYear fixture;
    String silent;
    Invoice chile;
    Invoice britain;
    Invoice senegal;
    Invoice unreachable;
    String britainFirst;
    String britainSecond;
    String senegalAddress;
    String chileAddress;

    @BeforeEach
    void invoicesIssuedAndContactsKnown() {
        fixture = new InvoicedYear(context);
        silent = fixture.stateWithoutContact(YEAR, "NZL", "IRL", "AUS", "NLD", "BEL", "AUT", "PRT");
        List<Invoice> issued = fixture.issue(YEAR, "12000.00", fixture.treasury.today().minusDays(10),
                "CHL", "GBR", "SEN", silent);
        chile = byState(issued, "CHL");
        britain = byState(issued, "GBR");
        senegal = byState(issued, "SEN");
        unreachable = byState(issued, silent);
        britainFirst = fixture.contact("GBR", "alpha");
        britainSecond = fixture.contact("GBR", "beta");
        senegalAddress = fixture.contact("SEN", "gamma");
        chileAddress = fixture.contact("CHL", "delta");
    }

    @Test
    void eachStatesContactsReceiveTheirInvoiceInTheStatesLanguage() throws Exception {
        InvoiceMailer.Sending sending = mailer.send(YEAR, fixture.isu);

        assertThat(sending.sent()).isEqualTo(3);
        assertThat(sending.withoutContact()).extracting(s -> s.iso3()).containsExactly(silent);

        MimeMessage english = single(britainFirst);
        assertThat(single(britainSecond).getMessageID()).as("one message to both contacts")
                .isEqualTo(english.getMessageID());
        assertThat(Arrays.stream(english.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyInAnyOrder(britainFirst, britainSecond);
        assertThat(english.getSubject()).isEqualTo("ISU contribution 2082: invoice " + britain.number());
        assertThat(InvoicedYear.body(english)).contains("Dear colleagues",
                "the indicative contribution of " + britain.state().name(Locale.ENGLISH)
                        + " to the budget of the Implementation Support Unit for 2082: "
                        + britain.total().format(Locale.ENGLISH),
                "This is not the United Nations’ invoice for the costs of meetings under Article 14.");
        assertAttachedInvoice(english, britain, "Invoice ");

        MimeMessage french = single(senegalAddress);
        assertThat(french.getSubject()).isEqualTo("Contribution à l’ISU 2082 : facture " + senegal.number());
        assertThat(InvoicedYear.body(french)).contains(senegal.state().name(Locale.FRENCH));
        assertAttachedInvoice(french, senegal, "Facture ");

        MimeMessage spanish = single(chileAddress);
        assertThat(spanish.getSubject()).isEqualTo("Contribución a la ISU 2082: factura " + chile.number());
        assertThat(InvoicedYear.body(spanish)).contains(chile.state().name(Locale.forLanguageTag("es")));
        assertAttachedInvoice(spanish, chile, "Factura ");
    }

    @Test
    void eachInvoiceSentIsMarkedWithWhenAndToWhomAndTheOneWithoutContactIsNot() {
        Instant before = Instant.now();
        mailer.send(YEAR, fixture.isu);
        Instant after = Instant.now();

        List<Invoice> invoices = fixture.treasury.invoicesOf(YEAR);
        assertThat(byState(invoices, "GBR").sentTo()).isEqualTo(britainFirst + ", " + britainSecond);
        assertThat(byState(invoices, "SEN").sentTo()).isEqualTo(senegalAddress);
        assertThat(byState(invoices, "CHL").sentTo()).isEqualTo(chileAddress);
        for (String iso3 : List.of("GBR", "SEN", "CHL")) {
            assertThat(byState(invoices, iso3).sentAt()).as(iso3).isBetween(before, after);
        }
        assertThat(byState(invoices, silent).sentAt()).isNull();
        assertThat(byState(invoices, silent).sentTo()).isNull();
    }

    @Test
    void sendingAgainSendsNothingMoreButStillReportsTheStateWithoutContact() throws Exception {
        mailer.send(YEAR, fixture.isu);
        single(britainFirst);
        int received = TestSmtp.server().getReceivedMessages().length;

        InvoiceMailer.Sending again = mailer.send(YEAR, fixture.isu);

        assertThat(again.sent()).isZero();
        assertThat(again.withoutContact()).extracting(s -> s.iso3()).containsExactly(silent);
        Thread.sleep(200);
        assertThat(TestSmtp.server().getReceivedMessages()).hasSize(received);
        assertThat(TestSmtp.messagesTo(britainFirst)).hasSize(1);
    }

    @Test
    void aContactAddedLaterGetsOnlyTheInvoiceNotSentYet() throws Exception {
        mailer.send(YEAR, fixture.isu);
        String late = fixture.contact(silent, "epsilon");

        InvoiceMailer.Sending later = mailer.send(YEAR, fixture.isu);

        assertThat(later.sent()).isEqualTo(1);
        assertThat(later.withoutContact()).isEmpty();
        assertThat(single(late).getSubject()).endsWith(unreachable.number());
        assertThat(byState(fixture.treasury.invoicesOf(YEAR), silent).sentTo()).isEqualTo(late);
        assertThat(TestSmtp.messagesTo(britainFirst)).hasSize(1);
    }

    @Test
    void aCancelledInvoiceIsNotSent() throws Exception {
        fixture.treasury.cancelInvoice(chile.id(), chile.version(), "Chile was assessed by mistake", fixture.isu);

        assertThat(mailer.send(YEAR, fixture.isu).sent()).isEqualTo(2);

        Thread.sleep(200);
        assertThat(TestSmtp.messagesTo(chileAddress)).isEmpty();
        assertThat(byState(fixture.treasury.invoicesOf(YEAR), "CHL").sentAt()).isNull();
    }

    @Test
    void onlyTheIsuSendsInvoices() throws Exception {
        for (String other : List.of("president", "coordinator", "norway")) {
            assertThatThrownBy(() -> mailer.send(YEAR, fixture.user(other))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> mailer.send(YEAR, null)).isInstanceOf(AccessDeniedException.class);
        for (String other : List.of("president", "coordinator", "norway")) {
            mvc.perform(post("/finance/invoices/send").param("year", String.valueOf(YEAR))
                            .with(user(fixture.user(other))).with(csrf()))
                    .andExpect(status().isForbidden());
        }

        Thread.sleep(200);
        assertThat(TestSmtp.messagesTo(britainFirst)).isEmpty();
        assertThat(fixture.treasury.invoicesOf(YEAR)).allSatisfy(i -> assertThat(i.sentAt()).isNull());
    }

    @Test
    void theIsuSendsFromTheInvoicesPageAndIsToldWhoHasNoContact() throws Exception {
        mvc.perform(post("/finance/invoices/send").param("year", String.valueOf(YEAR))
                        .with(user(fixture.user("isu"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/finance/invoices?year=2082"))
                .andExpect(flash().attribute("saved", "invoices.sent"))
                .andExpect(flash().attribute("sentCount", 3))
                .andExpect(flash().attribute("withoutContact", List.of(silent)));

        assertThat(single(chileAddress).getSubject()).endsWith(chile.number());
    }

    private static void assertAttachedInvoice(MimeMessage message, Invoice invoice, String title) throws Exception {
        List<InvoicedYear.Attached> files = InvoicedYear.attachments(message);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo(invoice.number() + ".pdf");
            assertThat(file.contentType()).startsWith("application/pdf");
            assertThat(InvoicedYear.pdfTitle(file.content())).isEqualTo(title + invoice.number());
            assertThat(InvoicedYear.pdfText(file.content())).contains(title + invoice.number(),
                    invoice.state().name(invoice.language().locale()));
        });
    }

    private static MimeMessage single(String address) throws InterruptedException {
        List<MimeMessage> received = InvoicedYear.mailTo(address, 1);
        assertThat(received).as("mail to %s", address).hasSize(1);
        return received.get(0);
    }

    private static Invoice byState(List<Invoice> invoices, String iso3) {
        return invoices.stream().filter(i -> i.state().iso3().equals(iso3)).findFirst().orElseThrow();
    }
}
