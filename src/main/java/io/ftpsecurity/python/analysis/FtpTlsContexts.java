package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.SslApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.Argument;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.CompoundAssignmentStatement;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.HasSymbol;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.NoneExpression;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.RegularArgument;
import org.sonar.plugins.python.api.tree.StatementList;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * The SSL context an FTP_TLS client is created with, followed through the function or module that builds it: which
 * {@code ssl} factory made it, and which attribute writes and method calls changed it before it reached the client.
 * Whatever the code does not show (a parameter, another method, a helper's return, a value reached by two
 * assignments) is {@link Unknown}, so that rules stay silent.
 */
public final class FtpTlsContexts {

  /** What reaches the {@code context} parameter of FTP_TLS. */
  public sealed interface Reaching {
  }

  /** The code does not show where the context comes from, or the client's context is replaced later. */
  public record Unknown() implements Reaching {
  }

  /**
   * No context: FTP_TLS builds {@code ssl._create_stdlib_context()}, which checks neither certificate nor hostname.
   * {@code cause} is the {@code context=None} argument or a subclass's call to {@code FTP_TLS.__init__}; empty when
   * the creation itself passes nothing.
   */
  public record Fallback(Optional<Tree> cause) implements Reaching {
  }

  /** A context made by a known {@code ssl} factory and then changed, in source order, before it reaches the client. */
  public record Built(CallExpression factoryCall, Factory factory, Optional<String> protocol, List<Change> changes)
    implements Reaching {
  }

  public enum Factory {
    /** ssl.create_default_context() for server authentication: verifies certificate and hostname. */
    DEFAULT_CONTEXT,
    /** ssl._create_unverified_context() or its alias _create_stdlib_context(): verifies nothing. */
    UNVERIFIED_CONTEXT,
    /** ssl.SSLContext(protocol): its defaults depend on {@link Built#protocol()} (empty when not a known constant). */
    SSL_CONTEXT
  }

  public enum Operation {
    ASSIGN, OR_ASSIGN, AND_ASSIGN, OTHER_AUGMENTED_ASSIGN, CALL
  }

  /**
   * {@code ctx.<member> = value} (or {@code |=}, {@code &=}) or {@code ctx.<member>(...)}; for a call, {@code value}
   * is the call itself. A conditional change runs on some paths to the client only (a branch or a loop).
   */
  public record Change(Tree location, String member, Operation operation, Expression value, boolean conditional) {
  }

  private static final Unknown UNKNOWN = new Unknown();
  private static final int MAX_SUBCLASS_DEPTH = 3;
  private static final int MAX_NAME_STEPS = 5;

  private FtpTlsContexts() {
  }

  /** The context an FTP_TLS creation (FtpClients.createsFtpTls) receives. */
  public static Reaching contextOf(CallExpression creation, SubscriptionContext context) {
    if (clientContextReplaced(creation)) {
      return UNKNOWN;
    }
    Reaching reaching = contextThroughClass(creation.callee(), creation, context, 0);
    List<Change> throughClient = changesThroughClient(creation, context);
    if (throughClient.isEmpty()) {
      return reaching;
    }
    if (!(reaching instanceof Built built)) {
      // The fallback context changed through the client: too rare to model, so unknown.
      return UNKNOWN;
    }
    List<Change> all = new ArrayList<>(built.changes());
    all.addAll(throughClient);
    all.sort(Comparator.comparing(Change::location, SourceOrder::compare));
    return new Built(built.factoryCall(), built.factory(), built.protocol(), all);
  }

  /**
   * Changes made through the client's own attribute, {@code ftps.context.check_hostname = False}, in the scope that
   * creates it and where the name certainly holds this client.
   */
  private static List<Change> changesThroughClient(CallExpression creation, SubscriptionContext context) {
    Optional<Name> client = FtpClients.boundName(creation);
    if (client.isEmpty()) {
      return List.of();
    }
    Tree scope = SourceOrder.scopeOf(creation);
    List<Change> changes = new ArrayList<>();
    for (Usage usage : client.get().symbol().usages()) {
      if (usage.tree() instanceof Name name && name.parent() instanceof QualifiedExpression attribute
        && attribute.qualifier() == name && FtplibApi.CONTEXT_ATTRIBUTE.equals(attribute.name().name())
        && FtpClients.creationOf(name, context).filter(found -> found == creation).isPresent()) {
        Change change = changeAt(attribute);
        Tree statement = change == null ? null : SourceOrder.enclosingStatement(change.location());
        if (statement != null && SourceOrder.scopeOf(statement) == scope) {
          boolean conditional = !(statement.parent() instanceof StatementList list && SourceOrder.encloses(list, creation));
          changes.add(withConditional(change, conditional));
        }
      }
    }
    return changes;
  }

  private static Reaching contextThroughClass(Expression classExpression, CallExpression creation, SubscriptionContext context, int depth) {
    if (FtplibApi.IS_EXACT_FTP_TLS_CLASS.isTrueFor(classExpression, context)) {
      return contextArgument(creation, 0, Optional.empty(), context);
    }
    ClassDef subclass = classDefinition(classExpression);
    if (subclass == null || depth >= MAX_SUBCLASS_DEPTH || assignsContextAttribute(subclass)) {
      return UNKNOWN;
    }
    Expression base = singleBase(subclass);
    FunctionDef init = initMethod(subclass);
    if (base == null) {
      return UNKNOWN;
    }
    if (init == null) {
      return contextThroughClass(base, creation, context, depth + 1);
    }
    if (!FtplibApi.IS_EXACT_FTP_TLS_CLASS.isTrueFor(base, context)) {
      return UNKNOWN;
    }
    List<CallExpression> superInits = new ArrayList<>();
    collectBaseInitCalls(init.body(), superInits);
    if (superInits.size() != 1) {
      return UNKNOWN;
    }
    CallExpression superInit = superInits.get(0);
    // FTP_TLS.__init__(self, host, ...) passes self explicitly; super().__init__(host, ...) does not.
    int offset = superInit.callee() instanceof QualifiedExpression qualified && qualified.qualifier() instanceof CallExpression ? 0 : 1;
    return contextArgument(superInit, offset, Optional.of(superInit), context);
  }

  private static Reaching contextArgument(CallExpression call, int offset, Optional<Tree> fallbackCause, SubscriptionContext context) {
    CallArguments.Binding binding = CallArguments.bindingOf(call,
      FtplibApi.CONSTRUCTOR_CONTEXT_POSITION + offset, FtplibApi.CONSTRUCTOR_CONTEXT_KEYWORD);
    if (binding instanceof CallArguments.Absent) {
      return new Fallback(fallbackCause);
    }
    if (!(binding instanceof CallArguments.Passed passed)) {
      return UNKNOWN;
    }
    List<NameBinding> names = new ArrayList<>();
    Expression value = ValueResolver.skipParentheses(passed.value());
    for (int step = 0; step < MAX_NAME_STEPS && value instanceof Name name; step++) {
      Expression assigned = ValueResolver.singleAssignedValue(name, context).orElse(null);
      names.add(new NameBinding(name, assigned));
      value = assigned == null ? null : ValueResolver.skipParentheses(assigned);
    }
    if (value instanceof NoneExpression) {
      return new Fallback(Optional.of(passed.argument()));
    }
    if (!(value instanceof CallExpression factoryCall)) {
      return UNKNOWN;
    }
    return built(factoryCall, context)
      .<Reaching>map(b -> new Built(factoryCall, b.factory(), b.protocol(), changes(names, factoryCall, context)))
      .orElse(UNKNOWN);
  }

  private record Made(Factory factory, Optional<String> protocol) {
  }

  private static final Set<String> DEFAULT_CONTEXT_FACTORY = Set.of(SslApi.CREATE_DEFAULT_CONTEXT);
  private static final Set<String> SSL_CONTEXT_CLASS = Set.of(SslApi.SSL_CONTEXT);

  private static Optional<Made> built(CallExpression factoryCall, SubscriptionContext context) {
    if (SslConstants.isCallTo(factoryCall, SslApi.IS_CREATE_DEFAULT_CONTEXT, DEFAULT_CONTEXT_FACTORY, context)) {
      CallArguments.Binding purpose = CallArguments.bindingOf(factoryCall,
        SslApi.CREATE_DEFAULT_CONTEXT_PURPOSE_POSITION, SslApi.CREATE_DEFAULT_CONTEXT_PURPOSE_KEYWORD);
      boolean serverAuth = purpose instanceof CallArguments.Absent || (purpose instanceof CallArguments.Passed passed
        && SslConstants.memberName(passed.value(), context).filter(SslApi.SERVER_AUTH_PURPOSE::equals).isPresent());
      return serverAuth ? Optional.of(new Made(Factory.DEFAULT_CONTEXT, Optional.empty())) : Optional.empty();
    }
    if (SslConstants.isCallTo(factoryCall, SslApi.IS_UNVERIFIED_CONTEXT_FACTORY, SslApi.UNVERIFIED_CONTEXT_FACTORIES, context)) {
      boolean checksTurnedOn = SslApi.UNVERIFIED_FACTORY_CHECK_KEYWORDS.stream()
        .anyMatch(keyword -> !(CallArguments.bindingOf(factoryCall, -1, keyword) instanceof CallArguments.Absent));
      return checksTurnedOn ? Optional.empty() : Optional.of(new Made(Factory.UNVERIFIED_CONTEXT, Optional.empty()));
    }
    if (SslConstants.isCallTo(factoryCall, SslApi.IS_SSL_CONTEXT_CLASS, SSL_CONTEXT_CLASS, context)) {
      CallArguments.Binding protocol = CallArguments.bindingOf(factoryCall,
        SslApi.SSL_CONTEXT_PROTOCOL_POSITION, SslApi.SSL_CONTEXT_PROTOCOL_KEYWORD);
      Optional<String> name = protocol instanceof CallArguments.Passed passed
        ? SslConstants.memberName(passed.value(), context)
        : Optional.of(SslApi.SSL_CONTEXT_DEFAULT_PROTOCOL).filter(p -> protocol instanceof CallArguments.Absent);
      return Optional.of(new Made(Factory.SSL_CONTEXT, name));
    }
    return Optional.empty();
  }

  /** A name on the way from the argument to the factory call, and the value assigned to it. */
  private record NameBinding(Name name, Expression value) {
  }

  /**
   * Writes and calls on the context through the names that led to it. FTP_TLS keeps the context object and uses it at
   * login and for each data connection, so a change made after the creation counts too. A change counts when the name
   * it goes through holds the context there: by reaching definitions where the frontend computes them (in functions),
   * else by standing after the factory call in its scope. A change under a branch or loop of that scope is conditional.
   */
  private static List<Change> changes(List<NameBinding> names, CallExpression factoryCall, SubscriptionContext context) {
    if (names.isEmpty()) {
      // Created inline in the call: nothing else can change it before the client does.
      return List.of();
    }
    Tree factoryScope = SourceOrder.scopeOf(factoryCall);
    Tree useScope = SourceOrder.scopeOf(names.get(0).name());
    List<Change> changes = new ArrayList<>();
    for (NameBinding binding : names) {
      Symbol symbol = binding.name().symbol();
      if (symbol == null || binding.value() == null) {
        continue;
      }
      for (Usage usage : symbol.usages()) {
        Change change = changeAt(usage.tree());
        if (change == null) {
          continue;
        }
        Tree statement = SourceOrder.enclosingStatement(change.location());
        Tree scope = SourceOrder.scopeOf(statement);
        Set<Expression> reaching = usage.tree() instanceof Name name ? ControlFlow.valuesAtLocation(name, context) : Set.of();
        boolean holdsContext = reaching.isEmpty()
          ? scope != factoryScope || SourceOrder.isBefore(factoryCall, statement)
          : reaching.contains(binding.value());
        if (!holdsContext || (scope != useScope && scope != factoryScope)) {
          continue;
        }
        // Unconditional: its block also holds the use (or, in the factory's scope, the factory call).
        Tree anchor = scope == useScope ? names.get(0).name() : factoryCall;
        boolean conditional = reaching.size() > 1
          || !(statement.parent() instanceof StatementList list && SourceOrder.encloses(list, anchor));
        changes.add(withConditional(change, conditional));
      }
    }
    changes.sort(Comparator.comparing(Change::location, SourceOrder::compare));
    return changes;
  }

  private static Change withConditional(Change change, boolean conditional) {
    return new Change(change.location(), change.member(), change.operation(), change.value(), conditional);
  }

  /** The change made through this usage of the context variable, if it is one. */
  private static Change changeAt(Tree usage) {
    if (!(usage.parent() instanceof QualifiedExpression member) || member.qualifier() != usage) {
      return null;
    }
    String name = member.name().name();
    Tree parent = member.parent();
    if (parent instanceof ExpressionList targets && targets.parent() instanceof AssignmentStatement assignment
      && assignment.lhsExpressions().contains(targets)) {
      return new Change(assignment, name, Operation.ASSIGN, assignment.assignedValue(), false);
    }
    if (parent instanceof CompoundAssignmentStatement compound && compound.lhsExpression() == member) {
      Operation operation = switch (compound.compoundAssignmentToken().value()) {
        case "|=" -> Operation.OR_ASSIGN;
        case "&=" -> Operation.AND_ASSIGN;
        default -> Operation.OTHER_AUGMENTED_ASSIGN;
      };
      return new Change(compound, name, operation, compound.rhsExpression(), false);
    }
    if (parent instanceof CallExpression call && call.callee() == member) {
      return new Change(call, name, Operation.CALL, call, false);
    }
    return null;
  }

  /** {@code client.context = ...} on the name the creation is bound to: the client then uses another context. */
  private static boolean clientContextReplaced(CallExpression creation) {
    return FtpClients.boundName(creation).stream()
      .flatMap(name -> name.symbol().usages().stream())
      .map(usage -> changeAt(usage.tree()))
      .anyMatch(change -> change != null && change.operation() != Operation.CALL
        && FtplibApi.CONTEXT_ATTRIBUTE.equals(change.member()));
  }

  private static ClassDef classDefinition(Expression classExpression) {
    if (!(classExpression instanceof HasSymbol hasSymbol) || hasSymbol.symbol() == null) {
      return null;
    }
    return hasSymbol.symbol().usages().stream()
      .filter(usage -> usage.kind() == Usage.Kind.CLASS_DECLARATION)
      .map(usage -> usage.tree().parent())
      .filter(ClassDef.class::isInstance)
      .map(ClassDef.class::cast)
      .findFirst().orElse(null);
  }

  private static Expression singleBase(ClassDef classDef) {
    if (classDef.args() == null || classDef.args().arguments().size() != 1) {
      return null;
    }
    Argument argument = classDef.args().arguments().get(0);
    return argument instanceof RegularArgument regular && regular.keywordArgument() == null ? regular.expression() : null;
  }

  private static FunctionDef initMethod(ClassDef classDef) {
    return classDef.body().statements().stream()
      .filter(FunctionDef.class::isInstance)
      .map(FunctionDef.class::cast)
      .filter(function -> FtplibApi.INIT_METHOD.equals(function.name().name()))
      .reduce((first, second) -> second)
      .orElse(null);
  }

  /** A class that sets {@code self.context} itself may use a context the constructor never sees. */
  private static boolean assignsContextAttribute(ClassDef classDef) {
    List<Tree> pending = new ArrayList<>(classDef.body().children());
    while (!pending.isEmpty()) {
      Tree tree = pending.remove(pending.size() - 1);
      if (tree instanceof QualifiedExpression member && FtplibApi.CONTEXT_ATTRIBUTE.equals(member.name().name())) {
        Change change = changeAt(member.qualifier());
        if (change != null && change.operation() != Operation.CALL) {
          return true;
        }
      }
      pending.addAll(tree.children());
    }
    return false;
  }

  /** Calls of {@code super().__init__(...)} or {@code Base.__init__(self, ...)} outside nested functions. */
  private static void collectBaseInitCalls(Tree tree, List<CallExpression> calls) {
    if (tree instanceof CallExpression call && call.callee() instanceof QualifiedExpression callee
      && FtplibApi.INIT_METHOD.equals(callee.name().name())) {
      calls.add(call);
    }
    for (Tree child : tree.children()) {
      if (!(child instanceof FunctionDef || child instanceof LambdaExpression || child instanceof ClassDef)) {
        collectBaseInitCalls(child, calls);
      }
    }
  }
}
