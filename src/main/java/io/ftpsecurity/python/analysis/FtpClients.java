package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.WithItem;
import org.sonar.plugins.python.api.types.v2.ClassType;
import org.sonar.plugins.python.api.types.v2.FunctionType;
import org.sonar.plugins.python.api.types.v2.PythonType;
import org.sonar.plugins.python.api.types.v2.UnionType;

/**
 * Which calls create ftplib clients, and which creation an expression such as {@code ftps} in
 * {@code ftps.prot_p()} refers to: through assignments and through {@code with FTP_TLS(...) as ftps}
 * (FTP.__enter__ returns the client itself).
 */
public final class FtpClients {

  private FtpClients() {
  }

  /**
   * A call that instantiates FTP_TLS or a subclass of it, however the class is named; also through an optional import
   * whose fallback creates no client (FtpClassResolver#isFtpTlsClass).
   */
  public static boolean createsFtpTls(CallExpression call, SubscriptionContext context) {
    return FtpClassResolver.isFtpTlsClass(call.callee(), context);
  }

  /**
   * A call that instantiates FTP_TLS, or a class picked at run time ({@link FtpClassResolver#classChoices}) that can
   * be FTP_TLS: its FTP_TLS path is judged like any FTP_TLS creation.
   */
  public static boolean mayCreateFtpTls(CallExpression call, SubscriptionContext context, LocalDefinitions definitions) {
    return createsFtpTls(call, context) || ftpTlsChoice(call, context, definitions).isPresent();
  }

  /** The one FTP_TLS class among the classes a creation picks at run time. */
  public static Optional<Expression> ftpTlsChoice(CallExpression call, SubscriptionContext context, LocalDefinitions definitions) {
    // a loop, not a stream: the TLS rules ask this of every call of the file, and most callees are no choice (an
    // empty list, answered by FtpClassResolver without resolving anything)
    Expression found = null;
    for (Expression choice : FtpClassResolver.classChoices(call.callee(), context, definitions)) {
      if (FtpClassResolver.isFtpTlsClass(choice, context)) {
        if (found != null) {
          return Optional.empty();
        }
        found = choice;
      }
    }
    return Optional.ofNullable(found);
  }

  /** A call that instantiates cleartext FTP: ftplib.FTP or a subclass of it that is not FTP_TLS. */
  public static boolean createsPlainFtp(CallExpression call, SubscriptionContext context) {
    return FtpClassResolver.isPlainFtpClass(call.callee(), context);
  }

  /** The creation call an expression certainly refers to, if the code of this scope shows it. */
  public static Optional<CallExpression> creationOf(Expression receiver, SubscriptionContext context) {
    SymbolBindings bindings = SymbolBindings.OF_FILE;
    Expression value = ValueResolver.skipParentheses(receiver);
    if (value instanceof Name name) {
      Optional<Expression> withTarget = withItemValue(name, bindings);
      if (withTarget.isPresent()) {
        value = withTarget.get();
      } else {
        value = ValueResolver.resolve(name, context, bindings).orElse(null);
      }
    }
    return value instanceof CallExpression call ? Optional.of(call) : Optional.empty();
  }

  /** The creation of an FTP_TLS client that an expression refers to. */
  public static Optional<CallExpression> ftpTlsCreationOf(Expression receiver, SubscriptionContext context) {
    return creationOf(receiver, context).filter(call -> createsFtpTls(call, context));
  }

  /**
   * A call {@code client.method(...)} on an FTP_TLS client (or subclass instance): known from the type of
   * the method, or from the creation the receiver refers to when types do not follow it.
   */
  public static boolean isFtpTlsMethodCall(CallExpression call, String method, SubscriptionContext context,
    LocalDefinitions definitions) {
    if (!(call.callee() instanceof QualifiedExpression callee) || !method.equals(callee.name().name())) {
      return false;
    }
    if (callee.typeV2() instanceof FunctionType function
      && (FtplibApi.FTP_TLS + "." + method).equals(function.fullyQualifiedName())) {
      return true;
    }
    // methods FTP_TLS inherits are typed as FTP's: the receiver's creation decides
    return ftpTlsCreationOf(callee.qualifier(), context).isPresent() || !attributeCreations(callee.qualifier(), context, definitions).isEmpty();
  }

  /**
   * The FTP_TLS creations an attribute of the enclosing class ({@code self.session}) holds, when every value the class
   * assigns to it is one; empty otherwise.
   */
  public static List<CallExpression> attributeCreations(Expression receiver, SubscriptionContext context, LocalDefinitions definitions) {
    if (!(ValueResolver.skipParentheses(receiver) instanceof QualifiedExpression attribute)) {
      return List.of();
    }
    List<CallExpression> creations = new ArrayList<>();
    for (Expression value : definitions.valuesOf(attribute)) {
      if (!(value instanceof CallExpression creation && createsFtpTls(creation, context))) {
        return List.of();
      }
      creations.add(creation);
    }
    return creations;
  }

  /** The name a creation is bound to: {@code name = FTP_TLS(...)} or {@code with FTP_TLS(...) as name}. */
  public static Optional<Name> boundName(CallExpression creation) {
    Tree parent = creation.parent();
    Expression bound = null;
    if (parent instanceof WithItem item && item.test() == creation) {
      bound = item.expression();
    } else if (parent instanceof AssignmentStatement assignment && assignment.assignedValue() == creation
      && assignment.lhsExpressions().size() == 1 && assignment.lhsExpressions().get(0).expressions().size() == 1) {
      bound = assignment.lhsExpressions().get(0).expressions().get(0);
    }
    return bound instanceof Name name && name.symbol() != null ? Optional.of(name) : Optional.empty();
  }

  /**
   * The attributes {@code name.member} read, written or called through the name a creation is bound to
   * ({@link #boundName}), for the members named in {@code members}, where that name certainly holds this client; in
   * the order of the symbol's usages. Found once per file for each symbol and set of members (pass a constant set),
   * for all the creations bound to that name: a reused name ({@code client}) has thousands of uses, a few for each
   * creation, and the members asked about are rare among them, so only those are kept and resolved.
   */
  public static List<QualifiedExpression> memberUses(CallExpression creation, Set<String> members, SubscriptionContext context) {
    Optional<Name> bound = boundName(creation);
    if (bound.isEmpty()) {
      return List.of();
    }
    Map<Symbol, Map<CallExpression, List<QualifiedExpression>>> bySymbol = ControlFlow.index(creation, MemberUses.class,
      MemberUses::new).bySet.computeIfAbsent(members, m -> new IdentityHashMap<>());
    Map<CallExpression, List<QualifiedExpression>> byCreation = bySymbol.get(bound.get().symbol());
    if (byCreation == null) {
      byCreation = byCreation(bound.get().symbol(), members, context);
      bySymbol.put(bound.get().symbol(), byCreation);
    }
    return byCreation.getOrDefault(creation, List.of());
  }

  /** Per set of members asked about (by identity: the callers' constants), per symbol, the uses by creation. */
  private static final class MemberUses {
    private final Map<Set<String>, Map<Symbol, Map<CallExpression, List<QualifiedExpression>>>> bySet = new IdentityHashMap<>();
  }

  /** The symbol's uses {@code name.member} for these members, by the creation the name certainly holds there. */
  private static Map<CallExpression, List<QualifiedExpression>> byCreation(Symbol symbol, Set<String> members,
    SubscriptionContext context) {
    Map<CallExpression, List<QualifiedExpression>> byCreation = null;
    // an indexed loop over the usages, with no allocation: most are members nobody asks about (login, prot_p, ...)
    List<Usage> usages = symbol.usages();
    for (int i = 0; i < usages.size(); i++) {
      if (usages.get(i).tree() instanceof Name name && name.parent() instanceof QualifiedExpression member && member.qualifier() == name
        && members.contains(member.name().name())) {
        CallExpression holder = creationOf(name, context).orElse(null);
        if (holder != null) {
          if (byCreation == null) {
            byCreation = new IdentityHashMap<>();
          }
          byCreation.computeIfAbsent(holder, c -> new ArrayList<>()).add(member);
        }
      }
    }
    return byCreation == null ? Map.of() : byCreation;
  }

  /**
   * Whether calling {@code method} on the client that {@code creation} makes runs ftplib's own code: false when a
   * subclass overrides it, or when the class or the method cannot be resolved.
   */
  public static boolean runsFtplibMethod(CallExpression creation, String method) {
    return FtpClassResolver.classType(creation.callee()) instanceof ClassType classType
      && classType.resolveMember(method).filter(FtpClients::isFtplibFunction).isPresent();
  }

  /** An ftplib function, or overloads that all are (typeshed declares some methods per Python version). */
  static boolean isFtplibFunction(PythonType type) {
    if (type instanceof UnionType overloads) {
      return overloads.candidates().stream().allMatch(FtpClients::isFtplibFunction);
    }
    return type instanceof FunctionType function && function.fullyQualifiedName() != null
      && function.fullyQualifiedName().startsWith(FtplibApi.MODULE + ".");
  }

  /** For a name bound only by {@code with <expr> as name}, the expression. */
  private static Optional<Expression> withItemValue(Name name, SymbolBindings symbolBindings) {
    Symbol symbol = name.symbol();
    if (symbol == null) {
      return Optional.empty();
    }
    List<Usage> bindings = symbolBindings.of(symbol);
    if (bindings.size() == 1 && bindings.get(0).kind() == Usage.Kind.WITH_INSTANCE) {
      Tree parent = bindings.get(0).tree().parent();
      if (parent instanceof WithItem item && item.expression() == bindings.get(0).tree()) {
        return Optional.of(item.test());
      }
    }
    return Optional.empty();
  }
}
