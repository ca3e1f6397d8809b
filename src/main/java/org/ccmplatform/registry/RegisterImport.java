package org.ccmplatform.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.shared.PlainTextValidator;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports States and their participation from CSV: every line is checked against the same rules as the forms, and
 * the file lands whole, in one transaction, or not at all, with every bad line reported.
 */
@Service
public class RegisterImport {

    private final States states;
    private final Treaties treaties;
    private final Participations participations;
    private final StateRegister register;

    RegisterImport(States states, Treaties treaties, Participations participations, StateRegister register) {
        this.states = states;
        this.treaties = treaties;
        this.participations = participations;
        this.register = register;
    }

    @Transactional
    public ImportReport importCsv(byte[] content) {
        return importRows(RegisterCsv.read(content, Map.of()));
    }

    @Transactional
    ImportReport importCsv(byte[] content, Map<String, String> defaults) {
        return importRows(RegisterCsv.read(content, defaults));
    }

    private ImportReport importRows(List<RegisterRow> rows) {
        LocalDate today = register.today();
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        Map<String, Treaty> treatiesByCode = treaties.findAllByOrderByIdAsc().stream()
                .collect(Collectors.toMap(Treaty::code, Function.identity()));
        Map<String, State> existing = states.findByIso3In(rows.stream()
                        .map(r -> IsoCodes.normalise(r.iso3()))
                        .filter(c -> c != null)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(State::iso3, Function.identity()));
        Set<String> seenLines = new HashSet<>();
        Map<String, String> iso2Owners = new HashMap<>();
        int created = 0;
        int changed = 0;
        int recorded = 0;
        for (RegisterRow row : rows) {
            try {
                plainText(row);
                String iso3 = IsoCodes.normalise(row.iso3());
                if (iso3 == null) {
                    throw new RuleViolation("iso3", "validation.required");
                }
                String treatyCode = row.treaty() == null ? "" : row.treaty().toUpperCase(Locale.ROOT);
                if (!seenLines.add(iso3 + "/" + treatyCode)) {
                    throw new RuleViolation("iso3", "import.row.duplicate", iso3, treatyCode);
                }
                State state = existing.get(iso3);
                if (state == null) {
                    state = newState(row, iso3, iso2Owners);
                    existing.put(iso3, state);
                    created++;
                } else if (describes(row) && redescribe(state, row)) {
                    changed++;
                }
                if (!treatyCode.isEmpty()) {
                    Treaty treaty = treatiesByCode.get(treatyCode);
                    if (treaty == null) {
                        throw new RuleViolation("treaty", "import.row.unknownTreaty", row.treaty());
                    }
                    if (recordParticipation(state, treaty, row, today)) {
                        recorded++;
                    }
                }
            } catch (RuleViolation violation) {
                problems.add(new ImportReport.RowProblem(row.line(), column(violation.field()),
                        violation.messageCode(), violation.arguments()));
            }
        }
        ImportReport report = new ImportReport(rows.size(), created, changed, recorded, List.copyOf(problems));
        if (!report.accepted()) {
            throw new ImportRejected(report);
        }
        return report;
    }

    private State newState(RegisterRow row, String iso3, Map<String, String> iso2Owners) {
        String iso2 = IsoCodes.normalise(row.iso2());
        if (iso2 == null || row.region() == null || row.unMembership() == null) {
            throw new RuleViolation("iso3", "import.row.newStateIncomplete", iso3);
        }
        String owner = iso2Owners.putIfAbsent(iso2, iso3);
        if ((owner != null && !owner.equals(iso3)) || states.existsByIso2(iso2)) {
            throw new RuleViolation("iso2", "state.duplicate", iso2);
        }
        State state = new State(iso3, iso2, parse(UnMembership.class, row.unMembership(), "unMembership"),
                parse(UnRegion.class, row.region(), "region"), names(row));
        return states.save(state);
    }

    private static boolean describes(RegisterRow row) {
        return row.region() != null || row.unMembership() != null || row.nameEn() != null || row.nameFr() != null
                || row.nameEs() != null || row.iso2() != null;
    }

    private boolean redescribe(State state, RegisterRow row) {
        String iso2 = IsoCodes.normalise(row.iso2());
        if (iso2 != null && !iso2.equals(state.iso2())) {
            throw new RuleViolation("iso2", "state.iso2.mismatch", iso2, state.iso3());
        }
        StateNames current = state.names();
        StateNames wanted = new StateNames(
                row.nameEn() != null ? row.nameEn() : current.en(),
                row.nameFr() != null ? row.nameFr() : current.fr(),
                row.nameEs() != null ? row.nameEs() : current.es());
        UnMembership membership = row.unMembership() != null
                ? parse(UnMembership.class, row.unMembership(), "unMembership") : state.unMembership();
        UnRegion region = row.region() != null ? parse(UnRegion.class, row.region(), "region") : state.region();
        if (wanted.equals(current) && membership == state.unMembership() && region == state.region()) {
            return false;
        }
        state.describe(membership, region, wanted);
        return true;
    }

    private boolean recordParticipation(State state, Treaty treaty, RegisterRow row, LocalDate today) {
        ParticipationRecord facts = new ParticipationRecord(date(row.signatureDate(), "signatureDate"),
                date(row.depositDate(), "depositDate"),
                row.depositType() == null ? null : parse(DepositType.class, row.depositType(), "depositType"),
                date(row.withdrawalNotified(), "withdrawalNotified"), row.source());
        LocalDate statedEntryIntoForce = date(row.entryIntoForce(), "entryIntoForce");
        Participation.check(treaty, facts, today);
        if (statedEntryIntoForce != null) {
            LocalDate computed = facts.depositDate() == null ? null : treaty.entryIntoForceFor(facts.depositDate());
            if (!statedEntryIntoForce.equals(computed)) {
                throw new RuleViolation("entryIntoForce", "import.row.entryIntoForceDiffers", statedEntryIntoForce,
                        computed == null ? "-" : computed);
            }
        }
        Participation participation = state.id() == null ? null
                : participations.findByStateAndTreaty(state, treaty).orElse(null);
        if (participation != null && participation.facts().equals(normalised(facts))) {
            return false;
        }
        if (participation == null) {
            participation = new Participation(state, treaty);
        }
        participation.record(facts, today);
        participations.save(participation);
        return true;
    }

    private static ParticipationRecord normalised(ParticipationRecord facts) {
        String source = facts.source() == null || facts.source().isBlank() ? null : facts.source().strip();
        return new ParticipationRecord(facts.signatureDate(), facts.depositDate(), facts.depositType(),
                facts.withdrawalNotified(), source);
    }

    private static StateNames names(RegisterRow row) {
        return new StateNames(row.nameEn(), row.nameFr(), row.nameEs());
    }

    private static void plainText(RegisterRow row) {
        Map<String, String> texts = Map.of("nameEn", nz(row.nameEn()), "nameFr", nz(row.nameFr()), "nameEs",
                nz(row.nameEs()), "source", nz(row.source()));
        texts.forEach((field, value) -> {
            if (!PlainTextValidator.isPlain(value)) {
                throw new RuleViolation(field, "validation.plainText");
            }
            if (value.length() > ("source".equals(field) ? 300 : 120)) {
                throw new RuleViolation(field, "validation.tooLong", "source".equals(field) ? 300 : 120);
            }
        });
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static LocalDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "validation.date", text);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "validation.oneOf", text,
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("iso3", "iso3"), Map.entry("iso2", "iso2"), Map.entry("unMembership", "un_membership"),
            Map.entry("region", "region"), Map.entry("nameEn", "name_en"), Map.entry("nameFr", "name_fr"),
            Map.entry("nameEs", "name_es"), Map.entry("treaty", "treaty"),
            Map.entry("signatureDate", "signature_date"), Map.entry("depositDate", "deposit_date"),
            Map.entry("depositType", "deposit_type"), Map.entry("withdrawalNotified", "withdrawal_notified"),
            Map.entry("entryIntoForce", "entry_into_force"), Map.entry("source", "source"));

    private static String column(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }
}
