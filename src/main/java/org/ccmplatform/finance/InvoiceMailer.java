package org.ccmplatform.finance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ccmplatform.registry.Contact;
import org.ccmplatform.registry.ContactDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Postman;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a year's invoices not sent yet, each to its State's contacts, in the State's language, with the invoice as a
 * PDF; each invoice is marked sent (when, to whom) in its own transaction, so that one refused message does not undo
 * the record of those already sent. States with no contact address are reported, not skipped silently.
 */
@Service
public class InvoiceMailer {

    private final Treasury treasury;
    private final Invoices invoices;
    private final InvoicePdf pdf;
    private final ContactDirectory contacts;
    private final Postman postman;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InvoiceMailer(Treasury treasury, Invoices invoices, InvoicePdf pdf, ContactDirectory contacts, Postman postman,
            MessageSource messages, TransactionTemplate transactions, Clock clock) {
        this.treasury = treasury;
        this.invoices = invoices;
        this.pdf = pdf;
        this.contacts = contacts;
        this.postman = postman;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** How a sending went: how many invoices were sent, and the States that have no contact to send to. */
    public record Sending(int sent, List<State> withoutContact) {}

    public Sending send(int year, CurrentUser user) {
        Treasury.checkIsu(user);
        List<Invoice> unsent = treasury.invoicesOf(year).stream()
                .filter(i -> i.status() == InvoiceStatus.ISSUED && i.sentAt() == null).toList();
        Map<Long, List<Contact>> byState = contacts.ofStates(unsent.stream().map(i -> i.state().id()).toList());
        int sent = 0;
        List<State> without = new ArrayList<>();
        for (Invoice invoice : unsent) {
            List<String> to = byState.getOrDefault(invoice.state().id(), List.of()).stream().map(Contact::email)
                    .filter(Objects::nonNull).filter(e -> !e.isBlank()).distinct().toList();
            if (to.isEmpty()) {
                without.add(invoice.state());
                continue;
            }
            transactions.executeWithoutResult(status -> {
                Invoice current = invoices.findById(invoice.id()).orElseThrow();
                Locale locale = InvoicePdf.localeOf(current);
                postman.send(to, messages.getMessage("invoice.mail.subject", new Object[] {current.number(),
                                String.valueOf(current.year())}, locale),
                        messages.getMessage("invoice.mail.body", new Object[] {current.state().name(locale),
                                String.valueOf(current.year()), current.total().format(locale)}, locale),
                        List.of(new Postman.Attachment(current.number() + ".pdf", "application/pdf",
                                pdf.render(current, treasury.scaleIsIllustrative(current.year())))));
                current.sent(clock.instant(), to);
            });
            sent++;
        }
        return new Sending(sent, without);
    }

    public byte[] pdfOf(long id) {
        return transactions.execute(status -> {
            Invoice invoice = treasury.invoice(id);
            return pdf.render(invoice, treasury.scaleIsIllustrative(invoice.year()));
        });
    }
}
