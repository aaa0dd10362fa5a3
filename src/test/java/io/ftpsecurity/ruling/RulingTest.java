package io.ftpsecurity.ruling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ftpsecurity.benchmark.Corpus;
import io.ftpsecurity.benchmark.Rules;
import io.ftpsecurity.benchmark.ThrowingCheck;
import io.ftpsecurity.readme.Readme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

/**
 * The ruling harness on the checked-in corpus, with no download: it passes on its own expected file, shows a
 * readable diff when a finding changes, fails when a check throws, and reads its lists strictly.
 */
class RulingTest {

  @TempDir
  Path root;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void list() throws IOException {
    Files.createDirectories(root.resolve("python"));
    Files.writeString(root.resolve("python/projects.txt"), "# a comment\nsample=1.0-1 ci  # why\nbig=2.0 \n");
  }

  @Test
  void passes_after_update_and_shows_a_diff_when_a_finding_changes() throws IOException {
    assertThat(run(Rules::newChecks, "--update")).isTrue();
    Path expected = root.resolve("python/sample.json");
    ExpectedFile written = ExpectedFile.read(expected);
    assertThat(written.project()).isEqualTo("sample=1.0-1");
    assertThat(written.findings()).isNotEmpty().isSorted();
    assertThat(root.resolve("python/big.json")).as("not in the CI subset").doesNotExist();
    assertThat(run(Rules::newChecks)).isTrue();
    assertThat(output()).contains("ruling: 1 passed, 0 failed");

    Finding gone = written.findings().get(0);
    Finding invented = new Finding("InsecureFtp", "nowhere.py", 7, "a \"quoted\" message");
    List<Finding> edited = new ArrayList<>(written.findings().subList(1, written.findings().size()));
    edited.add(invented);
    new ExpectedFile(written.project(), written.parseFailures(), edited).write(expected);

    assertThat(run(Rules::newChecks)).isFalse();
    assertThat(output())
      .contains("DIFF sample=1.0-1")
      .contains("  + " + gone)
      .contains("  - " + invented)
      .contains("bin/ruling --update")
      .contains("ruling: 0 passed, 1 failed");
  }

  @Test
  void a_check_that_throws_fails_the_ruling_even_when_updating() {
    assertThat(run(() -> List.of(new ThrowingCheck()), "--update")).isFalse();
    assertThat(output()).contains("CHECK EXCEPTION Throwing threw in ").contains("deliberate")
      .contains("a check must never throw");
  }

  @Test
  void all_runs_every_listed_project_and_reports_expected_files_without_one() throws IOException {
    Files.writeString(root.resolve("python/removed.json"), "{}");
    assertThat(run(Rules::newChecks, "--all", "--update")).isTrue();
    assertThat(root.resolve("python/big.json")).exists();
    assertThat(root.resolve("python/removed.json")).doesNotExist();

    Files.writeString(root.resolve("python/removed.json"), "{}");
    assertThat(run(Rules::newChecks, "--all")).isFalse();
    assertThat(output()).contains("removed.json: its project is not in python/projects.txt");
  }

  @Test
  void a_project_is_chosen_by_name_and_an_unknown_name_is_an_error() {
    assertThat(run(Rules::newChecks, "--update", "--project", "big")).isTrue();
    assertThat(root.resolve("python/big.json")).exists();
    assertThat(root.resolve("python/sample.json")).doesNotExist();
    assertThatThrownBy(() -> run(Rules::newChecks, "--project", "nope")).isInstanceOf(RulingException.class)
      .hasMessage("not in python/projects.txt: nope");
    assertThatThrownBy(() -> Ruling.Options.parse("--everything")).hasMessageContaining("unknown argument --everything");
  }

  /** bin/test runs bin/ruling; the other commands the pages show select, from the real lists, what they say. */
  @Test
  void readme_ruling_commands_select_what_readme_says() {
    List<Project> listed = new ArrayList<>();
    for (String language : List.of("python", "java")) {
      listed.addAll(ProjectList.read(language, Ruling.EXPECTED.resolve(language).resolve("projects.txt")));
    }
    for (Readme.Command command : Readme.allCommands()) {
      if (command.text().startsWith("bin/ruling")) {
        String[] words = command.text().replace("[--all]", "--all").replace("<name>", "python3-ftputil")
          .replaceFirst("^bin/ruling ?", "").split(" ", -1);
        Ruling.Options options = Ruling.Options.parse(words.length == 1 && words[0].isEmpty() ? new String[0] : words);
        assertThat(listed.stream().filter(options::selects)).as(command.toString()).isNotEmpty();
        assertThat(listed.stream().map(Project::name)).as(command.toString()).containsAll(options.only());
      }
    }
    List<String> block = Readme.of(Readme.README).bashBlock("## Ruling: the rules on real code").lines();
    assertThat(block.get(0)).startsWith("bin/ruling ").contains(
      count(listed, "python", Project::inCi) + " Debian packages", count(listed, "java", Project::inCi) + " Java sources jars");
    assertThat(block.get(1)).startsWith("bin/ruling --all ").contains(count(listed, "python", project -> true) + " Debian packages");
  }

  private static long count(List<Project> projects, String language, java.util.function.Predicate<Project> which) {
    return projects.stream().filter(project -> project.language().equals(language)).filter(which).count();
  }

  @Test
  void project_lists_are_read_strictly() {
    List<Project> projects = ProjectList.parse("python", "list", List.of("a=1 ci", "  # only a comment", "b=1:2.0-3"));
    assertThat(projects).containsExactly(new Project("python", "a", "1", true), new Project("python", "b", "1:2.0-3", false));
    assertThatThrownBy(() -> ProjectList.parse("python", "list", List.of("", "a=1 nightly")))
      .isInstanceOf(RulingException.class).hasMessage("list:2: expected 'name=version' or 'name=version ci', got 'a=1 nightly'");
    assertThatThrownBy(() -> ProjectList.parse("python", "list", List.of("python3-ftputil")))
      .isInstanceOf(RulingException.class).hasMessageStartingWith("list:1:");
  }

  @Test
  void expected_files_round_trip() {
    Path file = root.resolve("python/x.json");
    ExpectedFile original = new ExpectedFile("x=1", List.of("a.py:3"),
      List.of(new Finding("R", "b/c.py", 4, "Use \"FTP_TLS\" \\ é"), new Finding("S", "b/c.py", 5, "m")));
    original.write(file);
    assertThat(ExpectedFile.read(file)).isEqualTo(original);
    new ExpectedFile("x=1", List.of(), List.of()).write(file);
    assertThat(ExpectedFile.read(file).findings()).isEmpty();
  }

  private boolean run(java.util.function.Supplier<List<PythonSubscriptionCheck>> checks, String... args) {
    printed.reset();
    ProjectSource checkedIn = project -> Corpus.CHECKED_IN;
    var side = new Ruling.Side("python", checkedIn, new PythonRulesRunner(checks));
    return new Ruling(root, new PrintStream(printed, true, StandardCharsets.UTF_8)).run(List.of(side),
      Ruling.Options.parse(args));
  }

  private String output() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
