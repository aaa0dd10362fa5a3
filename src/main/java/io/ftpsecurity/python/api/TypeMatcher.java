package io.ftpsecurity.python.api;

import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.types.v2.PythonType;
import org.sonar.plugins.python.api.types.v2.UnionType;

/**
 * Whether the type of an expression is a given API: our own matcher, built by {@link TypeMatchers}, with the query
 * methods of python-frontend's {@code TypeMatcher}. That one first appears in the Python analyzer 5.17 and needs the
 * analyzer's type table; this one reads only the exported types of each expression, which the analyzer has had since
 * 5.14, so the same rules run on every SonarQube from Community Build 26.1 on.
 */
@FunctionalInterface
public interface TypeMatcher {

  /** The verdict on one type, never a union: TRUE, FALSE, or UNKNOWN when the type does not tell. */
  TriBool check(PythonType type);

  /**
   * TRUE when the expression's type matches, or every alternative of a union type does; FALSE when the type, or every
   * alternative, does not; UNKNOWN otherwise.
   */
  default TriBool evaluateFor(Expression expression, SubscriptionContext context) {
    PythonType type = expression.typeV2();
    TriBool direct = check(type);
    if (direct == TriBool.TRUE || !(type instanceof UnionType union)) {
      return direct;
    }
    TriBool result = TriBool.TRUE;
    for (PythonType alternative : union.candidates()) {
      result = result.conservativeAnd(check(alternative));
      if (result == TriBool.UNKNOWN) {
        break;
      }
    }
    return result;
  }

  default boolean isTrueFor(Expression expression, SubscriptionContext context) {
    return evaluateFor(expression, context) == TriBool.TRUE;
  }
}
