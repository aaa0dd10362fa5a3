package io.ftpsecurity.plugin;

import java.util.List;

/** The only way to the classes that need the Python analyzer's API; loaded only when that API is visible. */
final class PythonExtensions {

  private PythonExtensions() {
  }

  static List<Object> all() {
    return List.of(PythonRuleRepository.class, FtpSecurityProfile.class, NotebookSensor.class);
  }
}
