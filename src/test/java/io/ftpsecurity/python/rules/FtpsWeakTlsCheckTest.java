package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpsWeakTlsCheckTest {

  @Test
  void test() {
    PythonCheckVerifier.verify("FtpsWeakTls.py", new FtpsWeakTlsCheck());
  }

  @Test
  void optionally_imported_ftp_tls() {
    PythonCheckVerifier.verify("FtpsWeakTls_optional_import.py", new FtpsWeakTlsCheck());
  }

}
