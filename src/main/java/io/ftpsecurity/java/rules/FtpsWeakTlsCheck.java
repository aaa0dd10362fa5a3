package io.ftpsecurity.java.rules;

import io.ftpsecurity.java.analysis.Values;
import io.ftpsecurity.java.api.CommonsNetApi;
import io.ftpsecurity.java.api.Dispatch;
import io.ftpsecurity.java.api.JdkApi;
import io.ftpsecurity.java.api.SpringIntegrationApi;
import io.ftpsecurity.shared.TlsVersion;
import io.ftpsecurity.shared.WeakCipherFamily;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewArrayTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * FTPS that allows TLS older than 1.2 or weak cipher suites: the protocol of the FTPSClient constructor (or Spring's
 * setProtocol), or of an SSLContext given to it; the lists given to setEnabledProtocols / setEnabledCipherSuites
 * (Spring: setProtocols / setCipherSuites), element by element. JSSE's "SSL" and "TLS" context names both mean
 * "the provider's default versions", which are TLS 1.2 and 1.3 on current JDKs: not reported.
 */
@Rule(key = "FtpsWeakTls")
public class FtpsWeakTlsCheck extends IssuableSubscriptionVisitor {

  /** SSLv2Hello is no version of its own, but enabling it keeps SSL 2.0's hello format in use. */
  private static final String SSL_V2_HELLO = "SSLv2Hello";
  private static final Set<String> WEAK_PROTOCOLS = Stream.concat(TlsVersion.weakNames(TlsVersion::javaName, "").stream(),
    Stream.of(SSL_V2_HELLO)).collect(Collectors.toUnmodifiableSet());

  static final String PROTOCOL_MESSAGE = "Use TLS 1.2 or later: \"%s\" is broken or deprecated (RFC 8996).";
  static final String CIPHER_MESSAGE = "Remove this weak cipher suite (%s): it gives this FTPS connection little or no protection.";
  static final String GIVEN_TO_CLIENT = "The context is given to this FTPS client.";

  /** What this rule checks on the calls and {@code new} it looks at: the others are let go from the tree. */
  private final Dispatch<MethodInvocationTree> calls = Dispatch.calls(
    Dispatch.on(SpringIntegrationApi.FTPS_SET_PROTOCOL, call -> checkProtocol(call.arguments().get(0))),
    Dispatch.on(CommonsNetApi.SET_ENABLED_PROTOCOLS, this::checkProtocols),
    Dispatch.on(SpringIntegrationApi.FTPS_SET_PROTOCOLS, this::checkProtocols),
    Dispatch.on(CommonsNetApi.SET_ENABLED_CIPHER_SUITES, this::checkCipherSuites),
    Dispatch.on(SpringIntegrationApi.FTPS_SET_CIPHER_SUITES, this::checkCipherSuites));
  private final Dispatch<NewClassTree> news = Dispatch.news(
    Dispatch.on(CommonsNetApi.NEW_FTPS_CLIENT_WITH_PROTOCOL, creation -> checkProtocol(creation.arguments().get(0))),
    Dispatch.on(CommonsNetApi.NEW_FTPS_CLIENT, this::checkContexts));

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

  private void checkProtocols(MethodInvocationTree call) {
    elements(call.arguments().get(0)).forEach(this::checkProtocol);
  }

  private void checkCipherSuites(MethodInvocationTree call) {
    elements(call.arguments().get(0)).forEach(this::checkCipherSuite);
  }

  private void checkContexts(NewClassTree creation) {
    creation.arguments().stream().filter(argument -> argument.symbolType().is(CommonsNetApi.SSL_CONTEXT))
      .forEach(context -> checkContext(context, creation));
  }

  private void checkProtocol(ExpressionTree protocol) {
    Values.string(protocol).filter(WEAK_PROTOCOLS::contains)
      .ifPresent(name -> reportIssue(protocol, String.format(PROTOCOL_MESSAGE, name)));
  }

  /** {@code new FTPSClient(SSLContext.getInstance("TLSv1"))}, also through a variable. */
  private void checkContext(ExpressionTree context, NewClassTree creation) {
    if (Values.origin(context) instanceof MethodInvocationTree getInstance && JdkApi.SSL_CONTEXT_GET_INSTANCE.matches(getInstance)
      && !getInstance.arguments().isEmpty()) {
      ExpressionTree protocol = getInstance.arguments().get(0);
      Values.string(protocol).filter(WEAK_PROTOCOLS::contains).ifPresent(name -> reportIssue(protocol,
        String.format(PROTOCOL_MESSAGE, name), List.of(new JavaFileScannerContext.Location(GIVEN_TO_CLIENT, creation)), null));
    }
  }

  private void checkCipherSuite(ExpressionTree suite) {
    Values.string(suite).flatMap(WeakCipherFamily::ofSuiteName)
      .ifPresent(family -> reportIssue(suite, String.format(CIPHER_MESSAGE, family.displayName())));
  }

  /** The elements of an array the code spells out: {@code new String[] {...}}, also through a variable. */
  private static List<ExpressionTree> elements(ExpressionTree array) {
    return Values.origin(array) instanceof NewArrayTree newArray ? newArray.initializers() : List.of();
  }
}
