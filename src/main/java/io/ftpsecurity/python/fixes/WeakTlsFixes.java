package io.ftpsecurity.python.fixes;

import io.ftpsecurity.python.analysis.CallArguments;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Built;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Change;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Factory;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Operation;
import io.ftpsecurity.python.analysis.Literals;
import io.ftpsecurity.python.analysis.SslConstants;
import io.ftpsecurity.python.api.SslApi;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Tree;

/** Fixes for a context that allows TLS older than 1.2, found at one location of an FtpsWeakTls issue. */
public final class WeakTlsFixes {

  static final String RAISE_MINIMUM = "Set minimum_version to TLSVersion.TLSv1_2";
  static final String LIFT_MAXIMUM = "Set maximum_version to TLSVersion.MAXIMUM_SUPPORTED, which caps nothing";
  static final String NEGOTIATE = "Use PROTOCOL_TLS_CLIENT, which negotiates TLS 1.2 or later";

  private WeakTlsFixes() {
  }

  /** The fix for the weak setting at {@code location}, when a safe one exists. */
  public static Optional<PythonQuickFix> fixAt(Tree location, Built built, SubscriptionContext context) {
    if (protocolArgument(built).filter(argument -> argument == location).isPresent()) {
      return negotiate((Expression) location, built, context);
    }
    return built.changes().stream()
      .filter(change -> change.value() == location && change.operation() == Operation.ASSIGN)
      .findFirst()
      .flatMap(change -> raiseBound(change, built, context));
  }

  /**
   * A weak minimum_version becomes TLS 1.2, unless a maximum_version below 1.2 (or unknown) would then leave no
   * version at all; a weak maximum_version becomes MAXIMUM_SUPPORTED.
   */
  private static Optional<PythonQuickFix> raiseBound(Change change, Built built, SubscriptionContext context) {
    boolean minimum = SslApi.MINIMUM_VERSION.equals(change.member());
    if (!minimum && !SslApi.MAXIMUM_VERSION.equals(change.member())) {
      return Optional.empty();
    }
    if (minimum && built.changes().stream().anyMatch(other -> SslApi.MAXIMUM_VERSION.equals(other.member())
      && SslConstants.memberName(other.value(), context).filter(SslApi.STRONG_TLS_VERSION_BOUNDS::contains).isEmpty())) {
      return Optional.empty();
    }
    String version = SslApi.TLS_VERSION_CLASS + "." + (minimum ? SslApi.TLS_1_2 : SslApi.MAXIMUM_SUPPORTED);
    return SslNames.replaceConstant(change.value(), version)
      .map(edits -> PythonQuickFix.newQuickFix(minimum ? RAISE_MINIMUM : LIFT_MAXIMUM).addTextEdit(edits).build());
  }

  /**
   * {@code SSLContext(PROTOCOL_TLSv1)} → {@code SSLContext(PROTOCOL_TLS_CLIENT)} only where the code already turns
   * both checks on ({@code check_hostname = True}, no other verify_mode than CERT_REQUIRED): PROTOCOL_TLS_CLIENT
   * starts with them on, so elsewhere the edit would change what is verified, and a later {@code verify_mode =
   * CERT_NONE} would raise ValueError.
   */
  private static Optional<PythonQuickFix> negotiate(Expression protocol, Built built, SubscriptionContext context) {
    boolean hostnameChecked = false;
    for (Change change : built.changes()) {
      if (SslApi.CHECK_HOSTNAME.equals(change.member())) {
        boolean on = change.operation() == Operation.ASSIGN && Boolean.TRUE.equals(Literals.truthiness(change.value()));
        if (!on) {
          return Optional.empty();
        }
        hostnameChecked |= !change.conditional();
      } else if (SslApi.VERIFY_MODE.equals(change.member()) && (change.operation() != Operation.ASSIGN
        || SslConstants.memberName(change.value(), context).filter(SslApi.CERT_REQUIRED::equals).isEmpty())) {
        return Optional.empty();
      }
    }
    if (!hostnameChecked) {
      return Optional.empty();
    }
    return SslNames.replaceConstant(protocol, SslApi.MEMBER_PREFIX + SslApi.PROTOCOL_TLS_CLIENT)
      .map(edits -> PythonQuickFix.newQuickFix(NEGOTIATE).addTextEdit(edits).build());
  }

  private static Optional<Expression> protocolArgument(Built built) {
    return built.factory() == Factory.SSL_CONTEXT
      ? CallArguments.valueOf(built.factoryCall(), SslApi.SSL_CONTEXT_PROTOCOL_POSITION, SslApi.SSL_CONTEXT_PROTOCOL_KEYWORD)
      : Optional.empty();
  }
}
