package io.ftpsecurity.python.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Expression;
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
  private final SymbolBindings bindings = SymbolBindings.cached();
  private final Map<Symbol, Boolean> declaredOutside = new IdentityHashMap<>();
  private final Map<Expression, Optional<CallExpression>> creations = new IdentityHashMap<>();
  private final Map<CallExpression, Boolean> createsFtpTls = new IdentityHashMap<>();
  private final Map<Tree, List<CallExpression>> captured = new IdentityHashMap<>();

  ScopeClients(SubscriptionContext context) {
    this.context = context;
  }

  /** {@link FtpClients#creationOf}, remembered. */
  Optional<CallExpression> creationOf(Expression expression) {
    return creations.computeIfAbsent(expression, e -> FtpClients.creationOf(e, context, bindings));
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
      if (tree instanceof CallExpression call && createsFtpTls(call)) {
        action.accept(call);
      } else if (tree instanceof Name name && isRead(name)) {
        creationOf(name).ifPresent(action);
      }
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
