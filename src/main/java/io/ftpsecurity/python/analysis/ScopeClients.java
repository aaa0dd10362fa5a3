package io.ftpsecurity.python.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.cfg.CfgBlock;
import org.sonar.plugins.python.api.cfg.ControlFlowGraph;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AnnotatedAssignment;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.BinaryExpression;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.ConditionalExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.NonlocalStatement;
import org.sonar.plugins.python.api.tree.Parameter;
import org.sonar.plugins.python.api.tree.ParenthesizedExpression;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.ReturnStatement;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.WithItem;

/**
 * The tracked clients ({@link TrackedClients}) that the trees of one analysed scope refer to, resolved once, and the
 * facts about them that the data-channel analysis asks for on every effect: without this the work would grow with
 * (names x usages). It also finds, from the scope's calls and the usages of the names they are assigned to, the few
 * trees that may act on a client the scope starts, and keeps them per element of the graph ({@link Anchor}), so that
 * the analysis reads those and walks no statement.
 */
final class ScopeClients {

  private static final int FEW = 4;

  private final SubscriptionContext context;
  private final TrackedClients tracked;
  // sized for a few entries: a file analyses a scope per function that starts a client, most of them asking little
  private final Map<Symbol, Boolean> declaredOutside = new IdentityHashMap<>(FEW);
  private final Map<Symbol, Boolean> mayHoldClient = new IdentityHashMap<>(FEW);
  /** The keys of clients kept in attributes: their state at the end of the scope is the outcome's. */
  private final Set<CallExpression> attributeKeys = new HashSet<>();

  /**
   * A tree whose effect on the clients the analysis reads ({@link DataChannelEffects}): a tree that may act on a client
   * the scope starts, or one around it within its element of the graph; below a function or lambda, the outermost
   * one, which captures the clients. {@code mayNotRun} says whether the code around it may be skipped, {@code depth}
   * how far below its element it is.
   */
  record Anchor(Tree tree, boolean mayNotRun, int depth) {
  }

  /** Marks an element of the graph that holds no anchor. */
  private static final List<Anchor> NO_ANCHORS = List.of();
  private static final Set<Tree.Kind> COMPREHENSIONS = EnumSet.of(Tree.Kind.LIST_COMPREHENSION, Tree.Kind.SET_COMPREHENSION,
    Tree.Kind.DICT_COMPREHENSION, Tree.Kind.GENERATOR_EXPR);

  /** Every element of the scope's graph, with its anchors. */
  private final Map<Tree, List<Anchor>> anchorsByElement;
  /** The trees that may act on a client, under each function or lambda that is an anchor. */
  private final Map<Tree, List<Tree>> startsInFunction = new IdentityHashMap<>(FEW);
  private long steps;

  ScopeClients(TrackedClients tracked, Tree scope, ControlFlowGraph cfg) {
    this.context = tracked.context();
    this.tracked = tracked;
    int elements = 0;
    for (CfgBlock block : cfg.blocks()) {
      elements += block.elements().size();
    }
    anchorsByElement = new IdentityHashMap<>(elements);
    for (CfgBlock block : cfg.blocks()) {
      for (Tree element : block.elements()) {
        anchorsByElement.put(element, NO_ANCHORS);
      }
    }
    findAnchors(scope, startingTrees(scope));
  }

  /** The anchors of an element of the scope's graph, in no particular order. */
  List<Anchor> anchorsOf(Tree element) {
    return anchorsByElement.getOrDefault(element, NO_ANCHORS);
  }

  /** Trees climbed to find the anchors, for the analysis' budget. */
  long steps() {
    return steps;
  }

  /**
   * The trees that may act on a client the scope starts: a call that may start one, a use of a name that
   * assignments from such a call may reach ({@code c = FTP_TLS(); alias = c}), a use of the {@code self} of a method
   * that starts one. Other trees can only refer to clients started elsewhere, of which the scope's states hold
   * nothing: the analysis reads none of them.
   */
  private List<Tree> startingTrees(Tree scope) {
    List<Tree> starts = new ArrayList<>();
    Deque<Symbol> pending = new ArrayDeque<>();
    Set<Symbol> seen = Collections.newSetFromMap(new IdentityHashMap<>(FEW));
    Set<FunctionDef> methods = Collections.newSetFromMap(new IdentityHashMap<>(FEW));
    for (CallExpression call : tracked.calls().in(scope)) {
      if (tracked.mayStartClient(call)) {
        starts.add(call);
        pushBoundSymbols(call, seen, pending);
        FunctionDef method = TrackedClients.enclosingMethod(call);
        if (method != null) {
          methods.add(method);
        }
      }
    }
    while (!pending.isEmpty()) {
      List<Usage> usages = pending.pop().usages();
      for (int i = 0; i < usages.size(); i++) {
        Usage usage = usages.get(i);
        starts.add(usage.tree());
        if (!usage.isBindingUsage() && usage.tree() instanceof Expression read) {
          pushBoundSymbols(read, seen, pending);
        }
      }
    }
    // self.attr keeps a client created in the method
    for (FunctionDef method : methods) {
      Parameter first = TrackedClients.firstParameter(method);
      Name self = first == null ? null : first.name();
      if (self != null && self.symbol() != null) {
        for (Usage usage : self.symbol().usages()) {
          starts.add(usage.tree());
        }
      }
    }
    return starts;
  }

  /**
   * Climbs from each starting tree to the scope, then keeps as anchors the trees on the way that a walk of each element
   * on it would reach, each once: only they can act on the scope's clients, so the analysis reads them and walks
   * nothing else.
   */
  private void findAnchors(Tree scope, List<Tree> starts) {
    Set<Tree> anchored = Collections.newSetFromMap(new IdentityHashMap<>(2 * starts.size()));
    List<Tree> path = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      path.clear();
      Tree current = starts.get(i);
      for (; current != null && current != scope; current = current.parent()) {
        path.add(current);
      }
      steps += path.size();
      // else the tree is outside the scope: a use of a module's name in some function, say
      if (current == scope) {
        anchorPath(path, anchored);
      }
    }
  }

  /**
   * Keeps the anchors of one path, from a starting tree up to the scope. Elements of the graph may hold others (a
   * class holds its body's statements, a function its decorators): the walk of an element goes down the path until a
   * function or lambda, whose effect is what it captures, or a class, of which it enters only the arguments; the next
   * element down starts a walk of its own.
   */
  private void anchorPath(List<Tree> path, Set<Tree> anchored) {
    List<Anchor> anchors = null;
    int elementIndex = -1;
    boolean mayNotRun = false;
    for (int i = path.size() - 1; i >= 0; i--) {
      Tree tree = path.get(i);
      List<Anchor> ofElement = anchorsByElement.get(tree);
      if (ofElement != null) {
        anchors = ofElement;
        elementIndex = i;
        mayNotRun = false;
      } else if (anchors != null) {
        mayNotRun |= mayBeSkipped(path.get(i + 1), tree);
      }
      if (anchors == null) {
        continue;
      }
      if (isAnchorKind(tree) && anchored.add(tree)) {
        if (anchors == NO_ANCHORS) {
          anchors = new ArrayList<>(2);
          anchorsByElement.put(path.get(elementIndex), anchors);
        }
        anchors.add(new Anchor(tree, mayNotRun, elementIndex - i));
      }
      if (tree instanceof FunctionDef || tree instanceof LambdaExpression) {
        startsInFunction.computeIfAbsent(tree, function -> new ArrayList<>()).add(path.get(0));
        anchors = null;
      } else if (tree instanceof ClassDef classDef && i > 0 && path.get(i - 1) != classDef.args()) {
        anchors = null;
      }
    }
  }

  private static boolean isAnchorKind(Tree tree) {
    return tree instanceof Name || tree instanceof QualifiedExpression || tree instanceof CallExpression
      || tree instanceof ReturnStatement || tree instanceof FunctionDef || tree instanceof LambdaExpression;
  }

  /**
   * Code that may not run: the branches of {@code a if c else b}, the right side of {@code and}/{@code or},
   * comprehensions.
   */
  private static boolean mayBeSkipped(Tree parent, Tree child) {
    if (parent instanceof ConditionalExpression conditional) {
      return child != conditional.condition();
    }
    Tree.Kind kind = parent.getKind();
    if (kind == Tree.Kind.AND || kind == Tree.Kind.OR) {
      return child == ((BinaryExpression) parent).rightOperand();
    }
    return COMPREHENSIONS.contains(kind);
  }

  /**
   * Pushes the names a value is assigned to directly, not seen before: {@code name = value}, {@code name: T = value},
   * {@code with value as name}.
   */
  private static void pushBoundSymbols(Expression value, Set<Symbol> seen, Deque<Symbol> pending) {
    Tree bound = value;
    while (bound.parent() instanceof ParenthesizedExpression parenthesized) {
      bound = parenthesized;
    }
    Tree parent = bound.parent();
    if (parent instanceof AssignmentStatement assignment && assignment.assignedValue() == bound) {
      for (ExpressionList targets : assignment.lhsExpressions()) {
        for (Expression target : targets.expressions()) {
          pushSymbol(target, seen, pending);
        }
      }
    } else if (parent instanceof AnnotatedAssignment annotated && annotated.assignedValue() == bound) {
      pushSymbol(annotated.variable(), seen, pending);
    } else if (parent instanceof WithItem item && item.test() == bound) {
      pushSymbol(item.expression(), seen, pending);
    }
  }

  private static void pushSymbol(Expression target, Set<Symbol> seen, Deque<Symbol> pending) {
    if (target instanceof Name name && name.symbol() != null && seen.add(name.symbol())) {
      pending.push(name.symbol());
    }
  }

  /**
   * The call an expression certainly refers to: {@link FtpClients#creationOf} for names and calls, the key of the
   * followed attribute for {@code self.attr}. A name is resolved only when its symbol may hold a tracked client, so
   * that the names of modules, classes, parameters and other values cost no reaching-definitions query. Not
   * remembered: the analysis asks once per expression.
   */
  Optional<CallExpression> creationOf(Expression expression) {
    Expression value = ValueResolver.skipParentheses(expression);
    if (value instanceof Name name && (name.symbol() == null || !mayHoldClient(name.symbol()))) {
      return Optional.empty();
    }
    if (value instanceof QualifiedExpression attribute) {
      Optional<CallExpression> key = tracked.attributeClient(attribute);
      if (key.isPresent()) {
        attributeKeys.add(key.get());
      }
      return key;
    }
    return FtpClients.creationOf(expression, context);
  }

  /** The key of the tracked client an expression refers to: only those can have a state. */
  Optional<CallExpression> clientOf(Expression expression) {
    Optional<CallExpression> creation = creationOf(expression);
    return creation.isPresent() && isKey(creation.get()) ? creation : Optional.empty();
  }

  /** Whether the call is the key a tracked client is known by. */
  boolean isKey(CallExpression call) {
    Optional<TrackedClients.Seed> seed = seedOf(call);
    return seed.isPresent() && seed.get().key() == call;
  }

  /** {@link TrackedClients#endsProcess}. */
  boolean endsProcess(Expression callee) {
    return tracked.endsProcess(callee);
  }

  /** Whether the key is that of a client kept in an attribute, which outlives the scope. */
  boolean outlivesScope(CallExpression key) {
    return attributeKeys.contains(key);
  }

  /** {@link TrackedClients#seedOf}. */
  Optional<TrackedClients.Seed> seedOf(CallExpression call) {
    Optional<TrackedClients.Seed> seed = tracked.seedOf(call);
    if (seed.isPresent() && seed.get().inAttribute()) {
      attributeKeys.add(seed.get().key());
    }
    return seed;
  }

  /** What calling the method does to the channel of the client tracked by this key. */
  SubclassOverrides.Effect effectOf(CallExpression key, String method) {
    Optional<TrackedClients.Seed> seed = tracked.seedOf(key);
    return tracked.effectOf(seed.isPresent() ? seed.get().creations() : List.of(key), method);
  }

  /** Whether the cause of a state is a seed (a creation or a helper's call) rather than a {@code prot_c()} call. */
  boolean isSeed(Tree cause) {
    return cause instanceof CallExpression call && tracked.seedOf(call).isPresent();
  }

  /** The creation a seed's client comes from: the call itself, or the creation in the helper that returned it. */
  CallExpression originOf(CallExpression seed) {
    Optional<TrackedClients.Seed> found = tracked.seedOf(seed);
    return found.isPresent() ? found.get().creations().get(0) : seed;
  }

  /**
   * Whether some binding of the symbol may give it a tracked client: {@code name = FTP_TLS(...)} or a helper's call,
   * {@code name: T = ...}, {@code with FTP_TLS(...) as name}, or the same with a name that may hold one. The only
   * ways {@link FtpClients#creationOf} finds a call, so a symbol without such a binding refers to no client.
   * A cycle of names ({@code a = b; b = a}) is taken to hold one: this only saves work, it never decides.
   */
  private boolean mayHoldClient(Symbol symbol) {
    Boolean known = mayHoldClient.get(symbol);
    if (known != null) {
      return known;
    }
    mayHoldClient.put(symbol, true);
    boolean holds = false;
    for (Usage binding : SymbolBindings.OF_FILE.of(symbol)) {
      Expression value = ValueResolver.skipParentheses(boundValue(binding.tree()));
      if (value instanceof CallExpression call ? seedOf(call).isPresent()
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

  /** Whether a {@code global} or {@code nonlocal} statement makes the symbol a variable of another scope. */
  boolean declaredOutside(Symbol symbol) {
    Boolean known = declaredOutside.get(symbol);
    if (known == null) {
      // a loop, not a stream, and instanceof rather than Tree.is, whose varargs make an array: asked for the target
      // of every creation, about each usage of its name
      known = false;
      for (Usage usage : symbol.usages()) {
        if (usage.kind() == Usage.Kind.GLOBAL_DECLARATION || usage.tree().parent() instanceof NonlocalStatement) {
          known = true;
          break;
        }
      }
      declaredOutside.put(symbol, known);
    }
    return known;
  }

  /** The calls that the names and attributes read inside a nested function or lambda refer to. */
  List<CallExpression> capturedBy(Tree function) {
    List<Tree> starts = startsInFunction.getOrDefault(function, List.of());
    List<CallExpression> found = new ArrayList<>();
    Set<Tree> seen = Collections.newSetFromMap(new IdentityHashMap<>(2 * starts.size()));
    for (Tree start : starts) {
      for (Tree tree = start; tree != function && seen.add(tree); tree = tree.parent()) {
        if (tree instanceof Name name && isRead(name) || tree instanceof QualifiedExpression attribute && isRead(attribute)) {
          creationOf((Expression) tree).ifPresent(found::add);
        }
      }
    }
    return found;
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
}
