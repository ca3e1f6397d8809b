package org.ccmplatform.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Locale;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.SearchText;

/** A State, known by its ISO 3166-1 codes, with its name in each language and its UN region. */
@Entity
@Audited(ignored = {"searchEn", "searchFr", "searchEs"})
public class State {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String iso3;

    private String iso2;

    @Enumerated(EnumType.STRING)
    private UnMembership unMembership;

    @Enumerated(EnumType.STRING)
    private UnRegion region;

    private String nameEn;
    private String nameFr;
    private String nameEs;

    private String searchEn;
    private String searchFr;
    private String searchEs;

    @Version
    private long version;

    protected State() {}

    State(String iso3, String iso2, UnMembership unMembership, UnRegion region, StateNames names) {
        String alpha3 = IsoCodes.normalise(iso3);
        String alpha2 = IsoCodes.normalise(iso2);
        if (!IsoCodes.isWellFormedAlpha3(alpha3)) {
            throw new RuleViolation("iso3", "state.iso3.malformed", iso3);
        }
        if (!IsoCodes.isWellFormedAlpha2(alpha2)) {
            throw new RuleViolation("iso2", "state.iso2.malformed", iso2);
        }
        if (!IsoCodes.isAssignedAlpha3(alpha3)) {
            throw new RuleViolation("iso3", "state.iso3.unknown", alpha3);
        }
        if (!IsoCodes.belongTogether(alpha2, alpha3)) {
            throw new RuleViolation("iso2", "state.iso2.mismatch", alpha2, alpha3);
        }
        this.iso3 = alpha3;
        this.iso2 = alpha2;
        describe(unMembership, region, names);
    }

    /** The names of a State: the ones given, else those of the JDK's locale data. */
    static StateNames namesOrDefaults(String iso2, StateNames given) {
        return new StateNames(
                orDefault(given == null ? null : given.en(), iso2, Locale.ENGLISH),
                orDefault(given == null ? null : given.fr(), iso2, Locale.FRENCH),
                orDefault(given == null ? null : given.es(), iso2, Locale.forLanguageTag("es")));
    }

    private static String orDefault(String name, String iso2, Locale language) {
        return name == null || name.isBlank() ? IsoCodes.cldrName(iso2, language) : name.strip();
    }

    void describe(UnMembership unMembership, UnRegion region, StateNames names) {
        if (unMembership == null) {
            throw new RuleViolation("unMembership", "validation.required");
        }
        if (region == null) {
            throw new RuleViolation("region", "validation.required");
        }
        StateNames complete = namesOrDefaults(iso2, names);
        this.unMembership = unMembership;
        this.region = region;
        this.nameEn = complete.en();
        this.nameFr = complete.fr();
        this.nameEs = complete.es();
        this.searchEn = SearchText.of(nameEn);
        this.searchFr = SearchText.of(nameFr);
        this.searchEs = SearchText.of(nameEs);
    }

    public String name(Language language) {
        return names().in(language);
    }

    public String name(Locale locale) {
        return name(Language.of(locale));
    }

    public StateNames names() {
        return new StateNames(nameEn, nameFr, nameEs);
    }

    /** The entity property that holds the searchable name in a language. */
    static String searchProperty(Language language) {
        return switch (language) {
            case FR -> "searchFr";
            case ES -> "searchEs";
            case EN -> "searchEn";
        };
    }

    public Long id() {
        return id;
    }

    public String iso3() {
        return iso3;
    }

    public String iso2() {
        return iso2;
    }

    public UnMembership unMembership() {
        return unMembership;
    }

    public UnRegion region() {
        return region;
    }

    public long version() {
        return version;
    }
}
