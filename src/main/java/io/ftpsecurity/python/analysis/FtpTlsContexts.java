package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.SslApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
import org.sonar.plugins.python.api.tree.Statement;
import org.sonar.plugins.python.api.tree.StatementList;
import org.sonar.plugins.python.api.tree.Token;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * The SSL context an FTP_TLS client is created with, followed through the function or module that builds it: which
 * {@code ssl} factory made it, and which attribute writes and method calls changed it before it reached the client.
 * It also follows the file's own helpers into their returns, attributes of the class into their assignments, and a
 * context swapped onto the client before use. Whatever the code does not show (a parameter, a helper of another module,
 * values that disagree, a value reached by two assignments) is {@link Unknown}, so that rules stay silent.
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
  /** The client's own context attribute, asked of TlsClientMembers. */
  private static final Set<String> CONTEXT_MEMBER = Set.of(FtplibApi.CONTEXT_ATTRIBUTE);
  private static final int MAX_SUBCLASS_DEPTH = 3;
  private static final int MAX_NAME_STEPS = 5;
  /** Helpers and attributes followed into one another, at most this deep. */
  private static final int MAX_FOLLOW_DEPTH = 3;

  private FtpTlsContexts() {
  }

  /**
   * The context an FTP_TLS creation (FtpClients.mayCreateFtpTls) receives: followed once per file, for every rule that
   * asks.
   */
  public static Reaching contextOf(CallExpression creation, SubscriptionContext context, LocalDefinitions definitions) {
    Map<CallExpression, Reaching> known = ControlFlow.index(creation, FileContexts.class, FileContexts::new).byCreation;
    Reaching reaching = known.get(creation);
    if (reaching == null) {
      reaching = follow(creation, context, definitions);
      known.put(creation, reaching);
    }
    return reaching;
  }

  /**
   * What has been followed in the file being analysed: per creation its context, per subclass what its body shows, per
   * client name its first use (a name reused for thousands of clients would otherwise be scanned for each swap).
   */
  private static final class FileContexts {
    private final Map<CallExpression, Reaching> byCreation = new IdentityHashMap<>();
    private final Map<ClassDef, Subclass> subclasses = new IdentityHashMap<>();
    private final Map<Symbol, Optional<Tree>> firstUses = new IdentityHashMap<>();
  }

  private static Reaching follow(CallExpression creation, SubscriptionContext context, LocalDefinitions definitions) {
    Lookup lookup = new Lookup(context, definitions);
    Expression tlsClass = CallKinds.createsFtpTls(creation, context) ? creation.callee()
      : FtpClients.ftpTlsChoice(creation, context, definitions).orElse(creation.callee());
    Reaching reaching = contextThroughClass(tlsClass, creation, lookup, 0);
    // client.context, read or written through the name the client is bound to
    List<QualifiedExpression> contextUses = TlsClientMembers.of(creation, CONTEXT_MEMBER, context);
    List<Change> swaps = contextSwaps(contextUses);
    if (!swaps.isEmpty()) {
      reaching = swaps.size() == 1 && isFollowedSwap(swaps.get(0), creation, context)
        ? contextValue(swaps.get(0).value(), swaps.get(0).location(), lookup, 0)
        : UNKNOWN;
    }
    List<Change> throughClient = changesThroughClient(creation, contextUses);
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

  /** {@code client.context = ...} (or an augmented assignment) on the name the creation is bound to. */
  private static List<Change> contextSwaps(List<QualifiedExpression> contextUses) {
    List<Change> swaps = new ArrayList<>();
    for (QualifiedExpression member : contextUses) {
      Change change = changeAt(member.qualifier());
      if (change != null && change.operation() != Operation.CALL) {
        swaps.add(change);
      }
    }
    return swaps;
  }

  /**
   * FTP_TLS reads {@code self.context} when it logs in and for each data connection, so a context swapped in before
   * the client is used replaces the one it was created with. Followed when FTP_TLS itself is created without a user
   * (with one, the constructor logs in with the first context), and the swap is a plain assignment that runs on every
   * path, in the creation's scope, before any other use of the client.
   */
  private static boolean isFollowedSwap(Change swap, CallExpression creation, SubscriptionContext context) {
    if (swap.operation() != Operation.ASSIGN || !FtpClassResolver.matches(FtplibApi.IS_EXACT_FTP_TLS_CLASS, creation.callee(), context)
      || !(CallArguments.bindingOf(creation, FtplibApi.CONSTRUCTOR_USER_POSITION, FtplibApi.CONSTRUCTOR_USER_KEYWORD)
      instanceof CallArguments.Absent)) {
      return false;
    }
    Tree statement = swap.location();
    if (SourceOrder.scopeOf(statement) != SourceOrder.scopeOf(creation)
      || !(statement.parent() instanceof StatementList list && SourceOrder.encloses(list, creation))) {
      return false;
    }
    Name client = FtpClients.boundName(creation).orElseThrow();
    // a use inside the statement starts after it: the first use in the file decides
    Tree firstUse = ControlFlow.index(creation, FileContexts.class, FileContexts::new).firstUses
      .computeIfAbsent(client.symbol(), FtpTlsContexts::firstUse).orElse(null);
    return firstUse == null || !SourceOrder.isBefore(firstUse, statement);
  }

  /** The use of a symbol that starts first in the file, bindings aside. */
  private static Optional<Tree> firstUse(Symbol symbol) {
    Tree first = null;
    for (Usage usage : symbol.usages()) {
      if (!usage.isBindingUsage() && (first == null || SourceOrder.isBefore(usage.tree(), first))) {
        first = usage.tree();
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Changes made through the client's own attribute, {@code ftps.context.check_hostname = False}, in the scope that
   * creates it and where the name certainly holds this client.
   */
  private static List<Change> changesThroughClient(CallExpression creation, List<QualifiedExpression> contextUses) {
    Tree scope = SourceOrder.scopeOf(creation);
    List<Change> changes = new ArrayList<>();
    for (QualifiedExpression attribute : contextUses) {
      Change change = changeAt(attribute);
      Tree statement = change == null ? null : SourceOrder.enclosingStatement(change.location());
      if (statement != null && SourceOrder.scopeOf(statement) == scope) {
        boolean conditional = !(statement.parent() instanceof StatementList list && SourceOrder.encloses(list, creation));
        changes.add(withConditional(change, conditional));
      }
    }
    return changes;
  }

  /** What the analysis reads besides the tree: the frontend's flow facts and the file's own definitions. */
  private record Lookup(SubscriptionContext context, LocalDefinitions definitions) {
  }

  private static Reaching contextThroughClass(Expression classExpression, CallExpression creation, Lookup lookup, int depth) {
    SubscriptionContext context = lookup.context();
    if (FtpClassResolver.matches(FtplibApi.IS_EXACT_FTP_TLS_CLASS, classExpression, context)) {
      return contextArgument(creation, lookup);
    }
    ClassDef subclass = classDefinition(classExpression);
    if (subclass == null && classExpression == creation.callee() && isImportedWithoutOverrides(creation)) {
      return contextArgument(creation, lookup);
    }
    Subclass walked = subclass == null || depth >= MAX_SUBCLASS_DEPTH ? null : walked(subclass, creation);
    if (walked == null || walked.assignsContext()) {
      return UNKNOWN;
    }
    Expression base = singleBase(subclass);
    FunctionDef init = walked.init();
    if (base == null) {
      return UNKNOWN;
    }
    if (init == null) {
      return contextThroughClass(base, creation, lookup, depth + 1);
    }
    if (!FtplibApi.IS_EXACT_FTP_TLS_CLASS.isTrueFor(base, context)) {
      return UNKNOWN;
    }
    List<CallExpression> superInits = walked.baseInitCalls();
    if (superInits.size() != 1) {
      return UNKNOWN;
    }
    CallExpression superInit = superInits.get(0);
    // FTP_TLS.__init__(self, host, ...) passes self explicitly; super().__init__(host, ...) does not.
    int offset = superInit.callee() instanceof QualifiedExpression qualified && qualified.qualifier() instanceof CallExpression ? 0 : 1;
    InitForwarding.Source source = InitForwarding.sourceOf(creation, init, superInit, offset,
      FtplibApi.CONSTRUCTOR_CONTEXT_POSITION, FtplibApi.CONSTRUCTOR_CONTEXT_KEYWORD);
    if (source instanceof InitForwarding.Value value) {
      return contextValue(value.value(), value.cause(), lookup, 0);
    }
    return source instanceof InitForwarding.BaseDefault fallback ? new Fallback(Optional.of(fallback.cause())) : UNKNOWN;
  }

  /** The context a creation of FTP_TLS itself passes. */
  private static Reaching contextArgument(CallExpression creation, Lookup lookup) {
    CallArguments.Binding binding = CallArguments.bindingOf(creation,
      FtplibApi.CONSTRUCTOR_CONTEXT_POSITION, FtplibApi.CONSTRUCTOR_CONTEXT_KEYWORD);
    if (binding instanceof CallArguments.Absent) {
      return new Fallback(Optional.empty());
    }
    if (!(binding instanceof CallArguments.Passed passed)) {
      return UNKNOWN;
    }
    return contextValue(passed.value(), passed.argument(), lookup, 0);
  }

  /**
   * The context an expression holds; {@code noneCause} is where a None value is given. Besides names, it follows
   * the file's own helpers ({@code make_context()}, {@code self._context()}) into their returns and attributes of
   * the class ({@code self.tls}) into their assignments, to a small depth, when all of them agree.
   */
  private static Reaching contextValue(Expression expression, Tree noneCause, Lookup lookup, int depth) {
    SubscriptionContext context = lookup.context();
    List<NameBinding> names = new ArrayList<>();
    Expression value = ValueResolver.skipParentheses(expression);
    for (int step = 0; step < MAX_NAME_STEPS && value instanceof Name name; step++) {
      Expression assigned = ValueResolver.singleAssignedValue(name, context).orElse(null);
      names.add(new NameBinding(name, assigned));
      value = assigned == null ? null : ValueResolver.skipParentheses(assigned);
    }
    if (value instanceof NoneExpression) {
      return new Fallback(Optional.of(noneCause));
    }
    if (value instanceof QualifiedExpression attribute && names.isEmpty() && depth < MAX_FOLLOW_DEPTH) {
      return attributeContext(attribute, lookup, depth);
    }
    if (!(value instanceof CallExpression call)) {
      return UNKNOWN;
    }
    Optional<Made> made = built(call, context);
    if (made.isPresent()) {
      return new Built(call, made.get().factory(), made.get().protocol(), changes(names, call, context));
    }
    Reaching returned = depth < MAX_FOLLOW_DEPTH ? helperContext(call, lookup, depth) : UNKNOWN;
    if (!(returned instanceof Built built)) {
      return names.isEmpty() ? returned : UNKNOWN;
    }
    // The helper's own changes run first, then the caller's through the names that hold its result.
    List<Change> all = new ArrayList<>(built.changes());
    all.addAll(changes(names, call, context));
    return new Built(built.factoryCall(), built.factory(), built.protocol(), all);
  }

  /** What a helper of this file returns, when every {@code return} of it gives the same context. */
  private static Reaching helperContext(CallExpression call, Lookup lookup, int depth) {
    return lookup.definitions().calledFunction(call)
      .flatMap(helper -> lookup.definitions().returnValues(helper))
      .map(values -> agreeing(values.stream().map(value -> contextValue(value, value, lookup, depth + 1)).toList()))
      .orElse(UNKNOWN);
  }

  /**
   * A context the class keeps in an attribute: what every assignment to it gives, when they agree, changed through
   * {@code self.attr.member} in any method. A change counts as unconditional only in the block of a single
   * assignment, after it; elsewhere (another method, a branch) it may run before or after the client uses it.
   */
  private static Reaching attributeContext(QualifiedExpression attribute, Lookup lookup, int depth) {
    List<Expression> values = lookup.definitions().valuesOf(attribute);
    Reaching assigned = agreeing(values.stream().map(value -> contextValue(value, value, lookup, depth + 1)).toList());
    if (!(assigned instanceof Built built)) {
      return assigned;
    }
    Tree assignment = values.size() == 1 ? SourceOrder.enclosingStatement(values.get(0)) : null;
    List<Change> all = new ArrayList<>(built.changes());
    for (QualifiedExpression use : lookup.definitions().usesOf(attribute)) {
      Change change = changeAt(use);
      if (change != null) {
        Tree statement = SourceOrder.enclosingStatement(change.location());
        boolean unconditional = assignment != null && SourceOrder.isBefore(assignment, statement)
          && statement.parent() instanceof StatementList list && list == assignment.parent();
        all.add(withConditional(change, !unconditional));
      }
    }
    all.sort(Comparator.comparing(Change::location, SourceOrder::compare));
    return new Built(built.factoryCall(), built.factory(), built.protocol(), all);
  }

  /** The one context several values give: the same fallback, or the same factory with no changes; else unknown. */
  private static Reaching agreeing(List<Reaching> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    if (values.isEmpty() || values.stream().anyMatch(Unknown.class::isInstance)) {
      return UNKNOWN;
    }
    Reaching first = values.get(0);
    boolean same = values.stream().allMatch(value -> first instanceof Fallback ? value instanceof Fallback
      : value instanceof Built built && first instanceof Built firstBuilt && built.changes().isEmpty()
        && firstBuilt.changes().isEmpty() && built.factory() == firstBuilt.factory() && built.protocol().equals(firstBuilt.protocol()));
    return same ? first : UNKNOWN;
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
      for (String keyword : SslApi.UNVERIFIED_FACTORY_CHECK_KEYWORDS) {
        if (!(CallArguments.bindingOf(factoryCall, -1, keyword) instanceof CallArguments.Absent)) {
          // checks turned on
          return Optional.empty();
        }
      }
      return Optional.of(new Made(Factory.UNVERIFIED_CONTEXT, Optional.empty()));
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
      if (binding.name().symbol() == null || binding.value() == null) {
        continue;
      }
      for (NameChanges.Use use : NameChanges.of(binding.name(), context).mayHold(binding.value())) {
        Tree statement = use.statement();
        Tree scope = use.scope();
        Set<Expression> reaching = use.reaching();
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
        changes.add(withConditional(use.change(), conditional));
      }
    }
    changes.sort(Comparator.comparing(Change::location, SourceOrder::compare));
    return changes;
  }

  private static Change withConditional(Change change, boolean conditional) {
    if (change.conditional() == conditional) {
      // most changes are unconditional, as changeAt makes them: no copy for those
      return change;
    }
    return new Change(change.location(), change.member(), change.operation(), change.value(), conditional);
  }

  /** The change made through this usage of the context variable, if it is one. */
  static Change changeAt(Tree usage) {
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

  /**
   * A subclass defined in another module of the project (the frontend resolves it through the project's symbol table)
   * that keeps ftplib's constructor and every method FTP_TLS runs by itself: it gets its context as FTP_TLS does.
   */
  private static boolean isImportedWithoutOverrides(CallExpression creation) {
    return FtplibApi.IMPLICITLY_CALLED_METHODS.stream().allMatch(method -> FtpClients.runsFtplibMethod(creation, method));
  }

  private static ClassDef classDefinition(Expression classExpression) {
    if (!(classExpression instanceof HasSymbol hasSymbol) || hasSymbol.symbol() == null) {
      return null;
    }
    for (Usage binding : SymbolBindings.OF_FILE.of(hasSymbol.symbol())) {
      if (binding.kind() == Usage.Kind.CLASS_DECLARATION && binding.tree().parent() instanceof ClassDef classDef) {
        return classDef;
      }
    }
    return null;
  }

  private static Expression singleBase(ClassDef classDef) {
    if (classDef.args() == null || classDef.args().arguments().size() != 1) {
      return null;
    }
    Argument argument = classDef.args().arguments().get(0);
    return argument instanceof RegularArgument regular && regular.keywordArgument() == null ? regular.expression() : null;
  }

  /** The last {@code __init__} of the class body: the one Python keeps. */
  private static FunctionDef initMethod(ClassDef classDef) {
    FunctionDef init = null;
    for (Statement statement : classDef.body().statements()) {
      if (statement instanceof FunctionDef function && FtplibApi.INIT_METHOD.equals(function.name().name())) {
        init = function;
      }
    }
    return init;
  }

  /**
   * What the body of a subclass shows: whether it sets {@code <x>.context} itself (it may then use a context the
   * constructor never sees), its {@code __init__} (the last one: the one Python keeps), and that method's calls of
   * {@code super().__init__(...)} or {@code Base.__init__(self, ...)} outside nested functions and classes.
   */
  private record Subclass(boolean assignsContext, FunctionDef init, List<CallExpression> baseInitCalls) {
  }

  /** The body of a subclass walked once per file, however many clients it creates. */
  private static Subclass walked(ClassDef classDef, Tree place) {
    return ControlFlow.index(place, FileContexts.class, FileContexts::new).subclasses
      .computeIfAbsent(classDef, FtpTlsContexts::walk);
  }

  /**
   * One walk of the class body for every fact of {@link Subclass}. Stacks, not recursion (a long expression nests
   * deep): one of trees inside the __init__ body and outside nested functions, where base calls count, one of the
   * others. Tokens, most of the tree, hold nothing and are not pushed.
   */
  private static Subclass walk(ClassDef classDef) {
    FunctionDef init = initMethod(classDef);
    Tree initBody = init == null ? null : init.body();
    boolean assignsContext = false;
    List<CallExpression> baseInitCalls = new ArrayList<>();
    List<Tree> elsewhere = new ArrayList<>(classDef.body().children());
    List<Tree> inInit = new ArrayList<>();
    while (!elsewhere.isEmpty() || !inInit.isEmpty()) {
      boolean counts = !inInit.isEmpty();
      Tree tree = counts ? inInit.remove(inInit.size() - 1) : elsewhere.remove(elsewhere.size() - 1);
      if (tree instanceof QualifiedExpression member && FtplibApi.CONTEXT_ATTRIBUTE.equals(member.name().name())) {
        Change change = changeAt(member.qualifier());
        assignsContext |= change != null && change.operation() != Operation.CALL;
      }
      if (counts && tree instanceof CallExpression call && call.callee() instanceof QualifiedExpression callee
        && FtplibApi.INIT_METHOD.equals(callee.name().name())) {
        baseInitCalls.add(call);
      }
      for (Tree child : tree.children()) {
        if (child == initBody) {
          inInit.add(child);
        } else if (!(child instanceof Token)) {
          boolean nested = child instanceof FunctionDef || child instanceof LambdaExpression || child instanceof ClassDef;
          (counts && !nested ? inInit : elsewhere).add(child);
        }
      }
    }
    return new Subclass(assignsContext, init, baseInitCalls);
  }

}
