package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccmplatform.TestSmtp;
import org.ccmplatform.registry.Contact;
import org.ccmplatform.registry.ContactDetails;
import org.ccmplatform.registry.ContactDirectory;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A budget year of the tests' own (2081–2089, far from the demo's 2016), with an illustrative scale for a few chosen
 * States only, so that its schedule and invoices concern those States alone; contacts with addresses of the test's
 * own; and the mail and PDFs read back. Used inside @Transactional tests, so that what it creates is rolled back.
 */
final class InvoicedYear {

    final Treasury treasury;
    final ScaleRates scale;
    final ContactDirectory contacts;
    final StateRegister states;
    final UserDetailsService users;
    final CurrentUser isu;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    InvoicedYear(ApplicationContext context) {
        treasury = context.getBean(Treasury.class);
        scale = context.getBean(ScaleRates.class);
        contacts = context.getBean(ContactDirectory.class);
        states = context.getBean(StateRegister.class);
        users = context.getBean(UserDetailsService.class);
        isu = user("isu");
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /**
     * Adopts the year's budget, gives each State a rate of 1 % for that year alone, and issues the year's invoices on
     * the given day: one per State, in the order of their codes.
     */
    List<Invoice> issue(int year, String budget, LocalDate issuedOn, String... iso3) {
        List<String> assessed = treasury.assessedIn(year).stream().map(Participation::state).map(State::iso3).toList();
        assertThat(assessed).as("States Parties assessed in %s", year).contains(iso3);
        treasury.adoptBudgetOnBehalf(year, new Money(new BigDecimal(budget), IsuBudget.CURRENCY),
                LocalDate.of(year - 1, 9, 10), null, "Test budget " + suffix);
        scale.saveAll(Arrays.stream(iso3).map(code -> new ScaleRate(states.get(code), BigDecimal.ONE, year, year,
                "Illustrative test scale " + suffix, true)).toList());
        List<Invoice> issued = treasury.issueInvoicesOnBehalf(year, issuedOn);
        assertThat(issued).extracting(i -> i.state().iso3()).containsExactlyInAnyOrder(iso3);
        return issued.stream().sorted(java.util.Comparator.comparing(i -> i.state().iso3())).toList();
    }

    /** A finance contact of a State with an address of this test's own. */
    String contact(String iso3, String name) {
        String address = name + "-" + iso3.toLowerCase() + "-" + suffix + "@example.org";
        Contact contact = contacts.create(new ContactDetails("Finance " + name, "Finance officer (test)", address,
                null, iso3, null), isu);
        return contact.email();
    }

    /** A State Party among the candidates that has no contact at all (the demo gives few States contacts). */
    String stateWithoutContact(int year, String... candidates) {
        List<String> assessed = treasury.assessedIn(year).stream().map(Participation::state).map(State::iso3).toList();
        return Arrays.stream(candidates).filter(assessed::contains)
                .filter(code -> contacts.ofStates(List.of(states.get(code).id())).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("every candidate has a contact"));
    }

    Payment pay(Invoice invoice, String amount) {
        return treasury.recordPayment(new Treasury.PaymentEntry(invoice.id(), null, null, treasury.today(),
                new BigDecimal(amount), "CHF", null, "TEST-" + suffix + "-" + UUID.randomUUID(), null), isu);
    }

    /** The messages this address received, once the expected number arrived (or after five seconds). */
    static List<MimeMessage> mailTo(String address, int expected) throws InterruptedException {
        long until = System.currentTimeMillis() + 5000;
        List<MimeMessage> received = TestSmtp.messagesTo(address);
        while (received.size() < expected && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            received = TestSmtp.messagesTo(address);
        }
        return received;
    }

    /** The plain text of a message, attachments left out. */
    static String body(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        StringBuilder text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(body(multipart.getBodyPart(i)));
            }
        }
        return text.toString();
    }

    /** The attached files of a message, by name. */
    static List<Attached> attachments(MimeMessage message) throws Exception {
        List<Attached> files = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    files.add(new Attached(part.getFileName(), part.getContentType(),
                            part.getInputStream().readAllBytes()));
                }
            }
        }
        return files;
    }

    record Attached(String fileName, String contentType, byte[] content) {}

    /** A PDF's text as PDFBox reads it back, every run of spaces (no-break ones included) as one space. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return spaced(new PDFTextStripper().getText(document));
        }
    }

    static String pdfTitle(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        }
    }

    static String spaced(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }
}
