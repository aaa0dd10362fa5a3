package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.CallArguments;
import io.ftpsecurity.python.analysis.CallKinds;
import io.ftpsecurity.python.analysis.CipherStrings;
import io.ftpsecurity.python.analysis.FtpTlsContexts;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Built;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Change;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Factory;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Operation;
import io.ftpsecurity.python.analysis.LocalDefinitions;
import io.ftpsecurity.python.analysis.SslConstants;
import io.ftpsecurity.python.analysis.TreeLocations;
import io.ftpsecurity.python.analysis.ValueResolver;
import io.ftpsecurity.python.api.SslApi;
import io.ftpsecurity.python.fixes.WeakTlsFixes;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.BinaryExpression;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.UnaryExpression;

/** A context that reaches an FTP_TLS client and allows TLS older than 1.2 or weak cipher suites. */
@Rule(key = "FtpsWeakTls")
public class FtpsWeakTlsCheck extends PythonSubscriptionCheck {

  static final String SECONDARY_MESSAGE = "This FTPS client uses the context.";

  /** The same context can reach several clients: report each weak setting once. */
  private final Set<Tree> reported = new HashSet<>();
  private final LocalDefinitions definitions = new LocalDefinitions();

  @Override
  public void initialize(Context context) {
    context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> reported.clear());
    context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
      CallExpression call = (CallExpression) ctx.syntaxNode();
      if (CallKinds.mayCreateFtpTls(call, ctx, definitions) && FtpTlsContexts.contextOf(call, ctx, definitions) instanceof Built built) {
        check(call, built, ctx);
      }
    });
  }

  private void check(CallExpression creation, Built built, SubscriptionContext ctx) {
    if (built.changes().isEmpty() && built.factory() != Factory.SSL_CONTEXT) {
      // the other factories choose strong defaults, and nothing changed them
      return;
    }
    Map<Tree, String> findings = new LinkedHashMap<>();
    if (built.factory() == Factory.SSL_CONTEXT) {
      built.protocol().filter(SslApi.WEAK_PROTOCOLS::contains).ifPresent(protocol -> findings.put(protocolLocation(built),
        "Use ssl.create_default_context() or PROTOCOL_TLS_CLIENT: " + protocol + " pins this FTPS connection to a "
          + "protocol version older than TLS 1.2."));
    }
    // The last change of each setting wins; a conditional weak change is kept, as it runs on some path.
    Map<String, Map<Tree, String>> bySetting = new LinkedHashMap<>();
    Map<String, Tree> clearedOptOuts = new LinkedHashMap<>();
    for (Change change : built.changes()) {
      String member = change.member();
      if (SslApi.MINIMUM_VERSION.equals(member) || SslApi.MAXIMUM_VERSION.equals(member)) {
        // no lambdas: most contexts set a version
        String version = change.operation() == Operation.ASSIGN ? SslConstants.memberName(change.value(), ctx).orElse(null) : null;
        update(bySetting, member, change, version != null && SslApi.WEAK_TLS_VERSIONS.contains(version)
          ? Optional.of(versionMessage(member, version)) : Optional.empty());
      } else if (SslApi.SET_CIPHERS.equals(member) && change.operation() == Operation.CALL) {
        Optional<Expression> argument = CallArguments.valueOf((CallExpression) change.value(),
          SslApi.SET_CIPHERS_POSITION, SslApi.SET_CIPHERS_KEYWORD);
        List<String> weak = argument.flatMap(a -> ValueResolver.stringValue(a, ctx)).map(CipherStrings::weakSelections).orElse(List.of());
        update(bySetting, member, change, Optional.of(weak).filter(w -> !w.isEmpty()).map(FtpsWeakTlsCheck::cipherMessage),
          argument.map(Tree.class::cast).orElse(change.location()));
      } else if (SslApi.OPTIONS.equals(member)) {
        Set<String> names = optionNames(change.value(), ctx);
        if (change.operation() == Operation.AND_ASSIGN && change.value() instanceof UnaryExpression complement
          && complement.is(Tree.Kind.BITWISE_COMPLEMENT)) {
          optionNames(complement.expression(), ctx).stream().filter(SslApi.OLD_PROTOCOL_OPT_OUTS::contains)
            .forEach(name -> clearedOptOuts.putIfAbsent(name, change.location()));
        } else if (change.operation() == Operation.OR_ASSIGN && !change.conditional()) {
          names.forEach(clearedOptOuts::remove);
        }
      }
    }
    for (Map<Tree, String> weak : bySetting.values()) {
      findings.putAll(weak);
    }
    if (!clearedOptOuts.isEmpty()) {
      clearedOptOuts.values().stream().distinct().forEach(location -> findings.put(location, optionsMessage(
        clearedOptOuts.entrySet().stream().filter(e -> e.getValue() == location).map(Map.Entry::getKey).toList())));
    }
    for (Map.Entry<Tree, String> finding : findings.entrySet()) {
      Tree location = finding.getKey();
      if (reported.add(location)) {
        PreciseIssue issue = ctx.addIssue(TreeLocations.of(location), finding.getValue()).secondary(TreeLocations.of(creation), SECONDARY_MESSAGE);
        WeakTlsFixes.fixAt(location, built, ctx).ifPresent(issue::addQuickFix);
      }
    }
  }

  private static void update(Map<String, Map<Tree, String>> bySetting, String member, Change change, Optional<String> weakMessage) {
    update(bySetting, member, change, weakMessage, change.value());
  }

  private static void update(Map<String, Map<Tree, String>> bySetting, String member, Change change, Optional<String> weakMessage,
    Tree location) {
    // the settings stay in the order of their first change; a map is made only for a weak value
    Map<Tree, String> current = change.conditional() ? bySetting.getOrDefault(member, Map.of()) : Map.of();
    if (weakMessage.isPresent()) {
      if (current.isEmpty()) {
        current = new LinkedHashMap<>();
      }
      current.put(location, weakMessage.get());
    }
    bySetting.put(member, current);
  }

  private static Tree protocolLocation(Built built) {
    return CallArguments.valueOf(built.factoryCall(), SslApi.SSL_CONTEXT_PROTOCOL_POSITION, SslApi.SSL_CONTEXT_PROTOCOL_KEYWORD)
      .map(Tree.class::cast).orElse(built.factoryCall());
  }

  private static String versionMessage(String member, String version) {
    return SslApi.MINIMUM_VERSION.equals(member)
      ? ("Raise minimum_version to ssl.TLSVersion.TLSv1_2 or later: " + version + " lets this FTPS connection fall back to "
        + "a broken protocol version.")
      : ("Remove this cap or raise maximum_version to ssl.TLSVersion.TLSv1_2 or later: " + version + " holds this FTPS "
        + "connection to a broken protocol version.");
  }

  private static String optionsMessage(List<String> options) {
    return "Keep " + String.join(" and ", options) + " set: clearing " + (options.size() > 1 ? "them" : "it")
      + " lets this FTPS connection use a protocol version older than TLS 1.2.";
  }

  private static String cipherMessage(List<String> weakTokens) {
    return "Remove " + weakTokens.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", "))
      + " from this cipher string or exclude them with \"!\": they enable weak cipher suites.";
  }

  /** The ssl option constants an expression combines with '|'. */
  private static Set<String> optionNames(Expression expression, SubscriptionContext ctx) {
    Set<String> names = new TreeSet<>();
    Expression value = ValueResolver.skipParentheses(expression);
    if (value instanceof BinaryExpression binary && binary.is(Tree.Kind.BITWISE_OR)) {
      names.addAll(optionNames(binary.leftOperand(), ctx));
      names.addAll(optionNames(binary.rightOperand(), ctx));
    } else {
      SslConstants.memberName(value, ctx).ifPresent(names::add);
    }
    return names;
  }
}
