package io.ftpsecurity.java.rules;

import io.ftpsecurity.java.analysis.Values;
import io.ftpsecurity.java.api.CommonsNetApi;
import io.ftpsecurity.java.api.Dispatch;
import io.ftpsecurity.java.api.JdkApi;
import io.ftpsecurity.java.api.SpringIntegrationApi;
import io.ftpsecurity.java.api.SshApi;
import io.ftpsecurity.shared.UrlUserInfo;
import java.util.List;
import java.util.Locale;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * A password written in the code and given to an FTP or SFTP client: Commons Net login() and the FTPHTTPClient proxy
 * password, ftp://user:password@ URLs, Spring's session factories, JSch, sshj and MINA SSHD. Anonymous logins and
 * empty passwords are not secrets; values the code does not show (parameters, configuration) are not reported.
 */
@Rule(key = "FtpHardcodedCredentials")
public class FtpHardcodedCredentialsCheck extends IssuableSubscriptionVisitor {

  private static final String SAFER_PLACES = "read it from an environment variable, a secrets manager or an "
    + "encrypted configuration file.";
  static final String MESSAGE = "Do not hard-code this FTP password; " + SAFER_PLACES;
  static final String SSH_MESSAGE = "Do not hard-code this SSH password; " + SAFER_PLACES;
  static final String URL_MESSAGE = "Do not hard-code a password in this FTP URL; " + SAFER_PLACES;
  static final String SECONDARY_MESSAGE = "Password assigned here.";

  /** What this rule checks on the calls and {@code new} it looks at: the others are let go from the tree. */
  private final Dispatch<MethodInvocationTree> calls = Dispatch.calls(
    Dispatch.on(CommonsNetApi.LOGIN, this::checkLogin),
    Dispatch.on(SpringIntegrationApi.SET_PASSWORD, this::checkSessionFactoryPassword),
    Dispatch.on(SshApi.JSCH_SET_PASSWORD, call -> checkPassword(call.arguments().get(0), SSH_MESSAGE)),
    Dispatch.on(SshApi.MINA_ADD_PASSWORD_IDENTITY, call -> checkPassword(call.arguments().get(0), SSH_MESSAGE)),
    Dispatch.on(SshApi.SSHJ_AUTH_PASSWORD, call -> checkPassword(call.arguments().get(SshApi.SSHJ_PASSWORD_POSITION), SSH_MESSAGE)),
    Dispatch.on(JdkApi.URI_FROM_SPEC, call -> checkUrl(call.arguments().get(0))));
  private final Dispatch<NewClassTree> news = Dispatch.news(
    Dispatch.on(CommonsNetApi.NEW_FTP_HTTP_CLIENT_WITH_PROXY_CREDENTIALS,
      newClass -> checkPassword(newClass.arguments().get(CommonsNetApi.PROXY_PASSWORD_POSITION), MESSAGE)),
    Dispatch.on(JdkApi.NEW_URL_FROM_SPEC, newClass -> checkUrl(newClass.arguments().get(0))),
    Dispatch.on(JdkApi.URI_FROM_SPEC, newClass -> checkUrl(newClass.arguments().get(0))));

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.METHOD_INVOCATION, Tree.Kind.NEW_CLASS);
  }

  @Override
  public void visitNode(Tree tree) {
    if (tree instanceof NewClassTree newClass) {
      news.dispatch(newClass);
    } else {
      calls.dispatch((MethodInvocationTree) tree);
    }
  }

  private void checkLogin(MethodInvocationTree login) {
    if (!isAnonymous(login.arguments().get(CommonsNetApi.LOGIN_USER_POSITION))) {
      checkPassword(login.arguments().get(CommonsNetApi.LOGIN_PASSWORD_POSITION), MESSAGE);
    }
  }

  private void checkSessionFactoryPassword(MethodInvocationTree setPassword) {
    boolean sftp = setPassword.methodSymbol().owner().type().isSubtypeOf(SpringIntegrationApi.SFTP_SESSION_FACTORY);
    checkPassword(setPassword.arguments().get(0), sftp ? SSH_MESSAGE : MESSAGE);
  }

  private static boolean isAnonymous(ExpressionTree user) {
    return Values.string(user).filter(name -> CommonsNetApi.ANONYMOUS_USERS.contains(name.toLowerCase(Locale.ROOT))).isPresent();
  }

  private void checkPassword(ExpressionTree password, String message) {
    if (Values.string(password).filter(text -> !text.isEmpty()).isPresent()) {
      report(password, message);
    }
  }

  private void checkUrl(ExpressionTree spec) {
    Values.string(spec).flatMap(url -> UrlUserInfo.of(url, JdkApi.FTP_SCHEME)).filter(UrlUserInfo::hasPassword)
      .ifPresent(userInfo -> report(spec, URL_MESSAGE));
  }

  /** At the use, with the literal as secondary location when it is written elsewhere. */
  private void report(ExpressionTree use, String message) {
    ExpressionTree origin = Values.origin(use);
    List<JavaFileScannerContext.Location> secondaries = origin == Values.skipParentheses(use)
      ? List.of()
      : List.of(new JavaFileScannerContext.Location(SECONDARY_MESSAGE, origin));
    reportIssue(use, message, secondaries, null);
  }
}
