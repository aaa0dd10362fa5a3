package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.AioftpApi;
import io.ftpsecurity.python.api.FsspecApi;
import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.FtputilApi;
import io.ftpsecurity.python.api.LibraryName;
import io.ftpsecurity.python.api.Parameter;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * The FTP connections that ftputil, aioftp and fsspec open for a call, as far as the call shows them: plain FTP,
 * FTP_TLS built without a context, and FTP_TLS whose data channel the library never protects. Each finding says what
 * caused it, so that rules word their advice in the library's terms, and the tree responsible for it. What the call
 * does not show ({@code **kwargs}, a value from elsewhere, a project subclass) gives no finding. A call whose callee
 * names none of the libraries ({@link LibraryName#mayNameAny}), as most calls, is answered before any of them is tried.
 */
public final class LibraryFtpClients {

  public enum Cause {
    /** FTPHost with its default session factory, plain FTP or session_factory() over plain FTP. */
    FTPUTIL_PLAIN_SESSION,
    /** FTPHost(session_factory=ftplib.FTP_TLS): no context, no prot_p(). */
    FTPUTIL_FTP_TLS_SESSION,
    /** session_factory(base_class=ftplib.FTP_TLS): the session class passes no context. */
    FTPUTIL_FTP_TLS_BASE_CLASS,
    /** session_factory(..., encrypt_data_channel=False): no prot_p(). */
    FTPUTIL_DATA_CHANNEL_OFF,
    /** aioftp.Client or Client.context without ssl and never upgraded. */
    AIOFTP_PLAIN_CLIENT,
    /** An "ftp" file system of fsspec without tls. */
    FSSPEC_PLAIN_FILE_SYSTEM,
    /** An "ftp" file system of fsspec with tls: FTP_TLS without a context. */
    FSSPEC_TLS_OPTION
  }

  public record Finding(Cause cause, Tree location) {
  }

  private LibraryFtpClients() {
  }

  /** A connection the library makes over cleartext FTP; the location is the call. */
  public static Optional<Finding> plainFtp(CallExpression call, SubscriptionContext context) {
    Expression callee = call.callee();
    Cause cause = null;
    if (!CallKinds.mayNameLibrary(call)) {
      return Optional.empty();
    }
    if (FtputilApi.FTP_HOST.isTrueFor(callee)) {
      cause = sessionFactory(call, context).filter(factory -> usesPlainFtp(factory, context)).map(factory -> Cause.FTPUTIL_PLAIN_SESSION).orElse(null);
    } else if (AioftpApi.CLIENT_CONTEXT.isTrueFor(callee) && isOff(call, AioftpApi.SSL, context)
      || AioftpApi.CLIENT.isTrueFor(callee) && isOff(call, AioftpApi.SSL, context) && neverUpgraded(call)) {
      cause = Cause.AIOFTP_PLAIN_CLIENT;
    } else if (isFsspecFtp(call, context) && isOff(call, fsspecTls(call), context)) {
      cause = Cause.FSSPEC_PLAIN_FILE_SYSTEM;
    }
    return Optional.ofNullable(cause).map(found -> new Finding(found, call));
  }

  /** A connection over FTP_TLS that the library builds without a context, so with no certificate check. */
  public static Optional<Finding> tlsWithoutContext(CallExpression call, SubscriptionContext context) {
    Expression callee = call.callee();
    if (!CallKinds.mayNameLibrary(call)) {
      return Optional.empty();
    }
    if (FtputilApi.FTP_HOST.isTrueFor(callee)) {
      // FTPHost calls FTP_TLS(host, user, passwd): no context
      return ftpTlsSessionFactory(call, context);
    }
    if (FtputilApi.SESSION_FACTORY.isTrueFor(callee)) {
      // the session class calls base_class() with no argument
      return CallArguments.argumentOf(call, FtputilApi.SESSION_BASE_CLASS)
        .filter(base -> FtplibApi.IS_EXACT_FTP_TLS_CLASS.isTrueFor(base.expression(), context))
        .map(base -> new Finding(Cause.FTPUTIL_FTP_TLS_BASE_CLASS, base));
    }
    if (isFsspecFtp(call, context) && LibraryCalls.flag(call, fsspecTls(call), context).orElse(false)) {
      return CallArguments.argumentOf(call, fsspecTls(call)).map(tls -> new Finding(Cause.FSSPEC_TLS_OPTION, tls));
    }
    return Optional.empty();
  }

  /** ftputil's {@code FTPHost(..., session_factory=ftplib.FTP_TLS)}: FTP_TLS used as it is, with its defaults. */
  private static Optional<Finding> ftpTlsSessionFactory(CallExpression call, SubscriptionContext context) {
    return CallArguments.argumentOf(call, FtputilApi.HOST_SESSION_FACTORY)
      .filter(factory -> FtplibApi.IS_EXACT_FTP_TLS_CLASS.isTrueFor(factory.expression(), context))
      .map(factory -> new Finding(Cause.FTPUTIL_FTP_TLS_SESSION, factory));
  }

  /** A connection over FTP_TLS whose data channel the library never switches to protected. */
  public static Optional<Finding> unprotectedDataChannel(CallExpression call, SubscriptionContext context) {
    Expression callee = call.callee();
    if (!CallKinds.mayNameLibrary(call)) {
      return Optional.empty();
    }
    if (FtputilApi.FTP_HOST.isTrueFor(callee)) {
      // FTP_TLS itself never calls prot_p()
      return ftpTlsSessionFactory(call, context);
    }
    if (FtputilApi.SESSION_FACTORY.isTrueFor(callee)
      && CallArguments.valueOf(call, FtputilApi.SESSION_BASE_CLASS).filter(base -> FtplibApi.IS_FTP_TLS_CLASS.isTrueFor(base, context)).isPresent()
      && LibraryCalls.flag(call, FtputilApi.SESSION_ENCRYPT_DATA_CHANNEL, context).filter(on -> !on).isPresent()) {
      return CallArguments.argumentOf(call, FtputilApi.SESSION_ENCRYPT_DATA_CHANNEL).map(flag -> new Finding(Cause.FTPUTIL_DATA_CHANNEL_OFF, flag));
    }
    return Optional.empty();
  }

  /** The session factory FTPHost uses: the default one (empty expression) or the one passed; empty when unknown. */
  private static Optional<Optional<Expression>> sessionFactory(CallExpression host, SubscriptionContext context) {
    CallArguments.Binding binding = CallArguments.bindingOf(host, FtputilApi.HOST_SESSION_FACTORY);
    if (binding instanceof CallArguments.Absent) {
      return Optional.of(Optional.empty());
    }
    return binding instanceof CallArguments.Passed passed ? Optional.of(Optional.of(passed.value())) : Optional.empty();
  }

  /** ftputil's default factory, plain ftplib.FTP, or session_factory() over plain FTP. */
  private static boolean usesPlainFtp(Optional<Expression> factory, SubscriptionContext context) {
    if (factory.isEmpty() || FtpClassResolver.isPlainFtpClass(factory.get(), context)) {
      return true;
    }
    return ValueResolver.resolve(factory.get(), context)
      .filter(CallExpression.class::isInstance)
      .map(CallExpression.class::cast)
      .filter(call -> FtputilApi.SESSION_FACTORY.isTrueFor(call.callee()))
      .map(call -> {
        CallArguments.Binding base = CallArguments.bindingOf(call, FtputilApi.SESSION_BASE_CLASS);
        return base instanceof CallArguments.Absent
          || base instanceof CallArguments.Passed passed && FtpClassResolver.isPlainFtpClass(passed.value(), context);
      })
      .orElse(false);
  }

  private static boolean isFsspecFtp(CallExpression call, SubscriptionContext context) {
    if (FsspecApi.FTP_FILE_SYSTEM.isTrueFor(call.callee())) {
      return true;
    }
    return FsspecApi.FILESYSTEM.isTrueFor(call.callee())
      && LibraryCalls.stringArgument(call, FsspecApi.FILESYSTEM_PROTOCOL, context).filter(FsspecApi.FTP_PROTOCOL::equals).isPresent();
  }

  private static Parameter fsspecTls(CallExpression call) {
    return FsspecApi.FILESYSTEM.isTrueFor(call.callee()) ? FsspecApi.STORAGE_OPTION_TLS : FsspecApi.FTP_TLS;
  }

  private static boolean isOff(CallExpression call, Parameter flag, SubscriptionContext context) {
    return LibraryCalls.flag(call, flag, context).filter(on -> !on).isPresent();
  }


  /**
   * An aioftp client bound to a name that is only ever used to call its methods, none of them upgrade_to_tls(): the
   * code shows everything done with it, and it stays in clear text.
   */
  private static boolean neverUpgraded(CallExpression creation) {
    Optional<Name> bound = FtpClients.boundName(creation);
    if (bound.isEmpty()) {
      return false;
    }
    List<Usage> usages = bound.get().symbol().usages();
    return SymbolBindings.OF_FILE.of(bound.get().symbol()).size() == 1
      && usages.stream().filter(usage -> !usage.isBindingUsage()).allMatch(LibraryFtpClients::callsOtherMethod);
  }

  private static boolean callsOtherMethod(Usage usage) {
    return usage.tree().parent() instanceof QualifiedExpression method && method.qualifier() == usage.tree()
      && method.parent() instanceof CallExpression call && call.callee() == method
      && !AioftpApi.UPGRADE_TO_TLS.equals(method.name().name());
  }
}
