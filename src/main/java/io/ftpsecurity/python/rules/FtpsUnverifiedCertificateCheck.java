package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.CallKinds;
import io.ftpsecurity.python.analysis.FtpTlsContexts;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Built;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Change;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Fallback;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Operation;
import io.ftpsecurity.python.analysis.LibraryFtpClients;
import io.ftpsecurity.python.analysis.LibraryFtpClients.Cause;
import io.ftpsecurity.python.analysis.Literals;
import io.ftpsecurity.python.analysis.LocalDefinitions;
import io.ftpsecurity.python.analysis.SslConstants;
import io.ftpsecurity.python.analysis.TreeLocations;
import io.ftpsecurity.python.api.SslApi;
import io.ftpsecurity.python.fixes.VerifyingContextFixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * An FTP_TLS client whose context does not check the server's certificate or hostname, created directly or by ftputil
 * or fsspec.
 */
@Rule(key = "FtpsUnverifiedCertificate")
public class FtpsUnverifiedCertificateCheck extends PythonSubscriptionCheck {

  static final String NO_CONTEXT_MESSAGE = "Pass a verifying context, as in FTP_TLS(host, context=ssl.create_default_context()): "
    + "without one, FTP_TLS checks neither the server's certificate nor its hostname.";
  static final String NO_CERTIFICATE_CHECK_MESSAGE = "Verify the server's certificate: this client's context accepts any "
    + "certificate. Use ssl.create_default_context() and keep its checks on.";
  static final String NO_HOSTNAME_CHECK_MESSAGE = "Check the server's hostname: this client's context accepts a valid "
    + "certificate issued for any host. Keep check_hostname = True.";

  private static final Map<Cause, String> LIBRARY_MESSAGES = Map.of(
    Cause.FTPUTIL_FTP_TLS_SESSION, "Use a session factory whose FTP_TLS gets \"context=ssl.create_default_context()\": "
      + "ftputil creates this FTP_TLS without a context, so any certificate is accepted.",
    Cause.FTPUTIL_FTP_TLS_BASE_CLASS, "Use an FTP_TLS subclass that passes \"context=ssl.create_default_context()\" as "
      + "base class: the sessions of this factory create FTP_TLS without a context, so any certificate is accepted.",
    Cause.FSSPEC_TLS_OPTION, "Use a client that verifies the server, such as ftplib.FTP_TLS with "
      + "\"context=ssl.create_default_context()\": fsspec creates this FTP_TLS without a context, so any certificate is accepted.");

  private record Weakening(Tree location, String message) {
  }

  /** Whether a check is on, off (on some path) or not known (null); {@code weakenedAt} lists what turned it off. */
  private static final class Setting {
    private final String offMessage;
    private final Tree factoryCall;
    private Boolean on;
    private final List<Weakening> weakenedAt = new ArrayList<>();

    Setting(Boolean on, Tree factoryCall, String offMessage) {
      this.offMessage = offMessage;
      this.factoryCall = factoryCall;
      this.on = on;
      if (Boolean.FALSE.equals(on)) {
        weakenedAt.add(new Weakening(factoryCall, "This context is created without these checks."));
      }
    }

    void set(Boolean value, Change change) {
      if (!change.conditional()) {
        on = value;
        weakenedAt.clear();
      } else if (!Boolean.FALSE.equals(value) && on != value) {
        // a check turned on (or to an unknown value) on some paths only: unknown, unless it is already off elsewhere
        if (!Boolean.FALSE.equals(on) || !weakenedAfterCreation()) {
          on = null;
          weakenedAt.clear();
        }
      }
      if (Boolean.FALSE.equals(value)) {
        on = false;
        weakenedAt.add(new Weakening(change.location(), offMessage));
      }
    }

    /** Something after the factory call turned the check off (a loop, not a stream: this runs for every change). */
    private boolean weakenedAfterCreation() {
      for (Weakening weakening : weakenedAt) {
        if (weakening.location() != factoryCall) {
          return true;
        }
      }
      return false;
    }
  }

  private final LocalDefinitions definitions = new LocalDefinitions();

  @Override
  public void initialize(Context context) {
    context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
      CallExpression call = (CallExpression) ctx.syntaxNode();
      if (CallKinds.mayCreateFtpTls(call, ctx, definitions)) {
        check(call, ctx);
      }
      // no lambda: it would capture the context on every call of the file
      Optional<LibraryFtpClients.Finding> found = LibraryFtpClients.tlsWithoutContext(call, ctx);
      if (found.isPresent()) {
        ctx.addIssue(TreeLocations.of(found.get().location()), LIBRARY_MESSAGES.get(found.get().cause()));
      }
    });
  }

  private void check(CallExpression creation, SubscriptionContext ctx) {
    FtpTlsContexts.Reaching reaching = FtpTlsContexts.contextOf(creation, ctx, definitions);
    if (reaching instanceof Fallback fallback) {
      PreciseIssue issue = ctx.addIssue(TreeLocations.of(creation), NO_CONTEXT_MESSAGE);
      fallback.cause().ifPresent(cause -> issue.secondary(TreeLocations.of(cause), "No context is given here."));
      VerifyingContextFixes.passDefaultContext(creation, fallback.cause()).ifPresent(issue::addQuickFix);
    } else if (reaching instanceof Built built) {
      checkBuilt(creation, built, ctx);
    }
  }

  private static void checkBuilt(CallExpression creation, Built built, SubscriptionContext ctx) {
    Boolean verifiedByDefault = switch (built.factory()) {
      case DEFAULT_CONTEXT -> true;
      case UNVERIFIED_CONTEXT -> false;
      case SSL_CONTEXT -> built.protocol()
        .map(protocol -> SslApi.PROTOCOL_TLS_CLIENT.equals(protocol) ? Boolean.TRUE
          : SslApi.UNVERIFIED_BY_DEFAULT_PROTOCOLS.contains(protocol) ? Boolean.FALSE : null)
        .orElse(null);
    };
    if (!Boolean.FALSE.equals(verifiedByDefault) && !changesACheck(built)) {
      // checks on (or unknown) that nothing turns off: the common case, decided before any setting is tracked
      return;
    }
    Setting certificate = new Setting(verifiedByDefault, built.factoryCall(), "The certificate check is turned off here.");
    Setting hostname = new Setting(verifiedByDefault, built.factoryCall(), "The hostname check is turned off here.");
    for (Change change : built.changes()) {
      if (SslApi.CHECK_HOSTNAME.equals(change.member())) {
        Boolean value = change.operation() == Operation.ASSIGN ? Literals.truthiness(change.value()) : null;
        hostname.set(value, change);
        // Since Python 3.7, turning the hostname check on also turns CERT_NONE into CERT_REQUIRED.
        if (Boolean.TRUE.equals(value) && Boolean.FALSE.equals(certificate.on)) {
          certificate.set(Boolean.TRUE, change);
        }
      } else if (SslApi.VERIFY_MODE.equals(change.member())) {
        certificate.set(change.operation() == Operation.ASSIGN ? verifyMode(change.value(), ctx) : null, change);
      }
    }
    if (Boolean.FALSE.equals(certificate.on)) {
      List<Weakening> weakenings = new ArrayList<>(certificate.weakenedAt);
      for (Weakening weakening : hostname.weakenedAt) {
        if (!weakenings.contains(weakening)) {
          weakenings.add(weakening);
        }
      }
      report(creation, built, NO_CERTIFICATE_CHECK_MESSAGE, weakenings, ctx);
    } else if (Boolean.FALSE.equals(hostname.on)) {
      report(creation, built, NO_HOSTNAME_CHECK_MESSAGE, hostname.weakenedAt, ctx);
    }
  }

  /** Whether a change of the context sets check_hostname or verify_mode (a loop: this runs for every creation). */
  private static boolean changesACheck(Built built) {
    for (Change change : built.changes()) {
      if (SslApi.CHECK_HOSTNAME.equals(change.member()) || SslApi.VERIFY_MODE.equals(change.member())) {
        return true;
      }
    }
    return false;
  }

  private static void report(CallExpression creation, Built built, String message, List<Weakening> weakenings,
    SubscriptionContext ctx) {
    PreciseIssue issue = ctx.addIssue(TreeLocations.of(creation), message);
    for (Weakening weakening : weakenings) {
      issue.secondary(TreeLocations.of(weakening.location()), weakening.message());
    }
    VerifyingContextFixes.verifyBuiltContext(built, ctx).ifPresent(issue::addQuickFix);
  }

  private static Boolean verifyMode(Expression value, SubscriptionContext ctx) {
    return SslConstants.memberName(value, ctx)
      .map(mode -> SslApi.CERT_REQUIRED.equals(mode) ? Boolean.TRUE
        : SslApi.NON_VERIFYING_CERT_MODES.contains(mode) ? Boolean.FALSE : null)
      .orElse(null);
  }
}
