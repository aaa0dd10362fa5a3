package io.ftpsecurity.java.rules;

import io.ftpsecurity.testing.JavaCheckVerifier;
import org.junit.jupiter.api.Test;

class InsecureFtpCheckTest {

  @Test
  void reports_cleartext_ftp_and_stays_silent_on_look_alikes() {
    JavaCheckVerifier.verify("InsecureFtp.java", new InsecureFtpCheck());
  }
}
