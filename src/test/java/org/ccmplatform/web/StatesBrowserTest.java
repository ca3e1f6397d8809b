package org.ccmplatform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Sizes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ccmplatform.BrowserTestSupport;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a person does in a real browser: sign in, switch to French, filter the States, open one. */
@IntegrationTest
class StatesBrowserTest extends BrowserTestSupport {

    @Test
    void aFocalPointSignsInSwitchesToFrenchFiltersTheStatesAndOpensOne() {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill("lebanon");
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Focal point, Lebanon (demo)")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");

        page.locator("nav a[href='/states']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        page.locator("#region").selectOption("ASIA");
        page.locator("#status").selectOption("STATE_PARTY");
        page.locator("#q").fill("liban");
        page.locator("#q").press("Enter");
        assertThat(page.locator("#state-results tbody tr")).hasCount(1);
        assertThat(page.locator("#state-results tbody th a")).hasText("Liban");

        page.locator("#state-results tbody th a").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Liban");
        assertThat(page.locator("main")).containsText("1 mai 2011");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
    }

    @Test
    void theLanguageChosenIsRememberedOnTheNextPage() {
        page.navigate(url("/?lang=es"));
        page.navigate(url("/states/DEU"));
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Alemania");
    }

    @Test
    void theFirstKeyPressReachesTheSkipLinkToTheContent() {
        page.navigate(url("/states"));
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasAttribute("href", "#main");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/states#main"));
    }

    @Test
    void noPageWeighsMoreThan200KilobytesOnFirstLoad() {
        for (String path : List.of("/", "/states", "/states/LBN", "/organisations", "/login")) {
            BrowserContext empty = browser.newContext();
            Page fresh = empty.newPage();
            List<Request> finished = new CopyOnWriteArrayList<>();
            fresh.onRequestFinished(finished::add);
            fresh.navigate(url(path));
            fresh.waitForLoadState(LoadState.NETWORKIDLE);
            long bytes = finished.stream().mapToLong(StatesBrowserTest::transferred).sum();
            empty.close();
            LoggerFactory.getLogger(StatesBrowserTest.class).info("First load of {}: {} bytes", path, bytes);
            assertThat(bytes).as("bytes transferred for " + path).isPositive().isLessThan(200_000);
        }
    }

    private static long transferred(Request request) {
        Sizes sizes = request.sizes();
        return sizes.responseBodySize + sizes.responseHeadersSize;
    }
}
