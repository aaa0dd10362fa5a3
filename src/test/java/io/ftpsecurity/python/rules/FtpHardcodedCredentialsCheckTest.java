package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpHardcodedCredentialsCheckTest {

  @Test
  void reports_passwords_written_in_the_code() {
    PythonCheckVerifier.verify("FtpHardcodedCredentials.py", new FtpHardcodedCredentialsCheck());
  }
}
