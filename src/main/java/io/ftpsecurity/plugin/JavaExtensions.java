package io.ftpsecurity.plugin;

import java.util.List;

/** The only way to the classes that need the Java analyzer's API; loaded only when that API is visible. */
final class JavaExtensions {

  private JavaExtensions() {
  }

  static List<Object> all() {
    return List.of(JavaRuleRepository.class, JavaCheckRegistrar.class, JavaFtpSecurityProfile.class);
  }
}
