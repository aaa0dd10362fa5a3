package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.java.rules.JavaRules;
import io.ftpsecurity.python.rules.PythonRules;
import io.ftpsecurity.testing.TestSonarRuntime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonar.api.rules.RuleType;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition.BuiltInActiveRule;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition.BuiltInQualityProfile;
import org.sonar.api.server.rule.RuleDescriptionSection;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.api.server.rule.RulesDefinition.Repository;
import org.sonar.api.server.rule.RulesDefinition.Rule;
import org.sonar.plugins.java.api.CheckRegistrar;

/** In each language the rule repository and the built-in profile agree with the language's list of rules. */
class RuleRepositoriesTest {

  /** What one language declares to SonarQube. */
  record Language(String repositoryKey, String language, RulesDefinition repository, BuiltInQualityProfilesDefinition profile,
    List<? extends Class<?>> rules) {

    List<String> ruleKeys() {
      return rules.stream().map(rule -> rule.getAnnotation(org.sonar.check.Rule.class).key()).toList();
    }

    @Override
    public String toString() {
      return repositoryKey;
    }
  }

  static Stream<Language> languages() {
    return Stream.of(
      new Language("ftp-python", "py", new PythonRuleRepository(TestSonarRuntime.SONARQUBE_26_9), new FtpSecurityProfile(), PythonRules.all()),
      new Language("ftp-java", "java", new JavaRuleRepository(TestSonarRuntime.SONARQUBE_26_9), new JavaFtpSecurityProfile(), JavaRules.all()));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void repository_holds_every_rule_with_complete_metadata(Language language) {
    Repository repository = define(language);
    assertThat(repository.language()).isEqualTo(language.language());
    assertThat(repository.name()).isEqualTo("FTP Security");
    assertThat(repository.rules()).extracting(Rule::key).containsExactlyInAnyOrderElementsOf(language.ruleKeys());
    for (Rule rule : repository.rules()) {
      assertThat(rule.name()).as(rule.key()).isNotBlank();
      assertThat(rule.type()).as(rule.key()).isEqualTo(RuleType.VULNERABILITY);
      assertThat(rule.severity()).as(rule.key()).isNotBlank();
      assertThat(rule.defaultImpacts()).as(rule.key()).isNotEmpty();
      assertThat(rule.cleanCodeAttribute()).as(rule.key()).isNotNull();
      assertThat(rule.debtRemediationFunction()).as(rule.key()).isNotNull();
      assertThat(rule.securityStandards()).as(rule.key())
        .anyMatch(standard -> standard.startsWith("cwe:"))
        .anyMatch(standard -> standard.startsWith("owaspTop10-2021:"));
      List<String> sections = rule.ruleDescriptionSections().stream().map(RuleDescriptionSection::getKey).toList();
      assertThat(sections).as(rule.key()).contains("introduction", "root_cause", "how_to_fix", "resources");
    }
    assertThat(repository.rule("DeceptiveFtpAlias").params()).extracting(RulesDefinition.Param::key).containsExactly("securePattern");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void profile_activates_every_rule_of_the_repository(Language language) {
    BuiltInQualityProfilesDefinition.Context context = new BuiltInQualityProfilesDefinition.Context();
    language.profile().define(context);
    BuiltInQualityProfile profile = context.profile(language.language(), "FTP Security");
    assertThat(profile).isNotNull();
    assertThat(profile.isDefault()).isFalse();
    assertThat(profile.rules()).extracting(BuiltInActiveRule::repoKey).containsOnly(language.repositoryKey());
    assertThat(profile.rules()).extracting(BuiltInActiveRule::ruleKey).containsExactlyInAnyOrderElementsOf(language.ruleKeys());
  }

  @Test
  void python_analyzer_gets_every_python_rule_as_a_custom_check() {
    PythonRuleRepository repository = new PythonRuleRepository(TestSonarRuntime.SONARQUBE_26_9);
    assertThat(repository.repositoryKey()).isEqualTo("ftp-python");
    assertThat(repository.checkClasses()).containsExactlyElementsOf(PythonRules.all());
    assertThat(define(languages().findFirst().orElseThrow()).rule("InsecureFtp").name())
      .isEqualTo("Files and credentials should not be sent over cleartext FTP");
  }

  @Test
  void registrar_hands_every_java_rule_to_the_java_analyzer_for_main_code() {
    CheckRegistrar.RegistrarContext context = new CheckRegistrar.RegistrarContext();
    new JavaCheckRegistrar().register(context);
    assertThat(context.repositoryKey()).isEqualTo("ftp-java");
    assertThat(context.checkClasses()).containsExactlyElementsOf(JavaRules.all());
    assertThat(context.testCheckClasses()).isEmpty();
  }

  private static Repository define(Language language) {
    RulesDefinition.Context context = new RulesDefinition.Context();
    language.repository().define(context);
    return context.repository(language.repositoryKey());
  }
}
