package io.ftpsecurity.python.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;

class DeceptiveFtpAliasCheckTest {

  @Test
  void reports_secure_sounding_names_of_plain_ftp() {
    PythonCheckVerifier.verify("DeceptiveFtpAlias.py", new DeceptiveFtpAliasCheck());
  }

  @Test
  void pattern_is_a_parameter() {
    DeceptiveFtpAliasCheck check = new DeceptiveFtpAliasCheck();
    check.securePattern = "legacy";
    assertThat(PythonCheckVerifier.issues(PythonCheckVerifier.CHECK_RESOURCES.resolve("DeceptiveFtpAlias.py"), check))
      .extracting(issue -> issue.primaryLocation().startLine())
      .containsExactly(8, 19);
  }
}
