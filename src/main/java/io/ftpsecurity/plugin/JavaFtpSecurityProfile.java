package io.ftpsecurity.plugin;

import io.ftpsecurity.java.rules.JavaRules;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;
import org.sonar.check.Rule;

/** The built-in "FTP Security" profile for Java: every rule of repository {@code ftp-java}. */
public class JavaFtpSecurityProfile implements BuiltInQualityProfilesDefinition {

  @Override
  public void define(Context context) {
    NewBuiltInQualityProfile profile = context.createBuiltInQualityProfile(FtpSecurityProfile.PROFILE_NAME, JavaRuleRepository.LANGUAGE);
    for (Class<?> rule : JavaRules.all()) {
      profile.activateRule(JavaRuleRepository.REPOSITORY_KEY, rule.getAnnotation(Rule.class).key());
    }
    profile.done();
  }
}
