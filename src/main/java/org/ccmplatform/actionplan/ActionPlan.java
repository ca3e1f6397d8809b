package org.ccmplatform.actionplan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import org.ccmplatform.shared.Language;

/**
 * An action plan of the States Parties (the Dubrovnik Action Plan 2016-2020, the Lausanne Action Plan 2021-2026),
 * with its period and the conference that adopted it. Reference data, shipped with every release.
 */
@Entity
class ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameEn;

    private String nameFr;

    private String nameEs;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String adoptedBy;

    @Version
    private long version;

    protected ActionPlan() {}

    ActionPlan(String code, String nameEn, String nameFr, String nameEs, LocalDate startsOn, LocalDate endsOn,
            String adoptedBy) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The plan " + code + " ends before it starts");
        }
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.nameEs = nameEs;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.adoptedBy = adoptedBy;
    }

    /** True from the first to the last day of its period. */
    boolean isInForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name(Locale locale) {
        return switch (Language.of(locale)) {
            case FR -> nameFr;
            case ES -> nameEs;
            case EN -> nameEn;
        };
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    String adoptedBy() {
        return adoptedBy;
    }
}
