package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpHardcodedCredentialsCheckTest {

  @Test
  void reports_passwords_written_in_the_code() {
    PythonCheckVerifier.verify("FtpHardcodedCredentials.py", new FtpHardcodedCredentialsCheck());
  }

  @Test
  void stays_silent_and_never_throws_on_odd_code() {
    PythonCheckVerifier.verifyNoIssue("FtpHardcodedCredentials_robustness.py", new FtpHardcodedCredentialsCheck());
    PythonCheckVerifier.verifyNoIssue("FtpHardcodedCredentials_python2.py", new FtpHardcodedCredentialsCheck());
  }
}
