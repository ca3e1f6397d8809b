package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The treaty rows of the database are the ones the unit tests of the rules are built on. */
@IntegrationTest
class TreatiesIntegrationTest {

    @Autowired
    StateRegister register;

    @Test
    void thePlatformCarriesTheCcmTheMineBanConventionAndProtocolV() {
        assertThat(register.treaties()).extracting(Treaty::code).containsExactly("CCM", "APMBC", "CCW_P5");
    }

    @Test
    void theTreatyFixturesHoldTheValuesOfTheDatabase() {
        for (Treaty fixture : List.of(TreatyFixture.ccm(), TreatyFixture.apmbc(), TreatyFixture.ccwProtocolV())) {
            Treaty stored = register.treaty(fixture.code()).orElseThrow();

            assertThat(stored).usingRecursiveComparison().ignoringFields("id", "version").isEqualTo(fixture);
        }
    }

    @Test
    void everyReferenceDepositCarriesTheEntryIntoForceOfArticle17() {
        Treaty ccm = TreatyFixture.ccm();
        List<Participation> deposits = register.participationsIn(register.ccm());

        assertThat(deposits).hasSizeGreaterThanOrEqualTo(113);
        assertThat(deposits).filteredOn(p -> p.depositDate() != null).allSatisfy(p -> assertThat(p.entryIntoForce())
                .as("%s", p.state().iso3()).isEqualTo(ccm.entryIntoForceFor(p.depositDate())));
    }
}
