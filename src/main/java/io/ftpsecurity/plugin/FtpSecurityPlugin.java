package io.ftpsecurity.plugin;

import org.sonar.api.Plugin;

/** Entry point SonarQube and SonarLint load: the rule repository and its quality profile. */
public class FtpSecurityPlugin implements Plugin {

  @Override
  public void define(Context context) {
    context.addExtensions(PythonRuleRepository.class, FtpSecurityProfile.class);
  }
}
