package io.ftpsecurity.python.analysis;

import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.FileInput;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Statement;
import org.sonar.plugins.python.api.tree.Token;
import org.sonar.plugins.python.api.tree.Tree;

/** Where a tree stands in the source: its scope, its statement, and the order of trees in the file. */
public final class SourceOrder {

  private SourceOrder() {
  }

  /** The function, lambda, class or module whose body holds the tree. */
  public static Tree scopeOf(Tree tree) {
    Tree current = tree.parent();
    while (current != null && !(current instanceof FunctionDef || current instanceof LambdaExpression
      || current instanceof ClassDef || current instanceof FileInput)) {
      current = current.parent();
    }
    return current;
  }

  /** The innermost statement that holds the tree (the tree itself when it is one). */
  public static Tree enclosingStatement(Tree tree) {
    Tree current = tree;
    while (current != null && !(current instanceof Statement)) {
      current = current.parent();
    }
    return current == null ? tree : current;
  }

  public static boolean encloses(Tree ancestor, Tree tree) {
    for (Tree current = tree; current != null; current = current.parent()) {
      if (current == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first tree starts before the second in the file. */
  public static boolean isBefore(Tree first, Tree second) {
    return compare(first, second) < 0;
  }

  /** Orders trees by where they start in the file. */
  public static int compare(Tree first, Tree second) {
    Token a = first.firstToken();
    Token b = second.firstToken();
    return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
  }
}
