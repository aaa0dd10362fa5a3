package io.ftpsecurity.python.fixes;

import io.ftpsecurity.python.analysis.FtpTlsContexts.Built;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Change;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Factory;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Operation;
import io.ftpsecurity.python.analysis.Literals;
import io.ftpsecurity.python.analysis.SslConstants;
import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.SslApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;
import org.sonar.plugins.python.api.quickfix.PythonTextEdit;
import org.sonar.plugins.python.api.tree.ArgList;
import org.sonar.plugins.python.api.tree.Argument;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.NoneExpression;
import org.sonar.plugins.python.api.tree.RegularArgument;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * Fixes that make an FTP_TLS client verify the server: pass {@code ssl.create_default_context()} where no context
 * is given, or undo what turned the checks off on the context that is given.
 */
public final class VerifyingContextFixes {

  static final String PASS_CONTEXT = "Pass context=ssl.create_default_context(), which checks certificate and hostname";
  static final String TURN_CHECKS_ON = "Turn the certificate and hostname checks back on";
  /** FTP_TLS's positional parameters before keyfile: host, user, passwd, acct. */
  private static final int POSITIONAL_BEFORE_KEYFILE = 4;
  /** create_default_context() takes these keywords of _create_unverified_context() with the same meaning. */
  private static final Set<String> SHARED_FACTORY_KEYWORDS = Set.of("cafile", "capath", "cadata");
  private static final String TRUE = "True";

  private VerifyingContextFixes() {
  }

  /**
   * The creation passes no context ({@code cause} empty) or {@code context=None}: pass a default context instead.
   * Not with keyfile or certfile, which ftplib refuses together with a context.
   */
  public static Optional<PythonQuickFix> passDefaultContext(CallExpression creation, Optional<Tree> cause) {
    Optional<SslNames.Reference> factory = SslNames.reference(SslApi.CREATE_DEFAULT_CONTEXT, creation);
    if (factory.isEmpty()) {
      return Optional.empty();
    }
    String call = factory.get().text() + "()";
    PythonTextEdit edit;
    if (cause.isEmpty()) {
      List<Argument> arguments = creation.arguments();
      // loops, not streams, here and below: a generated module asks for a fix on every other creation
      for (Argument argument : arguments) {
        if (passesCertificateFiles(argument)) {
          return Optional.empty();
        }
      }
      String keyword = FtplibApi.CONSTRUCTOR_CONTEXT_KEYWORD + "=" + call;
      edit = arguments.isEmpty() ? TextEdits.insertBefore(creation.rightPar(), keyword)
        : TextEdits.insertAfter(arguments.get(arguments.size() - 1), ", " + keyword);
    } else if (cause.get() instanceof RegularArgument none && none.parent() != null
      && none.parent().parent() == creation && none.expression() instanceof NoneExpression) {
      edit = TextEdits.replace(none.expression(), call);
    } else {
      return Optional.empty();
    }
    return Optional.of(PythonQuickFix.newQuickFix(PASS_CONTEXT).addTextEdit(factory.get().withImport(edit)).build());
  }

  private static boolean passesCertificateFiles(Argument argument) {
    if (!(argument instanceof RegularArgument regular)) {
      return true;
    }
    return regular.keywordArgument() == null
      ? argument.parent() instanceof ArgList list
        && list.arguments().indexOf(argument) >= POSITIONAL_BEFORE_KEYFILE
      : FtplibApi.CONSTRUCTOR_KEYWORDS_REMOVED_IN_312.contains(regular.keywordArgument().name());
  }

  /**
   * A context from {@code create_default_context()} or {@code _create_unverified_context()}, weakened by
   * assignments: make the factory a verifying one and turn every check_hostname back on and every verify_mode to
   * CERT_REQUIRED. Empty for {@code ssl.SSLContext(...)}, which loads no CA certificates (turning its checks on would
   * fail every handshake unless the code loads them), and when a setting is not a literal or a known constant: with
   * check_hostname on, an unknown verify_mode that is CERT_NONE would raise ValueError.
   */
  public static Optional<PythonQuickFix> verifyBuiltContext(Built built, SubscriptionContext context) {
    if (built.factory() == Factory.SSL_CONTEXT) {
      return Optional.empty();
    }
    // each added once: the fixed settings may all add the same import
    List<PythonTextEdit> edits = new ArrayList<>();
    if (built.factory() == Factory.UNVERIFIED_CONTEXT) {
      CallExpression factoryCall = built.factoryCall();
      Optional<SslNames.Reference> verifying = SslNames.reference(SslApi.CREATE_DEFAULT_CONTEXT, factoryCall);
      if (verifying.isEmpty() || !takesSharedKeywordsOnly(factoryCall)) {
        return Optional.empty();
      }
      addEachOnce(edits, verifying.get().withImport(TextEdits.replace(factoryCall.callee(), verifying.get().text())));
    }
    for (Change change : built.changes()) {
      boolean hostname = SslApi.CHECK_HOSTNAME.equals(change.member());
      if (!hostname && !SslApi.VERIFY_MODE.equals(change.member())) {
        continue;
      }
      if (change.operation() != Operation.ASSIGN || !(change.location() instanceof AssignmentStatement assignment)
        || assignment.lhsExpressions().size() != 1 || assignment.lhsExpressions().get(0).expressions().size() != 1) {
        return Optional.empty();
      }
      Boolean on = hostname ? Literals.truthiness(change.value()) : requiresCertificate(change, context);
      if (on == null) {
        return Optional.empty();
      }
      if (!on) {
        Optional<List<PythonTextEdit>> fixed = hostname ? Optional.of(List.of(TextEdits.replace(change.value(), TRUE)))
          : SslNames.replaceConstant(change.value(), SslApi.MEMBER_PREFIX + SslApi.CERT_REQUIRED);
        if (fixed.isEmpty()) {
          return Optional.empty();
        }
        addEachOnce(edits, fixed.get());
      }
    }
    return edits.isEmpty() ? Optional.empty()
      : Optional.of(PythonQuickFix.newQuickFix(TURN_CHECKS_ON).addTextEdit(edits).build());
  }

  private static void addEachOnce(List<PythonTextEdit> edits, List<PythonTextEdit> added) {
    for (PythonTextEdit edit : added) {
      TextEdits.addOnce(edits, edit);
    }
  }

  private static boolean takesSharedKeywordsOnly(CallExpression factoryCall) {
    for (Argument argument : factoryCall.arguments()) {
      if (!(argument instanceof RegularArgument regular && regular.keywordArgument() != null
        && SHARED_FACTORY_KEYWORDS.contains(regular.keywordArgument().name()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a verify_mode value is CERT_REQUIRED, CERT_NONE or CERT_OPTIONAL (false), or something else (null). */
  private static Boolean requiresCertificate(Change change, SubscriptionContext context) {
    String mode = SslConstants.memberName(change.value(), context).orElse(null);
    if (SslApi.CERT_REQUIRED.equals(mode)) {
      return true;
    }
    return mode != null && SslApi.NON_VERIFYING_CERT_MODES.contains(mode) ? Boolean.FALSE : null;
  }
}
