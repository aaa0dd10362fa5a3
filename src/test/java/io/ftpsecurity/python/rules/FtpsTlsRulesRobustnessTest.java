package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

/** Odd code shapes (async, match, walrus, unpacking, metaclasses, Python 2 prints): the TLS rules stay silent and never throw. */
class FtpsTlsRulesRobustnessTest {

  private static final String FILE = "FtpsTlsRules_robustness.py";

  @Test
  void unverified_certificate() {
    PythonCheckVerifier.verifyNoIssue(FILE, new FtpsUnverifiedCertificateCheck());
  }

  @Test
  void weak_tls() {
    PythonCheckVerifier.verifyNoIssue(FILE, new FtpsWeakTlsCheck());
  }

  @Test
  void ineffective_tls_setting() {
    PythonCheckVerifier.verifyNoIssue(FILE, new FtpsIneffectiveTlsSettingCheck());
  }
}
