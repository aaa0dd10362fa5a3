package io.ftpsecurity.python.rules;

import static io.ftpsecurity.testing.QuickFixVerifier.edit;

import io.ftpsecurity.testing.PythonCheckVerifier;
import io.ftpsecurity.testing.QuickFixVerifier;
import org.junit.jupiter.api.Test;

class FtpsUnprotectedDataChannelQuickFixTest {

  private static final String FILE = "FtpsUnprotectedDataChannel_quickfix.py";
  private static final String AFTER_LOGIN = "Call prot_p() after the login, so that this client's transfers are encrypted";
  private static final String BEFORE_TRANSFER = "Call prot_p() before this transfer, so that it is encrypted";
  private static final String REPLACE_PROT_C = "Call prot_p() instead of prot_c(), so that later transfers stay encrypted";

  @Test
  void fixes() {
    PythonCheckVerifier.verify(FILE, new FtpsUnprotectedDataChannelCheck());
    QuickFixVerifier fixes = QuickFixVerifier.of(FILE, new FtpsUnprotectedDataChannelCheck());
    fixes.assertFix(9, AFTER_LOGIN, edit(9, 0, 9, 0, "    ftps.prot_p()\n"));
    // after the login, outside the loop, below the comment of the login line
    fixes.assertFix(18, AFTER_LOGIN, edit(16, 0, 16, 0, "    ftps.prot_p()\n"));
    fixes.assertFix(23, AFTER_LOGIN, edit(23, 0, 23, 0, "    ftps.prot_p()\n"));
    fixes.assertFix(28, AFTER_LOGIN, edit(28, 8, 28, 8, "ftps.prot_p()\n        "));
    // the file's own indentation (tabs)
    fixes.assertFix(35, AFTER_LOGIN, edit(35, 0, 35, 0, "\t\tftps.prot_p()\n"));
    fixes.assertFix(42, BEFORE_TRANSFER, edit(42, 8, 42, 8, "ftps.prot_p()\n        "));
    fixes.assertFix(47, AFTER_LOGIN, edit(47, 30, 47, 30, "; ftps.prot_p()"));
    // every prot_c() that leaves a later transfer of the client in clear text
    fixes.assertFix(55, REPLACE_PROT_C, edit(54, 9, 54, 15, "prot_p"), edit(56, 9, 56, 15, "prot_p"));
    fixes.assertFix(65, AFTER_LOGIN, edit(64, 13, 64, 19, "prot_p"), edit(63, 0, 63, 0, "    ftps.prot_p()\n"));
    // through the name the client has after the login, not the alias made later
    fixes.assertFix(72, AFTER_LOGIN, edit(71, 0, 71, 0, "    ftps.prot_p()\n"));
    fixes.assertEveryIssueChecked();
  }

  @Test
  void fixes_of_the_check_file() {
    QuickFixVerifier fixes = QuickFixVerifier.of("FtpsUnprotectedDataChannel.py", new FtpsUnprotectedDataChannelCheck());
    fixes.assertFix(19, AFTER_LOGIN, edit(19, 0, 19, 0, "    ftps.prot_p()\n"));
    fixes.assertFix(51, REPLACE_PROT_C, edit(49, 9, 49, 15, "prot_p"));
  }
}
