package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad input through ObligationKeeper and TransparencyDesk, against the demo data: each is refused with its rule's
 * message, and nothing stored changes (the rows are read back before and after). Not @Transactional on purpose: each
 * call commits or rolls back as it does in production, so a half-written refusal would stay and be seen.
 */
@IntegrationTest
class ObligationBadInputIntegrationTest {

    @Autowired
    ObligationKeeper keeper;

    @Autowired
    TransparencyDesk transparency;

    @Autowired
    ObligationLedger ledger;

    @Autowired
    StateRegister register;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    private CurrentUser account(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    private Obligation obligation(String iso3, Article article) {
        return ledger.ofState(register.get(iso3)).stream()
                .filter(v -> v.obligation().article() == article
                        && v.obligation().basis().equals(Obligation.basisOf(article)))
                .findFirst().orElseThrow().obligation();
    }

    /** Every stored row of the obligations module that bad input could touch, as text. */
    private String everything() {
        return List.of("obligation", "progress_figure", "transparency_report", "extension_request",
                        "assistance_commitment").stream()
                .map(table -> table + jdbc.queryForList("select * from " + table + " order by id"))
                .reduce("", String::concat);
    }

    private long auditEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    /** The call is refused with the rule's code on the field, in a sentence, and nothing stored changes. */
    private void refused(String field, String code, ThrowingCallable call) {
        String before = everything();
        long audited = auditEntries();

        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.messageCode()).isEqualTo(code);
            assertThat(violation.field()).isEqualTo(field);
            String message = messages.getMessage(code, violation.arguments(), Locale.ENGLISH);
            assertThat(message).isNotBlank().doesNotContain(code).endsWith(".");
        });

        assertThat(everything()).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(audited);
    }

    @Test
    @DisplayName("A negative quantity is refused")
    void aNegativeQuantityIsRefused() {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);

        refused("quantity", "progress.quantity.negative", () -> keeper.report(lebanon.id(), FigureKind.CLEARED,
                2025, null, new BigDecimal("-5"), null, "Test: Article 7 report 2025", account("lebanon")));
        refused("quantity", "progress.quantity.negative", () -> keeper.report(lebanon.id(),
                FigureKind.CONFIRMED_AREA, null, LocalDate.of(2025, 6, 30), new BigDecimal("-0.01"), null,
                "Test: Article 7 report 2025", account("isu")));
    }

    @Test
    @DisplayName("Germany declared 573,000 and destroyed 570,000, keeping 3,000: one more destroyed would leave a "
            + "negative stock, and is refused")
    void aFigureThatLeavesANegativeStockIsRefused() {
        Obligation germany = obligation("DEU", Article.ARTICLE_3);
        CurrentUser isu = account("isu");

        refused("quantity", "progress.stockBelowZero", () -> keeper.report(germany.id(),
                FigureKind.MUNITIONS_DESTROYED, 2016, null, BigDecimal.ONE, null, "Test: Article 7 report 2016",
                isu));
        refused("quantity", "progress.stockBelowZero", () -> keeper.report(germany.id(), FigureKind.RETAINED, null,
                LocalDate.of(2016, 1, 31), new BigDecimal("3001"), "Test: training", "Test: Article 7 report 2016",
                isu));
    }

    @Test
    @DisplayName("A figure for a year before the obligation began (Lebanon: 2011), for a year to come, of another "
            + "article's kind, or without its source is refused")
    void figuresOutsideTheObligationAreRefused() {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);
        CurrentUser focalPoint = account("lebanon");
        int nextYear = ledger.today().getYear() + 1;

        refused("year", "progress.year.beforeObligation", () -> keeper.report(lebanon.id(), FigureKind.CLEARED, 2010,
                null, BigDecimal.TEN, null, "Test: Article 7 report", focalPoint));
        refused("year", "participation.date.future", () -> keeper.report(lebanon.id(), FigureKind.CLEARED, nextYear,
                null, BigDecimal.TEN, null, "Test: Article 7 report", focalPoint));
        refused("kind", "progress.kind.otherArticle", () -> keeper.report(lebanon.id(),
                FigureKind.STOCKPILE_DECLARED, null, LocalDate.of(2020, 1, 1), BigDecimal.TEN, null, "Test", focalPoint));
        refused("source", "progress.source.required", () -> keeper.report(lebanon.id(), FigureKind.CLEARED, 2024,
                null, BigDecimal.TEN, null, " ", focalPoint));
        refused("reason", "progress.retained.reason", () -> keeper.report(obligation("DEU", Article.ARTICLE_3).id(),
                FigureKind.RETAINED, null, LocalDate.of(2016, 1, 31), BigDecimal.ONE, null, "Test", account("isu")));
    }

    @ParameterizedTest(name = "quantity \"{0}\"")
    @ValueSource(strings = {"abc", "12,5 m²", "1e", "--3"})
    @DisplayName("A quantity that is not a number is refused next to its field, and nothing is stored")
    void aQuantityThatIsNotANumberIsRefused(String quantity) throws Exception {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);
        String before = everything();

        mvc.perform(post("/obligations/{id}/figures", lebanon.id()).param("kind", "CLEARED").param("year", "2025")
                        .param("quantity", quantity).param("source", "Test: Article 7 report 2025")
                        .with(user(account("lebanon"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("figureForm", "quantity"));

        assertThat(everything()).isEqualTo(before);
    }

    @Test
    @DisplayName("A negative quantity typed in the form is refused next to its field, and nothing is stored")
    void aNegativeQuantityTypedInTheFormIsRefused() throws Exception {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);
        String before = everything();

        mvc.perform(post("/obligations/{id}/figures", lebanon.id()).param("kind", "CLEARED").param("year", "2025")
                        .param("quantity", "-1500").param("source", "Test: Article 7 report 2025")
                        .with(user(account("lebanon"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("figureForm", "quantity"));

        assertThat(everything()).isEqualTo(before);
    }

    @Test
    @DisplayName("Lao PDR's clearance cannot be completed before the Convention entered into force for it "
            + "(1 August 2010), nor on a day to come")
    void aCompletionBeforeEntryIntoForceIsRefused() {
        Obligation laos = obligation("LAO", Article.ARTICLE_4);
        CurrentUser focalPoint = account("laos");

        refused("completedOn", "obligation.completed.beforeStart", () -> keeper.complete(laos.id(), laos.version(),
                LocalDate.of(2010, 7, 31), "Test: declaration", focalPoint));
        refused("completedOn", "participation.date.future", () -> keeper.complete(laos.id(), laos.version(),
                ledger.today().plusDays(1), "Test: declaration", focalPoint));
        assertThat(ledger.get(laos.id()).completedOn()).isNull();
    }

    @Test
    @DisplayName("A completion saved from a stale form (someone saved the obligation since) is a conflict, not an "
            + "overwrite")
    void aStaleCompletionIsAConflict() {
        Obligation laos = obligation("LAO", Article.ARTICLE_4);
        String before = everything();

        assertThatThrownBy(() -> keeper.complete(laos.id(), laos.version() - 1, LocalDate.of(2024, 12, 31),
                "Test: stale declaration", account("laos"))).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> keeper.complete(laos.id(), laos.version() + 1, LocalDate.of(2024, 12, 31),
                "Test: stale declaration", account("isu"))).isInstanceOf(StaleEditException.class);

        assertThat(everything()).isEqualTo(before);
        assertThat(ledger.get(laos.id()).completedOn()).isNull();
    }

    @Test
    @DisplayName("Another State's focal point cannot record figures or completions, and nothing is stored")
    void anotherStatesFocalPointIsRefused() {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);
        String before = everything();

        assertThatThrownBy(() -> keeper.report(lebanon.id(), FigureKind.CLEARED, 2025, null, BigDecimal.TEN, null,
                "Test", account("laos"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keeper.complete(lebanon.id(), lebanon.version(), LocalDate.of(2025, 12, 31), null,
                account("laos"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keeper.complete(lebanon.id(), lebanon.version(), LocalDate.of(2025, 12, 31), null,
                account("coordinator"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keeper.declare("LBN", Article.ARTICLE_3, null, "Test", account("lebanon")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(everything()).isEqualTo(before);
    }

    @Test
    @DisplayName("The ISU cannot record an obligation twice, for a State not party, or for remnants of hostilities "
            + "that ended before entry into force")
    void impossibleObligationsAreRefused() {
        CurrentUser isu = account("isu");

        refused("article", "obligation.duplicate", () -> keeper.declare("LBN", Article.ARTICLE_4, null, "Test", isu));
        refused("state", "obligation.notAParty", () -> keeper.declare("USA", Article.ARTICLE_4, null, "Test", isu));
        refused("state", "state.unknown", () -> keeper.declare("XXX", Article.ARTICLE_4, null, "Test", isu));
        refused("hostilitiesEnded", "obligation.hostilitiesBeforeEntryIntoForce", () -> keeper.declare("LBN",
                Article.ARTICLE_4, LocalDate.of(2006, 8, 14), "Test: the 2006 war", isu));
    }

    @Test
    @DisplayName("An annual report for a year before the Convention bound the State is refused: Germany, in force "
            + "1 August 2010, reports from 2010")
    void aReportForAYearBeforeTheObligationIsRefused() {
        refused("yearCovered", "report.yearBeforeObligation", () -> transparency.record("DEU", ReportKind.ANNUAL,
                2009, LocalDate.of(2011, 4, 29), null, "Test", account("isu")));
    }

    @Test
    @DisplayName("A second annual report for the same year, or a second initial report, of the same State is refused")
    void aSecondReportForTheSameYearIsRefused() {
        State reporter = stateWithAnnualReportFor(2015);
        CurrentUser isu = account("isu");

        refused("yearCovered", "report.annualTwice", () -> transparency.record(reporter.iso3(), ReportKind.ANNUAL,
                2015, LocalDate.of(2016, 4, 20), null, "Test: a second report for 2015", isu));
        refused("kind", "report.initialTwice", () -> transparency.record(reporter.iso3(), ReportKind.INITIAL, null,
                LocalDate.of(2016, 4, 20), null, "Test: a second initial report", isu));
    }

    @Test
    @DisplayName("A report received on a day to come, before the deposit, for a year not over, with a link that is "
            + "not a web address, or without its type is refused")
    void impossibleReportsAreRefused() {
        State germany = register.get("DEU");
        CurrentUser isu = account("isu");
        LocalDate today = ledger.today();
        Participation ccm = register.participation(germany, register.ccm()).orElseThrow();

        refused("receivedOn", "participation.date.future", () -> transparency.record("DEU", ReportKind.ANNUAL,
                today.getYear() - 1, today.plusDays(1), null, "Test", isu));
        refused("receivedOn", "report.beforeDeposit", () -> transparency.record("DEU", ReportKind.ANNUAL, 2010,
                ccm.depositDate().minusDays(1), null, "Test", isu));
        refused("yearCovered", "report.yearNotOver", () -> transparency.record("DEU", ReportKind.ANNUAL,
                today.getYear(), today, null, "Test", isu));
        OverdueReport missing = transparency.overdue(today).stream()
                .filter(o -> o.kind() == ReportKind.ANNUAL).findFirst().orElseThrow();
        refused("link", "validation.url", () -> transparency.record(missing.state().iso3(), ReportKind.ANNUAL,
                missing.yearCovered(), today, "javascript:alert(1)", "Test", isu));
        refused("kind", "validation.required", () -> transparency.record("DEU", null, 2016,
                LocalDate.of(2017, 4, 29), null, "Test", isu));
        refused("yearCovered", "validation.required", () -> transparency.record("DEU", ReportKind.ANNUAL, null,
                LocalDate.of(2017, 4, 29), null, "Test", isu));
        refused("state", "obligation.notAParty", () -> transparency.record("USA", ReportKind.INITIAL, null,
                LocalDate.of(2017, 4, 29), null, "Test", isu));
    }

    @Test
    @DisplayName("Only the ISU and the State's own focal point record its reports")
    void onlyTheIsuAndTheStatesFocalPointRecordReports() {
        String before = everything();

        for (String username : List.of("laos", "coordinator", "observer", "president")) {
            assertThatThrownBy(() -> transparency.record("LBN", ReportKind.ANNUAL, 2025, ledger.today(), null,
                    "Test", account(username))).isInstanceOf(AccessDeniedException.class);
        }

        assertThat(everything()).isEqualTo(before);
    }

    private State stateWithAnnualReportFor(int year) {
        for (String iso3 : List.of("DEU", "NOR", "FRA", "LBN", "LAO", "HRV", "MNE", "BWA", "AUT", "BEL")) {
            State state = register.get(iso3);
            if (transparency.reportsOf(state).stream()
                    .anyMatch(r -> r.kind() == ReportKind.ANNUAL && r.yearCovered() == year)
                    && transparency.reportsOf(state).stream().anyMatch(r -> r.kind() == ReportKind.INITIAL)) {
                return state;
            }
        }
        throw new AssertionError("No State of the list has an annual report for " + year);
    }
}
