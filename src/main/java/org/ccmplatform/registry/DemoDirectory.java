package org.ccmplatform.registry;

import java.util.List;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo organisations and contacts: the bodies named in the sources (operators, facilitators, secretariats, national
 * authorities of the demo coalitions). The people are invented and say so; their addresses are at example.org.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoDirectory implements ApplicationRunner {

    static final String LOAD = "demo/organisations-and-contacts";

    private final OneTimeLoads loads;
    private final Organisations organisations;
    private final Contacts contacts;
    private final StateRegister register;

    DemoDirectory(OneTimeLoads loads, Organisations organisations, Contacts contacts, StateRegister register) {
        this.loads = loads;
        this.organisations = organisations;
        this.contacts = contacts;
        this.register = register;
    }

    private record DemoOrganisation(String name, String acronym, OrganisationKind kind, String seat, String website) {}

    private record DemoContact(String name, String function, String organisation, String state, String email) {}

    private static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("Implementation Support Unit of the Convention on Cluster Munitions", "ISU-CCM",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, "CHE", "https://www.clusterconvention.org"),
            new DemoOrganisation("International Committee of the Red Cross", "ICRC",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, "CHE", "https://www.icrc.org"),
            new DemoOrganisation("Cluster Munition Coalition", "CMC", OrganisationKind.NGO, "CHE",
                    "https://www.stopclustermunitions.org"),
            new DemoOrganisation("Geneva International Centre for Humanitarian Demining", "GICHD",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, "CHE", "https://www.gichd.org"),
            new DemoOrganisation("United Nations Development Programme", "UNDP", OrganisationKind.UN_AGENCY, "USA",
                    "https://www.undp.org"),
            new DemoOrganisation("United Nations Office for Disarmament Affairs", "UNODA", OrganisationKind.UN_AGENCY,
                    "USA", "https://disarmament.unoda.org"),
            new DemoOrganisation("Norwegian People's Aid", "NPA", OrganisationKind.OPERATOR, "NOR",
                    "https://www.npaid.org"),
            new DemoOrganisation("Mines Advisory Group", "MAG", OrganisationKind.OPERATOR, "GBR",
                    "https://www.maginternational.org"),
            new DemoOrganisation("The HALO Trust", "HALO", OrganisationKind.OPERATOR, "GBR", "https://www.halotrust.org"),
            new DemoOrganisation("Humanity & Inclusion", "HI", OrganisationKind.NGO, "FRA", "https://www.hi.org"),
            new DemoOrganisation("Lebanon Mine Action Center", "LMAC", OrganisationKind.NATIONAL_AUTHORITY, "LBN", null),
            new DemoOrganisation("National Regulatory Authority for UXO/Mine Action in Lao PDR", "NRA",
                    OrganisationKind.NATIONAL_AUTHORITY, "LAO", null),
            new DemoOrganisation("Directorate for Emergency Management of Montenegro", "DEM",
                    OrganisationKind.NATIONAL_AUTHORITY, "MNE", null),
            new DemoOrganisation("Botswana Defence Force", "BDF", OrganisationKind.NATIONAL_AUTHORITY, "BWA", null));

    private static final List<DemoContact> CONTACTS = List.of(
            new DemoContact("Rania Haddad", "Head of planning (demo contact)", "LMAC", "LBN",
                    "rania.haddad@example.org"),
            new DemoContact("Karim Nassar", "Focal point for the Mine Action Forum (demo contact)", "LMAC", "LBN",
                    "karim.nassar@example.org"),
            new DemoContact("Souksavanh Phommachanh", "Director of operations (demo contact)", "NRA", "LAO",
                    "souksavanh.p@example.org"),
            new DemoContact("Milica Radović", "National focal point for Article 4 (demo contact)", "DEM", "MNE",
                    "milica.radovic@example.org"),
            new DemoContact("Kabo Mosweu", "Officer in charge of stockpile destruction (demo contact)", "BDF", "BWA",
                    "kabo.mosweu@example.org"),
            new DemoContact("Ingrid Solberg", "Mine action adviser, Ministry of Foreign Affairs (demo contact)", null,
                    "NOR", "ingrid.solberg@example.org"),
            new DemoContact("Lars Eriksen", "Country director (demo contact)", "NPA", null, "lars.eriksen@example.org"),
            new DemoContact("Claire Dubois", "Adviser, country coalitions (demo contact)", "GICHD", null,
                    "claire.dubois@example.org"),
            new DemoContact("Ahmad Saleh", "Programme analyst (demo contact)", "UNDP", "LBN", "ahmad.saleh@example.org"),
            new DemoContact("Elena Rossi", "Implementation support officer (demo contact)", "ISU-CCM", null,
                    "elena.rossi@example.org"),
            new DemoContact("Tom Baker", "Research coordinator, Monitor (demo contact)", "CMC", null,
                    "tom.baker@example.org"),
            new DemoContact("Julia Weber", "Legal adviser (demo contact)", "ICRC", null, "julia.weber@example.org"));

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", this::load);
    }

    private void load() {
        java.util.Map<String, Organisation> byAcronym = new java.util.HashMap<>();
        for (DemoOrganisation o : ORGANISATIONS) {
            Organisation organisation = organisations.findByName(o.name()).orElseGet(() -> organisations.save(
                    new Organisation(new OrganisationDetails(o.name(), o.acronym(), o.kind(), o.seat(), o.website()),
                            register.get(o.seat()))));
            byAcronym.put(o.acronym(), organisation);
        }
        for (DemoContact c : CONTACTS) {
            contacts.save(new Contact(new ContactDetails(c.name(), c.function(), c.email(), null, c.state(), null),
                    c.state() == null ? null : register.get(c.state()),
                    c.organisation() == null ? null : byAcronym.get(c.organisation())));
        }
    }
}
