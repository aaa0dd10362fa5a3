package io.ftpsecurity.java.rules;

import io.ftpsecurity.shared.RuleKey;
import java.util.List;
import org.sonar.plugins.java.api.JavaCheck;

/**
 * Every Java rule of the plugin, one per {@link RuleKey}; the repository, the check registrar, the profile and the
 * meta-tests read this list.
 */
public final class JavaRules {

  private JavaRules() {
  }

  public static List<Class<? extends JavaCheck>> all() {
    return RuleKey.checksIn(JavaRules.class.getPackageName(), JavaCheck.class);
  }
}
