package io.ftpsecurity.python.fixes;

import io.ftpsecurity.python.analysis.SourceOrder;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.python.api.quickfix.PythonTextEdit;
import org.sonar.plugins.python.api.tree.ArgList;
import org.sonar.plugins.python.api.tree.Argument;
import org.sonar.plugins.python.api.tree.FileInput;
import org.sonar.plugins.python.api.tree.Statement;
import org.sonar.plugins.python.api.tree.StatementList;
import org.sonar.plugins.python.api.tree.Token;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * Text edits expressed on the tree. Lines count from 1 and columns from 0, as in token positions and in the
 * {@code InputFile.newRange} the analyzer turns them into.
 */
public final class TextEdits {

  private TextEdits() {
  }

  public static PythonTextEdit replace(Tree tree, String text) {
    Token first = tree.firstToken();
    Token last = tree.lastToken();
    return new PythonTextEdit(text, first.line(), first.column(), endLine(last), endColumn(last));
  }

  public static PythonTextEdit insertBefore(Tree tree, String text) {
    Token first = tree.firstToken();
    return new PythonTextEdit(text, first.line(), first.column(), first.line(), first.column());
  }

  public static PythonTextEdit insertAfter(Tree tree, String text) {
    Token last = tree.lastToken();
    return new PythonTextEdit(text, endLine(last), endColumn(last), endLine(last), endColumn(last));
  }

  /**
   * Adds the edit unless an equal one is already there, keeping the order of the first: a fix made of several
   * changes may repeat one, such as the same added import. A list searched in turn, not a hash set: a fix holds a few
   * edits, and {@code PythonTextEdit.hashCode} boxes its four positions.
   */
  static void addOnce(List<PythonTextEdit> edits, PythonTextEdit edit) {
    for (PythonTextEdit added : edits) {
      if (added.equals(edit)) {
        return;
      }
    }
    edits.add(edit);
  }

  /** Removes an argument with the comma that separates it from its neighbour; the call keeps its other arguments. */
  public static PythonTextEdit removeArgument(ArgList arguments, Argument argument) {
    List<Argument> all = arguments.arguments();
    int index = all.indexOf(argument);
    if (index > 0) {
      Token previousEnd = all.get(index - 1).lastToken();
      Token end = argument.lastToken();
      return new PythonTextEdit("", endLine(previousEnd), endColumn(previousEnd), endLine(end), endColumn(end));
    }
    if (all.size() > 1) {
      Token start = argument.firstToken();
      Token next = all.get(1).firstToken();
      return new PythonTextEdit("", start.line(), start.column(), next.line(), next.column());
    }
    return replace(argument, "");
  }

  /**
   * Removes a statement of a block: its whole line when it is alone on it, else the statement and one separator;
   * the only statement of a block becomes {@code pass}. Empty when the statement is not in a block, or when it is
   * alone on the file's last line.
   */
  public static Optional<PythonTextEdit> removeStatement(Statement statement) {
    if (!(statement.parent() instanceof StatementList block)) {
      return Optional.empty();
    }
    List<Statement> statements = block.statements();
    int index = indexInBlock(block, statement);
    Statement previous = index > 0 ? statements.get(index - 1) : null;
    Statement next = index < statements.size() - 1 ? statements.get(index + 1) : null;
    if (previous == null && next == null) {
      return Optional.of(replace(statement, "pass"));
    }
    Token first = statement.firstToken();
    Token last = statement.lastToken();
    if (next != null && next.firstToken().line() == endLine(last)) {
      Token nextFirst = next.firstToken();
      return Optional.of(new PythonTextEdit("", first.line(), first.column(), nextFirst.line(), nextFirst.column()));
    }
    if (previous != null && endLine(previous.lastToken()) == first.line()) {
      Token previousEnd = previous.lastToken();
      return Optional.of(new PythonTextEdit("", endLine(previousEnd), endColumn(previousEnd), endLine(last), endColumn(last)));
    }
    if (indentation(statement).isEmpty() || !hasLineAfter(statement)) {
      return Optional.empty();
    }
    return Optional.of(new PythonTextEdit("", first.line(), 0, endLine(last) + 1, 0));
  }

  /**
   * Puts a new statement on the path just before {@code statement}: on a line of its own with the same indentation
   * when the statement starts its line, else before it on the same line, separated by a semicolon.
   */
  public static PythonTextEdit insertStatementBefore(Statement statement, String code) {
    Token first = statement.firstToken();
    return indentation(statement)
      .map(indent -> new PythonTextEdit(code + "\n" + indent, first.line(), first.column(), first.line(), first.column()))
      .orElseGet(() -> insertBefore(statement, code + "; "));
  }

  /**
   * Puts a new statement just after {@code statement}: on the next line with the same indentation when the
   * statement has its line(s) to itself, else after it on the same line, separated by a semicolon.
   */
  public static PythonTextEdit insertStatementAfter(Statement statement, String code) {
    Token last = statement.lastToken();
    // statements come in source order: only the next one can start on the line where this one ends
    boolean endsLine = false;
    if (statement.parent() instanceof StatementList block) {
      List<Statement> statements = block.statements();
      int index = indexInBlock(block, statement);
      endsLine = index == statements.size() - 1 || statements.get(index + 1).firstToken().line() != endLine(last);
    }
    Optional<String> indent = indentation(statement);
    if (endsLine && indent.isPresent() && hasLineAfter(statement)) {
      int nextLine = endLine(last) + 1;
      return new PythonTextEdit(indent.get() + code + "\n", nextLine, 0, nextLine, 0);
    }
    return insertAfter(statement, "; " + code);
  }

  /**
   * The whitespace in front of a statement that starts its line, as the file writes it (spaces or tabs): the indent
   * token of its block, none at module level. Empty when the statement shares its line with code before it.
   */
  private static Optional<String> indentation(Statement statement) {
    if (!(statement.parent() instanceof StatementList block)) {
      return Optional.empty();
    }
    Token first = statement.firstToken();
    int index = indexInBlock(block, statement);
    if (index > 0 && endLine(block.statements().get(index - 1).lastToken()) >= first.line()) {
      return Optional.empty();
    }
    Optional<Token> indent = indentToken(block);
    if (indent.isEmpty()) {
      return block.parent() instanceof FileInput && first.column() == 0 ? Optional.of("") : Optional.empty();
    }
    boolean startsLine = first.column() == indent.get().value().length() && (index > 0 || first.line() == indent.get().line());
    return startsLine ? Optional.of(indent.get().value()) : Optional.empty();
  }

  /**
   * Where a statement stands in its block, found by its position: a module body may hold tens of thousands of
   * statements, and a fix per finding must not scan them all.
   */
  static int indexInBlock(StatementList block, Statement statement) {
    List<Statement> statements = block.statements();
    int low = 0;
    int high = statements.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = SourceOrder.compare(statements.get(middle), statement);
      if (order == 0) {
        return statements.get(middle) == statement ? middle : statements.indexOf(statement);
      }
      if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return statements.indexOf(statement);
  }

  /** The token that opens an indented block: it stands just before the block and holds the block's indentation. */
  private static Optional<Token> indentToken(StatementList block) {
    Tree parent = block.parent();
    if (parent == null) {
      return Optional.empty();
    }
    List<Tree> siblings = parent.children();
    int index = siblings.indexOf(block);
    return index > 0 && siblings.get(index - 1) instanceof Token token && !token.value().isEmpty() && token.value().isBlank()
      && token.column() == 0 ? Optional.of(token) : Optional.empty();
  }

  /** Whether the file goes on after the statement's last line: the end-of-file token is further down. */
  private static boolean hasLineAfter(Statement statement) {
    Tree root = statement;
    while (root.parent() != null) {
      root = root.parent();
    }
    return root.lastToken().line() > endLine(statement.lastToken());
  }

  static int endLine(Token token) {
    // a loop, not a stream: every fix of a generated module asks for a few
    String value = token.value();
    int line = token.line();
    for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
      line++;
    }
    return line;
  }

  static int endColumn(Token token) {
    String value = token.value();
    int lastBreak = value.lastIndexOf('\n');
    return lastBreak < 0 ? token.column() + value.length() : value.length() - lastBreak - 1;
  }
}
