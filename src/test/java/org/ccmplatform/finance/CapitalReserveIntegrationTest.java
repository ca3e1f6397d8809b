package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.ccmplatform.HtmlForm;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capital reserve: its balance over time, contributions, and draws that must name a shortfall and cannot take it
 * below zero; every refusal leaves nothing stored. The demo reserve already holds 2016 movements, so expectations are
 * relative to the balance read before; everything is rolled back at the end. Also the reserve and arrears pages: read
 * by the ISU, the Presidency and coordinators, not by a donor or the anonymous; the forms show their refusals.
 */
@IntegrationTest
@Transactional
class CapitalReserveIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CapitalReserve reserve;

    @Autowired
    ReserveMovements movements;

    @Autowired
    MockMvc mvc;

    InvoicedYear fixture;
    CurrentUser isu;
    LocalDate today;
    BigDecimal before;
    int stored;

    @BeforeEach
    void readTheReserve() {
        fixture = new InvoicedYear(context);
        isu = fixture.isu;
        today = fixture.treasury.today();
        before = reserve.balance().amount();
        stored = movements.inOrder().size();
    }

    @Test
    void theHistoryRunsTheBalanceOverEveryMovementAndEndsAtTheBalance() {
        List<CapitalReserve.Point> history = reserve.history();

        assertThat(history).isNotEmpty();
        BigDecimal running = BigDecimal.ZERO;
        LocalDate previous = LocalDate.MIN;
        for (CapitalReserve.Point point : history) {
            running = running.add(point.movement().signedAmount());
            assertThat(point.balance()).isEqualByComparingTo(running);
            assertThat(point.movement().movedOn()).isAfterOrEqualTo(previous);
            previous = point.movement().movedOn();
        }
        assertThat(running).isEqualByComparingTo(before);
        assertThat(reserve.target().amount()).isEqualByComparingTo("400000");
        assertThat(reserve.target().currency()).isEqualTo("CHF");
    }

    @Test
    void aContributionAndADrawMoveTheBalanceAndAreKeptInTheHistory() {
        ReserveMovement in = reserve.contribute("nor", today, new BigDecimal("1000.00"), isu);
        ReserveMovement out = reserve.draw(today, new BigDecimal("300.00"), "  January salaries before the "
                + "contributions arrive  ", isu);

        assertThat(reserve.balance().amount()).isEqualByComparingTo(before.add(new BigDecimal("700.00")));
        assertThat(in.state().iso3()).isEqualTo("NOR");
        assertThat(in.recordedBy()).isEqualTo("isu");
        assertThat(out.shortfall()).isEqualTo("January salaries before the contributions arrive");
        assertThat(out.signedAmount()).isEqualByComparingTo("-300.00");
        List<CapitalReserve.Point> history = reserve.history();
        assertThat(history).hasSize(stored + 2);
        assertThat(history.get(history.size() - 2)).satisfies(p -> {
            assertThat(p.movement().id()).isEqualTo(in.id());
            assertThat(p.balance()).isEqualByComparingTo(before.add(new BigDecimal("1000.00")));
        });
        assertThat(history.get(history.size() - 1)).satisfies(p -> {
            assertThat(p.movement().id()).isEqualTo(out.id());
            assertThat(p.movement().kind()).isEqualTo(ReserveMovement.Kind.DRAW);
            assertThat(p.balance()).isEqualByComparingTo(before.add(new BigDecimal("700.00")));
        });
    }

    @Test
    void aContributionRecordedLateTakesItsPlaceInTimeAndRaisesEveryLaterBalance() {
        LocalDate day = LocalDate.of(2016, 4, 1);
        List<CapitalReserve.Point> earlier = reserve.history();

        ReserveMovement late = reserve.contribute(null, day, new BigDecimal("5000.00"), isu);

        List<CapitalReserve.Point> history = reserve.history();
        int at = indexOf(history, late);
        BigDecimal beforeIt = at == 0 ? BigDecimal.ZERO : history.get(at - 1).balance();
        assertThat(history.get(at).balance()).isEqualByComparingTo(beforeIt.add(new BigDecimal("5000.00")));
        assertThat(history.subList(0, at)).allSatisfy(p -> assertThat(p.movement().movedOn()).isBeforeOrEqualTo(day));
        assertThat(history.subList(at + 1, history.size())).allSatisfy(p -> {
            assertThat(p.movement().movedOn()).isAfter(day);
            BigDecimal was = earlier.stream().filter(e -> e.movement().id().equals(p.movement().id())).findFirst()
                    .orElseThrow().balance();
            assertThat(p.balance()).isEqualByComparingTo(was.add(new BigDecimal("5000.00")));
        });
        assertThat(late.state()).isNull();
    }

    @Test
    void theWholeBalanceMayBeDrawnButNotOneCentimeMore() {
        refused(() -> reserve.draw(today, before.add(new BigDecimal("0.01")), "Salaries", isu), "reserve.belowZero");
        assertNothingStored();

        reserve.draw(today, before, "Salaries while every contribution is late", isu);

        assertThat(reserve.balance().amount()).isEqualByComparingTo("0");
        refused(() -> reserve.draw(today, new BigDecimal("0.01"), "Salaries", isu), "reserve.belowZero");
    }

    @Test
    void aDrawAboveTheBalanceSaysWhatTheReserveHolds() {
        RuleViolation violation = refused(() -> reserve.draw(today, before.add(new BigDecimal("1000")), "Salaries",
                isu), "reserve.belowZero");

        assertThat(violation.arguments()).containsExactly(before.toPlainString());
        assertNothingStored();
    }

    @Test
    void aDrawWithoutAShortfallIsRefusedAndNothingIsStored() {
        for (String shortfall : new String[] {null, "", "   "}) {
            refused(() -> reserve.draw(today, new BigDecimal("10.00"), shortfall, isu), "reserve.shortfallRequired");
        }
        assertNothingStored();
    }

    @Test
    void aNegativeOrZeroAmountIsRefusedAndNothingIsStored() {
        for (String amount : List.of("-5.00", "0", "0.00")) {
            refused(() -> reserve.contribute("NOR", today, new BigDecimal(amount), isu), "payment.notPositive");
            refused(() -> reserve.draw(today, new BigDecimal(amount), "Salaries", isu), "payment.notPositive");
        }
        assertNothingStored();
    }

    @Test
    void aFutureOrMissingDateAndAnUnknownStateAreRefusedAndNothingIsStored() {
        LocalDate tomorrow = today.plusDays(1);
        refused(() -> reserve.contribute("NOR", tomorrow, new BigDecimal("10.00"), isu), "payment.inFuture");
        refused(() -> reserve.draw(tomorrow, new BigDecimal("10.00"), "Salaries", isu), "payment.inFuture");
        refused(() -> reserve.contribute("NOR", null, new BigDecimal("10.00"), isu), "validation.required");
        refused(() -> reserve.draw(null, new BigDecimal("10.00"), "Salaries", isu), "validation.required");
        refused(() -> reserve.contribute("XXX", today, new BigDecimal("10.00"), isu), "state.unknown");
        assertNothingStored();
    }

    @Test
    void onlyTheIsuActsOnTheReserve() throws Exception {
        for (String other : List.of("president", "coordinator", "norway")) {
            CurrentUser user = fixture.user(other);
            assertThatThrownBy(() -> reserve.contribute("NOR", today, BigDecimal.TEN, user)).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reserve.draw(today, BigDecimal.TEN, "Salaries", user)).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            mvc.perform(post("/finance/reserve/contributions").param("movedOn", today.toString())
                            .param("amount", "10").with(user(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/finance/reserve/draws").param("movedOn", today.toString()).param("amount", "10")
                            .param("shortfall", "Salaries").with(user(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThatThrownBy(() -> reserve.contribute("NOR", today, BigDecimal.TEN, null))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/finance/reserve/draws").param("movedOn", today.toString()).param("amount", "10")
                        .param("shortfall", "Salaries").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
        assertNothingStored();
    }

    @Test
    void theReserveAndArrearsPagesAreForTheIsuThePresidencyAndCoordinators() throws Exception {
        for (String reader : List.of("isu", "president", "coordinator")) {
            Document reservePage = Jsoup.parse(page("/finance/reserve", fixture.user(reader), Map.of()));
            assertThat(reservePage.select("dl").text()).as(reader).contains("Balance", "Target", "400,000");
            assertThat(reservePage.select("tbody tr").text()).contains("December salaries while 2016 contributions");
            assertThat(reservePage.select("form[action=/finance/reserve/draws]")).as(reader)
                    .hasSize(reader.equals("isu") ? 1 : 0);
            Document arrearsPage = Jsoup.parse(page("/finance/arrears", fixture.user(reader), Map.of()));
            assertThat(arrearsPage.select("tbody tr").text()).as(reader).contains("ISU-2016-");
            assertThat(arrearsPage.select("form[action=/finance/reminders]")).as(reader)
                    .hasSize(reader.equals("isu") ? 1 : 0);
        }
        for (String path : List.of("/finance/reserve", "/finance/arrears")) {
            mvc.perform(get(path).with(user(fixture.user("norway")))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", Matchers.endsWith("/login")));
        }
    }

    @Test
    void theContributionFormRecordsAndThePageShowsTheNewBalance() throws Exception {
        String page = page("/finance/reserve", isu, Map.of());

        MvcResult saved = mvc.perform(HtmlForm.on(page, "/finance/reserve/contributions").set("stateIso3", "CHE")
                        .set("movedOn", today.toString()).set("amount", "2500.50").post().with(user(isu)).with(csrf()))
                .andExpect(redirectedUrl("/finance/reserve"))
                .andExpect(flash().attribute("saved", "reserve.saved"))
                .andReturn();

        assertThat(reserve.balance().amount()).isEqualByComparingTo(before.add(new BigDecimal("2500.50")));
        Document after = Jsoup.parse(page("/finance/reserve", isu, saved.getFlashMap()));
        assertThat(after.select(".alert-success").text()).isEqualTo("The movement of the reserve is recorded.");
        assertThat(after.select("dl dd.fw-bold").text()).isEqualTo(reserve.balance().format(java.util.Locale.ENGLISH));
    }

    @Test
    void theDrawFormShowsItsRefusalsAndStoresNothing() throws Exception {
        String page = page("/finance/reserve", isu, Map.of());

        assertThat(refusalShown(HtmlForm.on(page, "/finance/reserve/draws").set("movedOn", today.toString())
                        .set("amount", "10").set("shortfall", " "), "reserve.shortfallRequired"))
                .isEqualTo("A draw on the reserve must say which cash-flow shortfall it covers.");
        assertThat(refusalShown(HtmlForm.on(page, "/finance/reserve/draws").set("movedOn", today.toString())
                        .set("amount", before.add(BigDecimal.ONE).toPlainString()).set("shortfall", "Salaries"),
                "reserve.belowZero"))
                .isEqualTo("The reserve holds only CHF " + before.toPlainString()
                        + "; a draw cannot take it below zero.");
        assertThat(refusalShown(HtmlForm.on(page, "/finance/reserve/draws").set("movedOn", today.toString())
                        .set("amount", "-10").set("shortfall", "Salaries"), "payment.notPositive"))
                .isEqualTo("The amount must be more than zero.");
        assertThat(refusalShown(HtmlForm.on(page, "/finance/reserve/contributions").set("stateIso3", "NOR")
                        .set("movedOn", today.plusDays(1).toString()).set("amount", "10"), "payment.inFuture"))
                .isEqualTo("A payment cannot be received in the future.");
        assertNothingStored();
    }

    private String refusalShown(HtmlForm form, String code) throws Exception {
        MvcResult refused = mvc.perform(form.post().with(user(isu)).with(csrf()))
                .andExpect(redirectedUrl("/finance/reserve"))
                .andExpect(flash().attribute("refused", code))
                .andReturn();
        return Jsoup.parse(page("/finance/reserve", isu, refused.getFlashMap())).select(".alert-danger").text();
    }

    private String page(String path, CurrentUser user, Map<String, Object> flash) throws Exception {
        var request = get(path).with(user(user));
        if (!flash.isEmpty()) {
            request.flashAttrs(flash);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void assertNothingStored() {
        assertThat(movements.inOrder()).hasSize(stored);
        assertThat(reserve.balance().amount()).isEqualByComparingTo(before);
    }

    private static RuleViolation refused(ThrowingCallable action, String code) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(action);
        assertThat(thrown).isInstanceOf(RuleViolation.class);
        RuleViolation violation = (RuleViolation) thrown;
        assertThat(violation.messageCode()).isEqualTo(code);
        return violation;
    }

    private static int indexOf(List<CapitalReserve.Point> history, ReserveMovement movement) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).movement().id().equals(movement.id())) {
                return i;
            }
        }
        throw new AssertionError("not in the history");
    }
}
