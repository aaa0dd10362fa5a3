package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class SftpUnverifiedHostKeyCheckTest {

  @Test
  void reports_connections_that_accept_any_host_key() {
    PythonCheckVerifier.verify("SftpUnverifiedHostKey.py", new SftpUnverifiedHostKeyCheck());
  }
}
