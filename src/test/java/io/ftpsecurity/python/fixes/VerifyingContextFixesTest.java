package io.ftpsecurity.python.fixes;

import static io.ftpsecurity.testing.QuickFixVerifier.edit;
import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.python.rules.FtpsUnverifiedCertificateCheck;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;

/**
 * The edits of each fix of {@link VerifyingContextFixes} in the order the fix lists them, an import that several
 * settings need listed once: the check files' {@code .fixes} show edits sorted by position.
 */
class VerifyingContextFixesTest {

  @TempDir
  Path folder;

  @Test
  void the_factory_and_every_setting_are_fixed_with_one_import() throws IOException {
    PythonQuickFix fix = onlyFix("""
      from ftplib import FTP_TLS
      from ssl import _create_unverified_context, CERT_NONE
      ctx = _create_unverified_context()
      ctx.check_hostname = False
      ctx.verify_mode = CERT_NONE
      client = FTP_TLS("example.com", context=ctx)
      """);
    assertThat(fix.getDescription()).isEqualTo(VerifyingContextFixes.TURN_CHECKS_ON);
    assertThat(fix.getTextEdits()).containsExactly(
      edit(3, 6, 3, 32, "ssl.create_default_context"),
      edit(1, 0, 1, 0, "import ssl\n"),
      edit(4, 21, 4, 26, "True"),
      edit(5, 18, 5, 27, "ssl.CERT_REQUIRED"));
  }

  @Test
  void each_setting_that_turns_a_check_off_is_turned_back_on_in_source_order() throws IOException {
    PythonQuickFix fix = onlyFix("""
      import ssl
      from ftplib import FTP_TLS
      ctx = ssl.create_default_context()
      ctx.verify_mode = ssl.CERT_NONE
      ctx.check_hostname = False
      client = FTP_TLS("example.com", context=ctx)
      """);
    assertThat(fix.getTextEdits()).containsExactly(
      edit(4, 22, 4, 31, "CERT_REQUIRED"),
      edit(5, 21, 5, 26, "True"));
  }

  @Test
  void a_default_context_is_passed_with_its_import_after_the_edit() throws IOException {
    PythonQuickFix fix = onlyFix("""
      from ftplib import FTP_TLS
      client = FTP_TLS("example.com", "user")
      """);
    assertThat(fix.getDescription()).isEqualTo(VerifyingContextFixes.PASS_CONTEXT);
    assertThat(fix.getTextEdits()).containsExactly(
      edit(2, 38, 2, 38, ", context=ssl.create_default_context()"),
      edit(1, 0, 1, 0, "import ssl\n"));
  }

  private PythonQuickFix onlyFix(String code) throws IOException {
    Path file = Files.writeString(folder.resolve("fixed.py"), code);
    List<PreciseIssue> issues = PythonCheckVerifier.issues(file, new FtpsUnverifiedCertificateCheck());
    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).quickFixes()).hasSize(1);
    return issues.get(0).quickFixes().get(0);
  }
}
