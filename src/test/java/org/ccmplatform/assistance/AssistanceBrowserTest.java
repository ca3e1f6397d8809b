package org.ccmplatform.assistance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ccmplatform.BrowserTestSupport;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A donor in a real browser: Norway opens Lebanon's clearance need from the list of needs, reads why its offer fits
 * and the parts of the score, pledges to the need through the form by its labels, and sees its pledge listed and the
 * gap smaller by what it committed. No script error on the way.
 */
@IntegrationTest
class AssistanceBrowserTest extends BrowserTestSupport {

    private final List<String> errors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenForErrors() {
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
    }

    @Test
    void norwayReadsWhyItsOfferFitsLebanonsClearanceAndPledgesToIt() {
        page.navigate(url("/login?lang=en"));
        page.getByLabel("Username").fill("norway");
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Donor, Norway (demo)")))
                .isVisible();

        page.navigate(url("/assistance/needs"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(AssistanceRecords.LEBANON_CLEARANCE)
                .setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(AssistanceRecords.LEBANON_CLEARANCE);

        // The best match is Norway's own offer, and each part of its score says why.
        Locator best = page.locator("section[aria-labelledby=matches-heading] li").first();
        assertThat(best.getByRole(AriaRole.HEADING)).hasText("Norway");
        assertThat(best.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Place")))
                .containsText("25 / 25");
        assertThat(best.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Place")))
                .containsText("names LBN among the countries it funds");
        assertThat(best.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Engagement")))
                .containsText("already gives in LBN");
        assertThat(best.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Thematic area")))
                .containsText("30 / 30");
        BigDecimal gapBefore = gap();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pledge to this need")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Record a pledge");
        assertThat(page.getByLabel("Currency")).hasValue("USD");
        page.getByLabel("Amount", new Page.GetByLabelOptions().setExact(true)).fill("250000");
        page.getByLabel("Status").selectOption("COMMITTED");
        page.getByLabel("Note").fill("Browser test pledge");
        page.getByLabel("Note").press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Pledge of Norway to Lebanon");
        assertThat(page.locator("main")).containsText("USD 250,000.00");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(AssistanceRecords.LEBANON_CLEARANCE)
                .setExact(true)).click();

        assertThat(page.locator("section[aria-labelledby=pledges-heading] tbody"))
                .containsText("USD 250,000.00");
        assertThat(gap()).isEqualByComparingTo(gapBefore.subtract(new BigDecimal("250000")));
        assertThat(errors).isEmpty();
    }

    /** The funding gap the need page shows, in US dollars. */
    private BigDecimal gap() {
        String shown = page.locator("section[aria-labelledby=gap-heading] dd.fw-bold span").first().textContent();
        assertThat(shown).startsWith("USD ");
        return new BigDecimal(shown.substring(4).replace(",", "").strip());
    }
}
