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
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** A dated victim-assistance commitment (Article 5): a national focal point, a national action plan. */
@Entity
@Audited
public class AssistanceCommitment {

    /** The commitments of the Dubrovnik Action Plan, with their target dates. */
    public enum Kind {
        FOCAL_POINT(LocalDate.of(2016, 12, 31)),
        NATIONAL_ACTION_PLAN(LocalDate.of(2018, 12, 31));

        private final LocalDate target;

        Kind(LocalDate target) {
            this.target = target;
        }

        public LocalDate target() {
            return target;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "obligation_id")
    private Obligation obligation;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private LocalDate targetDate;

    private String status;

    private LocalDate doneOn;

    private String source;

    @Version
    private long version;

    protected AssistanceCommitment() {}

    AssistanceCommitment(Obligation obligation, Kind kind) {
        if (obligation.article() != Article.ARTICLE_5) {
            throw new RuleViolation("kind", "commitment.onlyArticle5");
        }
        this.obligation = obligation;
        this.kind = kind;
        this.targetDate = kind.target();
        this.status = "PLANNED";
    }

    void done(LocalDate on, String source, LocalDate today) {
        if (on == null) {
            throw new RuleViolation("doneOn", "validation.required");
        }
        if (on.isAfter(today)) {
            throw new RuleViolation("doneOn", "participation.date.future");
        }
        this.doneOn = on;
        this.status = "DONE";
        this.source = source;
    }

    public boolean isOverdueOn(LocalDate day) {
        return doneOn == null && targetDate.isBefore(day);
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public boolean done() {
        return doneOn != null;
    }

    public String source() {
        return source;
    }

    public Obligation obligation() {
        return obligation;
    }
}
