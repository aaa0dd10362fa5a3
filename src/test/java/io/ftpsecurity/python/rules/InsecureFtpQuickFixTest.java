package io.ftpsecurity.python.rules;

import static io.ftpsecurity.testing.QuickFixVerifier.edit;

import io.ftpsecurity.testing.PythonCheckVerifier;
import io.ftpsecurity.testing.QuickFixVerifier;
import org.junit.jupiter.api.Test;

class InsecureFtpQuickFixTest {

  private static final String FILE = "InsecureFtp_quickfix.py";
  private static final String KEEP_SECURE = "Drop this argument: login() then switches to TLS first";
  private static final String REMOVE_CCC = "Remove the ccc() call: the control channel stays encrypted";

  @Test
  void fixes() {
    PythonCheckVerifier.verify(FILE, new InsecureFtpCheck());
    QuickFixVerifier fixes = QuickFixVerifier.of(FILE, new InsecureFtpCheck());
    fixes.assertFix(10, KEEP_SECURE, edit(10, 31, 10, 45, ""));
    fixes.assertFix(17, KEEP_SECURE, edit(17, 35, 17, 42, ""));
    fixes.assertFix(23, KEEP_SECURE, edit(23, 15, 23, 29, ""));
    fixes.assertFix(32, KEEP_SECURE, edit(31, 16, 32, 20, ""));
    fixes.assertFix(40, REMOVE_CCC, edit(40, 0, 41, 0, ""));
    fixes.assertFix(47, REMOVE_CCC, edit(47, 8, 47, 18, "pass"));
    fixes.assertFix(53, REMOVE_CCC, edit(53, 12, 53, 22, "pass"));
    fixes.assertFix(54, REMOVE_CCC, edit(54, 4, 54, 16, ""));
    fixes.assertFix(55, REMOVE_CCC, edit(55, 16, 55, 28, ""));
    fixes.assertNoFix(60);
    fixes.assertNoFix(61);
    fixes.assertNoFix(62);
    fixes.assertEveryIssueChecked();
  }
}
