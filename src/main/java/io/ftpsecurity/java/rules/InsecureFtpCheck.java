package io.ftpsecurity.java.rules;

import io.ftpsecurity.java.analysis.Urls;
import io.ftpsecurity.java.api.CommonsNetApi;
import io.ftpsecurity.java.api.Dispatch;
import io.ftpsecurity.java.api.JdkApi;
import io.ftpsecurity.java.api.SpringIntegrationApi;
import java.util.List;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * Cleartext FTP: Commons Net's FTPClient and FTPHTTPClient (and their non-FTPS subclasses), Spring's
 * DefaultFtpSessionFactory, ftp:// URLs opened with java.net.URL, and FTPSClient.execCCC().
 */
@Rule(key = "InsecureFtp")
public class InsecureFtpCheck extends IssuableSubscriptionVisitor {

  static final String CLIENT_MESSAGE = "Use \"FTPSClient\" with a verifying trust manager and \"execPROT(\"P\")\", or SFTP, "
    + "instead of this cleartext FTP client.";
  static final String SESSION_FACTORY_MESSAGE = "Use \"DefaultFtpsSessionFactory\" or SFTP instead: this session factory "
    + "makes cleartext FTP clients.";
  static final String URL_MESSAGE = "Fetch this over HTTPS or SFTP: an \"ftp://\" URL is transferred in clear text.";
  static final String OPENED_HERE = "Opened here.";
  static final String CCC_MESSAGE = "Remove this \"execCCC()\" call: it returns the control channel, and every later "
    + "command, to clear text.";

  /** What this rule checks on the calls and {@code new} it looks at: the others are let go from the tree. */
  private final Dispatch<MethodInvocationTree> calls = Dispatch.calls(
    Dispatch.on(CommonsNetApi.EXEC_CCC, call -> reportIssue(call, CCC_MESSAGE)),
    Dispatch.on(JdkApi.URL_OPEN, this::checkOpenedUrl));
  private final Dispatch<NewClassTree> news = Dispatch.news(
    Dispatch.on(CommonsNetApi.NEW_CLIENT, this::checkClient),
    Dispatch.on(SpringIntegrationApi.NEW_FTP_SESSION_FACTORY, newClass -> reportIssue(newClass.identifier(), SESSION_FACTORY_MESSAGE)));

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.NEW_CLASS, Tree.Kind.METHOD_INVOCATION);
  }

  @Override
  public void visitNode(Tree tree) {
    if (tree instanceof NewClassTree newClass) {
      news.dispatch(newClass);
    } else {
      calls.dispatch((MethodInvocationTree) tree);
    }
  }

  private void checkClient(NewClassTree newClass) {
    if (!newClass.symbolType().isSubtypeOf(CommonsNetApi.FTPS_CLIENT)) {
      reportIssue(newClass.identifier(), CLIENT_MESSAGE);
    }
  }

  private void checkOpenedUrl(MethodInvocationTree call) {
    Urls.openedSpec(call).filter(Urls::isFtp).ifPresent(spec ->
      reportIssue(spec, URL_MESSAGE, List.of(new JavaFileScannerContext.Location(OPENED_HERE, call.methodSelect())), null));
  }
}
