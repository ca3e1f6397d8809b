package org.ccmplatform.obligations;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Article 3 and Article 4 obligations of the States Parties as the public record shows them: who declared
 * stockpiles or contaminated areas, who completed and when, and the extensions granted, each fact with its source
 * (reference/ccm-obligations.csv and ccm-extensions.csv; see reference/README.md). Deadlines are not in the files:
 * they follow from the register. Loaded in every installation, once per version of the files.
 */
@Component
@Order(6)
class ReferenceObligations implements ApplicationRunner {

    static final String OBLIGATIONS = "reference/ccm-obligations.csv";
    static final String EXTENSIONS = "reference/ccm-extensions.csv";

    private final OneTimeLoads loads;
    private final Obligations obligations;
    private final ObligationKeeper keeper;
    private final ExtensionDesk extensions;
    private final ObligationLedger ledger;
    private final StateRegister register;
    private final Clock clock;

    ReferenceObligations(OneTimeLoads loads, Obligations obligations, ObligationKeeper keeper,
            ExtensionDesk extensions, ObligationLedger ledger, StateRegister register, Clock clock) {
        this.loads = loads;
        this.obligations = obligations;
        this.keeper = keeper;
        this.extensions = extensions;
        this.ledger = ledger;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        byte[] declared = read(OBLIGATIONS);
        byte[] granted = read(EXTENSIONS);
        loads.loadOnce("reference/ccm-obligations", sha256(declared, granted), () -> {
            records(declared).forEach(this::declare);
            records(granted).forEach(this::grant);
        });
    }

    private void declare(CSVRecord row) {
        Article article = Article.of(Integer.parseInt(row.get("article")));
        var state = register.get(row.get("iso3"));
        Obligation obligation = obligations.findByStateIdAndArticleAndBasis(state.id(), article,
                        Obligation.basisOf(article))
                .orElseGet(() -> keeper.declareOnBehalf(state.iso3(), article, null, row.get("source")));
        String completed = row.get("completed_on");
        if (!completed.isBlank() && obligation.completedOn() == null) {
            DatePrecision precision = DatePrecision.valueOf(row.get("completion_precision").toUpperCase(Locale.ROOT));
            obligation.complete(DatePrecision.lastDayOf(completed, precision), precision, row.get("source"),
                    ledger.view(obligation.id()).entryIntoForce(), LocalDate.now(clock));
        }
    }

    private void grant(CSVRecord row) {
        Article article = Article.of(Integer.parseInt(row.get("article")));
        var state = register.get(row.get("iso3"));
        Obligation obligation = obligations.findByStateIdAndArticleAndBasis(state.id(), article,
                Obligation.basisOf(article)).orElseThrow();
        LocalDate granted = LocalDate.parse(row.get("granted_deadline"));
        boolean known = ledger.requestsOf(obligation).stream()
                .anyMatch(r -> r.isGranted() && granted.equals(r.grantedDeadline()));
        if (!known) {
            extensions.recordEarlierDecision(obligation, LocalDate.parse(row.get("requested_deadline")), granted,
                    blankToNull(row.get("decided_by")),
                    row.get("decided_on").isBlank() ? null : LocalDate.parse(row.get("decided_on")),
                    row.get("source"));
        }
    }

    private static List<CSVRecord> records(byte[] content) {
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
