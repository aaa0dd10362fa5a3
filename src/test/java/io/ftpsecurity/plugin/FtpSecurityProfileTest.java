package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.python.rules.PythonRules;
import org.junit.jupiter.api.Test;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition.BuiltInActiveRule;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition.BuiltInQualityProfile;
import org.sonar.check.Rule;

class FtpSecurityProfileTest {

  @Test
  void profile_activates_every_rule_of_the_repository() {
    BuiltInQualityProfilesDefinition.Context context = new BuiltInQualityProfilesDefinition.Context();
    new FtpSecurityProfile().define(context);
    BuiltInQualityProfile profile = context.profile("py", "FTP Security");
    assertThat(profile).isNotNull();
    assertThat(profile.isDefault()).isFalse();
    assertThat(profile.rules()).extracting(BuiltInActiveRule::repoKey).containsOnly("ftp-python");
    assertThat(profile.rules()).extracting(BuiltInActiveRule::ruleKey)
      .containsExactlyInAnyOrderElementsOf(PythonRules.all().stream().map(rule -> rule.getAnnotation(Rule.class).key()).toList());
  }
}
