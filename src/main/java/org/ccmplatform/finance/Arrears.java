package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ccmplatform.registry.Contact;
import org.ccmplatform.registry.ContactDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Postman;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each State still owes on its invoices, with how long it has been owed, and the reminder runs the ISU makes:
 * each run writes to every State still owing (to its contacts, in its invoice's language) and keeps the letter, with
 * what was owed and to whom it went, whether or not an address was found.
 */
@Service
public class Arrears {

    private final Treasury treasury;
    private final Invoices invoices;
    private final Payments payments;
    private final Reminders reminders;
    private final ReminderLetters letters;
    private final ContactDirectory contacts;
    private final Postman postman;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Arrears(Treasury treasury, Invoices invoices, Payments payments, Reminders reminders, ReminderLetters letters,
            ContactDirectory contacts, Postman postman, MessageSource messages, TransactionTemplate transactions,
            Clock clock) {
        this.treasury = treasury;
        this.invoices = invoices;
        this.payments = payments;
        this.reminders = reminders;
        this.letters = letters;
        this.contacts = contacts;
        this.postman = postman;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** How long an invoice has been owed. */
    public enum Age { UNDER_90_DAYS, UNDER_A_YEAR, ONE_TO_TWO_YEARS, OVER_TWO_YEARS }

    /** One invoice still owed: what was invoiced, paid, outstanding, and how old it is. */
    public record Owed(Invoice invoice, BigDecimal paid, BigDecimal outstanding, long days, Age age) {}

    @Transactional(readOnly = true)
    public List<Owed> owed() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, BigDecimal> paid = payments.paidPerInvoice().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (BigDecimal) row[1]));
        List<Owed> owed = new ArrayList<>();
        for (Invoice invoice : invoices.issued()) {
            BigDecimal towards = paid.getOrDefault(invoice.id(), BigDecimal.ZERO);
            BigDecimal outstanding = invoice.total().amount().subtract(towards);
            if (outstanding.signum() > 0) {
                long days = ChronoUnit.DAYS.between(invoice.issuedOn(), today);
                owed.add(new Owed(invoice, towards, outstanding, days, age(days)));
            }
        }
        owed.sort(Comparator.comparing((Owed o) -> o.invoice().state().iso3())
                .thenComparing(o -> o.invoice().year()));
        return owed;
    }

    static Age age(long days) {
        return days < 90 ? Age.UNDER_90_DAYS : days < 365 ? Age.UNDER_A_YEAR : days < 730 ? Age.ONE_TO_TWO_YEARS
                : Age.OVER_TWO_YEARS;
    }

    /** Sends a reminder to every State still owing; refused as a whole when e-mail is not set up. */
    public ReminderRun remind(String label, CurrentUser user) {
        Treasury.checkIsu(user);
        if (label == null || label.isBlank()) {
            throw new RuleViolation("label", "validation.required");
        }
        if (!postman.isConfigured()) {
            throw new RuleViolation("label", "mail.notConfigured");
        }
        List<Owed> owed = owed();
        if (owed.isEmpty()) {
            throw new RuleViolation("label", "reminder.nobodyOwes");
        }
        ReminderRun run = transactions.execute(status -> reminders.save(new ReminderRun(label.strip(),
                Instant.now(clock), user.getUsername())));
        Map<State, List<Owed>> byState = owed.stream().collect(Collectors.groupingBy(o -> o.invoice().state(),
                LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<Contact>> addresses = contacts.ofStates(byState.keySet().stream().map(State::id).toList());
        byState.forEach((state, items) -> {
            List<String> to = addresses.getOrDefault(state.id(), List.of()).stream().map(Contact::email)
                    .filter(Objects::nonNull).filter(e -> !e.isBlank()).distinct().toList();
            BigDecimal total = items.stream().map(Owed::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
            String numbers = items.stream().map(o -> o.invoice().number()).collect(Collectors.joining(", "));
            transactions.executeWithoutResult(status -> {
                if (!to.isEmpty()) {
                    Locale locale = items.get(0).invoice().language().locale();
                    postman.send(to, messages.getMessage("reminder.mail.subject", new Object[] {numbers}, locale),
                            messages.getMessage("reminder.mail.body", new Object[] {state.name(locale), numbers,
                                    "CHF " + total.toPlainString()}, locale), List.of());
                }
                letters.save(new ReminderLetter(run, state, total, numbers, to.isEmpty() ? null : String.join(", ", to)));
            });
        });
        return run;
    }

    @Transactional(readOnly = true)
    public Map<ReminderRun, List<ReminderLetter>> runs() {
        List<ReminderRun> runs = reminders.runs();
        Map<Long, List<ReminderLetter>> byRun = runs.isEmpty() ? Map.of()
                : letters.lettersOf(runs.stream().map(ReminderRun::id).toList()).stream()
                        .collect(Collectors.groupingBy(l -> l.run().id()));
        Map<ReminderRun, List<ReminderLetter>> result = new LinkedHashMap<>();
        runs.forEach(r -> result.put(r, byRun.getOrDefault(r.id(), List.of())));
        return result;
    }
}
