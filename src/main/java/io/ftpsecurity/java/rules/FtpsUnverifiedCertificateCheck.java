package io.ftpsecurity.java.rules;

import io.ftpsecurity.java.analysis.Acceptors;
import io.ftpsecurity.java.analysis.ClientSettings;
import io.ftpsecurity.java.analysis.PathStates;
import io.ftpsecurity.java.analysis.TrackedClient;
import io.ftpsecurity.java.analysis.Values;
import io.ftpsecurity.java.api.CommonsNetApi;
import io.ftpsecurity.java.api.Dispatch;
import io.ftpsecurity.java.api.JdkApi;
import io.ftpsecurity.java.api.SpringIntegrationApi;
import java.util.List;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * An FTPS client that does not check who it talks to. FTPSClient's default trust manager only checks the
 * certificate's dates, so a connection made before another trust manager is set accepts any self-signed
 * certificate; hostname checking is off until {@code setEndpointCheckingEnabled(true)} or a hostname verifier.
 * Also reported: trust managers and hostname verifiers that accept everything. A client built with its own
 * SSLContext is checked by that context: not reported.
 */
@Rule(key = "FtpsUnverifiedCertificate")
public class FtpsUnverifiedCertificateCheck extends IssuableSubscriptionVisitor {

  static final String DEFAULT_TRUST_MESSAGE = "Set a trust manager that checks the certificate chain, such as "
    + "\"setTrustManager(null)\" for the JVM's default: the default one of this client only checks the certificate's dates.";
  static final String NO_HOSTNAME_CHECK_MESSAGE = "Turn hostname checking on with \"setEndpointCheckingEnabled(true)\": "
    + "this client accepts a valid certificate issued for any other host.";
  static final String ACCEPT_ALL_MESSAGE = "Check the server's certificate: this trust manager accepts any certificate.";
  static final String ANY_HOST_MESSAGE = "Check the server's hostname: this verifier accepts any host.";
  static final String CONNECTED_HERE = "Connected here.";

  /** What this rule checks on the calls and {@code new} it looks at: the others are let go from the tree. */
  private final Dispatch<MethodInvocationTree> calls = Dispatch.calls(
    Dispatch.on(CommonsNetApi.SET_TRUST_MANAGER, this::checkTrustManager),
    Dispatch.on(SpringIntegrationApi.FTPS_SET_TRUST_MANAGER, this::checkTrustManager),
    Dispatch.on(CommonsNetApi.SET_HOSTNAME_VERIFIER, this::checkHostnameVerifier));
  private final Dispatch<NewClassTree> news = Dispatch.news(
    Dispatch.on(CommonsNetApi.NEW_FTPS_CLIENT, this::checkClient),
    Dispatch.on(SpringIntegrationApi.NEW_FTPS_SESSION_FACTORY, this::checkSessionFactory));

  private PathStates paths;

  @Override
  public void setContext(JavaFileScannerContext context) {
    paths = new PathStates();
    super.setContext(context);
  }

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.NEW_CLASS, Tree.Kind.METHOD_INVOCATION);
  }

  @Override
  public void visitNode(Tree tree) {
    if (tree instanceof NewClassTree creation) {
      news.dispatch(creation);
    } else {
      calls.dispatch((MethodInvocationTree) tree);
    }
  }

  private void checkClient(NewClassTree creation) {
    if (!ClientSettings.hasOwnSslContext(creation)) {
      TrackedClient.of(creation).filter(client -> !client.escapes()).ifPresent(this::checkDefaults);
    }
  }

  private void checkSessionFactory(NewClassTree creation) {
    TrackedClient.of(creation).filter(factory -> !factory.escapes() && factory.callsTo(SpringIntegrationApi.FTPS_SET_TRUST_MANAGER).isEmpty())
      .ifPresent(factory -> reportIssue(creation.identifier(), DEFAULT_TRUST_MESSAGE));
  }

  private void checkTrustManager(MethodInvocationTree call) {
    ExpressionTree trustManager = call.arguments().get(0);
    if (isAcceptAll(trustManager)) {
      reportIssue(trustManager, ACCEPT_ALL_MESSAGE);
    }
  }

  private void checkHostnameVerifier(MethodInvocationTree call) {
    if (Acceptors.acceptsEverything(call.arguments().get(0), JdkApi.VERIFY, true)) {
      reportIssue(call.arguments().get(0), ANY_HOST_MESSAGE);
    }
  }

  /** The client connects, on some path, before a trust manager or a hostname check is set. */
  private void checkDefaults(TrackedClient client) {
    ClientSettings.connectionsWithout(paths, client, ClientSettings::setsTrustManager).stream().findFirst()
      .ifPresent(connect -> reportIssue(client.creation(), DEFAULT_TRUST_MESSAGE, ClientSettings.at(connect, CONNECTED_HERE), null));
    ClientSettings.connectionsWithout(paths, client, ClientSettings::checksHostname).stream().findFirst()
      .ifPresent(connect -> reportIssue(client.creation(), NO_HOSTNAME_CHECK_MESSAGE, ClientSettings.at(connect, CONNECTED_HERE), null));
  }

  private static boolean isAcceptAll(ExpressionTree trustManager) {
    return Values.origin(trustManager) instanceof MethodInvocationTree call && CommonsNetApi.GET_ACCEPT_ALL_TRUST_MANAGER.matches(call)
      || Acceptors.acceptsEverything(trustManager, JdkApi.CHECK_SERVER_TRUSTED, false);
  }
}
