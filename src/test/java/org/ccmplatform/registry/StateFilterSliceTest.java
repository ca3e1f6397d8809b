package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.Sort;

/** The SQL of the States filter answers as the Java rule {@link Participation#statusOn} does, on a migrated schema. */
@DataJpaTest(properties = "spring.datasource.url=jdbc:h2:mem:state-filter;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class StateFilterSliceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    States states;

    @Autowired
    Treaties treaties;

    @Autowired
    Participations participations;

    private Treaty ccm;

    @BeforeEach
    void register() {
        ccm = treaties.findByCode(Treaty.CCM).orElseThrow();
        party("NOR", "NO", UnRegion.EUROPE, LocalDate.of(2008, 12, 3), null);
        party("LBN", "LB", UnRegion.ASIA, LocalDate.of(2010, 11, 5), null);
        party("LTU", "LT", UnRegion.EUROPE, LocalDate.of(2011, 3, 24), LocalDate.of(2024, 9, 6));
        party("VUT", "VU", UnRegion.OCEANIA, LocalDate.of(2025, 9, 5), null);
        State indonesia = state("IDN", "ID", UnRegion.ASIA);
        Participation signature = new Participation(indonesia, ccm);
        signature.record(new ParticipationRecord(LocalDate.of(2008, 12, 3), null, null, null, null), TODAY);
        participations.save(signature);
        state("USA", "US", UnRegion.AMERICAS);
    }

    @Test
    void statesPartiesAreThoseWhoseDepositStandsAndWhoseWithdrawalHasNotTakenEffect() {
        assertThat(iso3(new StateFilter(ccm, ParticipationStatus.STATE_PARTY, null, null)))
                .containsExactly("LBN", "NOR", "VUT");
    }

    @Test
    void aWithdrawnStateAndAStateThatNeverJoinedAreNotParty() {
        assertThat(iso3(new StateFilter(ccm, ParticipationStatus.NOT_PARTY, null, null)))
                .containsExactly("LTU", "USA");
    }

    @Test
    void aSignatoryHasSignedWithoutDepositing() {
        assertThat(iso3(new StateFilter(ccm, ParticipationStatus.SIGNATORY, null, null))).containsExactly("IDN");
    }

    @Test
    void regionAndNameInTheReadersLanguageNarrowTheList() {
        assertThat(iso3(new StateFilter(ccm, ParticipationStatus.STATE_PARTY, UnRegion.EUROPE, null)))
                .containsExactly("NOR");
        assertThat(iso3(new StateFilter(null, null, null, "norvege"), Language.FR)).containsExactly("NOR");
        assertThat(iso3(new StateFilter(null, null, null, "norvege"), Language.EN)).isEmpty();
        assertThat(iso3(new StateFilter(null, null, null, "lbn"), Language.EN)).containsExactly("LBN");
    }

    @Test
    void wildcardsTypedInASearchAreTakenLiterally() {
        assertThat(iso3(new StateFilter(null, null, null, "%"), Language.EN)).isEmpty();
        assertThat(iso3(new StateFilter(null, null, null, "_"), Language.EN)).isEmpty();
    }

    private List<String> iso3(StateFilter filter) {
        return iso3(filter, Language.EN);
    }

    private List<String> iso3(StateFilter filter, Language language) {
        return states.findAll(filter.toSpecification(language, TODAY), Sort.by("iso3")).stream()
                .map(State::iso3)
                .toList();
    }

    private State state(String iso3, String iso2, UnRegion region) {
        return states.save(new State(iso3, iso2, UnMembership.MEMBER, region, null));
    }

    private void party(String iso3, String iso2, UnRegion region, LocalDate deposit, LocalDate withdrawal) {
        Participation participation = new Participation(state(iso3, iso2, region), ccm);
        participation.record(new ParticipationRecord(null, deposit, DepositType.RATIFICATION, withdrawal, null), TODAY);
        participations.save(participation);
    }
}
