package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpsWeakTlsCheckTest {

  @Test
  void test() {
    PythonCheckVerifier.verify("FtpsWeakTls.py", new FtpsWeakTlsCheck());
  }

  @Test
  void seed_best_practices_example_is_strong() {
    PythonCheckVerifier.verifyNoIssue("FtpsWeakTls_seed_best_practices.py", new FtpsWeakTlsCheck());
  }
}
