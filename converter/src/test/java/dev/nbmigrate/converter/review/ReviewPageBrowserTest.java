package dev.nbmigrate.converter.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbmigrate.converter.api.SparkVersion;
import dev.nbmigrate.converter.convert.Conversion;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.render.TemplateRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The review page of every module of {@code generated/}, opened in a real headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs): it loads with no console error, every
 * cell in the job shows the job class lines {@code migration.json} maps it to, every in-page link reaches the element
 * it names, and the keys j and k move between findings. Skipped, saying so, where no Chromium is installed, and in
 * the spark-3.5 profile (the page is the same there).
 */
class ReviewPageBrowserTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Collects script errors, failed loads, policy violations and console.error calls from the page's first line. */
    private static final String ERROR_COLLECTOR = "window.__reviewErrors = [];"
            + "window.addEventListener('error', function (e) { window.__reviewErrors.push('error: ' + (e.message"
            + " || (e.target && (e.target.src || e.target.href)) || e.type)); }, true);"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.__reviewErrors.push('blocked by the page policy: ' + e.violatedDirective); });"
            + "var __consoleError = console.error; console.error = function () {"
            + " window.__reviewErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));"
            + " return __consoleError.apply(console, arguments); };";

    @TempDir
    static Path pages;

    private static ChromeDriver driver;

    static Stream<String> modules() {
        return Conversion.moduleFolders(ROOT.resolve("generated")).stream();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        // The page does not depend on the Spark line, so the default profile (Spark 4) runs it and spark-3.5 does not.
        Assumptions.assumeTrue(SparkVersion.onClasspath(ReviewPageBrowserTest.class.getClassLoader()).major() >= 4,
                "the review page is the same in every profile: its browser test runs in the default profile only");
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> chromedriver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(), "needs Debian's chromium and"
                + " chromium-driver on the PATH (apt-get install chromium chromium-driver; .ci/run installs them)");
        Reviewer reviewer = new Reviewer(new TemplateRenderer(null), new ProjectPaths(ROOT));
        for (String module : modules().toList()) {
            reviewer.review(ROOT.resolve("generated").resolve(module), pages.resolve(module));
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(pages.resolve(".chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_COLLECTOR));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder).resolve(program);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void thePageLoadsCleanlyShowsEveryCellsJavaAndMovesBetweenFindings(String module) throws Exception {
        Path page = pages.resolve(module).resolve(Reviewer.PAGE);
        driver.get(page.toUri().toString());
        assertThat(driver.getTitle()).isEqualTo("Review: " + module);

        JsonNode record = JSON.readTree(ROOT.resolve("generated").resolve(module).resolve("migration.json").toFile());
        List<String> job = Files.readAllLines(ROOT.resolve("generated").resolve(module)
                .resolve(record.path("jobClassLines").path("file").asText()), StandardCharsets.UTF_8);
        everyCellHasItsJava(record, job);
        linksGoWhereTheySay();
        keysMoveBetweenFindings(record.path("findings").size());

        List<?> errors = (List<?>) script("return window.__reviewErrors;");
        assertThat(errors).as("errors the page raised").isEmpty();
        List<String> console = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                console.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        assertThat(console).as("console errors and warnings").isEmpty();
        assertThat(script("return performance.getEntriesByType('resource').length;")).as("resources loaded")
                .isEqualTo(0L);
    }

    private static void everyCellHasItsJava(JsonNode record, List<String> job) {
        List<WebElement> sections = driver.findElements(By.cssSelector("section.cell"));
        assertThat(sections).hasSize(record.path("cells").size());
        for (JsonNode cell : record.path("cells")) {
            int index = cell.path("index").asInt();
            String outcome = cell.path("outcome").asText();
            WebElement section = driver.findElement(By.id("cell-" + index));
            assertThat(section.getDomAttribute("data-outcome")).isEqualTo(outcome);
            List<String> expected = new ArrayList<>();
            for (JsonNode range : cell.path("lines")) {
                expected.addAll(job.subList(range.path(0).asInt() - 1, range.path(1).asInt()));
            }
            List<String> shown = section.findElements(By.cssSelector("pre.java-block[data-kind='job'] span.l"))
                    .stream().map(e -> e.getDomProperty("textContent")).toList();
            assertThat(shown).as("job class lines shown beside cell %d", index).isEqualTo(expected);
            String javaPane = section.findElement(By.cssSelector(".pane.java")).getDomProperty("textContent");
            if (outcome.equals("java") || outcome.equals("failing")) {
                boolean config = !section.findElements(By.cssSelector("pre.java-block[data-kind='config']")).isEmpty();
                assertThat(!expected.isEmpty() || config || javaPane.contains("No lines of its own"))
                        .as("cell %d in the job shows its Java or says where it went", index).isTrue();
            } else if (outcome.equals("left-out")) {
                assertThat(javaPane).as("cell %d says why it is left out", index)
                        .contains("Left out of the job (" + cell.path("reason").asText() + ")");
            }
            if (cell.path("type").asText().equals("code")) {
                assertThat(section.findElements(By.cssSelector(".pane.notebook span.l"))).as("source of cell %d",
                        index).isNotEmpty();
            }
        }
    }

    /** Every in-page link reaches an element, and the one it names: a cell, a Java line, a finding's cell. */
    private static void linksGoWhereTheySay() {
        List<?> problems = (List<?>) script(
                "var problems = [], ids = {};"
                + "document.querySelectorAll('[id]').forEach(function (e) {"
                + "  if (ids[e.id]) { problems.push('duplicate id ' + e.id); } ids[e.id] = true; });"
                + "document.querySelectorAll('a').forEach(function (a) {"
                + "  var href = a.getAttribute('href');"
                + "  if (!href || href.charAt(0) !== '#') { problems.push('link out of the page: ' + href); return; }"
                + "  var target = document.getElementById(decodeURIComponent(href.substring(1)));"
                + "  if (!target) { problems.push('link to nothing: ' + href); return; }"
                + "  var text = a.textContent.trim();"
                + "  if (a.closest('nav.toc') && target.querySelector('h2').textContent.indexOf('Cell ' + text + ' ')"
                + "      !== 0) { problems.push('cell link ' + text + ' reaches ' + target.id); }"
                + "  var lines = /^(\\S+) lines (\\d+)\\u2013(\\d+)$/.exec(text);"
                + "  if (lines && (target.getAttribute('data-n') !== lines[2]"
                + "      || target.closest('pre').previousElementSibling !== a.parentElement)) {"
                + "    problems.push('Java link ' + text + ' reaches ' + target.id); }"
                + "  if (text === 'go to cell' && a.closest('section.cell') && a.closest('section.cell') !== target) {"
                + "    problems.push('finding link reaches ' + target.id); }"
                + "});"
                + "return problems;");
        assertThat(problems).as("links of the page").isEmpty();
        List<WebElement> cells = driver.findElements(By.cssSelector("nav.toc a"));
        WebElement last = cells.get(cells.size() - 1);
        String href = last.getDomAttribute("href");
        last.click();
        assertThat(script("return location.hash;")).isEqualTo(href);
        assertThat((Boolean) script("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.top >= -1 && r.top < window.innerHeight;", href.substring(1)))
                .as("the clicked cell is scrolled into view").isTrue();
    }

    private static void keysMoveBetweenFindings(int findings) {
        assertThat(driver.findElements(By.cssSelector(".finding"))).as("findings on the page").hasSize(findings);
        if (findings == 0) {
            return;
        }
        Map<String, String> seen = new TreeMap<>();
        press("g");
        seen.put("g", current());
        press("j");
        seen.put("g j", current());
        press("k");
        seen.put("g j k", current());
        press("k");
        seen.put("g j k k", current());
        String second = findings > 1 ? "finding-2" : "finding-1";
        assertThat(seen).containsExactly(Map.entry("g", "finding-1"), Map.entry("g j", second),
                Map.entry("g j k", "finding-1"), Map.entry("g j k k", "finding-1"));
        for (int i = 1; i < findings + 2; i++) {
            press("j");
        }
        assertThat(current()).as("j stops at the last finding").isEqualTo("finding-" + findings);
        assertThat(driver.findElements(By.cssSelector(".finding.current"))).hasSize(1);
        assertThat((Boolean) script("var r = document.activeElement.getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < window.innerHeight;")).as("the current finding is in view").isTrue();
    }

    private static void press(String key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static String current() {
        return (String) script("var e = document.activeElement;"
                + " return e && e.classList.contains('current') ? e.id : 'none (' + (e ? e.tagName : '') + ')';");
    }

    private static Object script(String text, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(text, args);
    }
}
