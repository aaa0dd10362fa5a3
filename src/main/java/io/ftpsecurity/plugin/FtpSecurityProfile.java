package io.ftpsecurity.plugin;

import io.ftpsecurity.python.rules.PythonRules;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;
import org.sonar.check.Rule;

/**
 * The built-in "FTP Security" profile for Python: every rule of the repository. SonarQube does not merge
 * same-named built-in profiles, so users who want these rules on top of "Sonar way" inherit from both.
 */
public class FtpSecurityProfile implements BuiltInQualityProfilesDefinition {

  public static final String PROFILE_NAME = "FTP Security";

  @Override
  public void define(Context context) {
    NewBuiltInQualityProfile profile = context.createBuiltInQualityProfile(PROFILE_NAME, PythonRuleRepository.LANGUAGE);
    for (Class<?> rule : PythonRules.all()) {
      profile.activateRule(PythonRuleRepository.REPOSITORY_KEY, rule.getAnnotation(Rule.class).key());
    }
    profile.done();
  }
}
