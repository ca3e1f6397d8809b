package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.registry.StateRegister;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What the page tests of the obligations share: finding a demo obligation, and reading a rendered page. */
final class ObligationPagesSupport {

    /** The short date of the pages in English ("1 May 2026"). */
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** The long date of the pages in English ("1 May 2026"). */
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ObligationPagesSupport() {}

    /** The obligation of a State under the standard basis of an article (Article 4(1)(a) for clearance). */
    static Obligation obligation(Obligations obligations, StateRegister states, String iso3, Article article) {
        return obligations.findByStateIdAndArticleAndBasis(states.get(iso3).id(), article, Obligation.basisOf(article))
                .orElseThrow(() -> new AssertionError("no " + article + " obligation of " + iso3));
    }

    static Document page(String html) {
        return Jsoup.parse(html);
    }

    /** The rows of the first table of the page's main content, each as the text of its cells. */
    static List<List<String>> rows(Document page) {
        return page.select("main table tbody tr").stream()
                .filter(row -> row.select("td[colspan]").isEmpty())
                .map(row -> row.children().stream().map(Element::text).toList())
                .toList();
    }

    static LocalDate shortDate(String text) {
        return LocalDate.parse(text, SHORT_DATE);
    }
}
