package org.ccmplatform.obligations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ccmplatform.BrowserTestSupport;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The obligations in a real browser: a reader filters the table by Article 4 and opens Lebanon's clearance, with its
 * chart and projection; Lebanon's focal point records a figure with the keyboard through the labelled form and sees it
 * in the table of figures. No page logs an error to the console.
 */
@IntegrationTest
class ObligationsBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final String source = "Article 7 report of 2024, browser test " + UUID.randomUUID();

    @BeforeEach
    void listenForConsoleErrors() {
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    /** The figure this test recorded is its own: it goes, so that Lebanon's figures stay the demo's. */
    @AfterEach
    void removeTheFigureRecorded() {
        jdbc.update("delete from progress_figure where source = ?", source);
    }

    @Test
    void aReaderFiltersByArticleFourAndOpensLebanonsClearanceWithItsChartAndProjection() {
        page.navigate(url("/obligations?lang=en"));
        page.locator("#article").selectOption("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*article=4.*"));
        Locator articles = page.locator("main table tbody td:nth-of-type(1)");
        assertThat(articles.first()).containsText("Article 4 · ");
        assertThat(articles.allTextContents()).allSatisfy(cell -> assertThat(cell).startsWith("Article 4 · "));
        page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lebanon").setExact(true))))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Article 4 · Article 4(1)(a)"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Lebanon · Article 4 · clearance and risk reduction education");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
                "Contaminated area remaining in Lebanon (m²), against the deadline and the projection"))).isVisible();
        assertThat(page.locator("#progress-heading ~ div")).containsText("Projected completion");
        assertThat(page.locator("#progress-heading ~ div")).containsText("2023: 1,750,000");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void theFocalPointRecordsAFigureWithTheKeyboardAndSeesItInTheTable() {
        page.navigate(url("/login?lang=en"));
        page.getByLabel("Username").fill("lebanon");
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Focal point, Lebanon (demo)")))
                .isVisible();
        page.navigate(url("/obligations/states/LBN"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Article 4 · clearance and risk reduction education · Article 4(1)(a)")).click();

        Locator summary = page.locator("summary", new Page.LocatorOptions().setHasText("Record a figure"));
        summary.focus();
        page.keyboard().press("Enter");
        page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true))
                .selectOption("REMNANTS_DESTROYED");
        page.getByLabel("Year (for yearly figures)").focus();
        page.keyboard().type("2024");
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Date (for stock and area figures)")).isFocused();
        page.getByLabel("Quantity").focus();
        page.keyboard().type("2145");
        page.getByLabel("Source").focus();
        page.keyboard().type(source);
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText("The figure has been recorded."))).isVisible();
        Locator recorded = page.locator("#figures-heading ~ div table tbody tr",
                new Page.LocatorOptions().setHasText(source));
        assertThat(recorded).hasCount(1);
        assertThat(recorded).containsText("Submunitions destroyed during clearance in the year");
        assertThat(recorded.locator("td").nth(1)).hasText("2024");
        assertThat(recorded.locator("td").nth(2)).hasText("2,145");
        assertThat(consoleErrors).isEmpty();
    }
}
