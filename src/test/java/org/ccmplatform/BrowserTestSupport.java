package org.ccmplatform;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: Debian's Chromium for the class, and a fresh browser context (empty cookies and
 * cache, British English) with one page for each test. Subclasses are {@link IntegrationTest}s.
 */
public abstract class BrowserTestSupport {

    private static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
