package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.python.rules.PythonRules;
import io.ftpsecurity.testing.TestSonarRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.rules.RuleType;
import org.sonar.api.server.rule.RuleDescriptionSection;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.api.server.rule.RulesDefinition.Repository;
import org.sonar.api.server.rule.RulesDefinition.Rule;

class PythonRuleRepositoryTest {

  private final PythonRuleRepository repositoryDefinition = new PythonRuleRepository(TestSonarRuntime.SONARQUBE_26_9);

  @Test
  void repository_holds_every_python_rule() {
    Repository repository = define();
    assertThat(repository.language()).isEqualTo("py");
    assertThat(repository.name()).isEqualTo("FTP Security");
    assertThat(repository.rules()).hasSize(PythonRules.all().size());
    assertThat(repositoryDefinition.repositoryKey()).isEqualTo("ftp-python");
    assertThat(repositoryDefinition.checkClasses()).containsExactlyElementsOf(PythonRules.all());
  }

  @Test
  void every_rule_has_complete_metadata() {
    for (Rule rule : define().rules()) {
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
  }

  @Test
  void rules_are_found_by_their_keys() {
    Repository repository = define();
    assertThat(repository.rule("InsecureFtp").name()).isEqualTo("Files and credentials should not be sent over cleartext FTP");
    assertThat(repository.rule("DeceptiveFtpAlias").params()).extracting(RulesDefinition.Param::key).containsExactly("securePattern");
  }

  private Repository define() {
    RulesDefinition.Context context = new RulesDefinition.Context();
    repositoryDefinition.define(context);
    return context.repository("ftp-python");
  }
}
