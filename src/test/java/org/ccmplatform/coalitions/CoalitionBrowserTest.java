package org.ccmplatform.coalitions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ccmplatform.BrowserTestSupport;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A coalition in a real browser: its facilitator reads the concern, its national authority does not. */
@IntegrationTest
class CoalitionBrowserTest extends BrowserTestSupport {

    private static final String CONCERN = "Access permits for the teams in the South";

    /** Signs in after choosing English on this device, which the account's own language then does not override. */
    private void signIn(String username) {
        page.navigate(url("/login?lang=en"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private void openTheLebanonForum() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coalitions").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lebanon Mine Action Forum")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Lebanon Mine Action Forum");
    }

    @Test
    void theFacilitatorReadsTheConcernAndSeesWhoIsInTheCoalition() {
        signIn("gichd");
        openTheLebanonForum();
        assertThat(page.locator("#members-heading + div table")).containsText("Champion State");
        assertThat(page.locator("#members-heading + div table")).containsText("United Nations Development Programme");
        assertThat(page.locator("main")).containsText(CONCERN);
        assertThat(page.locator("main")).containsText("has not met within its rhythm");
    }

    @Test
    void theNationalAuthorityNeverSeesTheConcern() {
        signIn("lebanon");
        openTheLebanonForum();
        assertThat(page.locator("main")).containsText("Post the mid-term update");
        assertThat(page.locator("main")).not().containsText(CONCERN);
    }

    @Test
    void aReaderWhoIsNotAMemberSeesThePublicSummaryOnly() {
        page.navigate(url("/coalitions"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lebanon Mine Action Forum")).click();
        assertThat(page.locator("main")).containsText("This is the public summary");
        assertThat(page.locator("main")).not().containsText("Norwegian People's Aid");
        assertThat(page.locator("main")).not().containsText(CONCERN);
    }
}
