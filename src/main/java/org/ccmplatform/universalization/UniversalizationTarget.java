package org.ccmplatform.universalization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** A target for the number of States Parties by a day (130 by 2020 in the Dubrovnik Action Plan), with its source. */
@Entity
@Audited
public class UniversalizationTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate targetDate;

    @Column(name = "target_count")
    private int count;

    private String description;

    private String source;

    private String recordedBy;

    @Version
    private long version;

    protected UniversalizationTarget() {}

    UniversalizationTarget(LocalDate targetDate, int count, String description, String source, String recordedBy) {
        if (targetDate == null) {
            throw new RuleViolation("targetDate", "validation.required");
        }
        if (targetDate.getYear() < 2008) {
            throw new RuleViolation("targetDate", "universalization.target.beforeConvention");
        }
        if (count < 1 || count > 250) {
            throw new RuleViolation("count", "validation.range", "1", "250");
        }
        if (UniversalizationProfile.clean(description) == null) {
            throw new RuleViolation("description", "validation.required");
        }
        if (UniversalizationProfile.clean(source) == null) {
            throw new RuleViolation("source", "universalization.sourceRequired");
        }
        this.targetDate = targetDate;
        this.count = count;
        this.description = description.strip();
        this.source = source.strip();
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public int count() {
        return count;
    }

    public String description() {
        return description;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }
}
