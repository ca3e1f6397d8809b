package org.ccmplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ccmplatform.audit.AuditTrailActions;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.obligations.AssistanceCommitment;
import org.ccmplatform.obligations.FigureKind;
import org.ccmplatform.obligations.Legislation;
import org.ccmplatform.obligations.ObligationSort;
import org.ccmplatform.obligations.ObligationStatus;
import org.ccmplatform.obligations.ReportKind;
import org.ccmplatform.obligations.RequestStatus;
import org.ccmplatform.obligations.WorkPlanYear;
import org.ccmplatform.registry.DepositType;
import org.ccmplatform.registry.OrganisationKind;
import org.ccmplatform.registry.ParticipationStatus;
import org.ccmplatform.registry.UnMembership;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a page holds text that does not come from the messages, when a message key used by a page or
 * by the code is missing, or when English, French and Spanish do not have the same keys.
 */
class I18nPropertiesSyncTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final List<String> BUNDLES = List.of("messages.properties", "messages_fr.properties",
            "messages_es.properties");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:errors");
    private static final Set<String> USER_FACING_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "label");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:new RuleViolation\\(\"[^\"]*\",\\s*|ImportRejected\\.file\\(|addFlashAttribute\\(\"saved\",\\s*"
                    + "|\\.reject\\(|\"problem\\.)\"?([a-zA-Z][\\w.]*)\"");

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        for (String bundle : BUNDLES) {
            Set<String> keys = load(bundle).stringPropertyNames();
            assertThat(new TreeSet<>(difference(english, keys))).as("keys missing in " + bundle).isEmpty();
            assertThat(new TreeSet<>(difference(keys, english))).as("keys only in " + bundle).isEmpty();
        }
    }

    @Test
    void frenchAndSpanishAreTranslatedNotCopied() throws IOException {
        Properties english = load("messages.properties");
        for (String bundle : List.of("messages_fr.properties", "messages_es.properties")) {
            Properties translated = load(bundle);
            long same = english.stringPropertyNames().stream()
                    .filter(k -> english.getProperty(k).equals(translated.getProperty(k)))
                    .filter(k -> WORD.matcher(english.getProperty(k)).find())
                    .count();
            assertThat(same).as("messages left in English in " + bundle)
                    .isLessThan(english.size() / 10);
        }
    }

    @Test
    void messagesWithArgumentsHaveNoBareApostrophe() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                if (value.contains("{0") && value.replace("''", "").contains("'")) {
                    broken.add(bundle + ": " + key);
                }
            }
        }
        assertThat(broken).as("MessageFormat drops a lone ' : use ’ or ''").isEmpty();
    }

    @Test
    void templatesHoldNoTextWithoutAMessageKey() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : page.getAllElements()) {
                boolean replaced = element.attributes().asList().stream()
                        .anyMatch(a -> TEXT_ATTRIBUTES.contains(a.getKey()));
                String own = element.ownText();
                if (!replaced && WORD.matcher(own).find() && !element.tagName().equals("script")) {
                    literals.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + own.strip());
                }
                for (String attribute : USER_FACING_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && WORD.matcher(element.attr(attribute)).find()
                            && !element.hasAttr("th:" + attribute)) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\""
                                + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(literals).as("user-facing text without a message key").isEmpty();
    }

    @Test
    void everyKeyUsedByATemplateOrTheCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            collect(LITERAL_KEY, Files.readString(template), keys, missing, template.toString());
        }
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(0).contains("\"problem.") ? "problem." + matcher.group(1)
                            : matcher.group(1);
                    if (key.startsWith("problem.")) {
                        check(key + ".title", keys, missing, source.toString());
                        check(key + ".detail", keys, missing, source.toString());
                    } else {
                        check(key, keys, missing, source.toString());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueShownByNameHasAMessage() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        enumKeys("region.", UnRegion.values(), keys, missing);
        enumKeys("unMembership.", UnMembership.values(), keys, missing);
        enumKeys("participation.status.", ParticipationStatus.values(), keys, missing);
        enumKeys("depositType.", DepositType.values(), keys, missing);
        enumKeys("organisationKind.", OrganisationKind.values(), keys, missing);
        enumKeys("role.", Role.values(), keys, missing);
        enumKeys("article.", Article.values(), keys, missing);
        enumKeys("articleTitle.", Article.values(), keys, missing);
        enumKeys("obligationStatus.", ObligationStatus.values(), keys, missing);
        enumKeys("obligationSort.", ObligationSort.values(), keys, missing);
        enumKeys("figureKind.", FigureKind.values(), keys, missing);
        enumKeys("requestStatus.", RequestStatus.values(), keys, missing);
        enumKeys("history.step.", RequestStatus.values(), keys, missing);
        enumKeys("reportKind.", ReportKind.values(), keys, missing);
        enumKeys("legislation.", Legislation.values(), keys, missing);
        enumKeys("commitment.", AssistanceCommitment.Kind.values(), keys, missing);
        enumKeys("unit.", WorkPlanYear.Unit.values(), keys, missing);
        for (String basis : List.of("projection.none", "projection.noData", "projection.nothingLeft",
                "projection.noPace", "projection.stalled", "projection.meanOfRecentYears")) {
            check(basis, keys, missing, "Projection");
        }
        for (Language language : Language.values()) {
            check("language." + language.tag(), keys, missing, "Language");
        }
        for (String action : AuditTrailActions.ALL) {
            check("audit.action." + action, keys, missing, "audit");
        }
        for (String treaty : List.of("CCM", "APMBC", "CCW_P5")) {
            check("treaty." + treaty + ".short", keys, missing, "treaty");
        }
        assertThat(missing).isEmpty();
    }

    private static void enumKeys(String prefix, Enum<?>[] values, Set<String> keys, Set<String> missing) {
        for (Enum<?> value : values) {
            check(prefix + value.name(), keys, missing, value.getDeclaringClass().getSimpleName());
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> keys, Set<String> missing, String where) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            check(matcher.group(1), keys, missing, where);
        }
    }

    private static void check(String key, Set<String> keys, Set<String> missing, String where) {
        if (!keys.contains(key)) {
            missing.add(key + " (" + where + ")");
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources", bundle))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
