package io.ftpsecurity.python.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

/**
 * The three examples of the rule page the plugin was commissioned from, analysed as the page prints them by
 * every rule at once. Its "secure" example is not: FTP_TLS without a context verifies nothing, and
 * {@code ftps.ssl_context} is an attribute ftplib never reads. Each rule's own check file covers messages
 * and locations; this pins down which rules speak on which lines of the page's code.
 */
class RulePageExamplesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "insecure_example.py       | InsecureFtp:4, FtpHardcodedCredentials:5",
    "secure_example.py         | FtpsUnverifiedCertificate:7, FtpHardcodedCredentials:8, FtpsIneffectiveTlsSetting:14",
    "best_practices_example.py | FtpHardcodedCredentials:13, FtpsIneffectiveTlsSetting:17",
  })
  void findings_on_the_rule_page_examples(String file, String expected) throws ReflectiveOperationException {
    assertThat(findings("rule-page/" + file)).containsExactlyInAnyOrder(expected.split(",\\s*"));
  }

  private static List<String> findings(String file) throws ReflectiveOperationException {
    List<PythonSubscriptionCheck> checks = new ArrayList<>();
    for (Class<?> rule : PythonRules.all()) {
      checks.add((PythonSubscriptionCheck) rule.getDeclaredConstructor().newInstance());
    }
    List<PreciseIssue> issues = PythonCheckVerifier.analyze(
      PythonCheckVerifier.CHECK_RESOURCES.resolve(file).toFile(), checks.toArray(PythonSubscriptionCheck[]::new)).getIssues();
    return issues.stream()
      .map(issue -> issue.check().getClass().getAnnotation(Rule.class).key() + ":" + issue.primaryLocation().startLine())
      .toList();
  }
}
