package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.MemberAccounts;
import org.ccmplatform.accounts.UserAccount;
import org.ccmplatform.coalitions.Coalition;
import org.ccmplatform.coalitions.CoalitionRegister;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the assistance integration tests build for themselves, in one line each: needs of States that have no demo
 * needs (Mauritania, Somalia, Afghanistan, Chad all carry an Article 4 obligation in the reference data), pledges,
 * rates in currencies the demo does not use, accounts; and the demo needs they read, found by their titles.
 */
final class AssistanceRecords {

    static final String LEBANON_CLEARANCE = "Technical survey and clearance of 2.4 km² of cluster munition "
            + "contaminated land";
    static final String LEBANON_RISK_EDUCATION = "Risk education for returning families and farmers";
    static final String LEBANON_VICTIMS = "Physical rehabilitation and psychosocial support for survivors";
    static final String LAOS_CLEARANCE = "Survey and clearance of 45 km² of confirmed hazardous area";
    static final String LAOS_DATABASE = "Strengthening the national mine action database and its quality management";
    static final String MONTENEGRO = "Clearance of the remaining 1.7 km² of cluster munition contaminated areas";
    static final String BOTSWANA = "Destruction of the declared cluster munition stockpile";
    static final String LEBANON_FORUM = "Lebanon Mine Action Forum";

    /** The smallest content the platform takes for a PDF: it checks the signature, not the whole file. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    final NeedDesk needDesk;
    final PledgeDesk pledgeDesk;
    final RateDesk rateDesk;
    final StateRegister states;
    final CoalitionRegister coalitions;
    final UserDetailsService users;
    final AccountService accounts;
    final JdbcTemplate jdbc;

    AssistanceRecords(NeedDesk needDesk, PledgeDesk pledgeDesk, RateDesk rateDesk, StateRegister states,
            CoalitionRegister coalitions, UserDetailsService users, AccountService accounts, JdbcTemplate jdbc) {
        this.needDesk = needDesk;
        this.pledgeDesk = pledgeDesk;
        this.rateDesk = rateDesk;
        this.states = states;
        this.coalitions = coalitions;
        this.users = users;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** The fixture over the beans of the one shared test context. */
    static AssistanceRecords of(ApplicationContext context) {
        return new AssistanceRecords(context.getBean(NeedDesk.class), context.getBean(PledgeDesk.class),
                context.getBean(RateDesk.class), context.getBean(StateRegister.class),
                context.getBean(CoalitionRegister.class), context.getBean(UserDetailsService.class),
                context.getBean(AccountService.class), context.getBean(JdbcTemplate.class));
    }

    /** The number of a demo need, whoever may see it. */
    long demoNeed(String title) {
        return jdbc.queryForObject("select id from need where title = ?", Long.class, title);
    }

    Need need(String iso3, Article article, Theme theme, String title, String cost, String currency, int from,
            int to, boolean publicNeed) {
        return needDesk.postOnBehalf(states.get(iso3), article, new NeedDetails(theme, "Test province", title, null,
                null, money(cost, currency), from, to, Priority.HIGH, "Test survey", publicNeed), null, null, "test");
    }

    Need needWithEvidence(String iso3, String title, boolean publicNeed) {
        return needDesk.postOnBehalf(states.get(iso3), Article.ARTICLE_4, new NeedDetails(Theme.SURVEY_AND_CLEARANCE,
                null, title, null, null, money("100000", "USD"), 2030, 2031, Priority.MEDIUM, "Test survey",
                publicNeed), "evidence.pdf", PDF, "test");
    }

    /** A pledge of a donor State to a need, recorded as the ISU would. */
    Pledge pledge(String donorIso3, Need need, String amount, String currency, int from, int to,
            PledgeStatus status, boolean publicAmount) {
        return pledgeDesk.recordOnBehalf(new Donor(states.get(donorIso3), null),
                new PledgeDesk.Target(need.id(), null, null, null),
                new PledgeTerms(money(amount, currency), from, to, status, publicAmount, "Test pledge"), Reader.isu(),
                "test").pledge();
    }

    ExchangeRate rate(String currency, LocalDate on, String usdPerUnit) {
        return rateDesk.recordOnBehalf(currency, on, new BigDecimal(usdPerUnit), "Test rate");
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /** A new focal point of a State, so that a test posts needs without touching a demo account's State. */
    CurrentUser focalPointOf(String iso3) {
        UserAccount account = MemberAccounts.actingFor(accounts, "fp-" + iso3.toLowerCase(), "Focal point " + iso3,
                Role.FOCAL_POINT, states.get(iso3).id(), null);
        return user(account.username());
    }

    Coalition lebanonForum() {
        return coalitions.list(null, PageRequest.of(0, 200)).getContent().stream()
                .filter(c -> c.name().equals(LEBANON_FORUM)).findFirst().orElseThrow();
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** How many needs, offers, pledges, tranches and rates are stored, to compare before and after a refusal. */
    String stored() {
        return "needs " + count("need") + ", offers " + count("donor_offer") + ", pledges " + count("pledge")
                + ", disbursements " + count("disbursement") + ", rates " + count("exchange_rate");
    }

    static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
