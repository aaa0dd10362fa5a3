package io.ftpsecurity.java.rules;

import io.ftpsecurity.testing.JavaCheckVerifier;
import org.junit.jupiter.api.Test;

class SftpUnverifiedHostKeyCheckTest {

  @Test
  void reports_and_stays_silent_on_look_alikes() {
    JavaCheckVerifier.verify("SftpUnverifiedHostKey.java", new SftpUnverifiedHostKeyCheck());
  }

  @Test
  void finds_the_accept_all_constant_imported_statically() {
    JavaCheckVerifier.verify("SftpUnverifiedHostKey_static_import.java", new SftpUnverifiedHostKeyCheck());
  }
}
