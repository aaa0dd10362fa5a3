package io.ftpsecurity.plugin;

import org.sonar.api.Plugin;

/** Entry point SonarQube and SonarLint load: the rule repository, its quality profile, the notebook sensor. */
public class FtpSecurityPlugin implements Plugin {

  @Override
  public void define(Context context) {
    context.addExtensions(PythonRuleRepository.class, FtpSecurityProfile.class, NotebookSensor.class);
  }
}
