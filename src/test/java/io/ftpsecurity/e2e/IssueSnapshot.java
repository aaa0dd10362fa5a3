package io.ftpsecurity.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Issues written as text, one block per issue, so that SonarQube's issues and SonarLint's can be compared with each
 * other and with a reviewed file. A block is a line {@code Rule file:range "message"}, then one indented line per
 * secondary location ({@code secondary range "message"}), per quick fix ({@code quick fix "message"}) and per edit
 * of it ({@code edit range "new text"}); SonarQube's Web API gives no quick fixes, SonarLint's engine does. Ranges
 * are {@code startLine:startColumn-endLine:endColumn}, columns counted from 0 as both APIs report them.
 */
final class IssueSnapshot {

  /** Set by {@code bin/test --update-snapshot}: rewrite the files from what was raised instead of comparing. */
  static final boolean UPDATE = Boolean.getBoolean("e2e.update.snapshot");

  private IssueSnapshot() {
  }

  record Range(int startLine, int startColumn, int endLine, int endColumn) {
    @Override
    public String toString() {
      return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
  }

  record Location(String file, @Nullable Range range, @Nullable String message) {
  }

  record Edit(String file, Range range, String text) {
  }

  record QuickFix(String message, List<Edit> edits) {
  }

  record Issue(String rule, Location primary, List<Location> secondaries, List<QuickFix> quickFixes) {

    String file() {
      return primary.file();
    }

    Issue withoutQuickFixes() {
      return new Issue(rule, primary, secondaries, List.of());
    }

    String text() {
      StringBuilder text = new StringBuilder(rule).append(' ');
      appendRangeAndMessage(text, primary, "");
      for (Location secondary : secondaries) {
        text.append("\n  secondary ");
        appendRangeAndMessage(text, secondary, primary.file());
      }
      for (QuickFix fix : quickFixes) {
        text.append("\n  quick fix ").append(quote(fix.message()));
        for (Edit edit : fix.edits()) {
          text.append("\n    edit ").append(edit.file().equals(primary.file()) ? "" : edit.file() + ":")
            .append(edit.range()).append(' ').append(quote(edit.text()));
        }
      }
      return text.toString();
    }

    private static void appendRangeAndMessage(StringBuilder text, Location location, String fileShownAbove) {
      String separator = "";
      if (!location.file().equals(fileShownAbove)) {
        text.append(location.file());
        separator = ":";
      }
      if (location.range() != null) {
        text.append(separator).append(location.range());
      }
      if (location.message() != null && !location.message().isEmpty()) {
        text.append(' ').append(quote(location.message()));
      }
    }
  }

  static final Comparator<Issue> ORDER = Comparator.comparing(Issue::file)
    .thenComparingInt(issue -> issue.primary().range() == null ? 0 : issue.primary().range().startLine())
    .thenComparing(Issue::rule)
    .thenComparingInt(issue -> issue.primary().range() == null ? 0 : issue.primary().range().startColumn());

  /** The issue blocks of a snapshot file: lines starting with # are comments, indented lines belong to the block above. */
  static List<String> read(Path file) throws IOException {
    List<String> blocks = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith(" ") && !blocks.isEmpty()) {
        blocks.set(blocks.size() - 1, blocks.getLast() + "\n" + line);
      } else {
        blocks.add(line);
      }
    }
    return blocks;
  }

  static List<String> texts(List<Issue> issues) {
    return issues.stream().sorted(ORDER).map(Issue::text).toList();
  }

  /**
   * Compares the issues with the file, or rewrites the file with them under the given header when
   * {@link #UPDATE} is set.
   */
  static void assertMatches(Path file, List<String> header, List<Issue> issues) throws IOException {
    List<String> actual = texts(issues);
    if (UPDATE) {
      List<String> lines = new ArrayList<>(header.stream().map(line -> "# " + line).toList());
      lines.addAll(actual);
      Files.write(file, lines);
      System.out.println("Rewrote " + file + " with " + actual.size() + " issues");
      return;
    }
    assertSame(actual, read(file), "raised", file + " (regenerate with bin/test --update-snapshot after review)");
  }

  /** Fails with the blocks missing on either side unless both lists hold the same blocks. */
  static void assertSame(List<String> actual, List<String> expected, String actualName, String expectedName) {
    List<String> missing = expected.stream().filter(block -> !actual.contains(block)).toList();
    List<String> extra = actual.stream().filter(block -> !expected.contains(block)).toList();
    if (!missing.isEmpty() || !extra.isEmpty()) {
      fail("Issues " + actualName + " differ from " + expectedName + "\n"
        + "missing (expected, not " + actualName + "):\n" + indent(missing) + "\n"
        + "extra (" + actualName + ", not expected):\n" + indent(extra));
    }
  }

  private static String indent(List<String> blocks) {
    return blocks.stream().map(block -> "  " + block.replace("\n", "\n  ")).reduce((a, b) -> a + "\n" + b).orElse("  (none)");
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
  }
}
