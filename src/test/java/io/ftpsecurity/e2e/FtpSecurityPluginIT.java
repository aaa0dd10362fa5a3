package io.ftpsecurity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ftpsecurity.java.rules.JavaRules;
import io.ftpsecurity.python.rules.PythonRules;
import io.ftpsecurity.readme.Readme;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sonar.check.Rule;

/**
 * The plugin inside a real SonarQube, checked through the Web API, on three projects: Python only (examples/
 * without its Java part), Java only (examples/java) and mixed (all of examples/), each with its snapshot of issues.
 * bin/test starts the server and passes: e2e.sonar.url, e2e.sonar.token (an admin's token), e2e.scanner.jar,
 * e2e.work.dir, e2e.java.binaries and e2e.java.libraries (examples/java compiled with the JDK against its libraries,
 * fetched through Maven), and e2e.update.snapshot=true to rewrite the expected issues instead of comparing them.
 */
@EnabledIfSystemProperty(named = "e2e.sonar.url", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FtpSecurityPluginIT {

  private static final String REPOSITORY = "ftp-python";
  private static final String JAVA_REPOSITORY = "ftp-java";
  private static final Map<String, String> LANGUAGES = Map.of(REPOSITORY, "py", JAVA_REPOSITORY, "java");
  private static final Map<String, String> METADATA_FOLDERS = Map.of(
    REPOSITORY, "/io/ftpsecurity/l10n/python/rules/", JAVA_REPOSITORY, "/io/ftpsecurity/l10n/java/rules/");
  private static final String PROFILE = "FTP Security";
  private static final String GATE = "FTP Security e2e: no vulnerabilities";
  private static final Path EXAMPLES = Path.of("examples");
  private static final Path JAVA_EXAMPLES = EXAMPLES.resolve("java");
  private static final Path SECURE_PROJECT = Path.of("src/test/e2e/secure-project");
  static final Path SNAPSHOT = Path.of("src/test/e2e/examples-issues.txt");
  static final Path JAVA_SNAPSHOT = Path.of("src/test/e2e/java-examples-issues.txt");
  static final Path MIXED_SNAPSHOT = Path.of("src/test/e2e/mixed-examples-issues.txt");
  private static final Readme README = Readme.of(Readme.README);
  private static final String RISK_CONSENT = "sonar.plugins.risk.consent";
  private static final String README_RECIPE_HEADING = "### Using the rules together with \"Sonar way\"";
  private static final String COMBINED_PROFILE = "Sonar way + FTP Security";
  private static final String EXAMPLES_KEY = "ftp-security-e2e-examples";
  private static final String JAVA_KEY = "ftp-security-e2e-java";
  private static final String MIXED_KEY = "ftp-security-e2e-mixed";
  private static final String SECURE_KEY = "ftp-security-e2e-secure";
  private static final String PYTHON_SENSOR_DONE = "Sensor Python Sensor [python] (done)";
  private static final String JAVA_SENSOR_DONE = "Sensor JavaSensor [java] (done)";
  private static final Pattern LOADING_FAILURE = Pattern.compile(
    "ClassNotFoundException|NoClassDefFoundError|LinkageError|NoSuchMethodError|IncompatibleClassChangeError|Unable to load");

  private SonarServer server;
  private final Map<String, String> scanLogs = new java.util.HashMap<>();

  @BeforeAll
  void analyseEveryProject() throws Exception {
    server = new SonarServer(System.getProperty("e2e.sonar.url"), System.getProperty("e2e.sonar.token"));
    Scanner scanner = new Scanner(server, Path.of(System.getProperty("e2e.scanner.jar")),
      Files.createDirectories(Path.of(System.getProperty("e2e.work.dir", "target/e2e"))));
    Map<String, String> java = Map.of(
      "sonar.java.binaries", System.getProperty("e2e.java.binaries"),
      "sonar.java.libraries", System.getProperty("e2e.java.libraries"));
    createGate();
    scan(scanner, EXAMPLES_KEY, EXAMPLES, Map.of("sonar.exclusions", "java/**"));
    scan(scanner, JAVA_KEY, JAVA_EXAMPLES, java);
    scan(scanner, MIXED_KEY, EXAMPLES, java);
    scan(scanner, SECURE_KEY, SECURE_PROJECT, Map.of());
  }

  private void scan(Scanner scanner, String key, Path baseDir, Map<String, String> properties) throws Exception {
    createProject(key);
    scanLogs.put(key, scanner.scan(key, baseDir, properties));
  }

  @Test
  void plugin_is_installed() {
    JsonNode plugins = server.get("api/plugins/installed", Map.of()).path("plugins");
    assertThat(plugins).anySatisfy(plugin -> {
      assertThat(plugin.path("key").asText()).isEqualTo("ftpsecurity");
      assertThat(plugin.path("name").asText()).isEqualTo("FTP Security");
    });
  }

  /** Proves the manifest's choice: see README, "One jar for Python and Java". */
  @Test
  void manifest_requires_python_only_and_loads_for_both_languages() throws IOException {
    Path jar;
    try (var jars = Files.list(Path.of("target"))) {
      jar = jars.filter(path -> path.getFileName().toString().matches("sonar-ftp-security-plugin-.*\\.jar"))
        .filter(path -> !path.getFileName().toString().startsWith("original-")).findFirst().orElseThrow();
    }
    try (var plugin = new java.util.jar.JarFile(jar.toFile())) {
      var attributes = plugin.getManifest().getMainAttributes();
      assertThat(attributes.getValue("Plugin-RequiredForLanguages")).isEqualTo("py,ipynb,java");
      assertThat(attributes.getValue("Plugin-RequirePlugins")).startsWith("python:").doesNotContain("java");
    }
    // without a java entry in RequirePlugins, the Java rules still see the Java analyzer's API and report
    assertThat(issues(JAVA_KEY)).isNotEmpty();
    assertThat(scanLogs.get(JAVA_KEY)).contains(JAVA_SENSOR_DONE).doesNotContain(PYTHON_SENSOR_DONE);
  }

  @Test
  void every_rule_is_listed_with_its_metadata_and_description_sections() throws IOException {
    for (String repository : List.of(REPOSITORY, JAVA_REPOSITORY)) {
      checkRulesOf(repository);
    }
  }

  private void checkRulesOf(String repository) throws IOException {
    JsonNode listed = server.get("api/rules/search", Map.of("repositories", repository, "ps", "500")).path("rules");
    assertThat(keys(listed)).containsExactlyInAnyOrderElementsOf(qualified(repository, expectedRuleKeys(repository)));

    for (String key : expectedRuleKeys(repository)) {
      JsonNode metadata = metadata(repository, key);
      JsonNode rule = server.get("api/rules/show", Map.of("key", repository + ":" + key)).path("rule");
      assertThat(rule.path("lang").asText()).as(key + " language").isEqualTo(LANGUAGES.get(repository));
      assertThat(rule.path("name").asText()).as(key + " title").isEqualTo(metadata.path("title").asText()).isNotBlank();
      assertThat(rule.path("type").asText()).as(key + " type").isEqualTo(metadata.path("type").asText());
      assertThat(rule.path("severity").asText()).as(key + " severity")
        .isEqualTo(metadata.path("defaultSeverity").asText().toUpperCase(Locale.ROOT));
      assertThat(rule.path("impacts")).as(key + " impacts").isNotEmpty();
      assertThat(keys(rule.path("descriptionSections"))).as(key + " description sections")
        .contains("introduction", "root_cause", "how_to_fix", "resources");

      JsonNode standards = metadata.path("securityStandards");
      assertThat(standards.path("CWE")).as(key + " CWE in the metadata").isNotEmpty();
      assertThat(standardsOnServer(repository, key, "cwe")).as(key + " CWE").isEqualTo(values(standards.path("CWE")));
      assertThat(standardsOnServer(repository, key, "owaspTop10")).as(key + " OWASP 2017").isEqualTo(values(standards.path("OWASP")));
      assertThat(standardsOnServer(repository, key, "owaspTop10-2021")).as(key + " OWASP 2021")
        .isEqualTo(values(standards.path("OWASP Top 10 2021")));
    }
  }

  @Test
  void builtin_profiles_activate_every_rule() {
    for (String repository : List.of(REPOSITORY, JAVA_REPOSITORY)) {
      JsonNode profile = profile(LANGUAGES.get(repository));
      assertThat(profile.path("isBuiltIn").asBoolean()).isTrue();
      JsonNode active = server.get("api/rules/search",
        Map.of("qprofile", profile.path("key").asText(), "activation", "true", "ps", "500")).path("rules");
      assertThat(keys(active)).containsExactlyInAnyOrderElementsOf(qualified(repository, expectedRuleKeys(repository)));
    }
  }

  @Test
  void python_only_project_raises_exactly_the_issues_of_its_snapshot() throws IOException {
    IssueSnapshot.assertMatches(SNAPSHOT, header("examples/ without its Java part (sonar.exclusions=java/**)",
      "SonarLintEngineIT checks that SonarLint raises the same on the .py files."), issues(EXAMPLES_KEY));
  }

  @Test
  void java_only_project_raises_exactly_the_issues_of_its_snapshot() throws IOException {
    IssueSnapshot.assertMatches(JAVA_SNAPSHOT, header("examples/java, compiled (sonar.java.binaries, sonar.java.libraries)", ""),
      issues(JAVA_KEY));
  }

  @Test
  void mixed_project_raises_exactly_the_issues_of_its_snapshot_the_union_of_both_languages() throws IOException {
    IssueSnapshot.assertMatches(MIXED_SNAPSHOT, header("all of examples/, Python and Java", ""), issues(MIXED_KEY));
    List<IssueSnapshot.Issue> union = new ArrayList<>(issues(EXAMPLES_KEY));
    issues(JAVA_KEY).forEach(issue -> union.add(inFolder(issue, "java/")));
    assertThat(IssueSnapshot.texts(issues(MIXED_KEY))).containsExactlyInAnyOrderElementsOf(IssueSnapshot.texts(union));
  }

  private static List<String> header(String project, String alsoChecked) {
    return List.of(
      "The issues our rules raise on " + project + " in SonarQube, read from its Web API.",
      ("Checked by FtpSecurityPluginIT. " + alsoChecked + " Format: see IssueSnapshot.java.").replace("  ", " "),
      "After a reviewed change, regenerate it with: bin/test --update-snapshot",
      "Notebooks (.ipynb) are analysed by our own sensor: lines are those of the notebook's JSON file.");
  }

  /** The same issue seen from a project whose base directory is the folder above. */
  private static IssueSnapshot.Issue inFolder(IssueSnapshot.Issue issue, String folder) {
    return new IssueSnapshot.Issue(issue.rule(), inFolder(issue.primary(), folder),
      issue.secondaries().stream().map(location -> inFolder(location, folder)).toList(), issue.quickFixes());
  }

  private static IssueSnapshot.Location inFolder(IssueSnapshot.Location location, String folder) {
    return new IssueSnapshot.Location(folder + location.file(), location.range(), location.message());
  }

  @Test
  void gate_no_vulnerabilities_fails_on_examples_and_passes_on_secure_code() {
    assertThat(gateStatus(EXAMPLES_KEY)).isEqualTo("ERROR");
    assertThat(gateStatus(JAVA_KEY)).isEqualTo("ERROR");
    assertThat(gateStatus(MIXED_KEY)).isEqualTo("ERROR");
    assertThat(gateStatus(SECURE_KEY)).isEqualTo("OK");
    assertThat(issues(SECURE_KEY)).isEmpty();
  }

  @Test
  void every_project_analyses_without_errors_with_the_sensors_of_its_languages() {
    assertThat(scanLogs.get(EXAMPLES_KEY)).contains(PYTHON_SENSOR_DONE).doesNotContain(JAVA_SENSOR_DONE);
    assertThat(scanLogs.get(JAVA_KEY)).contains(JAVA_SENSOR_DONE).doesNotContain(PYTHON_SENSOR_DONE);
    assertThat(scanLogs.get(MIXED_KEY)).contains(PYTHON_SENSOR_DONE, JAVA_SENSOR_DONE);
    for (var log : scanLogs.entrySet()) {
      String text = log.getValue();
      assertThat(text).as(log.getKey() + " scanner log").contains("EXECUTION SUCCESS");
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
    Readme.Block recipe = README.bashBlock(README_RECIPE_HEADING);
    assertThat(recipe.script()).contains("\"" + COMBINED_PROFILE + "\"");
    runAsReadmeShows(recipe);

    JsonNode combined = findPythonProfile(COMBINED_PROFILE);
    assertThat(combined).as("profile made by the README recipe").isNotNull();
    assertThat(combined.path("parentName").asText()).isEqualTo("Sonar way");
    JsonNode active = server.get("api/rules/search",
      Map.of("qprofile", combined.path("key").asText(), "activation", "true", "repositories", REPOSITORY + ",python", "ps", "500")).path("rules");
    assertThat(keys(active)).containsAll(qualified(REPOSITORY, expectedRuleKeys(REPOSITORY))).contains("python:S5332", "python:S4830", "python:S4423");
  }

  @Test
  void readme_risk_consent_accepts_third_party_plugins() throws Exception {
    // as on a server where no administrator has accepted it yet
    server.post("api/settings/set", Map.of("key", RISK_CONSENT, "value", "REQUIRED"));
    assertThat(riskConsent()).isEqualTo("REQUIRED");
    runAsReadmeShows(README.bashBlockWith(RISK_CONSENT));
    assertThat(riskConsent()).isEqualTo("ACCEPTED");
  }

  /** README's build block names the jar mvn package makes: bin/test's mvn verify made it, and the server runs it. */
  @Test
  void plugin_jar_is_where_readme_says() {
    String build = README.bashBlock("## Build and install").script();
    Matcher named = Pattern.compile("mvn package +# (target/\\S+<version>\\.jar)").matcher(build);
    assertThat(named.find()).as("the jar named in:\n" + build).isTrue();
    String deployed = Path.of(System.getProperty("e2e.plugin.jar")).getFileName().toString();
    String pattern = Pattern.quote(named.group(1)).replace("<version>", "\\E[^/]+\\Q");
    assertThat("target/" + deployed).matches(pattern);
    assertThat(Path.of("target", deployed)).isRegularFile();
  }

  private String riskConsent() {
    return server.get("api/settings/values", Map.of("keys", RISK_CONSENT)).path("settings").path(0).path("value").asText();
  }

  /** Runs a bash block of README as a user pastes it, with SONAR and TOKEN set as README says. */
  private void runAsReadmeShows(Readme.Block block) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "-eu", "-o", "pipefail", "-c", block.script()).redirectErrorStream(true);
    builder.environment().put("SONAR", server.url());
    builder.environment().put("TOKEN", server.token());
    Process bash = builder.start();
    bash.getOutputStream().close();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor()).as("README block failed:\n" + block.script() + "\noutput:\n" + output).isZero();
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
    for (String language : LANGUAGES.values()) {
      server.post("api/qualityprofiles/add_project", Map.of("language", language, "project", key, "qualityProfile", PROFILE));
    }
    server.post("api/qualitygates/select", Map.of("projectKey", key, "gateName", GATE));
  }

  // --- reading ------------------------------------------------------------------------------------------

  private static List<String> expectedRuleKeys(String repository) {
    List<? extends Class<?>> rules = REPOSITORY.equals(repository) ? PythonRules.all() : JavaRules.all();
    return rules.stream().map(rule -> rule.getAnnotation(Rule.class).key()).toList();
  }

  private static List<String> qualified(String repository, List<String> ruleKeys) {
    return ruleKeys.stream().map(key -> repository + ":" + key).toList();
  }

  private static JsonNode metadata(String repository, String key) throws IOException {
    try (InputStream json = FtpSecurityPluginIT.class.getResourceAsStream(METADATA_FOLDERS.get(repository) + key + ".json")) {
      assertThat(json).as("metadata of " + key).isNotNull();
      return new ObjectMapper().readTree(json);
    }
  }

  private JsonNode profile(String language) {
    JsonNode profiles = server.get("api/qualityprofiles/search", Map.of("language", language)).path("profiles");
    return StreamSupport.stream(profiles.spliterator(), false)
      .filter(profile -> PROFILE.equals(profile.path("name").asText()))
      .findFirst().orElseThrow(() -> new AssertionError("no " + language + " profile named " + PROFILE + " in " + profiles));
  }

  private JsonNode findPythonProfile(String name) {
    JsonNode profiles = server.get("api/qualityprofiles/search", Map.of("language", "py")).path("profiles");
    return StreamSupport.stream(profiles.spliterator(), false)
      .filter(profile -> name.equals(profile.path("name").asText()))
      .findFirst().orElse(null);
  }

  /** The standards the server files the rule under, as its facets report them. */
  private Set<String> standardsOnServer(String repository, String key, String facet) {
    JsonNode facets = server.get("api/rules/search", Map.of("rule_key", repository + ":" + key, "facets", facet, "ps", "1")).path("facets");
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

  /** Open issues of our repositories on a project, with their locations as the server keeps them. */
  private List<IssueSnapshot.Issue> issues(String projectKey) {
    JsonNode issues = server.get("api/issues/search", Map.of("components", projectKey, "resolved", "false", "ps", "500")).path("issues");
    return StreamSupport.stream(issues.spliterator(), false)
      .filter(issue -> LANGUAGES.containsKey(issue.path("rule").asText().split(":")[0]))
      .map(issue -> {
        List<IssueSnapshot.Location> secondaries = new ArrayList<>();
        issue.path("flows").forEach(flow -> flow.path("locations").forEach(location -> secondaries.add(location(projectKey, location, "msg"))));
        return new IssueSnapshot.Issue(issue.path("rule").asText().split(":")[1],
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
