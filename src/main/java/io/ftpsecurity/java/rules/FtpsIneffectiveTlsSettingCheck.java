package io.ftpsecurity.java.rules;

import io.ftpsecurity.java.analysis.ClientSettings;
import io.ftpsecurity.java.analysis.TrackedClient;
import io.ftpsecurity.java.api.CommonsNetApi;
import java.util.List;
import java.util.stream.Stream;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * {@code setTrustManager} or {@code setKeyManager} on an FTPSClient built with its own SSLContext: Commons Net uses
 * that context as given and never reads them, so the check or the client certificate the code asks for is not there.
 */
@Rule(key = "FtpsIneffectiveTlsSetting")
public class FtpsIneffectiveTlsSettingCheck extends IssuableSubscriptionVisitor {

  static final String MESSAGE = "Configure the SSLContext instead: this client was built with its own context, so "
    + "\"%s\" is never used.";
  static final String CREATION = "Built with its own SSLContext here.";

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.NEW_CLASS);
  }

  @Override
  public void visitNode(Tree tree) {
    NewClassTree creation = (NewClassTree) tree;
    if (!CommonsNetApi.NEW_FTPS_CLIENT.matches(creation) || !ClientSettings.hasOwnSslContext(creation)) {
      return;
    }
    TrackedClient.of(creation).ifPresent(client -> Stream.concat(client.callsTo(CommonsNetApi.SET_TRUST_MANAGER).stream(),
        client.callsTo(CommonsNetApi.SET_KEY_MANAGER).stream())
      .forEach(call -> reportIssue(call.methodSelect(), String.format(MESSAGE, name(call)), ClientSettings.at(creation, CREATION), null)));
  }

  private static String name(MethodInvocationTree call) {
    return call.methodSymbol().name() + "()";
  }
}
