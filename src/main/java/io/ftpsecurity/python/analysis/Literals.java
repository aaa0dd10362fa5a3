package io.ftpsecurity.python.analysis;

import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.NoneExpression;
import org.sonar.plugins.python.api.tree.NumericLiteral;

/** What a literal written in the code means, without following names. */
public final class Literals {

  private Literals() {
  }

  /** True/False for the literals Python treats as such (True, False, None, integers), null for anything else. */
  public static Boolean truthiness(Expression value) {
    if (value instanceof NoneExpression) {
      return false;
    }
    if (value instanceof Name name && ("True".equals(name.name()) || "False".equals(name.name()))) {
      return "True".equals(name.name());
    }
    if (value instanceof NumericLiteral number && number.valueAsString().matches("\\d+")) {
      return !number.valueAsString().matches("0+");
    }
    return null;
  }
}
