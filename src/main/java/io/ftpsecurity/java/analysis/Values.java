package io.ftpsecurity.java.analysis;

import java.util.Optional;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.BinaryExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.ParenthesizedTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.UnaryExpressionTree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * The value an expression certainly holds, where the code shows it: literals and constants (what
 * {@code asConstant()} folds), and variables written exactly once, by their declaration: final variables and
 * fields, and local variables never assigned again. Anything else (parameters, fields set elsewhere, method
 * results) is unknown.
 */
public final class Values {

  /** Enough for chains of variables; a longer chain is left unknown rather than followed. */
  private static final int MAX_DEPTH = 8;

  private Values() {
  }

  public static ExpressionTree skipParentheses(ExpressionTree expression) {
    ExpressionTree current = expression;
    while (current instanceof ParenthesizedTree parenthesized) {
      current = parenthesized.expression();
    }
    return current;
  }

  /** The expression that gave this one its value: itself, or the initializer of the variable it reads. */
  public static ExpressionTree origin(ExpressionTree expression) {
    ExpressionTree current = skipParentheses(expression);
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Optional<ExpressionTree> initializer = singleInitializer(current);
      if (initializer.isEmpty()) {
        return current;
      }
      current = skipParentheses(initializer.get());
    }
    return current;
  }

  /** The string the expression certainly holds. */
  public static Optional<String> string(ExpressionTree expression) {
    ExpressionTree origin = origin(expression);
    Optional<String> constant = origin.asConstant(String.class);
    return constant.isPresent() ? constant : skipParentheses(expression).asConstant(String.class);
  }

  /** The boolean the expression certainly holds. */
  public static Optional<Boolean> bool(ExpressionTree expression) {
    return origin(expression).asConstant(Boolean.class);
  }

  /**
   * The start the string certainly has: the whole string when it is known, else the known left operands of a
   * concatenation ({@code "ftp://" + host + "/x"} starts with {@code ftp://}).
   */
  public static Optional<String> prefix(ExpressionTree expression) {
    Optional<String> whole = string(expression);
    if (whole.isPresent()) {
      return whole;
    }
    ExpressionTree origin = origin(expression);
    if (origin.is(Tree.Kind.PLUS) && origin.symbolType().is("java.lang.String")) {
      return prefix(((BinaryExpressionTree) origin).leftOperand());
    }
    return Optional.empty();
  }

  /** The declaration's initializer of a variable that is written nowhere else. */
  static Optional<ExpressionTree> singleInitializer(ExpressionTree expression) {
    Symbol symbol;
    if (expression instanceof IdentifierTree identifier) {
      symbol = identifier.symbol();
    } else if (expression instanceof MemberSelectExpressionTree memberSelect && memberSelect.expression().is(Tree.Kind.IDENTIFIER)
      && "this".equals(((IdentifierTree) memberSelect.expression()).name())) {
      symbol = memberSelect.identifier().symbol();
    } else {
      return Optional.empty();
    }
    if (!symbol.isVariableSymbol() || !(symbol.declaration() instanceof VariableTree declaration) || declaration.initializer() == null) {
      return Optional.empty();
    }
    boolean writtenOnce = symbol.isFinal() || (isLocal(symbol) && symbol.usages().stream().noneMatch(Values::isWritten));
    return writtenOnce ? Optional.of(declaration.initializer()) : Optional.empty();
  }

  private static boolean isLocal(Symbol symbol) {
    return symbol.owner() != null && symbol.owner().isMethodSymbol();
  }

  /** Whether a use of a variable writes it: the target of an assignment, or of ++/--. */
  static boolean isWritten(IdentifierTree usage) {
    Tree child = usage;
    Tree parent = usage.parent();
    if (parent instanceof MemberSelectExpressionTree memberSelect && memberSelect.identifier() == usage) {
      child = parent;
      parent = parent.parent();
    }
    if (parent instanceof AssignmentExpressionTree assignment) {
      return assignment.variable() == child;
    }
    return parent instanceof UnaryExpressionTree && parent.is(Tree.Kind.PREFIX_INCREMENT, Tree.Kind.PREFIX_DECREMENT,
      Tree.Kind.POSTFIX_INCREMENT, Tree.Kind.POSTFIX_DECREMENT);
  }
}
