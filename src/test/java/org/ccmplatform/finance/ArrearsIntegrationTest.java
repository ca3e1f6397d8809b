package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccmplatform.HtmlForm;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.TestSmtp;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrears and reminder runs. The years 2083 to 2086 are the test's own: France owes on four invoices of four ages,
 * the United Kingdom paid in full, Mexico paid more than its invoice, and a State without any contact owes it all.
 * The demo's 2016 invoices are owed by many States, so a run writes to them too: the assertions are on the test's own
 * States' letters, and letters are counted by run. Everything is rolled back at the end.
 */
@IntegrationTest
@Transactional
class ArrearsIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Arrears arrears;

    @Autowired
    MockMvc mvc;

    InvoicedYear fixture;
    LocalDate today;
    String silent;
    Invoice france;
    Invoice britain;
    Invoice mexico;
    Invoice unreachable;
    Invoice france200;
    Invoice france400;
    Invoice france800;
    String franceAddress;

    @BeforeEach
    void invoicesOfSeveralAgesPartlyPaid() {
        fixture = new InvoicedYear(context);
        today = fixture.treasury.today();
        silent = fixture.stateWithoutContact(2083, "NZL", "IRL", "AUS", "NLD", "BEL", "AUT", "PRT");
        List<Invoice> issued = fixture.issue(2083, "8000.00", today.minusDays(30), "FRA", "GBR", "MEX", silent);
        france = byState(issued, "FRA");
        britain = byState(issued, "GBR");
        mexico = byState(issued, "MEX");
        unreachable = byState(issued, silent);
        france200 = fixture.issue(2084, "1000.00", today.minusDays(200), "FRA").get(0);
        france400 = fixture.issue(2085, "1000.00", today.minusDays(400), "FRA").get(0);
        france800 = fixture.issue(2086, "1000.00", today.minusDays(800), "FRA").get(0);
        fixture.pay(france, "100.00");
        fixture.pay(britain, britain.total().amount().toPlainString());
        fixture.pay(mexico, mexico.total().amount().add(new BigDecimal("50.00")).toPlainString());
        franceAddress = fixture.contact("FRA", "tresor");
    }

    @Test
    void theOwedListHasWhatIsOutstandingWithItsAge() {
        Map<Long, Arrears.Owed> owed = owedById();

        assertThat(owed.get(france.id())).satisfies(o -> {
            assertThat(o.paid()).isEqualByComparingTo("100.00");
            assertThat(o.outstanding()).isEqualByComparingTo(france.total().amount().subtract(new BigDecimal("100")));
            assertThat(o.days()).isEqualTo(30);
            assertThat(o.age()).isEqualTo(Arrears.Age.UNDER_90_DAYS);
        });
        assertThat(owed.get(unreachable.id())).satisfies(o -> {
            assertThat(o.paid()).isEqualByComparingTo("0");
            assertThat(o.outstanding()).isEqualByComparingTo(unreachable.total().amount());
        });
        assertThat(owed.get(france200.id()).age()).isEqualTo(Arrears.Age.UNDER_A_YEAR);
        assertThat(owed.get(france400.id()).age()).isEqualTo(Arrears.Age.ONE_TO_TWO_YEARS);
        assertThat(owed.get(france800.id())).satisfies(o -> {
            assertThat(o.days()).isEqualTo(800);
            assertThat(o.age()).isEqualTo(Arrears.Age.OVER_TWO_YEARS);
        });
        assertThat(owed).as("paid in full, or more").doesNotContainKeys(britain.id(), mexico.id());
        assertThat(arrears.owed()).allSatisfy(o -> {
            assertThat(o.outstanding()).isPositive();
            assertThat(o.outstanding()).isEqualByComparingTo(o.invoice().total().amount().subtract(o.paid()));
        });
    }

    @Test
    void aCancelledInvoiceIsNotOwed() {
        fixture.treasury.cancelInvoice(france200.id(), france200.version(), "Invoiced in error", fixture.isu);

        assertThat(owedById()).doesNotContainKey(france200.id()).containsKey(france400.id());
    }

    @Test
    void aRunWritesToEveryStateOwingAndKeepsEachLetter() throws Exception {
        Map<String, BigDecimal> owedByState = arrears.owed().stream().collect(Collectors.groupingBy(
                o -> o.invoice().state().iso3(), Collectors.reducing(BigDecimal.ZERO, Arrears.Owed::outstanding,
                        BigDecimal::add)));
        Instant before = Instant.now();

        ReminderRun run = arrears.remind("June reminder " + fixture.suffix, fixture.isu);

        Instant after = Instant.now();
        assertThat(run.label()).isEqualTo("June reminder " + fixture.suffix);
        assertThat(run.runBy()).isEqualTo("isu");
        assertThat(run.runAt()).isBetween(before, after);
        List<ReminderLetter> letters = lettersOf(run);
        assertThat(letters).extracting(l -> l.state().iso3())
                .as("one letter for every State owing, with or without an address")
                .containsExactlyInAnyOrderElementsOf(owedByState.keySet());
        assertThat(letters).allSatisfy(l -> assertThat(l.outstanding())
                .isEqualByComparingTo(owedByState.get(l.state().iso3())));

        ReminderLetter toFrance = letterTo(letters, "FRA");
        assertThat(toFrance.invoices()).contains(france.number(), france200.number(), france400.number(),
                france800.number());
        assertThat(toFrance.sentTo()).contains(franceAddress);
        ReminderLetter toSilent = letterTo(letters, silent);
        assertThat(toSilent.invoices()).contains(unreachable.number());
        assertThat(toSilent.sentTo()).as("no address: the ISU writes by other means").isNull();
        assertThat(letters).allSatisfy(l -> assertThat(l.invoices())
                .doesNotContain(britain.number(), mexico.number()));

        List<MimeMessage> received = InvoicedYear.mailTo(franceAddress, 1);
        assertThat(received).hasSize(1);
        String body = InvoicedYear.body(received.get(0));
        assertThat(received.get(0).getSubject()).startsWith("Rappel : contribution à l’ISU restant due (")
                .contains(france.number(), france800.number());
        assertThat(body).contains("CHF " + owedByState.get("FRA").toPlainString(), france.number(),
                france200.number(), france400.number(), france800.number(), "article 14");
    }

    @Test
    void eachRunKeepsItsOwnLetters() throws Exception {
        ReminderRun january = arrears.remind("January " + fixture.suffix, fixture.isu);
        fixture.pay(unreachable, unreachable.total().amount().toPlainString());
        ReminderRun june = arrears.remind("June " + fixture.suffix, fixture.isu);

        assertThat(InvoicedYear.mailTo(franceAddress, 2)).hasSize(2);
        List<ReminderLetter> first = lettersOf(january);
        List<ReminderLetter> second = lettersOf(june);
        assertThat(first).allSatisfy(l -> assertThat(l.run().id()).isEqualTo(january.id()));
        assertThat(second).allSatisfy(l -> assertThat(l.run().id()).isEqualTo(june.id()));
        assertThat(letterTo(first, silent).invoices()).contains(unreachable.number());
        assertThat(second.stream().map(ReminderLetter::invoices))
                .as("paid since January").noneMatch(numbers -> numbers.contains(unreachable.number()));
        assertThat(letterTo(second, "FRA").invoices()).contains(france.number());
        Map<Long, Long> lettersPerRun = arrears.runs().entrySet().stream()
                .filter(e -> List.of(january.id(), june.id()).contains(e.getKey().id()))
                .collect(Collectors.toMap(e -> e.getKey().id(), e -> (long) e.getValue().size()));
        assertThat(lettersPerRun).containsEntry(january.id(), (long) first.size())
                .containsEntry(june.id(), (long) second.size());
    }

    @Test
    void aRunWithNobodyOwingIsRefusedAndNothingIsSent() throws Exception {
        for (Arrears.Owed owed : arrears.owed()) {
            fixture.pay(owed.invoice(), owed.outstanding().toPlainString());
        }
        assertThat(arrears.owed()).isEmpty();
        int runs = arrears.runs().size();
        int received = TestSmtp.server().getReceivedMessages().length;

        assertThatThrownBy(() -> arrears.remind("Nobody " + fixture.suffix, fixture.isu))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageCode()).isEqualTo("reminder.nobodyOwes"));

        assertThat(arrears.runs()).hasSize(runs);
        Thread.sleep(200);
        assertThat(TestSmtp.server().getReceivedMessages()).hasSize(received);
    }

    @Test
    void aRunNeedsALabelAndOnlyTheIsuRunsOne() throws Exception {
        int runs = arrears.runs().size();
        assertThatThrownBy(() -> arrears.remind("  ", fixture.isu)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageCode()).isEqualTo("validation.required"));
        for (String other : List.of("president", "coordinator", "norway")) {
            CurrentUser user = fixture.user(other);
            assertThatThrownBy(() -> arrears.remind("By " + other, user)).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            mvc.perform(post("/finance/reminders").param("label", "By " + other).with(user(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(arrears.runs()).hasSize(runs);
        Thread.sleep(200);
        assertThat(TestSmtp.messagesTo(franceAddress)).isEmpty();
    }

    @Test
    void theIsuRunsRemindersFromTheArrearsPageAndSeesTheLetters() throws Exception {
        CurrentUser isu = fixture.user("isu");
        String page = page("/finance/arrears", isu, Map.of());
        assertThat(Jsoup.parse(page).select("tbody tr").text()).contains(france800.number(), unreachable.number())
                .doesNotContain(britain.number());

        MvcResult sent = mvc.perform(HtmlForm.on(page, "/finance/reminders").set("label", "Before the MSP "
                        + fixture.suffix).post().with(user(isu)).with(csrf()))
                .andExpect(redirectedUrl("/finance/arrears"))
                .andExpect(flash().attribute("saved", "reminder.sent"))
                .andReturn();

        String after = page("/finance/arrears", isu, sent.getFlashMap());
        assertThat(Jsoup.parse(after).select(".alert-success, [role=status]").text())
                .contains("The reminders are sent; each letter is kept below.");
        assertThat(Jsoup.parse(after).select("details").text()).contains("Before the MSP " + fixture.suffix,
                franceAddress, "no contact address: write by other means");
        assertThat(InvoicedYear.mailTo(franceAddress, 1)).hasSize(1);
    }

    @Test
    void theFormShowsTheRefusalWhenNobodyOwes() throws Exception {
        for (Arrears.Owed owed : arrears.owed()) {
            fixture.pay(owed.invoice(), owed.outstanding().toPlainString());
        }
        CurrentUser isu = fixture.user("isu");
        String page = page("/finance/arrears", isu, Map.of());

        MvcResult refused = mvc.perform(HtmlForm.on(page, "/finance/reminders").set("label", "Nobody "
                        + fixture.suffix).post().with(user(isu)).with(csrf()))
                .andExpect(redirectedUrl("/finance/arrears"))
                .andExpect(flash().attribute("refused", "reminder.nobodyOwes"))
                .andReturn();

        assertThat(Jsoup.parse(page("/finance/arrears", isu, refused.getFlashMap())).select(".alert-danger").text())
                .isEqualTo("No State owes anything: there is no one to remind.");
    }

    private String page(String path, CurrentUser user, Map<String, Object> flash) throws Exception {
        var request = get(path).with(user(user));
        if (!flash.isEmpty()) {
            request.flashAttrs(flash);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Map<Long, Arrears.Owed> owedById() {
        return arrears.owed().stream().collect(Collectors.toMap(o -> o.invoice().id(), o -> o));
    }

    private List<ReminderLetter> lettersOf(ReminderRun run) {
        return arrears.runs().entrySet().stream().filter(e -> e.getKey().id().equals(run.id()))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    private static ReminderLetter letterTo(List<ReminderLetter> letters, String iso3) {
        Optional<ReminderLetter> letter = letters.stream().filter(l -> l.state().iso3().equals(iso3)).findFirst();
        assertThat(letter).as("a letter to %s", iso3).isPresent();
        return letter.get();
    }

    private static Invoice byState(List<Invoice> invoices, String iso3) {
        return invoices.stream().filter(i -> i.state().iso3().equals(iso3)).findFirst().orElseThrow();
    }
}
