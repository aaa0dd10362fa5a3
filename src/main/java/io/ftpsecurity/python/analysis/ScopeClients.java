package io.ftpsecurity.python.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * The FTP_TLS creations that the trees of one analysed scope refer to, resolved once: the data-channel fixpoint
 * visits a block several times, and resolving a name scans its symbol's usages, so without this the work would
 * grow with (visits x names x usages).
 */
final class ScopeClients {

  private final SubscriptionContext context;
  private final TrackedClients tracked;
  private final SymbolBindings bindings = SymbolBindings.cached();
  private final Map<Symbol, Boolean> declaredOutside = new IdentityHashMap<>();
  private final Map<Expression, Optional<CallExpression>> creations = new IdentityHashMap<>();
  private final Map<Tree, List<CallExpression>> captured = new IdentityHashMap<>();
  /** The keys of clients kept in attributes: their state at the end of the scope is the outcome's. */
  private final Set<CallExpression> attributeKeys = new HashSet<>();

  ScopeClients(TrackedClients tracked) {
    this.context = tracked.context();
    this.tracked = tracked;
  }

  /**
   * The key of the client an expression certainly refers to: {@link FtpClients#creationOf} for names and calls, the
   * followed attribute for {@code self.attr}; remembered.
   */
  Optional<CallExpression> creationOf(Expression expression) {
    return creations.computeIfAbsent(expression, e -> {
      if (ValueResolver.skipParentheses(e) instanceof QualifiedExpression attribute) {
        Optional<CallExpression> key = tracked.attributeClient(attribute);
        key.ifPresent(attributeKeys::add);
        return key;
      }
      return FtpClients.creationOf(e, context, bindings);
    });
  }

  /** Whether the key is that of a client kept in an attribute, which outlives the scope. */
  boolean outlivesScope(CallExpression key) {
    return attributeKeys.contains(key);
  }

  /** {@link TrackedClients#seedOf}. */
  Optional<TrackedClients.Seed> seedOf(CallExpression call) {
    Optional<TrackedClients.Seed> seed = tracked.seedOf(call);
    seed.filter(TrackedClients.Seed::inAttribute).ifPresent(found -> attributeKeys.add(found.key()));
    return seed;
  }

  /** What calling the method does to the channel of the client tracked by this key. */
  SubclassOverrides.Effect effectOf(CallExpression key, String method) {
    return tracked.effectOf(tracked.seedOf(key).map(TrackedClients.Seed::creations).orElse(List.of(key)), method);
  }

  /** Whether the cause of a state is a seed (a creation or a helper's call) rather than a {@code prot_c()} call. */
  boolean isSeed(Tree cause) {
    return cause instanceof CallExpression call && tracked.seedOf(call).isPresent();
  }

  /** The creation a seed's client comes from: the call itself, or the creation in the helper that returned it. */
  CallExpression originOf(CallExpression seed) {
    return tracked.seedOf(seed).map(found -> found.creations().get(0)).orElse(seed);
  }

  /** Whether a {@code global} or {@code nonlocal} statement makes the symbol a variable of another scope. */
  boolean declaredOutside(Symbol symbol) {
    return declaredOutside.computeIfAbsent(symbol, s -> s.usages().stream()
      .anyMatch(usage -> usage.kind() == Usage.Kind.GLOBAL_DECLARATION
        || usage.tree().parent() != null && usage.tree().parent().is(Tree.Kind.NONLOCAL_STMT)));
  }

  /** The creations that the names read inside a nested function or lambda refer to. */
  List<CallExpression> capturedBy(Tree function) {
    return captured.computeIfAbsent(function, f -> {
      List<CallExpression> found = new ArrayList<>();
      forEachTree(f, tree -> {
        if (tree instanceof Name name && isRead(name) || tree instanceof QualifiedExpression attribute && isRead(attribute)) {
          creationOf((Expression) tree).ifPresent(found::add);
        }
      });
      return List.copyOf(found);
    });
  }

  /**
   * Every creation one element of a block may touch: the FTP_TLS calls in it and the creations its names refer
   * to, nested functions included; a class statement's body is made of elements of its own.
   */
  void forEachReferencedCreation(Tree element, Consumer<CallExpression> action) {
    Tree walked = element instanceof ClassDef classDef ? classDef.args() : element;
    if (walked == null) {
      return;
    }
    forEachTree(walked, tree -> {
      if (tree instanceof CallExpression call) {
        seedOf(call).map(TrackedClients.Seed::key).ifPresent(action);
      }
      if (tree instanceof Name name && isRead(name) || tree instanceof QualifiedExpression attribute && isRead(attribute)) {
        creationOf((Expression) tree).ifPresent(action);
      }
    });
  }

  /** A name read as a variable: not an assignment target, attribute name or keyword. */
  static boolean isRead(Name name) {
    Usage usage = name.usage();
    return usage != null && !usage.isBindingUsage()
      && !(name.parent() instanceof QualifiedExpression access && access.name() == name);
  }

  /** An attribute read, not assigned. */
  static boolean isRead(QualifiedExpression attribute) {
    return !(attribute.parent() instanceof ExpressionList targets && targets.parent() instanceof AssignmentStatement assignment
      && assignment.lhsExpressions().contains(targets));
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
