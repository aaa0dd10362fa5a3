package io.ftpsecurity.java.analysis;

import io.ftpsecurity.java.api.CommonsNetApi;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/** What an FTPSClient is configured with before it connects. */
public final class ClientSettings {

  private enum Setting {
    NOT_YET,
    DONE
  }

  private ClientSettings() {
  }

  /** FTPSClient(SSLContext) and FTPSClient(boolean, SSLContext): the context is used as given. */
  public static boolean hasOwnSslContext(NewClassTree creation) {
    return creation.arguments().stream().anyMatch(argument -> argument.symbolType().is(CommonsNetApi.SSL_CONTEXT));
  }

  public static boolean setsTrustManager(MethodInvocationTree call) {
    return CommonsNetApi.SET_TRUST_MANAGER.matches(call);
  }

  /** setEndpointCheckingEnabled with anything but false, or a hostname verifier other than null. */
  public static boolean checksHostname(MethodInvocationTree call) {
    if (CommonsNetApi.SET_ENDPOINT_CHECKING.matches(call)) {
      return Values.bool(call.arguments().get(0)).orElse(true);
    }
    return CommonsNetApi.SET_HOSTNAME_VERIFIER.matches(call) && !call.arguments().get(0).is(Tree.Kind.NULL_LITERAL);
  }

  /**
   * The client's connect calls that some path reaches before a call that makes the setting. A local client is
   * followed along its method's control-flow graph; for a field, whose methods may run in any order, a setting made
   * anywhere in the class counts.
   */
  public static List<MethodInvocationTree> connectionsWithout(PathStates paths, TrackedClient client,
    Predicate<MethodInvocationTree> setting) {
    List<MethodInvocationTree> connects = client.callsTo(CommonsNetApi.CONNECT);
    if (client.isField()) {
      return client.calls().stream().anyMatch(setting) ? List.of() : connects;
    }
    Optional<MethodTree> method = enclosingMethod(client.creation());
    if (method.isEmpty()) {
      return List.of();
    }
    Map<MethodInvocationTree, Set<Setting>> before = paths.before(method.get(), client, Setting.class,
      EnumSet.noneOf(Setting.class), Setting.NOT_YET, (call, state) -> setting.test(call) ? Setting.DONE : state);
    return connects.stream().filter(connect -> before.getOrDefault(connect, Set.of()).contains(Setting.NOT_YET)).toList();
  }

  /** The method whose own code (not a lambda or class inside it) holds the tree. */
  public static Optional<MethodTree> enclosingMethod(Tree tree) {
    Tree current = tree.parent();
    while (current != null && !current.is(Tree.Kind.METHOD, Tree.Kind.CONSTRUCTOR, Tree.Kind.LAMBDA_EXPRESSION, Tree.Kind.CLASS)) {
      current = current.parent();
    }
    return current instanceof MethodTree method ? Optional.of(method) : Optional.empty();
  }

  public static List<JavaFileScannerContext.Location> at(Tree tree, String message) {
    return List.of(new JavaFileScannerContext.Location(message, tree));
  }
}
