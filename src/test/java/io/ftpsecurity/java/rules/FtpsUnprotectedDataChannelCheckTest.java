package io.ftpsecurity.java.rules;

import io.ftpsecurity.testing.JavaCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpsUnprotectedDataChannelCheckTest {

  @Test
  void reports_and_stays_silent_on_look_alikes() {
    JavaCheckVerifier.verify("FtpsUnprotectedDataChannel.java", new FtpsUnprotectedDataChannelCheck());
  }
}
