package io.ftpsecurity.java.analysis;

import java.util.List;
import java.util.Optional;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.ReturnStatementTree;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * Checkers that accept everything: a host key or hostname verifier whose decision is always {@code true}, a trust
 * manager whose check returns without ever throwing. Only what the file shows counts: a lambda, an anonymous class,
 * or a class declared in the file.
 */
public final class Acceptors {

  private Acceptors() {
  }

  /** A method whose body is {@code return true;}. */
  public static boolean alwaysReturnsTrue(MethodTree method) {
    return method.block() != null && onlyReturned(method.block()).flatMap(Values::bool).orElse(false);
  }

  /** A lambda whose result is always {@code true}: {@code (h, s) -> true}. */
  public static boolean alwaysReturnsTrue(LambdaExpressionTree lambda) {
    Optional<ExpressionTree> result = lambda.body() instanceof ExpressionTree expression
      ? Optional.of(expression)
      : onlyReturned((BlockTree) lambda.body());
    return result.flatMap(Values::bool).orElse(false);
  }

  /**
   * Whether a checker object accepts everything: for a boolean decision ({@code verify}), it always returns true;
   * for a void check ({@code checkServerTrusted}), its body is empty, so it never throws.
   */
  public static boolean acceptsEverything(ExpressionTree checker, String methodName, boolean booleanDecision) {
    ExpressionTree origin = Values.origin(checker);
    if (origin instanceof LambdaExpressionTree lambda) {
      return booleanDecision && alwaysReturnsTrue(lambda);
    }
    if (!(origin instanceof NewClassTree newClass)) {
      return false;
    }
    ClassTree body = newClass.classBody() != null ? newClass.classBody() : declaredClass(newClass);
    if (body == null) {
      return false;
    }
    return body.members().stream()
      .filter(member -> member.is(Tree.Kind.METHOD))
      .map(MethodTree.class::cast)
      .filter(method -> methodName.equals(method.simpleName().name()))
      .anyMatch(method -> booleanDecision ? alwaysReturnsTrue(method) : method.block() != null && method.block().body().isEmpty());
  }

  private static ClassTree declaredClass(NewClassTree newClass) {
    Symbol.TypeSymbol type = newClass.symbolType().symbol();
    return type != null && type.declaration() instanceof ClassTree declaration ? declaration : null;
  }

  private static Optional<ExpressionTree> onlyReturned(BlockTree block) {
    List<StatementTree> statements = block.body();
    return statements.size() == 1 && statements.get(0) instanceof ReturnStatementTree returned
      ? Optional.ofNullable(returned.expression())
      : Optional.empty();
  }
}
