package io.ftpsecurity.benchmark;

import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.Tree;

/** Proves a harness (robustness run, ruling) is not blind: a check that throws on every call. */
@org.sonar.check.Rule(key = "Throwing")
public final class ThrowingCheck extends PythonSubscriptionCheck {
  @Override
  public void initialize(Context context) {
    context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
      throw new IllegalStateException("deliberate");
    });
  }
}
