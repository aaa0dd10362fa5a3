package io.ftpsecurity.python.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ftpsecurity.python.notebook.NotebookAnalyzer.Location;
import io.ftpsecurity.python.notebook.NotebookAnalyzer.NotebookIssue;
import io.ftpsecurity.python.rules.PythonRules;
import io.ftpsecurity.testing.NotebookRunner;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.IssueLocation;
import org.sonar.plugins.python.api.PythonCheck;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

class NotebookAnalyzerTest {

  private static final Path EXAMPLE = Path.of("examples/daily_export.ipynb");

  @Test
  void reports_the_plain_ftp_client_of_the_example_notebook_where_it_is_written() throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLE);
    List<String> issues = describe(analyze(EXAMPLE), lines);
    assertThat(issues).containsExactly(
      "InsecureFtp 32:11-32:20 FTP(HOST) / secondary 20:24-20:27 FTP");
  }

  /**
   * The Python analyzer maps its own notebook issues back into the .ipynb file; ours must land on the same text,
   * whatever escapes the JSON strings hold. The only expected difference: inside an escaped literal, the analyzer
   * gives up on precise offsets and reports the whole literal, where our mapping still finds the password.
   */
  @Test
  void lands_where_the_python_analyzer_itself_maps_notebook_issues() throws IOException {
    Path notebook = PythonCheckVerifier.CHECK_RESOURCES.resolve("FtpHardcodedCredentials_notebook.ipynb");
    List<String> lines = Files.readAllLines(notebook);
    List<String> ours = describe(analyze(notebook), lines);
    List<String> theirs = new ArrayList<>();
    for (PythonCheck.PreciseIssue issue : NotebookRunner.issues(notebook, checks().toArray(PythonSubscriptionCheck[]::new))) {
      IssueLocation at = issue.primaryLocation();
      theirs.add(rule(issue.check()) + " " + at.startLine() + ":" + at.startLineOffset() + "-" + at.endLine() + ":"
        + at.endLineOffset() + " " + lines.get(at.startLine() - 1).substring(at.startLineOffset(), at.endLineOffset()));
    }
    String preciseInsideEscapedLiteral = "FtpHardcodedCredentials 16:28-16:35 s3cret!";
    assertThat(ours).containsExactlyInAnyOrder(
      "FtpHardcodedCredentials 13:28-13:39 \\\"s3cret!\\\"",
      "FtpHardcodedCredentials 14:26-14:35 's3cret!'",
      "FtpHardcodedCredentials 15:27-15:34 s3cret!",
      "InsecureFtp 15:13-15:64 'ftp://deploy:s3cret!@files.example.com/report.csv'",
      preciseInsideEscapedLiteral,
      "InsecureFtp 16:13-16:66 \\\"ftp://deploy:s3cret!@files.example.com/report.csv\\\"");
    List<String> oursBut = new ArrayList<>(ours);
    oursBut.remove(preciseInsideEscapedLiteral);
    assertThat(theirs).hasSize(ours.size()).containsAll(oursBut)
      .contains("FtpHardcodedCredentials 16:13-16:66 \\\"ftp://deploy:s3cret!@files.example.com/report.csv\\\"");
  }

  @Test
  void a_notebook_that_is_not_python_or_not_json_is_refused_with_an_exception() {
    List<PythonSubscriptionCheck> checks = checks();
    String broken = "{\"cells\": [\n{\"cell_type\": \"code\", \"source\": \"x = 1\"},\n"
      + "{\"cell_type\": \"code\", \"source\": \"def f(:\\n\"}]}";
    assertThatThrownBy(() -> NotebookAnalyzer.analyze(broken, "b.ipynb", Path.of("b.ipynb").toUri(), checks))
      .isInstanceOf(IllegalArgumentException.class)
      .hasMessageStartingWith("Python code of the notebook does not parse: Parse error at line 2 column 6")
      .hasMessageEndingWith("(line 3 of the notebook)");
    assertThatThrownBy(() -> NotebookAnalyzer.analyze("{", "b.ipynb", Path.of("b.ipynb").toUri(), checks))
      .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void magics_and_shell_lines_do_not_stop_the_analysis() {
    String json = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"%load_ext autoreload\\n\", "
      + "\"files = !ls\\n\", \"from ftplib import FTP\\n\", \"if True:\\n\", \"    !echo\\n\", \"    FTP('h')\"]}]}";
    List<NotebookIssue> issues = NotebookAnalyzer.analyze(json, "m.ipynb", Path.of("m.ipynb").toUri(), checks());
    assertThat(issues).extracting(issue -> rule(issue.check()) + " " + issue.primary().start())
      .containsExactly("InsecureFtp " + new NotebookSource.Position(1, json.indexOf("FTP('h')")));
  }

  /** FtpsUnprotectedDataChannel analyses a file when it leaves it: the notebook's walk must leave the file too. */
  @Test
  void reports_what_a_rule_finds_when_it_leaves_the_file() {
    String json = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"from ftplib import FTP_TLS\\n\", "
      + "\"ftps = FTP_TLS('h')\\n\", \"ftps.login()\\n\", \"ftps.nlst()\"]}]}";
    List<NotebookIssue> issues = NotebookAnalyzer.analyze(json, "d.ipynb", Path.of("d.ipynb").toUri(), checks());
    assertThat(issues).extracting(issue -> rule(issue.check()) + " " + issue.primary().start())
      .contains("FtpsUnprotectedDataChannel " + new NotebookSource.Position(1, json.indexOf("ftps.nlst")));
  }

  private static List<NotebookIssue> analyze(Path notebook) throws IOException {
    return NotebookAnalyzer.analyze(Files.readString(notebook, StandardCharsets.UTF_8), notebook.getFileName().toString(),
      notebook.toUri(), checks());
  }

  private static List<String> describe(List<NotebookIssue> issues, List<String> lines) {
    return issues.stream().map(issue -> {
      StringBuilder text = new StringBuilder(rule(issue.check()) + " " + range(issue.primary(), lines));
      for (Location secondary : issue.secondaries()) {
        text.append(" / secondary ").append(range(secondary, lines));
      }
      return text.toString();
    }).toList();
  }

  private static String range(Location location, List<String> lines) {
    assertThat(location.end().line()).isEqualTo(location.start().line());
    return location.start().line() + ":" + location.start().column() + "-" + location.end().line() + ":"
      + location.end().column() + " "
      + lines.get(location.start().line() - 1).substring(location.start().column(), location.end().column());
  }

  private static String rule(PythonCheck check) {
    return check.getClass().getAnnotation(Rule.class).key();
  }

  private static List<PythonSubscriptionCheck> checks() {
    List<PythonSubscriptionCheck> checks = new ArrayList<>();
    for (Class<?> type : PythonRules.all()) {
      try {
        checks.add((PythonSubscriptionCheck) type.getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return checks;
  }
}
