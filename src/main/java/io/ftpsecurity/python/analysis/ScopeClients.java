package io.ftpsecurity.python.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AnnotatedAssignment;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.WithItem;
import org.sonar.plugins.python.api.types.v2.ClassType;
import org.sonar.plugins.python.api.types.v2.PythonType;

/**
 * The FTP_TLS creations that the trees of one analysed scope refer to, resolved once, and the facts about them that
 * the data-channel analysis asks for on every effect: without this the work would grow with (names x usages).
 */
final class ScopeClients {

  private final SubscriptionContext context;
  private final SymbolBindings bindings = SymbolBindings.cached();
  private final Map<Symbol, Boolean> declaredOutside = new IdentityHashMap<>();
  private final Map<Expression, Optional<CallExpression>> creations = new IdentityHashMap<>();
  private final Map<CallExpression, Boolean> createsFtpTls = new IdentityHashMap<>();
  private final Map<Tree, List<CallExpression>> captured = new IdentityHashMap<>();
  private final Map<Symbol, Boolean> mayHoldClient = new IdentityHashMap<>();
  private final Map<PythonType, Map<String, Boolean>> runsFtplibMethod = new IdentityHashMap<>();

  ScopeClients(SubscriptionContext context) {
    this.context = context;
  }

  /**
   * {@link FtpClients#creationOf}, remembered; a name is resolved only when its symbol may hold an FTP_TLS client,
   * so that the names of modules, classes, parameters and other values cost no reaching-definitions query.
   */
  Optional<CallExpression> creationOf(Expression expression) {
    if (ValueResolver.skipParentheses(expression) instanceof Name name && (name.symbol() == null || !mayHoldClient(name.symbol()))) {
      return Optional.empty();
    }
    return creations.computeIfAbsent(expression, e -> FtpClients.creationOf(e, context, bindings));
  }

  /**
   * Whether some binding of the symbol may give it an FTP_TLS creation: {@code name = FTP_TLS(...)},
   * {@code name: T = ...}, {@code with FTP_TLS(...) as name}, or the same with a name that may hold one. The only
   * ways {@link FtpClients#creationOf} finds a creation, so a symbol without such a binding refers to none.
   * A cycle of names ({@code a = b; b = a}) is taken to hold one: this only saves work, it never decides.
   */
  private boolean mayHoldClient(Symbol symbol) {
    Boolean known = mayHoldClient.get(symbol);
    if (known != null) {
      return known;
    }
    mayHoldClient.put(symbol, true);
    boolean holds = false;
    for (Usage binding : bindings.of(symbol)) {
      Expression value = ValueResolver.skipParentheses(boundValue(binding.tree()));
      if (value instanceof CallExpression call ? createsFtpTls(call)
        : value instanceof Name alias && alias.symbol() != null && mayHoldClient(alias.symbol())) {
        holds = true;
        break;
      }
    }
    mayHoldClient.put(symbol, holds);
    return holds;
  }

  /** The value a binding gives its name in an assignment or a with item; null for any other binding. */
  private static Expression boundValue(Tree bound) {
    Tree parent = bound.parent();
    if (parent instanceof AnnotatedAssignment annotated && annotated.variable() == bound) {
      return annotated.assignedValue();
    }
    if (parent instanceof ExpressionList targets && targets.parent() instanceof AssignmentStatement assignment
      && assignment.lhsExpressions().contains(targets)) {
      return assignment.assignedValue();
    }
    return parent instanceof WithItem item && item.expression() == bound ? item.test() : null;
  }

  /** {@link FtpClients#runsFtplibMethod}, remembered per class: type lookups cost more than the rest of a step. */
  boolean runsFtplibMethod(CallExpression creation, String method) {
    PythonType type = creation.callee().typeV2();
    return type instanceof ClassType && runsFtplibMethod.computeIfAbsent(type, t -> new HashMap<>())
      .computeIfAbsent(method, m -> FtpClients.runsFtplibMethod(creation, m));
  }

  /** Whether a {@code global} or {@code nonlocal} statement makes the symbol a variable of another scope. */
  boolean declaredOutside(Symbol symbol) {
    return declaredOutside.computeIfAbsent(symbol, s -> s.usages().stream()
      .anyMatch(usage -> usage.kind() == Usage.Kind.GLOBAL_DECLARATION
        || usage.tree().parent() != null && usage.tree().parent().is(Tree.Kind.NONLOCAL_STMT)));
  }

  /** {@link FtpClients#createsFtpTls}, remembered. */
  boolean createsFtpTls(CallExpression call) {
    return createsFtpTls.computeIfAbsent(call, c -> FtpClients.createsFtpTls(c, context));
  }

  /** The creations that the names read inside a nested function or lambda refer to. */
  List<CallExpression> capturedBy(Tree function) {
    return captured.computeIfAbsent(function, f -> {
      List<CallExpression> found = new ArrayList<>();
      forEachTree(f, tree -> {
        if (tree instanceof Name name && isRead(name)) {
          creationOf(name).ifPresent(found::add);
        }
      });
      return List.copyOf(found);
    });
  }

  /** A name read as a variable: not an assignment target, attribute name or keyword. */
  static boolean isRead(Name name) {
    Usage usage = name.usage();
    return usage != null && !usage.isBindingUsage()
      && !(name.parent() instanceof QualifiedExpression access && access.name() == name);
  }

  private static void forEachTree(Tree root, Consumer<Tree> action) {
    Deque<Tree> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      Tree tree = pending.pop();
      action.accept(tree);
      tree.children().forEach(pending::push);
    }
  }
}
