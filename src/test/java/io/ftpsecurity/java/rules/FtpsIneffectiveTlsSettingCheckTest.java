package io.ftpsecurity.java.rules;

import io.ftpsecurity.testing.JavaCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpsIneffectiveTlsSettingCheckTest {

  @Test
  void reports_and_stays_silent_on_look_alikes() {
    JavaCheckVerifier.verify("FtpsIneffectiveTlsSetting.java", new FtpsIneffectiveTlsSettingCheck());
  }
}
