package io.ftpsecurity.benchmark;

import io.ftpsecurity.python.rules.PythonRules;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonCheck;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

/** Fresh instances of every rule of {@link PythonRules#all()}, with their default parameters. */
public final class Rules {

  private Rules() {
  }

  public static List<PythonSubscriptionCheck> newChecks() {
    return PythonRules.all().stream().map(Rules::instantiate).toList();
  }

  public static String key(PythonCheck check) {
    Rule rule = check.getClass().getAnnotation(Rule.class);
    return rule == null ? check.getClass().getSimpleName() : rule.key();
  }

  private static PythonSubscriptionCheck instantiate(Class<?> type) {
    try {
      return (PythonSubscriptionCheck) type.getDeclaredConstructor().newInstance();
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException | NoSuchMethodException e) {
      throw new IllegalStateException("Cannot create rule " + type.getName(), e);
    }
  }
}
