package org.ccmplatform.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ccmplatform.BrowserTestSupport;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A concept note turned into a plan and published, in a real browser: the ISU writes the note through the labelled
 * form, adds an activity targeting Lebanon, publishes it with its summary, and a visitor reads it on the theme's page
 * and finds Lebanon in the matrix. No page logs an error to the console.
 */
@IntegrationTest
class PlanBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenForConsoleErrors() {
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @Test
    void theIsuTurnsAConceptNoteIntoAPublishedPlanThatTheThemesPageShows() {
        Term term = GovernanceRecords.of(context).newTerm();
        String objectives = "Support States Parties to meet their deadlines " + UUID.randomUUID();
        page.navigate(url("/login?lang=en"));
        page.getByLabel("Username").fill("isu");
        page.getByLabel("Password").fill("isu");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.navigate(url("/committee/plans?term=" + term.id()));
        page.getByLabel("Theme").selectOption("CLEARANCE");
        page.getByLabel("Objectives").fill(objectives);
        page.getByLabel("Budget").fill("None, diplomacy only");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("The concept note is saved.")).isVisible();

        page.getByLabel("Activity", new Page.GetByLabelOptions().setExact(true)).fill("Workshop in Beirut");
        page.getByLabel("Led by").fill("Norway and the Netherlands");
        page.getByLabel("Starts").fill(term.from().plusDays(10).toString());
        page.getByLabel("Ends").fill(term.from().plusDays(11).toString());
        page.getByLabel("Target States").fill("LBN");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
        assertThat(page.getByText("The activity is saved.")).isVisible();

        page.getByLabel("Executive summary").fill("Workshops on meeting the Article 4 deadlines");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).last().click();
        assertThat(page.getByText("The plan is published on the theme’s page.")).isVisible();

        page.navigate(url("/themes/clearance"));
        assertThat(page.locator("main")).containsText("Workshops on meeting the Article 4 deadlines");
        page.locator("summary", new Page.LocatorOptions().setHasText("The final version")).first().click();
        assertThat(page.locator("main")).containsText(objectives);
        page.navigate(url("/committee/targets?term=" + term.id()));
        assertThat(page.locator("main tbody")).containsText("Lebanon");
        assertThat(consoleErrors).isEmpty();
    }
}
