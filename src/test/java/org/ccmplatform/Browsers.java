package org.ccmplatform;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java, headless, never downloading a browser. Without /usr/bin/chromium the
 * browser tests are skipped, unless CCM_REQUIRE_BROWSER is set (as .ci/run does), when they fail.
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {}

    public static Playwright playwright() {
        assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CCM_REQUIRE_BROWSER") != null,
                "Debian's chromium is not installed (apt-get install -y chromium)");
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }
}
