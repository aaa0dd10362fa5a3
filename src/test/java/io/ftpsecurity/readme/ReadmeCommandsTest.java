package io.ftpsecurity.readme;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.benchmark.ReadmeBenchmarkCommandsTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command README.md and its docs show is run by a test, and this is the list of which test runs it. The
 * commands that need no server are run here: the scripts' usage, their refusals of bad options, and bin/demo's
 * stop and reset on a cache of their own.
 */
class ReadmeCommandsTest {

  private static final String DEMO_SCANS = "bin/test, end-to-end stage of the version: runs it against that server "
    + "(Readme.demoScans), ReadmeDemoIT checks what it printed";
  private static final String SCRIPT_OPTIONS = "ReadmeCommandsTest: the option is accepted (running it here would "
    + "start servers or rewrite reviewed files)";

  /** Commands run where they are shown: the blocks the end-to-end test copies, and what bin/test itself is. */
  private static final Map<String, String> RUN_BY = Map.ofEntries(
    entry("bin/test", ".ci/run: CI runs it on every change"),
    entry("mvn verify", "bin/test, first stage"),
    entry(".ci/run", "ReadmeCommandsTest.ci_run_is_bin_test, and CI"),
    entry("bin/demo [folder] [-Dkey=value...]", "ReadmeCommandsTest.usage_of_each_script"),
    entry("bin/demo stop", "bin/test, end-to-end stage: it stops each server it started with it; "
      + "ReadmeCommandsTest.demo_stop_and_reset_on_a_cache_of_their_own"),
    entry("bin/demo reset", "ReadmeCommandsTest.demo_stop_and_reset_on_a_cache_of_their_own"),
    entry("bin/test --update-snapshot", SCRIPT_OPTIONS),
    entry("bin/test --version 26.4", SCRIPT_OPTIONS),
    entry("bin/test --unit", "bin/test, first stage (--unit stops after it); " + SCRIPT_OPTIONS));

  private static final Map<String, String> BLOCKS_RUN_BY = Map.of(
    "### Using the rules together with \"Sonar way\"", "FtpSecurityPluginIT.readme_recipe_makes_sonar_way_plus_our_rules",
    "## Build and install", "bin/test's mvn verify (package included); FtpSecurityPluginIT.plugin_jar_is_where_readme_says "
      + "(mvn package) and readme_risk_consent_accepts_third_party_plugins (curl)");

  private static final Pattern E2E_VERSIONS = Pattern.compile("(?m)^E2E_VERSIONS=\\(([^)]*)\\)");

  @TempDir
  Path sandbox;

  @Test
  void every_readme_command_is_run_by_a_test() throws IOException {
    List<String> versions = endToEndVersions();
    List<String> notRun = new ArrayList<>();
    for (Readme.Command command : Readme.allCommands()) {
      if (runBy(command, versions) == null) {
        notRun.add(command.toString());
      }
    }
    assertThat(notRun).as("README commands no test runs: run them in a test and say which in ReadmeCommandsTest").isEmpty();
    List<String> shown = Readme.allCommands().stream().map(Readme.Command::text).toList();
    assertThat(shown).as("commands of RUN_BY that README no longer shows").containsAll(RUN_BY.keySet());
  }

  /** Who runs the command, or null. */
  private static String runBy(Readme.Command command, List<String> versions) {
    if (command.block() != null && BLOCKS_RUN_BY.containsKey(command.block())) {
      return BLOCKS_RUN_BY.get(command.block());
    }
    String text = command.text();
    if (text.startsWith("bin/benchmark")) {
      return ReadmeBenchmarkCommandsTest.SMALL_RUNS.containsKey(text) ? "ReadmeBenchmarkCommandsTest" : null;
    }
    if (text.startsWith("bin/ruling")) {
      return "RulingTest.readme_ruling_commands_select_what_readme_says; bin/test runs bin/ruling";
    }
    String scan = text.replaceFirst("^SONAR_PORT=\\d+ ", "");
    if (versions.stream().anyMatch(version -> Readme.demoScans(version).contains(scan))) {
      return DEMO_SCANS;
    }
    return RUN_BY.get(text);
  }

  /** The SonarQube versions bin/test runs the end-to-end stage on, in their short form (26.1). */
  private static List<String> endToEndVersions() throws IOException {
    Matcher versions = E2E_VERSIONS.matcher(Files.readString(Path.of("bin/test")));
    assertThat(versions.find()).as("E2E_VERSIONS in bin/test").isTrue();
    return List.of(versions.group(1).strip().split(" +")).stream().map(v -> v.replaceFirst("\\.\\d+\\.\\d+$", "")).toList();
  }

  @Test
  void usage_of_each_script() {
    assertThat(script("bin/demo", "--help")).satisfies(run -> {
      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.output()).contains("bin/demo [folder] [-Dkey=value...]", "bin/demo stop", "bin/demo reset", "--version");
    });
    assertThat(script("bin/test", "--help")).satisfies(run -> {
      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.output()).contains("bin/test --version 26.4", "bin/test --update-snapshot", "bin/test --unit");
    });
    assertThat(script("bin/ruling", "--help")).satisfies(run -> {
      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.output()).contains("bin/ruling --all", "bin/ruling --update", "bin/ruling --project NAME");
    });
  }

  @Test
  void ci_run_is_bin_test() {
    ScriptRun ci = script(".ci/run", "--help");
    assertThat(ci.status()).as(ci.toString()).isZero();
    assertThat(ci.output()).isEqualTo(script("bin/test", "--help").output());
  }

  @Test
  void demo_refuses_bad_options_with_a_clear_message() {
    assertRefused(script("bin/demo", "--verbose"),
      "ERROR: unknown option: --verbose (scanner properties are written -Dkey=value; see bin/demo --help)");
    assertRefused(script("bin/demo", "--version", "25.1"), "ERROR: unsupported SonarQube version: 25.1 (supported: ");
    assertRefused(script("bin/demo", "--version"), "ERROR: --version needs a version, e.g. --version 26.1");
    assertRefused(script("bin/demo", "-Dsonar.token=abc"), "ERROR: bin/demo sets -Dsonar.token itself; it cannot be passed on");
    assertRefused(script("bin/demo", "examples", "src"), "ERROR: one folder at a time: examples, src");
    assertRefused(script("bin/demo", "no/such/folder"), "ERROR: no such folder: no/such/folder");
  }

  @Test
  void test_accepts_the_options_readme_shows_and_refuses_others() {
    assertRefused(script("bin/test", "--coverage"), "ERROR: unknown argument: --coverage (see bin/test --help)");
    assertRefused(script("bin/test", "--version", "25.1"), "ERROR: unsupported SonarQube version: 25.1");
    // the options README shows are read without complaint: the run then stops at the unknown one after them
    assertRefused(script("bin/test", "--update-snapshot", "--version", "26.4", "--unit", "--stop-here"),
      "ERROR: unknown argument: --stop-here");
  }

  @Test
  void demo_stop_and_reset_on_a_cache_of_their_own() throws IOException {
    // the server's user must reach the cache when this runs as root (CI), or bin/demo keeps its server elsewhere
    Files.setPosixFilePermissions(sandbox, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path server26_9 = Files.createDirectories(sandbox.resolve("sonarqube-26.9.0.129388/conf"));
    Path server26_1 = Files.createDirectories(sandbox.resolve("sonarqube-26.1.0.118079/conf"));
    Files.writeString(sandbox.resolve("admin-password-26.9.0.129388"), "secret\n");
    Map<String, String> ownCache = Map.of("FTPSEC_CACHE", sandbox.toString(), "SONAR_PORT", "9", "SONAR_VERSION", "");

    ScriptRun stop = ScriptRun.of(List.of("bin/demo", "stop"), ownCache, 2);
    assertThat(stop.status()).as(stop.toString()).isZero();
    assertThat(stop.output()).contains("SonarQube is not running").doesNotContain("keeping the server in");

    ScriptRun reset = ScriptRun.of(List.of("bin/demo", "reset"), ownCache, 2);
    assertThat(reset.status()).as(reset.toString()).isZero();
    assertThat(reset.output()).contains("deleting " + server26_9.getParent());
    assertThat(server26_9.getParent()).doesNotExist();
    assertThat(sandbox.resolve("admin-password-26.9.0.129388")).doesNotExist();
    assertThat(server26_1).as("another version's server").exists();

    ScriptRun reset26_1 = ScriptRun.of(List.of("bin/demo", "reset", "--version", "26.1"), ownCache, 2);
    assertThat(reset26_1.status()).as(reset26_1.toString()).isZero();
    assertThat(server26_1.getParent()).doesNotExist();
  }

  private static void assertRefused(ScriptRun run, String message) {
    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output()).as(run.toString()).contains(message);
  }

  private static ScriptRun script(String... command) {
    return ScriptRun.of(List.of(command), Map.of(), 2);
  }
}
