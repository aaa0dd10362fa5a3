package io.ftpsecurity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ftpsecurity.python.rules.PythonRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sonar.check.Rule;

/**
 * The plugin inside a real SonarQube, checked through the Web API. bin/test starts the server and passes:
 * e2e.sonar.url, e2e.sonar.token (an admin's token), e2e.scanner.jar, e2e.work.dir, and
 * e2e.update.snapshot=true to rewrite the expected issues instead of comparing them.
 */
@EnabledIfSystemProperty(named = "e2e.sonar.url", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FtpSecurityPluginIT {

  private static final String REPOSITORY = "ftp-python";
  private static final String PROFILE = "FTP Security";
  private static final String GATE = "FTP Security e2e: no vulnerabilities";
  private static final String METADATA = "/io/ftpsecurity/l10n/python/rules/";
  private static final Path EXAMPLES = Path.of("examples");
  private static final Path SECURE_PROJECT = Path.of("src/test/e2e/secure-project");
  static final Path SNAPSHOT = Path.of("src/test/e2e/examples-issues.txt");
  private static final List<String> SNAPSHOT_HEADER = List.of(
    "The issues our rules raise on examples/ in SonarQube, read from its Web API. Checked by FtpSecurityPluginIT;",
    "SonarLintEngineIT checks that SonarLint raises the same on the .py files. Format: see IssueSnapshot.java.",
    "After a reviewed change, regenerate it with: bin/test --update-snapshot",
    "Notebooks (.ipynb) are analysed by our own sensor: lines are those of the notebook's JSON file.");
  private static final Path README = Path.of("README.md");
  private static final String README_RECIPE_HEADING = "### Using the rules together with \"Sonar way\"";
  private static final String COMBINED_PROFILE = "Sonar way + FTP Security";
  private static final String EXAMPLES_KEY = "ftp-security-e2e-examples";
  private static final String SECURE_KEY = "ftp-security-e2e-secure";
  private static final Pattern LOADING_FAILURE = Pattern.compile(
    "ClassNotFoundException|NoClassDefFoundError|LinkageError|NoSuchMethodError|IncompatibleClassChangeError|Unable to load");

  private SonarServer server;
  private final Map<String, String> scanLogs = new java.util.HashMap<>();

  @BeforeAll
  void analyseBothProjects() throws Exception {
    server = new SonarServer(System.getProperty("e2e.sonar.url"), System.getProperty("e2e.sonar.token"));
    Scanner scanner = new Scanner(server, Path.of(System.getProperty("e2e.scanner.jar")),
      Files.createDirectories(Path.of(System.getProperty("e2e.work.dir", "target/e2e"))));
    createGate();
    for (var project : Map.of(EXAMPLES_KEY, EXAMPLES, SECURE_KEY, SECURE_PROJECT).entrySet()) {
      createProject(project.getKey());
      scanLogs.put(project.getKey(), scanner.scan(project.getKey(), project.getValue()));
    }
  }

  @Test
  void plugin_is_installed() {
    JsonNode plugins = server.get("api/plugins/installed", Map.of()).path("plugins");
    assertThat(plugins).anySatisfy(plugin -> {
      assertThat(plugin.path("key").asText()).isEqualTo("ftpsecurity");
      assertThat(plugin.path("name").asText()).isEqualTo("FTP Security");
    });
  }

  @Test
  void every_rule_is_listed_with_its_metadata_and_description_sections() throws IOException {
    JsonNode listed = server.get("api/rules/search", Map.of("repositories", REPOSITORY, "ps", "500")).path("rules");
    assertThat(keys(listed)).containsExactlyInAnyOrderElementsOf(qualified(expectedRuleKeys()));

    for (String key : expectedRuleKeys()) {
      JsonNode metadata = metadata(key);
      JsonNode rule = server.get("api/rules/show", Map.of("key", REPOSITORY + ":" + key)).path("rule");
      assertThat(rule.path("name").asText()).as(key + " title").isEqualTo(metadata.path("title").asText()).isNotBlank();
      assertThat(rule.path("type").asText()).as(key + " type").isEqualTo(metadata.path("type").asText());
      assertThat(rule.path("severity").asText()).as(key + " severity")
        .isEqualTo(metadata.path("defaultSeverity").asText().toUpperCase(Locale.ROOT));
      assertThat(rule.path("impacts")).as(key + " impacts").isNotEmpty();
      assertThat(keys(rule.path("descriptionSections"))).as(key + " description sections")
        .contains("introduction", "root_cause", "how_to_fix", "resources");

      JsonNode standards = metadata.path("securityStandards");
      assertThat(standards.path("CWE")).as(key + " CWE in the metadata").isNotEmpty();
      assertThat(standardsOnServer(key, "cwe")).as(key + " CWE").isEqualTo(values(standards.path("CWE")));
      assertThat(standardsOnServer(key, "owaspTop10")).as(key + " OWASP 2017").isEqualTo(values(standards.path("OWASP")));
      assertThat(standardsOnServer(key, "owaspTop10-2021")).as(key + " OWASP 2021")
        .isEqualTo(values(standards.path("OWASP Top 10 2021")));
    }
  }

  @Test
  void builtin_profile_activates_every_rule() {
    JsonNode profile = pythonProfile();
    assertThat(profile.path("isBuiltIn").asBoolean()).isTrue();
    JsonNode active = server.get("api/rules/search",
      Map.of("qprofile", profile.path("key").asText(), "activation", "true", "ps", "500")).path("rules");
    assertThat(keys(active)).containsExactlyInAnyOrderElementsOf(qualified(expectedRuleKeys()));
  }

  @Test
  void examples_raise_exactly_the_issues_of_the_snapshot() throws IOException {
    IssueSnapshot.assertMatches(SNAPSHOT, SNAPSHOT_HEADER, issues(EXAMPLES_KEY));
  }

  @Test
  void gate_no_vulnerabilities_fails_on_examples_and_passes_on_secure_code() {
    assertThat(gateStatus(EXAMPLES_KEY)).isEqualTo("ERROR");
    assertThat(gateStatus(SECURE_KEY)).isEqualTo("OK");
    assertThat(issues(SECURE_KEY)).isEmpty();
  }

  @Test
  void python_only_project_analyses_without_errors() {
    for (var log : scanLogs.entrySet()) {
      String text = log.getValue();
      assertThat(text).as(log.getKey() + " scanner log").contains("Sensor Python Sensor [python] (done)", "EXECUTION SUCCESS");
      assertThat(text.lines().filter(line -> line.matches("^\\S+ ERROR .*")).toList()).as(log.getKey() + " ERROR lines").isEmpty();
      assertThat(LOADING_FAILURE.matcher(text).find()).as(log.getKey() + " class loading failure in:\n" + text).isFalse();
    }
    assertThat(scanLogs.get(SECURE_KEY)).containsPattern("INFO  Java (2[1-9]|[3-9][0-9])\\.");
    assertThat(scanLogs.get(EXAMPLES_KEY)).as("examples scanner log")
      .contains("Sensor FTP Security rules on Jupyter notebooks [ftpsecurity] (done)")
      .doesNotContain("cannot analyse notebook");
  }

  @Test
  void readme_recipe_makes_sonar_way_plus_our_rules() throws Exception {
    Map<String, String> profile = Map.of("language", "py", "qualityProfile", COMBINED_PROFILE);
    if (findPythonProfile(COMBINED_PROFILE) != null) {
      server.post("api/qualityprofiles/delete", profile);
    }
    String recipe = readmeBashBlock(README_RECIPE_HEADING);
    assertThat(recipe).contains("\"" + COMBINED_PROFILE + "\"");

    ProcessBuilder builder = new ProcessBuilder("bash", "-eu", "-o", "pipefail", "-c", recipe).redirectErrorStream(true);
    builder.environment().put("SONAR", server.url());
    builder.environment().put("TOKEN", server.token());
    Process bash = builder.start();
    bash.getOutputStream().close();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor()).as("README recipe failed:\n" + recipe + "\noutput:\n" + output).isZero();

    JsonNode combined = findPythonProfile(COMBINED_PROFILE);
    assertThat(combined).as("profile made by the README recipe").isNotNull();
    assertThat(combined.path("parentName").asText()).isEqualTo("Sonar way");
    JsonNode active = server.get("api/rules/search",
      Map.of("qprofile", combined.path("key").asText(), "activation", "true", "repositories", REPOSITORY + ",python", "ps", "500")).path("rules");
    assertThat(keys(active)).containsAll(qualified(expectedRuleKeys())).contains("python:S5332", "python:S4830", "python:S4423");
  }

  // --- set-up -------------------------------------------------------------------------------------------

  private void createGate() {
    boolean exists = StreamSupport.stream(server.get("api/qualitygates/list", Map.of()).path("qualitygates").spliterator(), false)
      .anyMatch(gate -> GATE.equals(gate.path("name").asText()));
    if (exists) {
      server.post("api/qualitygates/destroy", Map.of("name", GATE));
    }
    server.post("api/qualitygates/create", Map.of("name", GATE));
    server.post("api/qualitygates/create_condition", Map.of("gateName", GATE, "metric", "vulnerabilities", "op", "GT", "error", "0"));
  }

  private void createProject(String key) {
    if (server.get("api/projects/search", Map.of("projects", key)).path("components").size() > 0) {
      server.post("api/projects/delete", Map.of("project", key));
    }
    server.post("api/projects/create", Map.of("project", key, "name", key));
    server.post("api/qualityprofiles/add_project", Map.of("language", "py", "project", key, "qualityProfile", PROFILE));
    server.post("api/qualitygates/select", Map.of("projectKey", key, "gateName", GATE));
  }

  // --- reading ------------------------------------------------------------------------------------------

  private static List<String> expectedRuleKeys() {
    return PythonRules.all().stream().map(rule -> rule.getAnnotation(Rule.class).key()).toList();
  }

  private static List<String> qualified(List<String> ruleKeys) {
    return ruleKeys.stream().map(key -> REPOSITORY + ":" + key).toList();
  }

  private static JsonNode metadata(String key) throws IOException {
    try (InputStream json = FtpSecurityPluginIT.class.getResourceAsStream(METADATA + key + ".json")) {
      assertThat(json).as("metadata of " + key).isNotNull();
      return new ObjectMapper().readTree(json);
    }
  }

  private JsonNode pythonProfile() {
    JsonNode profile = findPythonProfile(PROFILE);
    assertThat(profile).as("Python profile named " + PROFILE).isNotNull();
    return profile;
  }

  private JsonNode findPythonProfile(String name) {
    JsonNode profiles = server.get("api/qualityprofiles/search", Map.of("language", "py")).path("profiles");
    return StreamSupport.stream(profiles.spliterator(), false)
      .filter(profile -> name.equals(profile.path("name").asText()))
      .findFirst().orElse(null);
  }

  /** The first fenced bash block after a heading of README.md, as a user copies it. */
  private String readmeBashBlock(String heading) throws IOException {
    List<String> lines = Files.readAllLines(README);
    int start = lines.indexOf(heading);
    assertThat(start).as(heading + " in " + README).isNotNegative();
    int open = start;
    while (!lines.get(open).equals("```bash")) {
      open++;
    }
    int close = open + 1;
    while (!lines.get(close).equals("```")) {
      close++;
    }
    return String.join("\n", lines.subList(open + 1, close)) + "\n";
  }

  /** The standards the server files the rule under, as its facets report them. */
  private Set<String> standardsOnServer(String key, String facet) {
    JsonNode facets = server.get("api/rules/search", Map.of("rule_key", REPOSITORY + ":" + key, "facets", facet, "ps", "1")).path("facets");
    Set<String> values = new TreeSet<>();
    facets.forEach(f -> f.path("values").forEach(v -> values.add(v.path("val").asText().toLowerCase(Locale.ROOT))));
    return values;
  }

  private static Set<String> values(JsonNode array) {
    Set<String> values = new TreeSet<>();
    array.forEach(value -> values.add(value.asText().toLowerCase(Locale.ROOT)));
    return values;
  }

  private static List<String> keys(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(node -> node.path("key").asText()).toList();
  }

  /** Open issues of our repository on a project, with their locations as the server keeps them. */
  private List<IssueSnapshot.Issue> issues(String projectKey) {
    JsonNode issues = server.get("api/issues/search", Map.of("components", projectKey, "resolved", "false", "ps", "500")).path("issues");
    return StreamSupport.stream(issues.spliterator(), false)
      .filter(issue -> issue.path("rule").asText().startsWith(REPOSITORY + ":"))
      .map(issue -> {
        List<IssueSnapshot.Location> secondaries = new ArrayList<>();
        issue.path("flows").forEach(flow -> flow.path("locations").forEach(location -> secondaries.add(location(projectKey, location, "msg"))));
        return new IssueSnapshot.Issue(issue.path("rule").asText().substring(REPOSITORY.length() + 1),
          location(projectKey, issue, "message"), secondaries, List.of());
      })
      .toList();
  }

  private static IssueSnapshot.Location location(String projectKey, JsonNode location, String messageField) {
    JsonNode range = location.path("textRange");
    return new IssueSnapshot.Location(location.path("component").asText().substring(projectKey.length() + 1),
      range.isMissingNode() ? null : new IssueSnapshot.Range(range.path("startLine").asInt(), range.path("startOffset").asInt(),
        range.path("endLine").asInt(), range.path("endOffset").asInt()),
      location.path(messageField).isMissingNode() ? null : location.path(messageField).asText());
  }

  private String gateStatus(String projectKey) {
    return server.get("api/qualitygates/project_status", Map.of("projectKey", projectKey)).path("projectStatus").path("status").asText();
  }
}
