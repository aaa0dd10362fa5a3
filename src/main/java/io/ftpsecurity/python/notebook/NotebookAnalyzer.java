package io.ftpsecurity.python.notebook;

import io.ftpsecurity.python.notebook.NotebookSource.Position;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sonar.plugins.python.api.IssueLocation;
import org.sonar.plugins.python.api.Parser;
import org.sonar.plugins.python.api.PythonCheck;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonFile;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.tree.FileInput;

/**
 * Analyses one notebook: its code cells as one Python file, parsed and given a semantic model by the Python
 * analyzer's exported API, then our checks, then every location moved back into the .ipynb file.
 */
public final class NotebookAnalyzer {

  /** A location in the notebook file; {@code start} is null for a file-level location, {@code end} for a line. */
  public record Location(String message, Position start, Position end) {
  }

  public record NotebookIssue(PythonCheck check, Location primary, List<Location> secondaries, Integer cost) {
  }

  private static final Pattern PARSE_ERROR_LINE = Pattern.compile("\\bline (\\d+)");

  private NotebookAnalyzer() {
  }

  /** @throws RuntimeException when the notebook cannot be read or its code does not parse */
  public static List<NotebookIssue> analyze(String json, String fileName, URI uri, List<? extends PythonSubscriptionCheck> checks) {
    NotebookSource source = NotebookSource.of(json);
    PythonFile pythonFile = new CodeOfNotebook(source.code(), fileName, uri);
    FileInput tree = parse(source);
    PythonVisitorContext context = new PythonVisitorContext.Builder(tree, pythonFile).build();
    return CheckRunner.run(context, checks).stream()
      .map(issue -> new NotebookIssue(issue.check(), locate(source, issue.primaryLocation()),
        issue.secondaryLocations().stream().map(location -> locate(source, location)).toList(), issue.cost()))
      .toList();
  }

  /** The parser's error names a line of the generated code: say which line of the notebook that is. */
  private static FileInput parse(NotebookSource source) {
    try {
      return new Parser().parse(source.code());
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      Matcher line = PARSE_ERROR_LINE.matcher(message);
      String where = line.find() ? " (line " + source.start(Integer.parseInt(line.group(1)), 0).line() + " of the notebook)" : "";
      throw new IllegalArgumentException("Python code of the notebook does not parse: " + message + where, e);
    }
  }

  private static Location locate(NotebookSource source, IssueLocation location) {
    if (location.startLine() == IssueLocation.UNDEFINED_LINE) {
      return new Location(location.message(), null, null);
    }
    Position start = source.start(location.startLine(), Math.max(location.startLineOffset(), 0));
    if (location.startLineOffset() == IssueLocation.UNDEFINED_OFFSET) {
      return new Location(location.message(), start, null);
    }
    return new Location(location.message(), start, source.end(location.endLine(), location.endLineOffset()));
  }

  /** The generated Python code, under the notebook's name. */
  private record CodeOfNotebook(String content, String fileName, URI uri) implements PythonFile {
    @Override
    public String key() {
      return uri.toString();
    }
  }
}
