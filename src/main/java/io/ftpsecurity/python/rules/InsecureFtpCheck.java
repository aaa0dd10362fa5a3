package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.CallArguments;
import io.ftpsecurity.python.analysis.CallKinds;
import io.ftpsecurity.python.analysis.FtpClassResolver;
import io.ftpsecurity.python.analysis.FtpClassResolver.Origin;
import io.ftpsecurity.python.analysis.FtpClients;
import io.ftpsecurity.python.analysis.FtpUrls;
import io.ftpsecurity.python.analysis.LibraryFtpClients;
import io.ftpsecurity.python.analysis.LibraryFtpClients.Cause;
import io.ftpsecurity.python.analysis.LibraryFtpClients.Finding;
import io.ftpsecurity.python.analysis.LocalDefinitions;
import io.ftpsecurity.python.analysis.TreeLocations;
import io.ftpsecurity.python.analysis.ValueResolver;
import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.fixes.TlsDowngradeFixes;
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
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * Cleartext FTP: plain ftplib clients, the plain FTP clients of ftputil, aioftp and fsspec, ftp:// URLs fetched by
 * urllib, fsspec, pandas or dask, and FTP_TLS told to drop TLS.
 */
@Rule(key = "InsecureFtp")
public class InsecureFtpCheck extends PythonSubscriptionCheck {

  static final String CLIENT_MESSAGE = "Use \"FTP_TLS\" with a verifying SSL context and \"prot_p()\", or SFTP, "
    + "instead of this cleartext FTP client.";
  static final String URL_MESSAGE = "Fetch this over HTTPS or SFTP: an \"ftp://\" URL is transferred in clear text.";
  static final String INSECURE_LOGIN_MESSAGE = "Remove \"secure=False\": it sends the credentials over a cleartext "
    + "control channel.";
  static final String CCC_MESSAGE = "Remove this \"ccc()\" call: it returns the control channel, and every later "
    + "command, to clear text.";
  private static final Map<Cause, String> LIBRARY_CLIENT_MESSAGES = Map.of(
    Cause.FTPUTIL_PLAIN_SESSION, "Give this FTPHost an FTP_TLS session factory with a verifying context that calls "
      + "\"prot_p()\", or use SFTP: ftputil's default session is cleartext FTP.",
    Cause.AIOFTP_PLAIN_CLIENT, "Pass \"ssl=ssl.create_default_context()\" (or call \"upgrade_to_tls()\" before "
      + "logging in), or use SFTP: without it this aioftp client speaks cleartext FTP.",
    Cause.FSSPEC_PLAIN_FILE_SYSTEM, "Use a client that encrypts and verifies the connection (SFTP with known host keys, "
      + "or ftplib.FTP_TLS with a verifying context): this fsspec file system uses cleartext FTP.");

  private final LocalDefinitions definitions = new LocalDefinitions();

  @Override
  public void initialize(Context context) {
    context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
      CallExpression call = (CallExpression) ctx.syntaxNode();
      checkClientCreation(call, ctx);
      // no lambda: a capturing one would be made for every call of the file
      Optional<Finding> library = LibraryFtpClients.plainFtp(call, ctx);
      if (library.isPresent()) {
        ctx.addIssue(TreeLocations.of(library.get().location()), LIBRARY_CLIENT_MESSAGES.get(library.get().cause()));
      }
      checkFtpUrl(call, ctx);
      checkTlsDowngrade(call, ctx);
    });
  }

  private void checkClientCreation(CallExpression call, SubscriptionContext ctx) {
    Expression callee = call.callee();
    List<Expression> plainChoices = plainFtpClasses(CallKinds.classChoices(call, ctx, definitions), ctx);
    if (!plainChoices.isEmpty()) {
      // a class picked at run time that can be cleartext FTP
      PreciseIssue issue = ctx.addIssue(TreeLocations.of(call), CLIENT_MESSAGE);
      plainChoices.forEach(choice -> issue.secondary(TreeLocations.of(choice), "Cleartext FTP class chosen here."));
    } else if (CallKinds.createsPlainFtp(call, ctx)) {
      PreciseIssue issue = ctx.addIssue(TreeLocations.of(call), CLIENT_MESSAGE);
      FtpClassResolver.originOf(callee)
        .ifPresent(origin -> issue.secondary(TreeLocations.of(origin.boundName()), originMessage(origin)));
    } else if (callee instanceof QualifiedExpression attribute) {
      List<Expression> stored = plainFtpClasses(definitions.valuesOf(attribute), ctx);
      if (!stored.isEmpty()) {
        PreciseIssue issue = ctx.addIssue(TreeLocations.of(call), CLIENT_MESSAGE);
        stored.forEach(value -> issue.secondary(TreeLocations.of(value), "Cleartext FTP class stored in this attribute."));
      }
    }
  }

  /** The expressions that are cleartext FTP classes; a loop, not a stream: this runs on every call of the file. */
  private static List<Expression> plainFtpClasses(List<Expression> candidates, SubscriptionContext ctx) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Expression> plain = new ArrayList<>();
    for (Expression candidate : candidates) {
      if (FtpClassResolver.isPlainFtpClass(candidate, ctx)) {
        plain.add(candidate);
      }
    }
    return plain;
  }

  private static String originMessage(Origin origin) {
    return switch (origin.kind()) {
      case IMPORT -> "Cleartext FTP reaches this code through this import.";
      case ASSIGNMENT -> "Cleartext FTP class assigned here.";
      case SUBCLASS -> "This class extends cleartext \"ftplib.FTP\", not \"FTP_TLS\".";
    };
  }

  private static void checkFtpUrl(CallExpression call, SubscriptionContext ctx) {
    Optional<Expression> url = CallKinds.urlArgument(call, ctx);
    if (url.isEmpty()) {
      return;
    }
    // the URL's value is resolved once, for its text and for the secondary location
    Optional<Expression> value = CallKinds.urlValue(call, ctx);
    if (value.flatMap(resolved -> FtpUrls.literalStart(resolved, ctx)).filter(start -> FtpUrls.isFtpUrl(start.text())).isEmpty()
      || FtpUrls.mayRequestTls(call, ctx)) {
      return;
    }
    PreciseIssue issue = ctx.addIssue(TreeLocations.of(url.get()), URL_MESSAGE);
    if (ValueResolver.skipParentheses(url.get()) instanceof Name) {
      value.ifPresent(literal -> issue.secondary(TreeLocations.of(literal), "URL defined here."));
    }
  }

  private void checkTlsDowngrade(CallExpression call, SubscriptionContext ctx) {
    if (!(call.callee() instanceof QualifiedExpression method)) {
      return;
    }
    String name = method.name().name();
    // the argument first: finding the client's class costs more, and few logins pass secure=
    if (FtplibApi.LOGIN.equals(name)
      && CallArguments.bindingOf(call, FtplibApi.LOGIN_SECURE_POSITION, FtplibApi.LOGIN_SECURE_KEYWORD)
      instanceof CallArguments.Passed secure
      && ValueResolver.isFalse(secure.value(), ctx)
      && FtpClients.isFtpTlsMethodCall(call, FtplibApi.LOGIN, ctx, definitions)) {
      PreciseIssue issue = ctx.addIssue(TreeLocations.of(secure.argument()), INSECURE_LOGIN_MESSAGE);
      TlsDowngradeFixes.keepLoginSecure(secure.argument()).ifPresent(issue::addQuickFix);
    } else if (FtplibApi.CCC.equals(name) && FtpClients.isFtpTlsMethodCall(call, FtplibApi.CCC, ctx, definitions)) {
      PreciseIssue issue = ctx.addIssue(TreeLocations.of(call), CCC_MESSAGE);
      TlsDowngradeFixes.removeCcc(call).ifPresent(issue::addQuickFix);
    }
  }
}
