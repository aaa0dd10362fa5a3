package io.ftpsecurity.java.rules;

import io.ftpsecurity.java.analysis.Acceptors;
import io.ftpsecurity.java.analysis.ConstantUses;
import io.ftpsecurity.java.analysis.TrackedClient;
import io.ftpsecurity.java.analysis.Values;
import io.ftpsecurity.java.api.Dispatch;
import io.ftpsecurity.java.api.SpringIntegrationApi;
import io.ftpsecurity.java.api.SshApi;
import java.util.ArrayList;
import java.util.List;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * An SSH session (for SFTP, or for anything else: JSch's exec channels, port forwarding) that accepts any server
 * key, so that anyone in the middle can pose as the server: JSch with
 * StrictHostKeyChecking=no, sshj's PromiscuousVerifier, MINA SSHD's AcceptAllServerKeyVerifier (also the default
 * of SshClient.setUpDefaultClient()), a verifier that always returns true, and Spring's setAllowUnknownKeys(true).
 */
@Rule(key = "SftpUnverifiedHostKey")
public class SftpUnverifiedHostKeyCheck extends IssuableSubscriptionVisitor {

  static final String MESSAGE = "Verify the server's host key: this SSH session accepts any host key, so anyone in the "
    + "middle can pose as the server.";
  static final String DEFAULT_CLIENT_MESSAGE = "Set a verifying \"ServerKeyVerifier\" on this client: the default of "
    + "\"setUpDefaultClient()\" accepts any host key.";
  static final String TABLE_SECONDARY = "Given to JSch here.";

  /** What this rule checks on the calls it looks at: the others are let go by name. */
  private final Dispatch<MethodInvocationTree> calls = Dispatch.calls(
    Dispatch.on(SshApi.JSCH_SET_CONFIG_ENTRY, call -> checkEntry(call.arguments().get(0), call.arguments().get(1), List.of())),
    Dispatch.on(SshApi.JSCH_SET_CONFIG_TABLE, this::checkTableEntries),
    Dispatch.on(SpringIntegrationApi.SET_ALLOW_UNKNOWN_KEYS, this::checkAllowUnknownKeys),
    Dispatch.on(SshApi.MINA_SET_UP_DEFAULT_CLIENT, this::checkDefaultClient));

  /** {@code AcceptAllServerKeyVerifier.INSTANCE}. */
  private final ConstantUses acceptAll = new ConstantUses(SshApi.MINA_ACCEPT_ALL_VERIFIER, SshApi.MINA_ACCEPT_ALL_INSTANCE);

  @Override
  public List<Tree.Kind> nodesToVisit() {
    List<Tree.Kind> kinds = new ArrayList<>(List.of(Tree.Kind.METHOD_INVOCATION, Tree.Kind.NEW_CLASS,
      Tree.Kind.LAMBDA_EXPRESSION, Tree.Kind.METHOD));
    kinds.addAll(ConstantUses.KINDS);
    return kinds;
  }

  @Override
  public void setContext(JavaFileScannerContext context) {
    acceptAll.startFile(context.getTree());
    super.setContext(context);
  }

  @Override
  public void visitNode(Tree tree) {
    // by kind: this runs on every member select of the file
    switch (tree.kind()) {
      case MEMBER_SELECT, IMPORT -> acceptAll.at(tree).forEach(use -> reportIssue(use, MESSAGE));
      case METHOD_INVOCATION -> calls.dispatch((MethodInvocationTree) tree);
      case NEW_CLASS -> {
        if (SshApi.SSHJ_NEW_PROMISCUOUS_VERIFIER.matches((NewClassTree) tree)) {
          reportIssue(tree, MESSAGE);
        }
      }
      case LAMBDA_EXPRESSION -> checkVerifierLambda((LambdaExpressionTree) tree);
      default -> checkVerifierMethod((MethodTree) tree);
    }
  }

  /** A MINA ServerKeyVerifier lambda that returns true. */
  private void checkVerifierLambda(LambdaExpressionTree lambda) {
    // the body first: it is read from the tree, the type needs a look-up
    if (Acceptors.alwaysReturnsTrue(lambda) && lambda.symbolType().isSubtypeOf(SshApi.MINA_SERVER_KEY_VERIFIER)) {
      reportIssue(lambda, MESSAGE);
    }
  }

  private void checkAllowUnknownKeys(MethodInvocationTree call) {
    if (Values.bool(call.arguments().get(0)).orElse(false)) {
      reportIssue(call.arguments().get(0), MESSAGE);
    }
  }

  private void checkEntry(ExpressionTree key, ExpressionTree value, List<JavaFileScannerContext.Location> secondaries) {
    if (Values.string(key).filter(SshApi.STRICT_HOST_KEY_CHECKING::equals).isPresent()
      && Values.string(value).filter(SshApi.NO::equalsIgnoreCase).isPresent()) {
      reportIssue(value, MESSAGE, secondaries, null);
    }
  }

  /** The entries put into a local table that is then given to setConfig: {@code props.put(key, value)}. */
  private void checkTableEntries(MethodInvocationTree setConfig) {
    if (!(setConfig.arguments().get(0) instanceof IdentifierTree identifier)) {
      return;
    }
    Symbol table = identifier.symbol();
    if (!table.isVariableSymbol() || table.owner() == null || !table.owner().isMethodSymbol()) {
      return;
    }
    List<JavaFileScannerContext.Location> given = List.of(new JavaFileScannerContext.Location(TABLE_SECONDARY, setConfig));
    for (IdentifierTree usage : table.usages()) {
      if (usage.parent() instanceof MemberSelectExpressionTree select && select.parent() instanceof MethodInvocationTree put
        && SshApi.TABLE_PUT.matches(put) && put.arguments().size() == 2) {
        checkEntry(put.arguments().get(0), put.arguments().get(1), given);
      }
    }
  }

  /** A HostKeyVerifier or ServerKeyVerifier whose verify method returns true whatever the key. */
  private void checkVerifierMethod(MethodTree method) {
    // the name and body first: they are read from the tree, the owner's type needs its symbol and a look-up
    String name = method.simpleName().name();
    if (!SshApi.SSHJ_VERIFY.equals(name) && !SshApi.MINA_VERIFY.equals(name) || !Acceptors.alwaysReturnsTrue(method)) {
      return;
    }
    Type owner = method.symbol().enclosingClass().type();
    if (SshApi.SSHJ_VERIFY.equals(name) && owner.isSubtypeOf(SshApi.SSHJ_HOST_KEY_VERIFIER)
      || SshApi.MINA_VERIFY.equals(name) && owner.isSubtypeOf(SshApi.MINA_SERVER_KEY_VERIFIER)) {
      reportIssue(method.simpleName(), MESSAGE);
    }
  }

  /**
   * {@code SshClient client = SshClient.setUpDefaultClient();} kept in a variable, connected, and never given a
   * verifier. A client passed on may get a verifier elsewhere: silent.
   */
  private void checkDefaultClient(MethodInvocationTree setUp) {
    TrackedClient.of(setUp)
      .filter(client -> !client.escapes() && client.callsTo(SshApi.MINA_SET_SERVER_KEY_VERIFIER).isEmpty() && !client.callsTo(SshApi.MINA_CLIENT_CONNECT).isEmpty())
      .ifPresent(client -> reportIssue(setUp, DEFAULT_CLIENT_MESSAGE));
  }
}
