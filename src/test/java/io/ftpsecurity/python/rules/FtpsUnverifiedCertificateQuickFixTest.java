package io.ftpsecurity.python.rules;

import static io.ftpsecurity.testing.QuickFixVerifier.edit;

import io.ftpsecurity.testing.PythonCheckVerifier;
import io.ftpsecurity.testing.QuickFixVerifier;
import org.junit.jupiter.api.Test;

class FtpsUnverifiedCertificateQuickFixTest {

  private static final String PASS_CONTEXT = "Pass context=ssl.create_default_context(), which checks certificate and hostname";
  private static final String TURN_CHECKS_ON = "Turn the certificate and hostname checks back on";
  private static final String DEFAULT_CONTEXT = "ssl.create_default_context";

  @Test
  void fixes_with_ssl_imported() {
    String file = "FtpsUnverifiedCertificate_quickfix.py";
    PythonCheckVerifier.verify(file, new FtpsUnverifiedCertificateCheck());
    QuickFixVerifier fixes = QuickFixVerifier.of(file, new FtpsUnverifiedCertificateCheck());
    fixes.assertFix(8, PASS_CONTEXT, edit(8, 23, 8, 23, ", context=ssl.create_default_context()"));
    fixes.assertFix(12, PASS_CONTEXT, edit(12, 19, 12, 19, "context=ssl.create_default_context()"));
    fixes.assertFix(16, PASS_CONTEXT, edit(16, 33, 16, 37, "ssl.create_default_context()"));
    fixes.assertFix(20, PASS_CONTEXT, edit(23, 16, 23, 16, ", context=ssl.create_default_context()"));
    // ftplib refuses keyfile/certfile together with a context
    fixes.assertNoFix(28);
    fixes.assertFix(33, TURN_CHECKS_ON, edit(32, 10, 32, 40, DEFAULT_CONTEXT));
    fixes.assertFix(38, TURN_CHECKS_ON, edit(37, 10, 37, 40, DEFAULT_CONTEXT));
    // create_default_context() takes no protocol
    fixes.assertNoFix(43);
    fixes.assertFix(49, TURN_CHECKS_ON, edit(48, 25, 48, 30, "True"));
    fixes.assertFix(56, TURN_CHECKS_ON, edit(54, 25, 54, 30, "True"), edit(55, 26, 55, 35, "CERT_REQUIRED"));
    fixes.assertFix(63, TURN_CHECKS_ON, edit(61, 25, 61, 26, "True"), edit(62, 22, 62, 31, "ssl.CERT_REQUIRED"));
    fixes.assertFix(67, TURN_CHECKS_ON, edit(68, 34, 68, 39, "True"), edit(69, 35, 69, 48, "CERT_REQUIRED"));
    fixes.assertFix(77, TURN_CHECKS_ON, edit(74, 10, 74, 40, DEFAULT_CONTEXT), edit(76, 29, 76, 34, "True"));
    // an unknown verify_mode could be CERT_NONE, which raises ValueError once check_hostname is on
    fixes.assertNoFix(84);
    // ssl.SSLContext() loads no CA certificates: turning its checks on would fail every handshake
    fixes.assertNoFix(91);
    fixes.assertEveryIssueChecked();
  }

  @Test
  void fixes_that_add_the_ssl_import() {
    String file = "FtpsUnverifiedCertificate_quickfix_import.py";
    PythonCheckVerifier.verify(file, new FtpsUnverifiedCertificateCheck());
    QuickFixVerifier fixes = QuickFixVerifier.of(file, new FtpsUnverifiedCertificateCheck());
    fixes.assertFix(10, PASS_CONTEXT, edit(10, 23, 10, 23, ", context=ssl.create_default_context()"),
      edit(5, 0, 5, 0, "import ssl\n"));
    fixes.assertFix(14, TURN_CHECKS_ON, edit(14, 33, 14, 59, DEFAULT_CONTEXT), edit(5, 0, 5, 0, "import ssl\n"));
    // "ssl" is a parameter here
    fixes.assertNoFix(18);
    // the function's own "import ssl" comes too late, and hides any module-level one
    fixes.assertNoFix(22);
    fixes.assertFix(29, PASS_CONTEXT, edit(29, 23, 29, 23, ", context=tls.create_default_context()"));
    fixes.assertEveryIssueChecked();
  }
}
