package org.ccmplatform.obligations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/**
 * One obligation of one State Party under one article. Its dates are not stored: the start is the Convention's entry
 * into force for the State (or, for remnants that arose later, the end of the active hostilities), and the deadlines
 * follow from the article and the extensions granted.
 */
@Entity
@Audited
public class Obligation {

    /** Article 4(1)(b): remnants that became so after entry into force, counted from the end of hostilities. */
    public static final String AFTER_HOSTILITIES = "Article 4(1)(b)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    @Enumerated(EnumType.STRING)
    private Article article;

    private String basis;

    private LocalDate hostilitiesEnded;

    private LocalDate completedOn;

    /** How precisely the completion is known; a month or a year is kept as its last day. */
    @Enumerated(EnumType.STRING)
    private DatePrecision completionPrecision;

    private String completionNote;

    @Enumerated(EnumType.STRING)
    private Legislation legislation;

    private LocalDate legislationSince;

    private String source;

    @Version
    private long version;

    protected Obligation() {}

    Obligation(State state, Article article, String basis, LocalDate hostilitiesEnded, String source) {
        if (AFTER_HOSTILITIES.equals(basis) && hostilitiesEnded == null) {
            throw new RuleViolation("hostilitiesEnded", "obligation.hostilitiesEnded.required");
        }
        this.state = state;
        this.article = article;
        this.basis = basis;
        this.hostilitiesEnded = hostilitiesEnded;
        this.source = source;
    }

    /** The standard basis of each article's obligation. */
    static String basisOf(Article article) {
        return switch (article) {
            case ARTICLE_3 -> "Article 3(2)";
            case ARTICLE_4 -> "Article 4(1)(a)";
            case ARTICLE_5 -> "Article 5(1)";
            case ARTICLE_7 -> "Article 7(1)";
            case ARTICLE_9 -> "Article 9";
        };
    }

    /** When the obligation began: entry into force for the State, or the end of the hostilities (Article 4(1)(b)). */
    public LocalDate startFrom(LocalDate entryIntoForce) {
        return hostilitiesEnded != null ? hostilitiesEnded : entryIntoForce;
    }

    /** Records that the State completed the obligation on a day, with its declaration. */
    void complete(LocalDate on, String declaration, LocalDate entryIntoForce, LocalDate today) {
        complete(on, DatePrecision.DAY, declaration, entryIntoForce, today);
    }

    /** Records a completion known to a month or a year (from the public record), as the last day of that period. */
    void complete(LocalDate on, DatePrecision precision, String declaration, LocalDate entryIntoForce,
            LocalDate today) {
        if (on == null) {
            throw new RuleViolation("completedOn", "validation.required");
        }
        LocalDate start = startFrom(entryIntoForce);
        if (start != null && on.isBefore(start)) {
            throw new RuleViolation("completedOn", "obligation.completed.beforeStart", start);
        }
        if (on.isAfter(today)) {
            throw new RuleViolation("completedOn", "participation.date.future");
        }
        if (declaration != null && declaration.length() > 1000) {
            throw new RuleViolation("completionNote", "validation.tooLong", 1000);
        }
        this.completedOn = on;
        this.completionPrecision = precision;
        this.completionNote = declaration == null || declaration.isBlank() ? null : declaration.strip();
    }

    void reopen() {
        this.completedOn = null;
        this.completionPrecision = null;
        this.completionNote = null;
    }

    /** Article 9: where the State stands on legislation, since a day. */
    void recordLegislation(Legislation status, LocalDate since, LocalDate today) {
        if (article != Article.ARTICLE_9) {
            throw new RuleViolation("legislation", "obligation.legislation.onlyArticle9");
        }
        if (status == null) {
            throw new RuleViolation("legislation", "validation.required");
        }
        if (since != null && since.isAfter(today)) {
            throw new RuleViolation("legislationSince", "participation.date.future");
        }
        this.legislation = status;
        this.legislationSince = since;
        this.completedOn = status.isInPlace() ? since : null;
        this.completionPrecision = completedOn == null ? null : DatePrecision.DAY;
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Article article() {
        return article;
    }

    public String basis() {
        return basis;
    }

    public LocalDate hostilitiesEnded() {
        return hostilitiesEnded;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public DatePrecision completionPrecision() {
        return completionPrecision;
    }

    public String completionNote() {
        return completionNote;
    }

    public Legislation legislation() {
        return legislation;
    }

    public LocalDate legislationSince() {
        return legislationSince;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }
}
