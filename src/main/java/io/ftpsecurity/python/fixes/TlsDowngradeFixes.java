package io.ftpsecurity.python.fixes;

import java.util.Optional;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;
import org.sonar.plugins.python.api.tree.ArgList;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ExpressionStatement;
import org.sonar.plugins.python.api.tree.RegularArgument;

/** Fixes for an FTP_TLS client told to leave TLS: the control channel then stays encrypted. */
public final class TlsDowngradeFixes {

  private TlsDowngradeFixes() {
  }

  /** {@code login(..., secure=False)}: without the argument, login() starts TLS before sending the password. */
  public static Optional<PythonQuickFix> keepLoginSecure(RegularArgument secure) {
    if (!(secure.parent() instanceof ArgList arguments)) {
      return Optional.empty();
    }
    return Optional.of(PythonQuickFix.newQuickFix("Drop this argument: login() then switches to TLS first",
      TextEdits.removeArgument(arguments, secure)));
  }

  /** A {@code client.ccc()} statement of its own: removing it keeps TLS on the control channel. */
  public static Optional<PythonQuickFix> removeCcc(CallExpression ccc) {
    if (!(ccc.parent() instanceof ExpressionStatement statement) || statement.expressions().size() != 1) {
      return Optional.empty();
    }
    return TextEdits.removeStatement(statement)
      .map(edit -> PythonQuickFix.newQuickFix("Remove the ccc() call: the control channel stays encrypted", edit));
  }
}
