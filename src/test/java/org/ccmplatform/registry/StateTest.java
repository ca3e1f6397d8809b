package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.util.ReflectionTestUtils;

/** A State is known by a pair of assigned ISO 3166-1 codes of the same country, and has a name in each language. */
class StateTest {

    @ParameterizedTest(name = "iso3 \"{0}\"")
    @ValueSource(strings = {"LB", "12A", "lbnx", "L-N", ""})
    void aMalformedAlpha3CodeIsRefused(String iso3) {
        RuleViolation refusal = refused(iso3, "LB");

        assertThat(refusal.field()).isEqualTo("iso3");
        assertThat(refusal.messageCode()).isEqualTo("state.iso3.malformed");
        assertThat(refusal.arguments()).containsExactly(iso3);
    }

    @ParameterizedTest(name = "iso2 \"{0}\"")
    @ValueSource(strings = {"L", "LBN", "1B", "L."})
    void aMalformedAlpha2CodeIsRefused(String iso2) {
        RuleViolation refusal = refused("LBN", iso2);

        assertThat(refusal.field()).isEqualTo("iso2");
        assertThat(refusal.messageCode()).isEqualTo("state.iso2.malformed");
    }

    @Test
    void anUnassignedCodeIsRefused() {
        RuleViolation refusal = refused("XXX", "XX");

        assertThat(refusal.field()).isEqualTo("iso3");
        assertThat(refusal.messageCode()).isEqualTo("state.iso3.unknown");
        assertThat(refusal.arguments()).containsExactly("XXX");
    }

    @Test
    void codesOfTwoDifferentCountriesAreRefused() {
        RuleViolation refusal = refused("FRA", "DE");

        assertThat(refusal.field()).isEqualTo("iso2");
        assertThat(refusal.messageCode()).isEqualTo("state.iso2.mismatch");
        assertThat(refusal.arguments()).containsExactly("DE", "FRA");
    }

    @Test
    void anUnassignedAlpha2CodeBesideAnAssignedAlpha3IsRefused() {
        RuleViolation refusal = refused("FRA", "QQ");

        assertThat(refusal.field()).isEqualTo("iso2");
        assertThat(refusal.messageCode()).isEqualTo("state.iso2.mismatch");
    }

    @Test
    void codesAreTakenInCapitalsWithoutSurroundingSpaces() {
        State lebanon = new State(" lbn ", "lb", UnMembership.MEMBER, UnRegion.ASIA, null);

        assertThat(lebanon.iso3()).isEqualTo("LBN");
        assertThat(lebanon.iso2()).isEqualTo("LB");
    }

    @Test
    void blankNamesTakeTheStandardShortNameInEachLanguage() {
        State lebanon = new State("LBN", "LB", UnMembership.MEMBER, UnRegion.ASIA, new StateNames(" ", null, ""));

        assertThat(lebanon.names()).isEqualTo(new StateNames("Lebanon", "Liban", "Líbano"));
        assertThat(lebanon.name(Language.FR)).isEqualTo("Liban");
    }

    @Test
    void givenNamesAreKeptWithoutSurroundingSpaces() {
        State netherlands = new State("NLD", "NL", UnMembership.MEMBER, UnRegion.EUROPE,
                new StateNames("  Netherlands (Kingdom of the) ", null, "Países Bajos (Reino de los)"));

        assertThat(netherlands.names().en()).isEqualTo("Netherlands (Kingdom of the)");
        assertThat(netherlands.names().fr()).isEqualTo("Pays-Bas");
        assertThat(netherlands.names().es()).isEqualTo("Países Bajos (Reino de los)");
    }

    @Test
    void aNameIsSearchableWithoutItsAccentsOrCapitals() {
        State ecuador = new State("ECU", "EC", UnMembership.MEMBER, UnRegion.AMERICAS, null);
        State coteDivoire = new State("CIV", "CI", UnMembership.MEMBER, UnRegion.AFRICA,
                new StateNames("Côte d'Ivoire", "Côte d’Ivoire", "Côte d'Ivoire"));

        assertThat(ecuador.names().fr()).isEqualTo("Équateur");
        assertThat(ReflectionTestUtils.getField(ecuador, "searchFr")).isEqualTo("equateur");
        assertThat(ReflectionTestUtils.getField(coteDivoire, "searchEn")).isEqualTo("cote d'ivoire");
        assertThat(ReflectionTestUtils.getField(coteDivoire, "searchFr")).isEqualTo("cote d'ivoire");
    }

    @Test
    void aNewDescriptionMakesTheNewNameSearchable() {
        State ecuador = new State("ECU", "EC", UnMembership.MEMBER, UnRegion.AMERICAS, null);

        ecuador.describe(UnMembership.MEMBER, UnRegion.AMERICAS,
                new StateNames(null, "République de l'Équateur", null));

        assertThat(ReflectionTestUtils.getField(ecuador, "searchFr")).isEqualTo("republique de l'equateur");
        assertThat(ecuador.names().en()).isEqualTo("Ecuador");
    }

    @Test
    void aStateNeedsARegionAndAStandingAtTheUn() {
        RuleViolation noRegion = catchThrowableOfType(RuleViolation.class,
                () -> new State("GRL", "GL", UnMembership.NON_MEMBER, null, null));
        RuleViolation noMembership = catchThrowableOfType(RuleViolation.class,
                () -> new State("GRL", "GL", null, UnRegion.AMERICAS, null));

        assertThat(noRegion.field()).isEqualTo("region");
        assertThat(noRegion.messageCode()).isEqualTo("validation.required");
        assertThat(noMembership.field()).isEqualTo("unMembership");
    }

    private static RuleViolation refused(String iso3, String iso2) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> new State(iso3, iso2, UnMembership.MEMBER, UnRegion.ASIA, null));
        assertThat(refusal).as("State %s/%s refused", iso3, iso2).isNotNull();
        return refusal;
    }
}
