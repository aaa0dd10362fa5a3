package io.ftpsecurity.python.rules;

import static io.ftpsecurity.testing.QuickFixVerifier.edit;
import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import io.ftpsecurity.testing.QuickFixVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;
import org.sonar.plugins.python.api.quickfix.PythonTextEdit;

/**
 * The exact quick fixes of each {@code <Rule>_quickfix*.py} check file, written beside it in
 * {@code <file>.fixes}: every issue of the file, by line, with its fix and the fix's edits, or "no fix". Each fix is
 * also applied, the result re-parsed and every rule re-run on it: the issue is gone and no new one appears.
 */
class QuickFixesTest {

  static Stream<Path> quickFixFiles() throws IOException {
    try (Stream<Path> files = Files.list(PythonCheckVerifier.CHECK_RESOURCES)) {
      return files.filter(file -> file.getFileName().toString().matches("\\w+_quickfix\\w*\\.py")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("quickFixFiles")
  void fixes_are_exactly_those_written_beside_the_file(Path file) throws IOException {
    String name = file.getFileName().toString();
    PythonSubscriptionCheck check = checkOf(name.substring(0, name.indexOf("_quickfix")));
    PythonCheckVerifier.verify(name, check);
    QuickFixVerifier fixes = QuickFixVerifier.of(name, check);
    Path expected = file.resolveSibling(name + ".fixes");
    String actual = render(fixes.issues());
    assertThat(expected).as("expected fixes of %s; what the rule offers now:%n%s", name, actual).isRegularFile();
    assertThat(actual).as("fixes of %s (expected: %s)", name, expected).isEqualTo(withoutComments(expected));
    for (PreciseIssue issue : fixes.issues()) {
      issue.quickFixes().forEach(fix -> fixes.assertResolves(issue, fix));
    }
  }

  @Test
  void fixes_of_the_data_channel_check_file() {
    QuickFixVerifier fixes = QuickFixVerifier.of("FtpsUnprotectedDataChannel.py", new FtpsUnprotectedDataChannelCheck());
    fixes.assertFix(19, "Call prot_p() after the login, so that this client's transfers are encrypted",
      edit(19, 0, 19, 0, "    ftps.prot_p()\n"));
    fixes.assertFix(51, "Call prot_p() instead of prot_c(), so that later transfers stay encrypted", edit(49, 9, 49, 15, "prot_p"));
  }

  /** One block per issue, in line order: {@code line "fix"} then {@code   edit range "text"} lines, or {@code line no fix}. */
  private static String render(List<PreciseIssue> issues) {
    StringBuilder text = new StringBuilder();
    issues.stream().sorted(Comparator.comparingInt((PreciseIssue issue) -> issue.primaryLocation().startLine())
      .thenComparingInt(issue -> issue.primaryLocation().startLineOffset())).forEach(issue -> {
        int line = issue.primaryLocation().startLine();
        if (issue.quickFixes().isEmpty()) {
          text.append(line).append(" no fix\n");
        }
        for (PythonQuickFix fix : issue.quickFixes()) {
          text.append(line).append(' ').append(quote(fix.getDescription())).append('\n');
          fix.getTextEdits().stream().sorted(Comparator.comparingInt(PythonTextEdit::startLine).thenComparingInt(PythonTextEdit::startLineOffset))
            .forEach(edit -> text.append("  edit ").append(edit.startLine()).append(':').append(edit.startLineOffset()).append('-')
              .append(edit.endLine()).append(':').append(edit.endLineOffset()).append(' ').append(quote(edit.replacementText())).append('\n'));
        }
      });
    return text.toString();
  }

  private static String withoutComments(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(line -> !line.startsWith("#") && !line.isBlank())
      .map(line -> line + "\n").reduce("", String::concat);
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
  }

  private static PythonSubscriptionCheck checkOf(String ruleKey) {
    Class<?> rule = PythonRules.all().stream().filter(c -> c.getAnnotation(Rule.class).key().equals(ruleKey)).findFirst()
      .orElseThrow(() -> new AssertionError("no rule " + ruleKey));
    try {
      return (PythonSubscriptionCheck) rule.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
