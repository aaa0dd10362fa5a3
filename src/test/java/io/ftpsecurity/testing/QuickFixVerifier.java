package io.ftpsecurity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.python.rules.PythonRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.IssueLocation;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;
import org.sonar.plugins.python.api.quickfix.PythonTextEdit;

/**
 * Checks the quick fixes one rule offers on one file of {@code check-resources/}: each asserted fix has exactly the
 * expected edits, and once applied the file still parses, the issue is gone, and no rule of ours reports anything
 * it did not report before (issues are compared by rule, message and range, ranges moved by the edits).
 */
public final class QuickFixVerifier {

  private static final Path FIXED_FILES = Path.of("target", "quick-fixed");

  private final Path file;
  private final String source;
  private final List<PreciseIssue> issues;
  private List<PreciseIssue> allRulesIssues;
  private final Set<PreciseIssue> checked = new LinkedHashSet<>();

  private QuickFixVerifier(Path file, PythonSubscriptionCheck... checks) {
    this.file = file;
    this.source = read(file);
    this.issues = PythonCheckVerifier.analyze(file.toFile(), checks).getIssues();
  }

  public static QuickFixVerifier of(String relativePath, PythonSubscriptionCheck check) {
    return new QuickFixVerifier(PythonCheckVerifier.CHECK_RESOURCES.resolve(relativePath), check);
  }

  /** The fixes of every rule on one file. */
  public static QuickFixVerifier ofAllRules(Path file) {
    QuickFixVerifier verifier = new QuickFixVerifier(file, allRules());
    verifier.allRulesIssues = verifier.issues;
    return verifier;
  }

  /** The edit a test expects, in the form the analyzer reports it (lines from 1, columns from 0). */
  public static PythonTextEdit edit(int startLine, int startColumn, int endLine, int endColumn, String text) {
    return new PythonTextEdit(text, startLine, startColumn, endLine, endColumn);
  }

  /** The issue whose primary location starts on this line has one fix, with this description and these edits. */
  public void assertFix(int line, String description, PythonTextEdit... edits) {
    PreciseIssue issue = issueAt(line);
    assertThat(issue.quickFixes()).as("quick fixes of the issue on line %d", line).hasSize(1);
    PythonQuickFix fix = issue.quickFixes().get(0);
    assertThat(fix.getDescription()).as("description of the fix on line %d", line).isEqualTo(description);
    assertThat(fix.getTextEdits()).as("edits of the fix on line %d", line).containsExactlyInAnyOrder(edits);
    assertResolves(issue, fix);
  }

  /** The issue whose primary location starts on this line comes without a fix. */
  public void assertNoFix(int line) {
    assertThat(issueAt(line).quickFixes()).as("quick fixes of the issue on line %d", line).isEmpty();
  }

  /** Every issue of the file was asserted, with or without a fix: a new fix cannot go untested. */
  public void assertEveryIssueChecked() {
    List<Integer> unchecked = issues.stream().filter(issue -> !checked.contains(issue))
      .map(issue -> issue.primaryLocation().startLine()).toList();
    assertThat(unchecked).as("lines of issues no assertion looked at").isEmpty();
  }

  /** Applies the fix to the file, then runs every rule on the result and compares with the rules on the original. */
  public void assertResolves(PreciseIssue issue, PythonQuickFix fix) {
    Edits edits = new Edits(source, fix.getTextEdits());
    String fixed = edits.applied();
    Path fixedFile = write(fixed);
    PythonVisitorContext fixedContext;
    try {
      fixedContext = PythonCheckVerifier.analyze(fixedFile.toFile(), allRules());
    } catch (RuntimeException e) {
      throw new AssertionError("parse error in the fixed code: " + e.getMessage() + "\n" + fixed, e);
    }
    assertThat(fixedContext.parsingException()).as("parse error in the fixed code:%n%s", fixed).isNull();
    List<String> expected = new ArrayList<>();
    if (allRulesIssues == null) {
      allRulesIssues = PythonCheckVerifier.analyze(file.toFile(), allRules()).getIssues();
    }
    for (PreciseIssue before : allRulesIssues) {
      if (!sameIssue(before, issue)) {
        edits.moved(before.primaryLocation()).ifPresent(range -> expected.add(key(before, range)));
      }
    }
    for (PreciseIssue after : fixedContext.getIssues()) {
      String key = key(after, Edits.range(after.primaryLocation()));
      assertThat(expected).as("issue after the fix of line %d, not reported before (or the fixed issue itself); "
        + "fixed code:%n%s", issue.primaryLocation().startLine(), fixed).contains(key);
      expected.remove(key);
    }
  }

  /** What the rule reports on the file. */
  public List<PreciseIssue> issues() {
    return issues;
  }

  /** The issue whose primary location starts on this line, for tests of the verifier itself. */
  public PreciseIssue issueAt(int line) {
    List<PreciseIssue> onLine = issues.stream().filter(issue -> issue.primaryLocation().startLine() == line).toList();
    assertThat(onLine).as("issues starting on line %d of %s", line, file).hasSize(1);
    checked.add(onLine.get(0));
    return onLine.get(0);
  }

  private static boolean sameIssue(PreciseIssue candidate, PreciseIssue issue) {
    return ruleKey(candidate).equals(ruleKey(issue))
      && candidate.primaryLocation().message().equals(issue.primaryLocation().message())
      && Edits.range(candidate.primaryLocation()).equals(Edits.range(issue.primaryLocation()));
  }

  private static String key(PreciseIssue issue, List<Integer> range) {
    return ruleKey(issue) + " " + range + " " + issue.primaryLocation().message();
  }

  private static String ruleKey(PreciseIssue issue) {
    return issue.check().getClass().getAnnotation(Rule.class).key();
  }

  private static PythonSubscriptionCheck[] allRules() {
    return PythonRules.all().stream().map(QuickFixVerifier::newCheck).toArray(PythonSubscriptionCheck[]::new);
  }

  private static PythonSubscriptionCheck newCheck(Class<?> rule) {
    try {
      return (PythonSubscriptionCheck) rule.getDeclaredConstructor().newInstance();
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException | NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String fixed) {
    try {
      Files.createDirectories(FIXED_FILES);
      Path fixedFile = FIXED_FILES.resolve(file.getFileName());
      Files.writeString(fixedFile, fixed, StandardCharsets.UTF_8);
      return fixedFile;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text edits applied to a source, and where a range of the source ends up after them. */
  static final class Edits {
    private final String source;
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<Integer> fixedLineStarts = new ArrayList<>();
    private final String applied;

    Edits(String source, List<PythonTextEdit> edits) {
      this.source = source;
      List<PythonTextEdit> sorted = new ArrayList<>(edits);
      sorted.sort(Comparator.comparingInt((PythonTextEdit e) -> offset(source, e.startLine(), e.startLineOffset()))
        .thenComparingInt(e -> offset(source, e.endLine(), e.endLineOffset())));
      StringBuilder result = new StringBuilder();
      int copied = 0;
      for (PythonTextEdit edit : sorted) {
        int start = offset(source, edit.startLine(), edit.startLineOffset());
        int end = offset(source, edit.endLine(), edit.endLineOffset());
        assertThat(start).as("edit %s overlaps the one before it", edit).isGreaterThanOrEqualTo(copied);
        assertThat(end).as("edit %s ends before it starts", edit).isGreaterThanOrEqualTo(start);
        spans.add(new int[] {start, end});
        texts.add(edit.replacementText());
        result.append(source, copied, start).append(edit.replacementText());
        copied = end;
      }
      applied = result.append(source.substring(copied)).toString();
      fixedLineStarts.add(0);
      for (int i = 0; i < applied.length(); i++) {
        if (applied.charAt(i) == '\n') {
          fixedLineStarts.add(i + 1);
        }
      }
    }

    String applied() {
      return applied;
    }

    static List<Integer> range(IssueLocation location) {
      return List.of(location.startLine(), location.startLineOffset(), location.endLine(), location.endLineOffset());
    }

    /** The range after the edits; empty when an edit replaced part of it. */
    Optional<List<Integer>> moved(IssueLocation location) {
      int start = offset(source, location.startLine(), location.startLineOffset());
      int end = offset(source, location.endLine(), location.endLineOffset());
      int startShift = 0;
      int endShift = 0;
      for (int i = 0; i < spans.size(); i++) {
        int editStart = spans.get(i)[0];
        int editEnd = spans.get(i)[1];
        int delta = texts.get(i).length() - (editEnd - editStart);
        boolean insertion = editStart == editEnd;
        if ((!insertion && start >= editStart && start < editEnd) || (!insertion && end > editStart && end < editEnd)) {
          return Optional.empty();
        }
        if (start >= editEnd && (insertion || start > editStart)) {
          startShift += delta;
        }
        if (end >= editEnd && end > editStart) {
          endShift += delta;
        }
      }
      int[] newStart = position(start + startShift);
      int[] newEnd = position(end + endShift);
      return Optional.of(List.of(newStart[0], newStart[1], newEnd[0], newEnd[1]));
    }

    private int[] position(int offset) {
      int line = 0;
      while (line + 1 < fixedLineStarts.size() && fixedLineStarts.get(line + 1) <= offset) {
        line++;
      }
      return new int[] {line + 1, offset - fixedLineStarts.get(line)};
    }

    private static int offset(String text, int line, int column) {
      int index = 0;
      for (int current = 1; current < line; current++) {
        index = text.indexOf('\n', index) + 1;
        assertThat(index).as("line %d exists", line).isPositive();
      }
      return index + column;
    }
  }
}
