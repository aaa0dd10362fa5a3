package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class InsecureFtpCheckTest {

  @Test
  void reports_cleartext_ftp_and_stays_silent_on_look_alikes() {
    PythonCheckVerifier.verify("InsecureFtp.py", new InsecureFtpCheck());
  }

  @Test
  void star_import() {
    PythonCheckVerifier.verify("InsecureFtp_star_import.py", new InsecureFtpCheck());
  }

  @Test
  void third_party_clients_and_urls() {
    PythonCheckVerifier.verify("InsecureFtp_libraries.py", new InsecureFtpCheck());
  }
}
