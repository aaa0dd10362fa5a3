package io.ftpsecurity.testing;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.sonar.plugins.python.api.IssueLocation;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.tree.Token;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.Trivia;
import org.sonar.python.SubscriptionVisitor;
import org.sonar.python.TestPythonVisitorRunner;
import org.sonar.python.caching.CacheContextImpl;
import org.sonar.python.semantic.ProjectLevelSymbolTable;
import org.sonarsource.analyzer.commons.checks.verifier.SingleFileVerifier;

/**
 * Runs one check on one file of {@code check-resources/} the way the Python analyzer does (parse, semantic
 * model, subscription visit) and compares what it reports with the file's {@code # Noncompliant} comments:
 * message, primary range and secondary locations must all match.
 */
public final class PythonCheckVerifier {

  public static final Path CHECK_RESOURCES = Path.of("check-resources", "python");

  private PythonCheckVerifier() {
  }

  /** The file must raise exactly the issues its comments announce, and at least one. */
  public static void verify(String relativePath, PythonSubscriptionCheck check) {
    verifier(relativePath, check).assertOneOrMoreIssues();
  }

  /**
   * Like {@link #verify(String, PythonSubscriptionCheck)}, for a file of a small project: the other files under the
   * same folder are read first into a project-level symbol table, as the Python sensor does, so that classes imported
   * from them resolve.
   */
  public static void verifyInProject(String relativePath, PythonSubscriptionCheck check) {
    Path file = CHECK_RESOURCES.resolve(relativePath);
    File folder = file.getParent().toFile();
    File[] files = folder.listFiles((dir, name) -> name.endsWith(".py"));
    ProjectLevelSymbolTable project = TestPythonVisitorRunner.globalSymbols(files == null ? List.of() : List.of(files), folder);
    PythonVisitorContext context = TestPythonVisitorRunner.createContext(file.toFile(), folder, "", project, CacheContextImpl.dummyCache());
    SubscriptionVisitor.analyze(List.of(check), context);
    verifier(file, context).assertOneOrMoreIssues();
  }

  /** The file must raise nothing. */
  public static void verifyNoIssue(String relativePath, PythonSubscriptionCheck check) {
    verifier(relativePath, check).assertNoIssues();
  }

  /** The issues a check raises on a file, for tests that assert on them directly. */
  public static List<PreciseIssue> issues(Path file, PythonSubscriptionCheck check) {
    return analyze(file.toFile(), check).getIssues();
  }

  public static PythonVisitorContext analyze(File file, PythonSubscriptionCheck... checks) {
    PythonVisitorContext context = TestPythonVisitorRunner.createContext(file);
    SubscriptionVisitor.analyze(List.of(checks), context);
    return context;
  }

  private static SingleFileVerifier verifier(String relativePath, PythonSubscriptionCheck check) {
    Path file = CHECK_RESOURCES.resolve(relativePath);
    return verifier(file, analyze(file.toFile(), check));
  }

  private static SingleFileVerifier verifier(Path file, PythonVisitorContext context) {
    SingleFileVerifier verifier = SingleFileVerifier.create(file, StandardCharsets.UTF_8);
    if (context.parsingException() != null) {
      throw new IllegalStateException("Check file does not parse: " + file, context.parsingException());
    }
    for (PreciseIssue issue : context.getIssues()) {
      report(verifier, issue);
    }
    for (Token token : tokens(context.rootTree())) {
      for (Trivia trivia : token.trivia()) {
        Token comment = trivia.token();
        verifier.addComment(comment.line(), comment.column() + 1, trivia.value(), 1, 0);
      }
    }
    return verifier;
  }

  private static void report(SingleFileVerifier verifier, PreciseIssue issue) {
    IssueLocation primary = issue.primaryLocation();
    if (primary.startLine() == IssueLocation.UNDEFINED_LINE) {
      verifier.reportIssue(primary.message()).onFile();
      return;
    }
    SingleFileVerifier.Issue reported = verifier.reportIssue(primary.message())
      .onRange(primary.startLine(), primary.startLineOffset() + 1, primary.endLine(), primary.endLineOffset());
    for (IssueLocation secondary : issue.secondaryLocations()) {
      reported.addSecondary(secondary.startLine(), secondary.startLineOffset() + 1, secondary.endLine(),
        secondary.endLineOffset(), secondary.message());
    }
  }

  private static List<Token> tokens(Tree root) {
    List<Token> tokens = new ArrayList<>();
    Deque<Tree> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Tree tree = pending.pop();
      if (tree instanceof Token token) {
        tokens.add(token);
      } else {
        List<Tree> children = tree.children();
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.push(children.get(i));
        }
      }
    }
    return tokens;
  }
}
