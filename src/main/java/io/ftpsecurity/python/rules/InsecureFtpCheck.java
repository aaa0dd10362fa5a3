package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.CallArguments;
import io.ftpsecurity.python.analysis.FtpClassResolver;
import io.ftpsecurity.python.analysis.FtpClassResolver.Origin;
import io.ftpsecurity.python.analysis.FtpClients;
import io.ftpsecurity.python.analysis.FtpUrls;
import io.ftpsecurity.python.analysis.LocalDefinitions;
import io.ftpsecurity.python.analysis.ValueResolver;
import io.ftpsecurity.python.api.FtplibApi;
import java.util.List;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

/** Cleartext FTP: plain ftplib clients, ftp:// URLs fetched by urllib, and FTP_TLS told to drop TLS. */
@Rule(key = "InsecureFtp")
public class InsecureFtpCheck extends PythonSubscriptionCheck {

  static final String CLIENT_MESSAGE = "Use \"FTP_TLS\" with a verifying SSL context and \"prot_p()\", or SFTP, "
    + "instead of this cleartext FTP client.";
  static final String URL_MESSAGE = "Fetch this over HTTPS or SFTP: an \"ftp://\" URL is transferred in clear text.";
  static final String INSECURE_LOGIN_MESSAGE = "Remove \"secure=False\": it sends the credentials over a cleartext "
    + "control channel.";
  static final String CCC_MESSAGE = "Remove this \"ccc()\" call: it returns the control channel, and every later "
    + "command, to clear text.";

  private final LocalDefinitions definitions = new LocalDefinitions();

  @Override
  public void initialize(Context context) {
    context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> definitions.clear());
    context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
      CallExpression call = (CallExpression) ctx.syntaxNode();
      checkClientCreation(call, ctx);
      checkFtpUrl(call, ctx);
      checkTlsDowngrade(call, ctx);
    });
  }

  private void checkClientCreation(CallExpression call, SubscriptionContext ctx) {
    Expression callee = call.callee();
    List<Expression> plainChoices = FtpClassResolver.classChoices(callee, ctx, definitions).stream()
      .filter(choice -> FtpClassResolver.isPlainFtpClass(choice, ctx)).toList();
    if (!plainChoices.isEmpty()) {
      // a class picked at run time that can be cleartext FTP
      PreciseIssue issue = ctx.addIssue(call, CLIENT_MESSAGE);
      plainChoices.forEach(choice -> issue.secondary(choice, "Cleartext FTP class chosen here."));
    } else if (FtpClients.createsPlainFtp(call, ctx)) {
      PreciseIssue issue = ctx.addIssue(call, CLIENT_MESSAGE);
      FtpClassResolver.originOf(callee).ifPresent(origin -> issue.secondary(origin.boundName(), originMessage(origin)));
    } else if (callee instanceof QualifiedExpression attribute) {
      List<Expression> stored = definitions.valuesOf(attribute).stream()
        .filter(value -> FtpClassResolver.isPlainFtpClass(value, ctx)).toList();
      if (!stored.isEmpty()) {
        PreciseIssue issue = ctx.addIssue(call, CLIENT_MESSAGE);
        stored.forEach(value -> issue.secondary(value, "Cleartext FTP class stored in this attribute."));
      }
    }
  }

  private static String originMessage(Origin origin) {
    return switch (origin.kind()) {
      case IMPORT -> "Cleartext FTP reaches this code through this import.";
      case ASSIGNMENT -> "Cleartext FTP class assigned here.";
      case SUBCLASS -> "This class extends cleartext \"ftplib.FTP\", not \"FTP_TLS\".";
    };
  }

  private static void checkFtpUrl(CallExpression call, SubscriptionContext ctx) {
    FtpUrls.urlArgument(call, ctx)
      .filter(url -> FtpUrls.literalStart(url, ctx).filter(start -> FtpUrls.isFtpUrl(start.text())).isPresent())
      .ifPresent(url -> {
        PreciseIssue issue = ctx.addIssue(url, URL_MESSAGE);
        if (ValueResolver.skipParentheses(url) instanceof Name name) {
          ValueResolver.resolve(name, ctx).ifPresent(literal -> issue.secondary(literal, "URL defined here."));
        }
      });
  }

  private void checkTlsDowngrade(CallExpression call, SubscriptionContext ctx) {
    if (FtpClients.isFtpTlsMethodCall(call, FtplibApi.LOGIN, ctx, definitions)
      && CallArguments.bindingOf(call, FtplibApi.LOGIN_SECURE_POSITION, FtplibApi.LOGIN_SECURE_KEYWORD)
      instanceof CallArguments.Passed secure
      && ValueResolver.isFalse(secure.value(), ctx)) {
      ctx.addIssue(secure.argument(), INSECURE_LOGIN_MESSAGE);
    } else if (FtpClients.isFtpTlsMethodCall(call, FtplibApi.CCC, ctx, definitions)) {
      ctx.addIssue(call, CCC_MESSAGE);
    }
  }
}
