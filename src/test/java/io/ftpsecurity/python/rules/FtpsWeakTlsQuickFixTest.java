package io.ftpsecurity.python.rules;

import static io.ftpsecurity.testing.QuickFixVerifier.edit;

import io.ftpsecurity.testing.PythonCheckVerifier;
import io.ftpsecurity.testing.QuickFixVerifier;
import org.junit.jupiter.api.Test;

class FtpsWeakTlsQuickFixTest {

  private static final String FILE = "FtpsWeakTls_quickfix.py";
  private static final String RAISE_MINIMUM = "Set minimum_version to TLSVersion.TLSv1_2";
  private static final String LIFT_MAXIMUM = "Set maximum_version to TLSVersion.MAXIMUM_SUPPORTED, which caps nothing";
  private static final String NEGOTIATE = "Use PROTOCOL_TLS_CLIENT, which negotiates TLS 1.2 or later";

  @Test
  void fixes() {
    PythonCheckVerifier.verify(FILE, new FtpsWeakTlsCheck());
    QuickFixVerifier fixes = QuickFixVerifier.of(FILE, new FtpsWeakTlsCheck());
    fixes.assertFix(9, RAISE_MINIMUM, edit(9, 41, 9, 46, "TLSv1_2"));
    fixes.assertFix(15, RAISE_MINIMUM, edit(15, 37, 15, 54, "TLSv1_2"));
    // with maximum_version at TLS 1.1, a minimum of 1.2 would leave no version to negotiate
    fixes.assertNoFix(21);
    fixes.assertFix(22, LIFT_MAXIMUM, edit(22, 41, 22, 48, "MAXIMUM_SUPPORTED"));
    fixes.assertFix(28, LIFT_MAXIMUM, edit(28, 37, 28, 42, "MAXIMUM_SUPPORTED"));
    // the code turns both checks on, which PROTOCOL_TLS_CLIENT does by itself
    fixes.assertFix(33, NEGOTIATE, edit(33, 29, 33, 43, "PROTOCOL_TLS_CLIENT"));
    // PROTOCOL_TLS_CLIENT would turn on checks this code leaves off (or turns on in one branch only)
    fixes.assertNoFix(41);
    fixes.assertNoFix(47);
    // which cipher suites the server still offers is not known
    fixes.assertNoFix(56);
    fixes.assertEveryIssueChecked();
  }
}
