package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpsUnverifiedCertificateCheckTest {

  @Test
  void test() {
    PythonCheckVerifier.verify("FtpsUnverifiedCertificate.py", new FtpsUnverifiedCertificateCheck());
  }

  @Test
  void seed_secure_example_has_no_context() {
    PythonCheckVerifier.verify("FtpsUnverifiedCertificate_seed_secure_example.py", new FtpsUnverifiedCertificateCheck());
  }

  @Test
  void seed_best_practices_example_verifies() {
    PythonCheckVerifier.verifyNoIssue("FtpsUnverifiedCertificate_seed_best_practices.py", new FtpsUnverifiedCertificateCheck());
  }
}
