package io.ftpsecurity.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ftpsecurity.e2e.SonarLintEngine.Analysis;
import io.ftpsecurity.plugin.FtpSecurityProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sonar.api.batch.rule.ActiveRule;
import org.sonar.api.rule.RuleKey;
import org.sonarsource.sonarlint.core.analysis.api.Issue;
import org.sonarsource.sonarlint.core.analysis.api.IssueLocation;
import org.sonarsource.sonarlint.core.commons.api.TextRange;
import org.sonarsource.sonarlint.core.commons.log.SonarLintLogger;

/**
 * Our jar in SonarLint's own analysis engine, next to the Python and Java analyzers of the SonarQube it runs against,
 * with the rules of that server's "FTP Security" profiles: what a user of connected mode gets in the IDE. bin/test
 * passes e2e.python.jar and e2e.java.jar (the analyzers inside the SonarQube distribution), e2e.plugin.jar (our jar
 * as deployed on the server), e2e.java.binaries and e2e.java.libraries (examples/java compiled, see
 * FtpSecurityPluginIT) and e2e.python.old.jar (an older Python analyzer from Maven Central, copied by the e2e Maven
 * profile).
 */
@EnabledIfSystemProperty(named = "e2e.sonar.url", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SonarLintEngineIT {

  /**
   * What the harness must report when our jar runs next to the older Python analyzer: null since our rules use only
   * what the Python analyzer 5.14 exports (issue 12; before, sonar-python's sensor died there on
   * {@code SubscriptionContext.cfg()} / {@code valuesAtLocation()}): the test then demands a clean analysis.
   */
  @Nullable
  private static final String FAILURE_ON_OLD_PYTHON_ANALYZER = null;

  private static final String REPOSITORY = "ftp-python";
  private static final String JAVA_REPOSITORY = "ftp-java";
  private static final String PLUGIN_KEY = "ftpsecurity";
  private static final Path EXAMPLES = Path.of("examples");
  private static final Path JAVA_EXAMPLES = EXAMPLES.resolve("java");
  /** The engine's work folders, and the log of each analysis for when a test fails. */
  private static final Path WORK_DIR = Path.of("target", "sonarlint-work");
  private static final Path SNAPSHOT = Path.of("src/test/e2e/sonarlint-issues.txt");
  private static final List<String> SNAPSHOT_HEADER = List.of(
    "The issues SonarLint's analysis engine raises on examples/ with our rules, and the quick fixes it receives.",
    "Checked by SonarLintEngineIT, which also checks that the issues are those of examples-issues.txt on .py files.",
    "A quick fix is listed under its issue as: quick fix \"message\", then one line per edit: edit range \"new text\".",
    "Format: see IssueSnapshot.java. After a reviewed change, regenerate it with: bin/test --update-snapshot");

  private SonarServer server;
  private List<ActiveRule> rules;
  private List<Path> files;
  private Analysis first;
  private Analysis second;
  private List<Path> javaFiles;
  private Analysis java;
  private Analysis javaWithoutClasspath;

  @BeforeAll
  void analyseExamplesTwice() throws Exception {
    server = new SonarServer(System.getProperty("e2e.sonar.url"), System.getProperty("e2e.sonar.token"));
    rules = activeRulesOfOurProfile("py", REPOSITORY);
    try (Stream<Path> listed = Files.list(EXAMPLES)) {
      files = listed.map(EXAMPLES::relativize).filter(file -> file.toString().matches(".*\\.(py|ipynb)")).sorted().toList();
    }
    List<ActiveRule> javaRules = activeRulesOfOurProfile("java", JAVA_REPOSITORY);
    try (Stream<Path> walked = Files.walk(JAVA_EXAMPLES.resolve("src"))) {
      javaFiles = walked.filter(file -> file.toString().endsWith(".java")).map(JAVA_EXAMPLES::relativize).sorted().toList();
    }
    // the classpath an IDE's Java support hands SonarLint for the project
    Map<String, String> classpath = Map.of(
      "sonar.java.binaries", System.getProperty("e2e.java.binaries"),
      "sonar.java.libraries", System.getProperty("e2e.java.libraries"));
    try (SonarLintEngine engine = engine(Map.of("python", jar("e2e.python.jar"), "java", jar("e2e.java.jar")))) {
      first = engine.analyse(EXAMPLES.toAbsolutePath(), files, rules, Map.of());
      second = engine.analyse(EXAMPLES.toAbsolutePath(), files, rules, Map.of());
      java = engine.analyse(JAVA_EXAMPLES.toAbsolutePath(), javaFiles, javaRules, classpath);
      javaWithoutClasspath = engine.analyse(JAVA_EXAMPLES.toAbsolutePath(), javaFiles, javaRules, Map.of());
    }
    first.writeLog(WORK_DIR.resolve("examples.log"));
    java.writeLog(WORK_DIR.resolve("examples-java.log"));
    System.out.printf("SonarLint engine on examples/ (%d files, %d rules): first analysis %d ms, second %d ms%n",
      files.size(), rules.size(), first.took().toMillis(), second.took().toMillis());
    System.out.printf("SonarLint engine on examples/java (%d files, %d rules): %d ms%n",
      javaFiles.size(), javaRules.size(), java.took().toMillis());
  }

  @AfterAll
  void resetLogger() {
    SonarLintLogger.get().setTarget(null);
  }

  @Test
  void analysis_goes_through_without_errors() {
    first.assertSucceeded();
    second.assertSucceeded();
    assertThat(files).as("examples given to the engine").anyMatch(file -> file.toString().endsWith(".ipynb"));
  }

  @Test
  void py_files_get_the_issues_sonarqube_raises() throws IOException {
    List<String> onServer = IssueSnapshot.read(FtpSecurityPluginIT.SNAPSHOT).stream().filter(block -> file(block).endsWith(".py")).toList();
    List<String> inSonarLint = IssueSnapshot.texts(ours(first).stream().map(IssueSnapshot.Issue::withoutQuickFixes).toList());
    assertThat(onServer).as("issues on .py files in " + FtpSecurityPluginIT.SNAPSHOT).isNotEmpty();
    IssueSnapshot.assertSame(inSonarLint, onServer, "raised by SonarLint", "those SonarQube raised, " + FtpSecurityPluginIT.SNAPSHOT);
    assertThat(IssueSnapshot.texts(ours(second))).as("second analysis").isEqualTo(IssueSnapshot.texts(ours(first)));
  }

  @Test
  void java_analysis_goes_through_without_errors() {
    java.assertSucceeded();
    assertThat(javaFiles).as("examples/java given to the engine").isNotEmpty();
    assertThat(java.logged("Execute Sensor: JavaSensor")).as("sonar-java's sensor ran").isTrue();
  }

  /**
   * Without the classpath, Commons Net, JSch and SSHJ are unknown symbols and our rules stay silent: the issues of
   * the test above come from resolved symbols, which only the analysis properties the IDE passes give.
   */
  @Test
  void java_rules_stay_silent_without_the_classpath() {
    javaWithoutClasspath.assertSucceeded();
    assertThat(ours(javaWithoutClasspath, JAVA_REPOSITORY)).as("issues of ours without sonar.java.binaries/libraries").isEmpty();
  }

  /**
   * The same issues as SonarQube, secondary locations included, and no quick fix: sonar-java's custom-rule API
   * (java.api) exports no way for a plugin's check to attach one.
   */
  @Test
  void java_files_get_the_issues_sonarqube_raises_and_no_quick_fixes() throws IOException {
    List<String> onServer = IssueSnapshot.read(FtpSecurityPluginIT.JAVA_SNAPSHOT);
    List<IssueSnapshot.Issue> inSonarLint = ours(java, JAVA_REPOSITORY);
    assertThat(onServer).as("issues in " + FtpSecurityPluginIT.JAVA_SNAPSHOT).isNotEmpty();
    IssueSnapshot.assertSame(IssueSnapshot.texts(inSonarLint), onServer, "raised by SonarLint", "those SonarQube raised, "
      + FtpSecurityPluginIT.JAVA_SNAPSHOT);
    assertThat(inSonarLint).as("quick fixes on Java issues").allMatch(issue -> issue.quickFixes().isEmpty());
  }

  @Test
  void issues_and_quick_fixes_are_those_of_the_snapshot() throws IOException {
    IssueSnapshot.assertMatches(SNAPSHOT, SNAPSHOT_HEADER, ours(first));
  }

  /**
   * sonar-python's notebook sensor runs built-in rules only, and SonarLint installs no sensor of a plugin that is
   * not SonarSource's, so our NotebookSensor never runs there.
   */
  @Test
  void notebooks_get_no_issues_of_ours() throws IOException {
    assertThat(IssueSnapshot.read(FtpSecurityPluginIT.SNAPSHOT)).as("SonarQube's issues on notebooks")
      .anyMatch(block -> file(block).endsWith(".ipynb"));
    assertThat(ours(first)).as("SonarLint's issues of ours on notebooks")
      .noneMatch(issue -> issue.file().endsWith(".ipynb"));
    assertThat(first.logged("Execute Sensor: IPython Notebooks Sensor")).as("sonar-python's notebook sensor ran").isTrue();
    assertThat(first.logged("FTP Security rules on Jupyter notebooks")).as("our notebook sensor in SonarLint's log").isFalse();
  }

  /** The harness notices a sensor that fails, which the IDE would only log: proven with an older Python analyzer. */
  @Test
  void a_failing_sensor_fails_the_analysis() throws Exception {
    Analysis analysis;
    try (SonarLintEngine engine = engine(Map.of("python", jar("e2e.python.old.jar")))) {
      analysis = engine.analyse(EXAMPLES.toAbsolutePath(), files, rules, Map.of());
    }
    analysis.writeLog(WORK_DIR.resolve("examples-old-python-analyzer.log"));
    if (FAILURE_ON_OLD_PYTHON_ANALYZER == null) {
      analysis.assertSucceeded();
    } else {
      assertThat(analysis.failures()).as("failures found by the harness")
        .anyMatch(failure -> failure.startsWith("ERROR logged") && failure.contains(FAILURE_ON_OLD_PYTHON_ANALYZER));
      assertThatThrownBy(analysis::assertSucceeded).isInstanceOf(AssertionError.class).hasMessageContaining(FAILURE_ON_OLD_PYTHON_ANALYZER);
    }
  }

  // --- set-up -------------------------------------------------------------------------------------------

  /** An engine with our jar and the analyzers given by plugin key. */
  private SonarLintEngine engine(Map<String, Path> analyzers) throws IOException {
    Files.createDirectories(WORK_DIR);
    Map<String, Path> plugins = new HashMap<>(analyzers);
    plugins.put(PLUGIN_KEY, jar("e2e.plugin.jar"));
    return new SonarLintEngine(Files.createTempDirectory(WORK_DIR, "engine"), plugins);
  }

  private static Path jar(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property " + property).isNotBlank();
    Path jar = Path.of(value);
    assertThat(jar).as(property).isRegularFile();
    return jar;
  }

  /** The rules of the server's built-in profile with their parameters, as connected mode synchronises them. */
  private List<ActiveRule> activeRulesOfOurProfile(String language, String repository) {
    JsonNode profiles = server.get("api/qualityprofiles/search", Map.of("language", language)).path("profiles");
    String profileKey = null;
    for (JsonNode profile : profiles) {
      if (FtpSecurityProfile.PROFILE_NAME.equals(profile.path("name").asText())) {
        profileKey = profile.path("key").asText();
      }
    }
    assertThat(profileKey).as("key of the profile " + FtpSecurityProfile.PROFILE_NAME).isNotNull();
    JsonNode search = server.get("api/rules/search",
      Map.of("qprofile", profileKey, "activation", "true", "repositories", repository, "f", "actives", "ps", "500"));
    List<ActiveRule> active = new ArrayList<>();
    search.path("actives").fields().forEachRemaining(entry -> {
      JsonNode activation = entry.getValue().get(0);
      Map<String, String> params = new HashMap<>();
      activation.path("params").forEach(param -> params.put(param.path("key").asText(), param.path("value").asText()));
      active.add(new SonarLintEngine.Rule(RuleKey.parse(entry.getKey()), activation.path("severity").asText(), language, params));
    });
    assertThat(active).as("active rules of " + FtpSecurityProfile.PROFILE_NAME).isNotEmpty();
    return active;
  }

  // --- reading ------------------------------------------------------------------------------------------

  private static String file(String block) {
    return block.split(" ")[1].split(":")[0];
  }

  /** Our issues of an analysis, with their secondary locations and quick fixes, as the IDE receives them. */
  private static List<IssueSnapshot.Issue> ours(Analysis analysis) {
    return ours(analysis, REPOSITORY);
  }

  private static List<IssueSnapshot.Issue> ours(Analysis analysis, String repository) {
    return analysis.issues().stream()
      .filter(issue -> issue.getRuleKey().repository().equals(repository))
      .map(SonarLintEngineIT::snapshotIssue)
      .toList();
  }

  private static IssueSnapshot.Issue snapshotIssue(Issue issue) {
    IssueSnapshot.Location primary = location(issue, issue.getInputFile().relativePath());
    List<IssueSnapshot.Location> secondaries = issue.flows().stream()
      .flatMap(flow -> flow.locations().stream())
      .map(location -> location(location, primary.file()))
      .toList();
    List<IssueSnapshot.QuickFix> fixes = issue.quickFixes().stream()
      .map(fix -> new IssueSnapshot.QuickFix(fix.message(), fix.inputFileEdits().stream()
        .flatMap(fileEdit -> fileEdit.textEdits().stream()
          .map(edit -> new IssueSnapshot.Edit(fileEdit.target().relativePath(), range(edit.range()), edit.newText())))
        .toList()))
      .toList();
    return new IssueSnapshot.Issue(issue.getRuleKey().rule(), primary, secondaries, fixes);
  }

  private static IssueSnapshot.Location location(IssueLocation location, String defaultFile) {
    String file = location.getInputFile() == null ? defaultFile : location.getInputFile().relativePath();
    return new IssueSnapshot.Location(file, location.getTextRange() == null ? null : range(location.getTextRange()), location.getMessage());
  }

  private static IssueSnapshot.Range range(TextRange range) {
    return new IssueSnapshot.Range(range.getStartLine(), range.getStartLineOffset(), range.getEndLine(), range.getEndLineOffset());
  }
}
