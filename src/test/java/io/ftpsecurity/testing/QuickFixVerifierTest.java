package io.ftpsecurity.testing;

import static io.ftpsecurity.testing.QuickFixVerifier.edit;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ftpsecurity.python.rules.InsecureFtpCheck;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;

/** The verifier rejects the fixes it exists to catch. */
class QuickFixVerifierTest {

  private final QuickFixVerifier fixes = QuickFixVerifier.of("InsecureFtp_quickfix.py", new InsecureFtpCheck());

  @Test
  void a_fix_that_leaves_the_issue_fails() {
    PythonQuickFix noop = PythonQuickFix.newQuickFix("nothing", edit(10, 0, 10, 0, ""));
    assertThatThrownBy(() -> fixes.assertResolves(fixes.issueAt(10), noop))
      .isInstanceOf(AssertionError.class).hasMessageContaining("not reported before");
  }

  @Test
  void a_fix_that_breaks_the_syntax_fails() {
    PythonQuickFix broken = PythonQuickFix.newQuickFix("broken", edit(10, 31, 10, 46, ""));
    assertThatThrownBy(() -> fixes.assertResolves(fixes.issueAt(10), broken))
      .isInstanceOf(AssertionError.class).hasMessageContaining("parse error");
  }

  @Test
  void a_fix_that_brings_a_new_issue_fails() {
    PythonQuickFix newIssue = PythonQuickFix.newQuickFix("plain", edit(10, 31, 10, 45, ""),
      edit(11, 4, 11, 17, "ftplib.FTP(host)"));
    assertThatThrownBy(() -> fixes.assertResolves(fixes.issueAt(10), newIssue))
      .isInstanceOf(AssertionError.class).hasMessageContaining("not reported before");
  }

  @Test
  void wrong_edits_fail() {
    assertThatThrownBy(() -> fixes.assertFix(10, "Drop this argument: login() then switches to TLS first",
      edit(10, 30, 10, 45, ""))).isInstanceOf(AssertionError.class).hasMessageContaining("edits of the fix");
  }
}
