package io.ftpsecurity.java.rules;

import io.ftpsecurity.testing.JavaCheckVerifier;
import org.junit.jupiter.api.Test;

class DeceptiveFtpAliasCheckTest {

  @Test
  void reports_secure_sounding_cleartext_clients() {
    JavaCheckVerifier.verify("DeceptiveFtpAlias.java", new DeceptiveFtpAliasCheck());
  }

  @Test
  void the_pattern_is_a_parameter() {
    DeceptiveFtpAliasCheck check = new DeceptiveFtpAliasCheck();
    check.securePattern = "vault";
    JavaCheckVerifier.verify("DeceptiveFtpAlias_custom_pattern.java", check);
  }
}
