package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.java.rules.JavaRules;
import io.ftpsecurity.testing.TestSonarRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.rules.RuleType;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition.BuiltInActiveRule;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition.BuiltInQualityProfile;
import org.sonar.api.server.rule.RuleDescriptionSection;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.api.server.rule.RulesDefinition.Repository;
import org.sonar.api.server.rule.RulesDefinition.Rule;
import org.sonar.plugins.java.api.CheckRegistrar;

/** Repository ftp-java, its check registrar and its built-in profile agree on the rules of JavaRules. */
class JavaRuleRepositoryTest {

  private static final List<String> KEYS = JavaRules.all().stream()
    .map(rule -> rule.getAnnotation(org.sonar.check.Rule.class).key()).toList();

  @Test
  void repository_holds_every_java_rule_with_complete_metadata() {
    RulesDefinition.Context context = new RulesDefinition.Context();
    new JavaRuleRepository(TestSonarRuntime.SONARQUBE_26_9).define(context);
    Repository repository = context.repository("ftp-java");
    assertThat(repository.language()).isEqualTo("java");
    assertThat(repository.name()).isEqualTo("FTP Security");
    assertThat(repository.rules()).extracting(Rule::key).containsExactlyInAnyOrderElementsOf(KEYS);
    for (Rule rule : repository.rules()) {
      assertThat(rule.name()).as(rule.key()).isNotBlank();
      assertThat(rule.type()).as(rule.key()).isEqualTo(RuleType.VULNERABILITY);
      assertThat(rule.defaultImpacts()).as(rule.key()).isNotEmpty();
      assertThat(rule.securityStandards()).as(rule.key())
        .anyMatch(standard -> standard.startsWith("cwe:"))
        .anyMatch(standard -> standard.startsWith("owaspTop10-2021:"));
      List<String> sections = rule.ruleDescriptionSections().stream().map(RuleDescriptionSection::getKey).toList();
      assertThat(sections).as(rule.key()).contains("introduction", "root_cause", "how_to_fix", "resources");
    }
  }

  @Test
  void registrar_hands_every_rule_to_the_java_analyzer_for_main_code() {
    CheckRegistrar.RegistrarContext context = new CheckRegistrar.RegistrarContext();
    new JavaCheckRegistrar().register(context);
    assertThat(context.repositoryKey()).isEqualTo("ftp-java");
    assertThat(context.checkClasses()).containsExactlyElementsOf(JavaRules.all());
    assertThat(context.testCheckClasses()).isEmpty();
  }

  @Test
  void profile_activates_every_rule_of_the_repository() {
    BuiltInQualityProfilesDefinition.Context context = new BuiltInQualityProfilesDefinition.Context();
    new JavaFtpSecurityProfile().define(context);
    BuiltInQualityProfile profile = context.profile("java", "FTP Security");
    assertThat(profile.isDefault()).isFalse();
    assertThat(profile.rules()).extracting(BuiltInActiveRule::repoKey).containsOnly("ftp-java");
    assertThat(profile.rules()).extracting(BuiltInActiveRule::ruleKey).containsExactlyInAnyOrderElementsOf(KEYS);
  }
}
