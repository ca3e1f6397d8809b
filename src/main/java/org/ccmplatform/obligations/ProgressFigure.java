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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** A figure reported for an obligation (declared, destroyed, retained, contaminated, released), with its source. */
@Entity
@Audited
public class ProgressFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "obligation_id")
    private Obligation obligation;

    @Enumerated(EnumType.STRING)
    private FigureKind kind;

    private Integer figureYear;

    private LocalDate figureDate;

    private BigDecimal quantity;

    private String reason;

    private String source;

    private String enteredBy;

    @Version
    private long version;

    protected ProgressFigure() {}

    ProgressFigure(Obligation obligation, FigureKind kind, Integer year, LocalDate date, BigDecimal quantity,
            String reason, String source, String enteredBy, LocalDate start, LocalDate today) {
        if (kind == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        if (kind.article() != obligation.article()) {
            throw new RuleViolation("kind", "progress.kind.otherArticle");
        }
        if (quantity == null) {
            throw new RuleViolation("quantity", "validation.required");
        }
        if (quantity.signum() < 0) {
            throw new RuleViolation("quantity", "progress.quantity.negative");
        }
        if (kind.yearly()) {
            if (year == null) {
                throw new RuleViolation("year", "validation.required");
            }
            if (start != null && year < start.getYear()) {
                throw new RuleViolation("year", "progress.year.beforeObligation",
                        String.valueOf(start.getYear()));
            }
            if (year > today.getYear()) {
                throw new RuleViolation("year", "participation.date.future");
            }
        } else {
            if (date == null) {
                throw new RuleViolation("date", "validation.required");
            }
            if (date.isAfter(today)) {
                throw new RuleViolation("date", "participation.date.future");
            }
        }
        if (kind == FigureKind.RETAINED && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason", "progress.retained.reason");
        }
        if (source == null || source.isBlank()) {
            throw new RuleViolation("source", "progress.source.required");
        }
        this.obligation = obligation;
        this.kind = kind;
        this.figureYear = kind.yearly() ? year : null;
        this.figureDate = kind.yearly() ? null : date;
        this.quantity = quantity;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.source = source.strip();
        this.enteredBy = enteredBy;
    }

    /** The day the figure stands for: its date, or the last day of its year. */
    public LocalDate asOf() {
        return figureDate != null ? figureDate : LocalDate.of(figureYear, 12, 31);
    }

    public Long id() {
        return id;
    }

    public Obligation obligation() {
        return obligation;
    }

    public FigureKind kind() {
        return kind;
    }

    public Integer year() {
        return figureYear;
    }

    public LocalDate date() {
        return figureDate;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String reason() {
        return reason;
    }

    public String source() {
        return source;
    }

    public String enteredBy() {
        return enteredBy;
    }
}
