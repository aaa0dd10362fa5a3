package io.ftpsecurity.python.rules;

import io.ftpsecurity.shared.RuleKey;
import java.util.List;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

/** Every Python rule of the plugin, one per {@link RuleKey}; the repository, the profile and the meta-tests read this list. */
public final class PythonRules {

  private PythonRules() {
  }

  public static List<Class<?>> all() {
    return List.copyOf(RuleKey.checksIn(PythonRules.class.getPackageName(), PythonSubscriptionCheck.class));
  }
}
