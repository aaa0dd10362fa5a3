package io.ftpsecurity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.readme.Readme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What README's bin/demo commands printed when bin/test ran them against this server, before this test:
 * e2e.demo.runs is a folder with one file per command, its first line "$ command", then everything it printed.
 * bin/demo reads the findings back from the server, so they must be exactly those of the mixed project's
 * snapshot, with the quality gate and the project's address after them.
 */
@EnabledIfSystemProperty(named = "e2e.demo.runs", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeDemoIT {

  private static final String DEMO_PROJECT = "ftp-security-demo-examples";
  /** "Sonar way" of the notebook language: ssl.create_default_context() is weak before Python 3.10 (README). */
  private static final String NOTEBOOK_WEAK_TLS_ROW = "ipython:S4423 ";
  private static final String PYTHON_3_12 = "-Dsonar.python.version=3.12";
  private static final Pattern SNAPSHOT_PRIMARY = Pattern.compile("^(\\S+) (\\S+?):(\\d+):\\d+-\\d+:\\d+ \"(.*)\"$");
  private static final Pattern FINDING_ROW = Pattern.compile("^(ftp-(?:python|java):\\S+) +\\| (\\S+) +\\| (.*)$");

  private record Run(String command, List<String> output) {
  }

  private final List<Run> runs = new ArrayList<>();
  private SonarServer server;

  @BeforeAll
  void readRuns() throws IOException {
    server = new SonarServer(System.getProperty("e2e.sonar.url"), System.getProperty("e2e.sonar.token"));
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("e2e.demo.runs")))) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        runs.add(new Run(lines.get(0).replaceFirst("^\\$ ", ""), lines.subList(1, lines.size())));
      }
    }
  }

  @Test
  void bin_test_ran_every_demo_scan_readme_shows_for_this_version() {
    String version = new String(server.download("api/server/version", Map.of()), StandardCharsets.UTF_8).strip().replaceFirst("^(\\d+\\.\\d+).*", "$1");
    assertThat(runs).extracting(Run::command).containsExactlyElementsOf(Readme.demoScans(version)).isNotEmpty();
  }

  @Test
  void each_run_prints_the_findings_of_examples_the_gate_and_the_project() throws IOException {
    List<String> expected = IssueSnapshot.read(FtpSecurityPluginIT.MIXED_SNAPSHOT).stream()
      .map(block -> finding(SNAPSHOT_PRIMARY.matcher(block.lines().findFirst().orElseThrow()), true)).toList();
    for (Run run : runs) {
      List<String> printed = run.output().stream().map(FINDING_ROW::matcher).filter(Matcher::matches)
        .map(row -> finding(row, false)).toList();
      assertThat(printed).as("our findings printed by " + run.command()).containsExactlyInAnyOrderElementsOf(expected);
      long rows = run.output().stream().filter(line -> line.matches("^\\S+:\\S+ +\\| .*")).count();
      assertThat(run.output()).as(run.command()).contains(rows + " findings",
        "Quality gate \"FTP Security: no vulnerabilities\": ERROR",
        "Project in the web UI: " + server.url() + "/dashboard?id=" + DEMO_PROJECT);
      assertThat(String.join("\n", run.output())).as(run.command()).doesNotContain("could not be analysed", "ERROR:");
    }
  }

  /** Scanner properties after the folder reach the analysis: Python 3.12 silences Sonar way's weak-TLS rule. */
  @Test
  void a_scanner_property_after_the_folder_changes_the_analysis() {
    List<Run> with = runs.stream().filter(run -> run.command().contains(PYTHON_3_12)).toList();
    List<Run> without = runs.stream().filter(run -> !run.command().contains(PYTHON_3_12)).toList();
    Assumptions.assumeFalse(with.isEmpty() || without.isEmpty(),
      "README shows no pair of runs with and without " + PYTHON_3_12 + " for this version");
    with.forEach(run -> assertThat(run.output()).as(run.command()).noneMatch(line -> line.startsWith(NOTEBOOK_WEAK_TLS_ROW)));
    without.forEach(run -> assertThat(run.output()).as(run.command()).anyMatch(line -> line.startsWith(NOTEBOOK_WEAK_TLS_ROW)));
  }

  /** "Rule file:line message" of a snapshot block (the message quoted there) or of a row bin/demo printed. */
  private static String finding(Matcher matcher, boolean quoted) {
    assertThat(matcher.matches()).isTrue();
    if (quoted) {
      String message = matcher.group(4).replace("\\\"", "\"").replace("\\\\", "\\");
      return matcher.group(1) + " " + matcher.group(2) + ":" + matcher.group(3) + " " + message;
    }
    return matcher.group(1).replaceFirst("^ftp-(python|java):", "") + " " + matcher.group(2) + " " + matcher.group(3);
  }
}
