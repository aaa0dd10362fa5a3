package io.ftpsecurity.java.rules;

import io.ftpsecurity.java.analysis.ClientSettings;
import io.ftpsecurity.java.analysis.PathStates;
import io.ftpsecurity.java.analysis.TrackedClient;
import io.ftpsecurity.java.analysis.Values;
import io.ftpsecurity.java.api.CommonsNetApi;
import io.ftpsecurity.java.api.SpringIntegrationApi;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * A transfer on an FTPSClient that some path reaches before {@code execPROT("P")}, or after {@code execPROT("C")}:
 * Commons Net opens data connections in clear text until then, in implicit mode too. Local clients are followed in
 * their method; for a client in a field, each method that transfers starts from what the class shows (no
 * {@code execPROT("P")} anywhere: unprotected; else unknown). Also Spring's {@code setProt("C")}.
 */
@Rule(key = "FtpsUnprotectedDataChannel")
public class FtpsUnprotectedDataChannelCheck extends IssuableSubscriptionVisitor {

  static final String NEVER_PROTECTED_MESSAGE = "Call \"execPBSZ(0)\" and \"execPROT(\"P\")\" before this transfer: "
    + "without them the data connection of this FTPS client is in clear text.";
  static final String CLEARED_MESSAGE = "Call \"execPROT(\"P\")\" again before this transfer: the data channel was "
    + "switched back to clear text.";
  static final String SET_PROT_MESSAGE = "Keep the data channel protected (\"P\", the default): with \"C\" every file "
    + "and listing travels in clear text.";
  static final String CREATION = "FTPSClient created here.";
  static final String CLEARING = "Data channel switched to clear text here.";

  private enum Protection {
    NEVER_PROTECTED,
    CLEARED,
    PROTECTED
  }

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
    if (tree instanceof MethodInvocationTree call) {
      if (SpringIntegrationApi.FTPS_SET_PROT.matches(call) && isClear(call)) {
        reportIssue(call.arguments().get(0), SET_PROT_MESSAGE);
      }
      return;
    }
    NewClassTree creation = (NewClassTree) tree;
    if (CommonsNetApi.NEW_FTPS_CLIENT.matches(creation)) {
      TrackedClient.of(creation).filter(client -> !client.escapes()).ifPresent(this::check);
    }
  }

  private void check(TrackedClient client) {
    if (!client.isField()) {
      ClientSettings.enclosingMethod(client.creation()).ifPresent(method -> check(client, method, EnumSet.noneOf(Protection.class)));
      return;
    }
    Set<Protection> atEntry = client.callsTo(CommonsNetApi.EXEC_PROT).stream().anyMatch(call -> !isClear(call))
      ? EnumSet.of(Protection.PROTECTED)
      : EnumSet.of(Protection.NEVER_PROTECTED);
    client.callsTo(CommonsNetApi.TRANSFERS).stream()
      .map(ClientSettings::enclosingMethod)
      .flatMap(Optional::stream)
      .distinct()
      .forEach(method -> check(client, method, atEntry));
  }

  private void check(TrackedClient client, MethodTree method, Set<Protection> atEntry) {
    Map<MethodInvocationTree, Set<Protection>> before = paths.before(method, client, Protection.class, atEntry,
      Protection.NEVER_PROTECTED, FtpsUnprotectedDataChannelCheck::afterCall);
    for (MethodInvocationTree transfer : client.callsTo(CommonsNetApi.TRANSFERS)) {
      Set<Protection> states = before.getOrDefault(transfer, Set.of());
      if (states.contains(Protection.NEVER_PROTECTED)) {
        reportIssue(transfer.methodSelect(), NEVER_PROTECTED_MESSAGE, ClientSettings.at(client.creation(), CREATION), null);
      } else if (states.contains(Protection.CLEARED)) {
        List<JavaFileScannerContext.Location> clearings = new ArrayList<>();
        client.callsTo(CommonsNetApi.EXEC_PROT).stream().filter(FtpsUnprotectedDataChannelCheck::isClear)
          .forEach(clearing -> clearings.add(new JavaFileScannerContext.Location(CLEARING, clearing)));
        reportIssue(transfer.methodSelect(), CLEARED_MESSAGE, clearings, null);
      }
    }
  }

  private static Protection afterCall(MethodInvocationTree call, Protection before) {
    if (!CommonsNetApi.EXEC_PROT.matches(call)) {
      return before;
    }
    return isClear(call) ? Protection.CLEARED : Protection.PROTECTED;
  }

  /** execPROT("C") or execPROT(null); an unknown level counts as protected, so that nothing is reported on it. */
  private static boolean isClear(MethodInvocationTree call) {
    return call.arguments().get(0).is(Tree.Kind.NULL_LITERAL)
      || Values.string(call.arguments().get(0)).filter(CommonsNetApi.PROT_CLEAR::equals).isPresent();
  }
}
