package io.ftpsecurity.plugin;

import org.sonar.api.Plugin;

/**
 * Entry point SonarQube and SonarLint load. One jar serves two analyzers, and either may be missing (a Java-only
 * project, an IDE without the Python analyzer): each language's extensions are registered only when that
 * analyzer's exported API is visible, and every class that names it is reached through one holder,
 * {@link PythonExtensions} or {@link JavaExtensions}, so that nothing loads it otherwise. SonarQube calls this
 * more than once per analysis: it only registers classes.
 */
public class FtpSecurityPlugin implements Plugin {

  static final String PYTHON_API = "org.sonar.plugins.python.api.PythonCustomRuleRepository";
  static final String JAVA_API = "org.sonar.plugins.java.api.CheckRegistrar";

  @Override
  public void define(Context context) {
    if (isVisible(PYTHON_API)) {
      context.addExtensions(PythonExtensions.all());
    }
    if (isVisible(JAVA_API)) {
      context.addExtensions(JavaExtensions.all());
    }
  }

  /** Whether this plugin's class loader sees an analyzer's class, without initializing it. */
  private boolean isVisible(String className) {
    try {
      Class.forName(className, false, getClass().getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
