package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpsUnprotectedDataChannelCheckTest {

  @Test
  void test() {
    PythonCheckVerifier.verify("FtpsUnprotectedDataChannel.py", new FtpsUnprotectedDataChannelCheck());
  }
}
