package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.MemberAccounts;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingStatus;
import org.ccmplatform.meetings.MeetingVisibility;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An extension request from draft to decision through ExtensionDesk, each step by the person whose role allows it,
 * with the Meeting of States Parties taken from the meetings module. Every test works on its own obligation: Lebanon's
 * clearance of remnants that arose after the hostilities that ended with the ceasefire of 27 November 2024 (Article
 * 4(1)(b)), ten years from that day. Transactional: the obligation, the meeting, the request and their audit entries
 * are rolled back after each test, so that no other test sees them. Each step runs as its user signed in (as a request
 * would), and is flushed, so that the audit trail records who took it.
 */
@IntegrationTest
@Transactional
class ExtensionWorkflowIntegrationTest {

    static final LocalDate CEASEFIRE = LocalDate.of(2024, 11, 27);
    static final LocalDate TREATY_DEADLINE = LocalDate.of(2034, 11, 27);
    static final LocalDate ASKED = LocalDate.of(2039, 11, 27);

    @Autowired
    ExtensionDesk desk;

    @Autowired
    ObligationKeeper keeper;

    @Autowired
    ObligationLedger ledger;

    @Autowired
    MeetingPlanner meetings;

    @Autowired
    StateRegister register;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    CurrentUser isu;
    CurrentUser lebanon;
    CurrentUser coordinator;
    CurrentUser president;
    Obligation obligation;
    long lastAuditEntry;

    @BeforeEach
    void lebanonsRemnantsAfterTheCeasefire() {
        isu = user("isu");
        lebanon = user("lebanon");
        coordinator = user("coordinator");
        president = user("president");
        lastAuditEntry = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        obligation = as(isu, () -> keeper.declare("LBN", Article.ARTICLE_4, CEASEFIRE,
                "Test: remnants of the hostilities ended by the ceasefire of 27 November 2024", isu));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("A request drafted, submitted with a work plan, analysed with questions and answers, and granted at "
            + "a Meeting of States Parties moves the deadline, and the history shows every step with who and when")
    void aGrantedRequestMovesTheDeadlineAndTheHistoryShowsEveryStep() throws Exception {
        assertThat(ledger.view(obligation.id()).originalDeadline()).isEqualTo(TREATY_DEADLINE);
        Meeting msp = heldMeetingOfStatesParties();
        LocalDate today = ledger.today();

        ExtensionRequest request = as(lebanon, () -> desk.draft(obligation.id(), ASKED,
                "Test: five more years for the newly contaminated areas in the South", lebanon));
        assertThat(request.status()).isEqualTo(RequestStatus.DRAFT);
        long id = request.id();
        as(lebanon, () -> desk.planYear(id, today.getYear() + 1, new BigDecimal("2500000"),
                WorkPlanYear.Unit.SQUARE_METRES, new BigDecimal("7000000"), "USD", lebanon));
        as(lebanon, () -> desk.planYear(id, today.getYear() + 2, new BigDecimal("3000000"),
                WorkPlanYear.Unit.SQUARE_METRES, new BigDecimal("8000000"), "USD", lebanon));
        as(lebanon, () -> desk.submit(id, lebanon));
        assertThat(request.submittedOn()).isEqualTo(today);
        as(president, () -> desk.openAnalysis(id, Set.of("ITA", "DEU", "NOR"), president));
        AnalysisExchange question = as(coordinator, () -> desk.ask(id,
                "Test: how do the yearly targets take in the survey of the newly reported areas?", coordinator));
        as(lebanon, () -> desk.answer(id, question.id(), "Test: the survey is in the targets from next year.",
                lebanon));
        as(coordinator, () -> desk.conclude(id, "Test: the plan is ambitious but realistic; the Group recommends "
                + "four years.", coordinator));
        LocalDate granted = TREATY_DEADLINE.plusYears(4);
        as(isu, () -> desk.decide(id, true, granted, msp.id(), isu));

        ObligationView view = ledger.view(obligation.id());
        assertThat(view.originalDeadline()).isEqualTo(TREATY_DEADLINE);
        assertThat(view.currentDeadline()).as("granted shorter than asked").isEqualTo(granted);
        assertThat(view.extensions()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(RequestStatus.GRANTED);
            assertThat(e.requestedDeadline()).isEqualTo(ASKED);
            assertThat(e.grantedDeadline()).isEqualTo(granted);
            assertThat(e.decidedOn()).isEqualTo(msp.day());
            assertThat(e.decidedBy()).isEqualTo(msp.title());
            assertThat(e.decidedAtMeeting().id()).isEqualTo(msp.id());
        });

        List<ObligationHistory.Event> steps = ledger.history(view).stream().filter(e -> e.request() != null)
                .toList();
        assertThat(steps).extracting(ObligationHistory.Event::code).containsExactly("history.step.DRAFT",
                "history.step.SUBMITTED", "history.step.UNDER_ANALYSIS", "history.step.ANALYSED",
                "history.step.GRANTED");
        assertThat(steps).extracting(ObligationHistory.Event::by).containsExactly("lebanon", "lebanon", "president",
                "coordinator", "isu");
        assertThat(steps).extracting(ObligationHistory.Event::day).containsOnly(today);
        assertThat(ledger.history(view)).extracting(ObligationHistory.Event::code)
                .contains("history.startAfterHostilities", "history.originalDeadline");

        ExtensionDesk.RequestRecord record = desk.record(id, isu);
        assertThat(record.workPlan()).extracting(WorkPlanYear::planYear)
                .containsExactly(today.getYear() + 1, today.getYear() + 2);
        assertThat(record.exchanges()).singleElement().satisfies(x -> {
            assertThat(x.askedBy()).isEqualTo("coordinator");
            assertThat(x.answeredBy()).isEqualTo("lebanon");
            assertThat(x.answer()).startsWith("Test: the survey");
        });
        assertThat(record.request().analysisReport()).contains("four years");
        assertThat(record.request().analysisGroup()).extracting(s -> s.iso3())
                .containsExactlyInAnyOrder("ITA", "DEU", "NOR");

        JsonNode api = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/obligations/{id}",
                obligation.id())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(api.get("basis").asString()).isEqualTo(Obligation.AFTER_HOSTILITIES);
        assertThat(api.get("startDate").asString()).isEqualTo("2024-11-27");
        assertThat(api.get("currentDeadline").asString()).isEqualTo(granted.toString());
        assertThat(api.get("extensions")).singleElement().satisfies(e -> {
            assertThat(e.get("requestedDeadline").asString()).isEqualTo(ASKED.toString());
            assertThat(e.get("grantedDeadline").asString()).isEqualTo(granted.toString());
            assertThat(e.get("decidedAt").asString()).isEqualTo(msp.day().toString());
            assertThat(e.get("meeting").asString()).isEqualTo(msp.title());
        });
    }

    @Test
    @DisplayName("Each step of the request is in the audit trail with who took it")
    void eachStepIsInTheAuditTrailWithWhoTookIt() {
        Meeting msp = heldMeetingOfStatesParties();
        long id = submittedRequest();
        as(isu, () -> desk.openAnalysis(id, Set.of("ITA"), isu));
        AnalysisExchange question = as(coordinator, () -> desk.ask(id, "Test: a question", coordinator));
        as(lebanon, () -> desk.answer(id, question.id(), "Test: an answer", lebanon));
        as(coordinator, () -> desk.conclude(id, "Test: the Group's report", coordinator));
        as(isu, () -> desk.decide(id, true, TREATY_DEADLINE.plusYears(5), msp.id(), isu));

        List<Map<String, Object>> entries = jdbc.queryForList("""
                select actor, action, changes from audit_entry
                where id > ? and entity_type = 'ExtensionRequest' and entity_id = ? order by id""", lastAuditEntry,
                String.valueOf(id));

        assertThat(entries).extracting(e -> e.get("action")).first().isEqualTo("CREATE");
        assertThat(entries).extracting(e -> e.get("actor")).containsSubsequence("lebanon", "lebanon", "isu",
                "coordinator", "isu");
        assertThat(entries).last().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("isu");
            assertThat((String) e.get("changes")).contains("GRANTED", TREATY_DEADLINE.plusYears(5).toString());
        });
        assertThat(jdbc.queryForList("""
                select actor from audit_entry where id > ? and entity_type = 'Obligation' and entity_id = ?""",
                String.class, lastAuditEntry, String.valueOf(obligation.id()))).containsExactly("isu");
        assertThat(jdbc.queryForList("""
                select actor from audit_entry where id > ? and entity_type = 'AnalysisExchange' order by id""",
                String.class, lastAuditEntry)).containsExactly("coordinator", "lebanon");
    }

    @Test
    @DisplayName("A request not granted leaves the deadline where it was; the history shows the decision")
    void aRequestNotGrantedLeavesTheDeadline() {
        Meeting msp = heldMeetingOfStatesParties();
        long id = analysedRequest();

        as(isu, () -> desk.decide(id, false, null, msp.id(), isu));

        ObligationView view = ledger.view(obligation.id());
        assertThat(view.currentDeadline()).isEqualTo(TREATY_DEADLINE);
        assertThat(view.extensions()).isEmpty();
        ExtensionRequest request = desk.record(id, isu).request();
        assertThat(request.status()).isEqualTo(RequestStatus.NOT_GRANTED);
        assertThat(request.grantedDeadline()).isNull();
        assertThat(request.decidedOn()).isEqualTo(msp.day());
        assertThat(ledger.history(view)).extracting(ObligationHistory.Event::code).endsWith(
                "history.step.NOT_GRANTED", "history.originalDeadline");
    }

    @Test
    @DisplayName("A State withdraws its request: the deadline stays, and it may begin a new one")
    void aWithdrawnRequestLeavesTheDeadlineAndMayBeFollowedByANewOne() {
        long id = submittedRequest();

        as(lebanon, () -> desk.withdraw(id, lebanon));

        assertThat(desk.record(id, isu).request().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(ledger.view(obligation.id()).currentDeadline()).isEqualTo(TREATY_DEADLINE);
        assertThat(ledger.history(ledger.view(obligation.id())).stream().filter(e -> e.request() != null))
                .extracting(ObligationHistory.Event::code, ObligationHistory.Event::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("history.step.DRAFT", "lebanon"),
                        org.assertj.core.groups.Tuple.tuple("history.step.SUBMITTED", "lebanon"),
                        org.assertj.core.groups.Tuple.tuple("history.step.WITHDRAWN", "lebanon"));
        assertThatThrownBy(() -> as(lebanon, () -> desk.withdraw(id, lebanon))).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.closed");

        ExtensionRequest next = as(lebanon, () -> desk.draft(obligation.id(), ASKED, null, lebanon));
        assertThat(next.status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    @DisplayName("Only the ISU and the State's own focal point draft a request; another State's focal point, a "
            + "coordinator, an observer or nobody are refused and nothing is stored")
    void onlyTheIsuAndTheStatesFocalPointDraft() {
        CurrentUser observer = user("observer");
        for (CurrentUser refused : new CurrentUser[] {user("laos"), coordinator, observer, president, null}) {
            assertThatThrownBy(() -> desk.draft(obligation.id(), ASKED, null, refused))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(requestsOfTheObligation()).isEmpty();

        assertThat(as(isu, () -> desk.draft(obligation.id(), ASKED, null, isu)).status())
                .isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    @DisplayName("A draft is read by its State and the ISU only; others are told it does not exist")
    void aDraftIsReadByItsStateAndTheIsuOnly() {
        long id = as(lebanon, () -> desk.draft(obligation.id(), ASKED, null, lebanon)).id();

        assertThat(desk.record(id, lebanon).request().id()).isEqualTo(id);
        assertThat(desk.record(id, isu).request().id()).isEqualTo(id);
        for (CurrentUser other : new CurrentUser[] {user("laos"), coordinator, user("observer"), null}) {
            assertThatThrownBy(() -> desk.record(id, other))
                    .isInstanceOf(org.ccmplatform.shared.NotFoundException.class);
        }
    }

    @Test
    @DisplayName("Another State's focal point can neither plan, submit, redraft nor withdraw a draft, which it is not even told exists; the request is unchanged")
    void anotherStatesFocalPointCannotActForTheRequest() {
        CurrentUser laos = user("laos");
        long id = as(lebanon, () -> desk.draft(obligation.id(), ASKED, null, lebanon)).id();

        assertThatThrownBy(() -> desk.planYear(id, ledger.today().getYear() + 1, BigDecimal.TEN,
                WorkPlanYear.Unit.SQUARE_METRES, null, null, laos)).isInstanceOf(org.ccmplatform.shared.NotFoundException.class);
        assertThatThrownBy(() -> desk.submit(id, laos)).isInstanceOf(org.ccmplatform.shared.NotFoundException.class);
        assertThatThrownBy(() -> desk.withdraw(id, laos)).isInstanceOf(org.ccmplatform.shared.NotFoundException.class);
        assertThatThrownBy(() -> desk.redraft(id, 0, ASKED.minusYears(1), "changed", laos))
                .isInstanceOf(org.ccmplatform.shared.NotFoundException.class);

        ExtensionDesk.RequestRecord record = desk.record(id, isu);
        assertThat(record.request().status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(record.request().requestedDeadline()).isEqualTo(ASKED);
        assertThat(record.workPlan()).isEmpty();
        assertThat(record.steps()).hasSize(1);
    }

    @Test
    @DisplayName("Only the ISU or the Presidency forms the Analysis Group; a focal point or a coordinator cannot")
    void onlyTheIsuOrThePresidencyFormTheAnalysisGroup() {
        long id = submittedRequest();

        for (CurrentUser refused : new CurrentUser[] {lebanon, coordinator, user("observer")}) {
            assertThatThrownBy(() -> desk.openAnalysis(id, Set.of("ITA"), refused))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(desk.record(id, isu).request().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(desk.record(id, isu).steps()).hasSize(2);
    }

    @Test
    @DisplayName("The requesting State cannot sit in the Analysis Group of its own request, and the group has members")
    void theRequestingStateCannotAnalyseItsOwnRequest() {
        long id = submittedRequest();

        assertThatThrownBy(() -> desk.openAnalysis(id, Set.of("ITA", "LBN"), isu)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.analysisGroup.notTheRequester");
        assertThatThrownBy(() -> desk.openAnalysis(id, Set.of(), isu)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.analysisGroup.required");
        assertThat(desk.record(id, isu).request().status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    @DisplayName("A coordinator of a State outside the Analysis Group can neither ask nor conclude")
    void aCoordinatorOutsideTheGroupCannotAnalyse() {
        long id = submittedRequest();
        as(isu, () -> desk.openAnalysis(id, Set.of("DEU", "NOR"), isu));
        CurrentUser italy = coordinator;
        CurrentUser spain = user(MemberAccounts.actingFor(accounts, "coordinator-esp", "Coordinator, Spain (test)",
                Role.COORDINATOR, register.get("ESP").id(), null).username());

        for (CurrentUser outsider : new CurrentUser[] {italy, spain, lebanon, president}) {
            assertThatThrownBy(() -> desk.ask(id, "Test: a question", outsider))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> desk.conclude(id, "Test: a report", outsider))
                    .isInstanceOf(AccessDeniedException.class);
        }
        ExtensionDesk.RequestRecord record = desk.record(id, isu);
        assertThat(record.exchanges()).isEmpty();
        assertThat(record.request().status()).isEqualTo(RequestStatus.UNDER_ANALYSIS);

        CurrentUser germany = user(MemberAccounts.actingFor(accounts, "coordinator-deu", "Coordinator, Germany (test)",
                Role.COORDINATOR, register.get("DEU").id(), null).username());
        as(germany, () -> desk.ask(id, "Test: a question from a member", germany));
        assertThat(desk.record(id, isu).exchanges()).extracting(AnalysisExchange::askedBy)
                .containsExactly(germany.getUsername());
    }

    @Test
    @DisplayName("Only the requesting State answers the Analysis Group's questions, once")
    void onlyTheRequestingStateAnswers() {
        long id = submittedRequest();
        as(isu, () -> desk.openAnalysis(id, Set.of("ITA"), isu));
        AnalysisExchange question = as(coordinator, () -> desk.ask(id, "Test: a question", coordinator));

        assertThatThrownBy(() -> desk.answer(id, question.id(), "Test: an answer", coordinator))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.answer(id, question.id(), "Test: an answer", user("laos")))
                .isInstanceOf(AccessDeniedException.class);
        as(lebanon, () -> desk.answer(id, question.id(), "Test: the answer", lebanon));
        assertThatThrownBy(() -> desk.answer(id, question.id(), "Test: a second answer", lebanon))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.alreadyAnswered");

        assertThat(desk.record(id, isu).exchanges()).singleElement()
                .satisfies(x -> assertThat(x.answer()).isEqualTo("Test: the answer"));
    }

    @Test
    @DisplayName("Only the ISU records the Meeting's decision; the Presidency, a coordinator or the State cannot")
    void onlyTheIsuRecordsTheDecision() {
        Meeting msp = heldMeetingOfStatesParties();
        long id = analysedRequest();

        for (CurrentUser refused : new CurrentUser[] {president, coordinator, lebanon, null}) {
            assertThatThrownBy(() -> desk.decide(id, true, ASKED, msp.id(), refused))
                    .isInstanceOf(AccessDeniedException.class);
        }

        assertThat(desk.record(id, isu).request().status()).isEqualTo(RequestStatus.ANALYSED);
        assertThat(ledger.view(obligation.id()).currentDeadline()).isEqualTo(TREATY_DEADLINE);
    }

    @Test
    @DisplayName("A request that was never analysed cannot be granted")
    void aRequestNeverAnalysedCannotBeGranted() {
        Meeting msp = heldMeetingOfStatesParties();
        long id = submittedRequest();

        assertThatThrownBy(() -> desk.decide(id, true, ASKED, msp.id(), isu)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.decideOnlyAnalysed");
        as(isu, () -> desk.openAnalysis(id, Set.of("ITA"), isu));
        assertThatThrownBy(() -> desk.decide(id, true, ASKED, msp.id(), isu)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.decideOnlyAnalysed");

        assertThat(ledger.view(obligation.id()).currentDeadline()).isEqualTo(TREATY_DEADLINE);
    }

    @Test
    @DisplayName("The decision is taken by a Meeting of States Parties that has been held: not a workshop, not a "
            + "meeting still to come, not a cancelled one")
    void theDecisionIsTakenByAHeldMeetingOfStatesParties() {
        long id = analysedRequest();
        LocalDate today = ledger.today();
        Meeting workshop = meeting(MeetingBody.WORKSHOP, today.minusDays(10), MeetingStatus.HELD);
        Meeting nextMsp = meeting(MeetingBody.MEETING_OF_STATES_PARTIES, today.plusDays(60), MeetingStatus.PLANNED);
        Meeting cancelled = meeting(MeetingBody.MEETING_OF_STATES_PARTIES, today.minusDays(20),
                MeetingStatus.CANCELLED);

        assertThatThrownBy(() -> desk.decide(id, true, ASKED, workshop.id(), isu)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.decidedByMsp");
        assertThatThrownBy(() -> desk.decide(id, true, ASKED, nextMsp.id(), isu)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.meetingNotHeld");
        assertThatThrownBy(() -> desk.decide(id, true, ASKED, cancelled.id(), isu))
                .as("a cancelled meeting decides nothing").isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.meetingCancelled");
        assertThatThrownBy(() -> desk.decide(id, true, ASKED, 987654321L, isu)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.decidedByMsp");

        assertThat(desk.record(id, isu).request().status()).isEqualTo(RequestStatus.ANALYSED);
        assertThat(ledger.view(obligation.id()).currentDeadline()).isEqualTo(TREATY_DEADLINE);

        Meeting reviewConference = meeting(MeetingBody.REVIEW_CONFERENCE, today.minusDays(5), MeetingStatus.HELD);
        as(isu, () -> desk.decide(id, true, ASKED, reviewConference.id(), isu));
        assertThat(ledger.view(obligation.id()).currentDeadline()).isEqualTo(ASKED);
    }

    @Test
    @DisplayName("A grant may be shorter than asked, never longer")
    void aGrantIsNeverLongerThanAsked() {
        Meeting msp = heldMeetingOfStatesParties();
        long id = as(lebanon, () -> desk.draft(obligation.id(), TREATY_DEADLINE.plusYears(2), null, lebanon)).id();
        analyse(id);

        assertThatThrownBy(() -> desk.decide(id, true, TREATY_DEADLINE.plusYears(3), msp.id(), isu))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.longerThanAsked");
        assertThatThrownBy(() -> desk.decide(id, true, TREATY_DEADLINE, msp.id(), isu))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "extension.notLater");
        assertThat(ledger.view(obligation.id()).currentDeadline()).isEqualTo(TREATY_DEADLINE);
    }

    @Test
    @DisplayName("A request longer than the five years Article 4 allows, or without a work plan, is not submitted")
    void aRequestTooLongOrWithoutAWorkPlanIsNotSubmitted() {
        long tooLong = as(lebanon, () -> desk.draft(obligation.id(), ASKED.plusDays(1), null, lebanon)).id();
        planOneYear(tooLong);

        assertThatThrownBy(() -> desk.submit(tooLong, lebanon)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.tooLong");
        as(lebanon, () -> desk.redraft(tooLong, desk.record(tooLong, lebanon).request().version(), ASKED, null,
                lebanon));
        assertThat(as(lebanon, () -> desk.submit(tooLong, lebanon)).status()).isEqualTo(RequestStatus.SUBMITTED);
        as(lebanon, () -> desk.withdraw(tooLong, lebanon));

        long withoutPlan = as(lebanon, () -> desk.draft(obligation.id(), ASKED, null, lebanon)).id();
        assertThatThrownBy(() -> desk.submit(withoutPlan, lebanon)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.workPlanRequired");
        assertThat(desk.record(withoutPlan, lebanon).request().status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    @DisplayName("A request after the deadline is refused: Iraq's clearance deadline of 1 November 2023 has passed")
    void aRequestAfterTheDeadlineIsRefused() {
        Obligation iraq = ledger.ofState(register.get("IRQ")).stream()
                .filter(v -> v.obligation().article() == Article.ARTICLE_4).findFirst().orElseThrow().obligation();
        long id = as(isu, () -> desk.draft(iraq.id(), LocalDate.of(2028, 11, 1), null, isu)).id();
        as(isu, () -> desk.planYear(id, ledger.today().getYear() + 1, new BigDecimal("20000000"),
                WorkPlanYear.Unit.SQUARE_METRES, null, null, isu));

        assertThatThrownBy(() -> desk.submit(id, isu)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.afterDeadline");
        assertThat(desk.record(id, isu).request().status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    @DisplayName("Only one request of an obligation is open at a time: Lebanon's clearance has one under analysis")
    void onlyOneRequestIsOpenAtATime() {
        as(lebanon, () -> desk.draft(obligation.id(), ASKED, null, lebanon));
        assertThatThrownBy(() -> desk.draft(obligation.id(), ASKED, null, lebanon)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.alreadyOpen");

        Obligation lebanonsClearance = ledger.ofState(register.get("LBN")).stream()
                .filter(v -> v.obligation().basis().equals("Article 4(1)(a)")).findFirst().orElseThrow()
                .obligation();
        assertThatThrownBy(() -> desk.draft(lebanonsClearance.id(), LocalDate.of(2031, 5, 1), null, lebanon))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.alreadyOpen");
    }

    @Test
    @DisplayName("Only Article 3 and Article 4 deadlines are extended: a request for the initial report is refused")
    void onlyArticle3And4AreExtended() {
        Obligation transparency = ledger.ofState(register.get("LBN")).stream()
                .filter(v -> v.obligation().article() == Article.ARTICLE_7).findFirst().orElseThrow().obligation();

        assertThatThrownBy(() -> desk.draft(transparency.id(), ASKED, null, lebanon))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "extension.notExtendable");
    }

    @Test
    @DisplayName("A stale edit of a draft (opened before someone else saved it) is a conflict, not an overwrite")
    void aStaleEditOfADraftIsAConflict() {
        ExtensionRequest draft = as(lebanon, () -> desk.draft(obligation.id(), ASKED, "Test: first text", lebanon));
        long opened = draft.version();
        as(isu, () -> desk.redraft(draft.id(), opened, ASKED.minusYears(1), "Test: the ISU's text", isu));

        assertThatThrownBy(() -> desk.redraft(draft.id(), opened, ASKED, "Test: Lebanon's stale text", lebanon))
                .isInstanceOf(org.ccmplatform.shared.StaleEditException.class);
        entityManager.flush();
        entityManager.clear();
        ExtensionRequest stored = desk.record(draft.id(), isu).request();
        assertThat(stored.justification()).isEqualTo("Test: the ISU's text");
        assertThat(stored.requestedDeadline()).isEqualTo(ASKED.minusYears(1));
    }

    private long submittedRequest() {
        long id = as(lebanon, () -> desk.draft(obligation.id(), ASKED, "Test: five more years", lebanon)).id();
        planOneYear(id);
        as(lebanon, () -> desk.submit(id, lebanon));
        return id;
    }

    private long analysedRequest() {
        long id = as(lebanon, () -> desk.draft(obligation.id(), ASKED, "Test: five more years", lebanon)).id();
        analyse(id);
        return id;
    }

    private void analyse(long id) {
        planOneYear(id);
        as(lebanon, () -> desk.submit(id, lebanon));
        as(isu, () -> desk.openAnalysis(id, Set.of("ITA"), isu));
        as(coordinator, () -> desk.conclude(id, "Test: the Group's report", coordinator));
    }

    private void planOneYear(long id) {
        as(lebanon, () -> desk.planYear(id, ledger.today().getYear() + 1, new BigDecimal("2000000"),
                WorkPlanYear.Unit.SQUARE_METRES, new BigDecimal("6000000"), "USD", lebanon));
    }

    private Meeting heldMeetingOfStatesParties() {
        return meeting(MeetingBody.MEETING_OF_STATES_PARTIES, ledger.today().minusDays(30), MeetingStatus.HELD);
    }

    private Meeting meeting(MeetingBody body, LocalDate day, MeetingStatus status) {
        String title = body + " (test " + UUID.randomUUID().toString().substring(0, 8) + ")";
        Meeting meeting = as(isu, () -> meetings.plan(new MeetingDetails(body, title, day.atTime(10, 0),
                day.atTime(18, 0), java.time.ZoneId.of("Europe/Zurich"), "Geneva", false, EnumSet.of(Language.EN),
                MeetingVisibility.PUBLIC), isu));
        if (status != MeetingStatus.PLANNED) {
            as(isu, () -> meetings.changeStatus(meeting.id(), status, isu));
        }
        return meeting;
    }

    private List<ExtensionRequest> requestsOfTheObligation() {
        return ledger.requestsOf(obligation);
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /** Runs one step as the user, signed in as a request would be, and writes it out so the audit trail sees who. */
    private <T> T as(CurrentUser user, Supplier<T> step) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            T result = step.get();
            entityManager.flush();
            return result;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
