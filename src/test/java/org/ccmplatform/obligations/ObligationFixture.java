package org.ccmplatform.obligations;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.Treaty;
import org.ccmplatform.registry.TreatyFixture;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Obligations, requests, figures and meetings built in one line for the tests of the model: never stored, but with
 * ids, as if read from the database. Entry into force is computed by the registry's own rule (CCM Article 17) from
 * the deposits of the reference data, never typed in.
 */
final class ObligationFixture {

    /** The day the reference data describes; unit tests never read the clock. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final AtomicLong IDS = new AtomicLong(5000);
    private static final Treaty CCM = TreatyFixture.ccm();
    private static Map<String, LocalDate> deposits;

    private ObligationFixture() {}

    /** A State as the model sees it, with an id and its ISO code. */
    static State state(String iso3) {
        State state = new State() {};
        ReflectionTestUtils.setField(state, "id", IDS.incrementAndGet());
        ReflectionTestUtils.setField(state, "iso3", iso3);
        return state;
    }

    static <T> T withId(T entity) {
        ReflectionTestUtils.setField(entity, "id", IDS.incrementAndGet());
        return entity;
    }

    /** The standard obligation of a State under an article (Article 3(2), 4(1)(a), 5(1), 7(1) or 9). */
    static Obligation obligation(String iso3, Article article) {
        return withId(new Obligation(state(iso3), article, Obligation.basisOf(article), null, "test"));
    }

    /** An Article 4(1)(b) obligation: remnants that arose after entry into force, counted from the hostilities. */
    static Obligation afterHostilities(String iso3, LocalDate hostilitiesEnded) {
        return withId(new Obligation(state(iso3), Article.ARTICLE_4, Obligation.AFTER_HOSTILITIES, hostilitiesEnded,
                "test"));
    }

    /** The day the State deposited its instrument, from the reference data of the depositary. */
    static LocalDate depositOf(String iso3) {
        LocalDate deposit = deposits().get(iso3);
        if (deposit == null) {
            throw new IllegalArgumentException("No deposit of " + iso3 + " in ccm-participation.csv");
        }
        return deposit;
    }

    /** Entry into force for the State: the registry's rule applied to its deposit. */
    static LocalDate entryIntoForceOf(String iso3) {
        return entryIntoForceFor(depositOf(iso3));
    }

    static LocalDate entryIntoForceFor(LocalDate deposit) {
        return CCM.entryIntoForceFor(deposit);
    }

    /** The obligation as the ledger derives it on a day, with the extensions granted and the figures reported. */
    static ObligationView view(Obligation obligation, LocalDate entryIntoForce, List<ExtensionRequest> granted,
            List<ProgressFigure> figures, LocalDate today) {
        return ObligationView.of(obligation, entryIntoForce, granted, figures, List.of(), today);
    }

    static ObligationView view(Obligation obligation, LocalDate entryIntoForce, LocalDate today) {
        return view(obligation, entryIntoForce, List.of(), List.of(), today);
    }

    /** A Meeting of States Parties (or another body) held on a day, as the meetings module gives it. */
    static Meeting meeting(MeetingBody body, String title, LocalDate day) {
        Meeting meeting = mock(Meeting.class);
        when(meeting.id()).thenReturn(IDS.incrementAndGet());
        when(meeting.body()).thenReturn(body);
        when(meeting.title()).thenReturn(title);
        when(meeting.day()).thenReturn(day);
        return meeting;
    }

    static Meeting msp(String title, LocalDate day) {
        return meeting(MeetingBody.MEETING_OF_STATES_PARTIES, title, day);
    }

    /** A draft, to be submitted with the number of work plan years the test chooses. */
    static ExtensionRequest draft(Obligation obligation, LocalDate requested) {
        return withId(new ExtensionRequest(obligation, requested, "Remaining contamination; see the work plan."));
    }

    /** A request taken through submission, analysis and conclusion, awaiting the Meeting's decision. */
    static ExtensionRequest analysed(Obligation obligation, LocalDate requested, LocalDate submittedOn,
            LocalDate currentDeadline) {
        ExtensionRequest request = draft(obligation, requested);
        request.submit(submittedOn, currentDeadline, 1);
        request.openAnalysis(Set.of(state("NOR"), state("CHE")));
        request.concludeAnalysis("The plan is ambitious but workable; the Group recommends the request.");
        return request;
    }

    /** A request granted by a Meeting of States Parties through the platform's workflow. */
    static ExtensionRequest granted(Obligation obligation, LocalDate requested, LocalDate granted,
            LocalDate submittedOn, LocalDate currentDeadline, Meeting meeting) {
        ExtensionRequest request = analysed(obligation, requested, submittedOn, currentDeadline);
        request.decide(true, granted, meeting, currentDeadline);
        return request;
    }

    /** A figure for a calendar year (destroyed, released). */
    static ProgressFigure yearly(Obligation obligation, FigureKind kind, int year, long quantity) {
        return withId(new ProgressFigure(obligation, kind, year, null, BigDecimal.valueOf(quantity), null,
                "Article 7 report of " + (year + 1), "isu", null, TODAY));
    }

    /** A figure as at a date (declared stock, remaining area, retained). */
    static ProgressFigure asAt(Obligation obligation, FigureKind kind, LocalDate date, long quantity) {
        return withId(new ProgressFigure(obligation, kind, null, date, BigDecimal.valueOf(quantity),
                kind == FigureKind.RETAINED ? "Training under Article 3(6)" : null,
                "Article 7 report of " + date.getYear(), "isu", null, TODAY));
    }

    static ExtensionStep step(ExtensionRequest request, String by, LocalDate on) {
        return withId(new ExtensionStep(request, by, on.atTime(10, 0).toInstant(ZoneOffset.UTC)));
    }

    /** The rows of a reference file of src/main/resources/reference. */
    static List<CSVRecord> reference(String file) {
        try (InputStream in = ObligationFixture.class.getResourceAsStream("/reference/" + file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader,
                        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Map<String, LocalDate> deposits() {
        if (deposits == null) {
            deposits = reference("ccm-participation.csv").stream()
                    .collect(Collectors.toMap(r -> r.get("iso3"), r -> LocalDate.parse(r.get("deposit_date")),
                            (a, b) -> a));
        }
        return deposits;
    }
}
