package io.ftpsecurity.testing;

import java.util.function.BiConsumer;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Tree;

/** A check that hands every call of the file to a test, with the analyzer's context: for asking call facts. */
public final class EveryCall {

  private EveryCall() {
  }

  public static PythonSubscriptionCheck check(BiConsumer<CallExpression, SubscriptionContext> consumer) {
    return new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> consumer.accept((CallExpression) ctx.syntaxNode(), ctx));
      }
    };
  }
}
