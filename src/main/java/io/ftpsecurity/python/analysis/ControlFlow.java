package io.ftpsecurity.python.analysis;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sonar.plugins.python.api.PythonFile;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.cfg.ControlFlowGraph;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.FileInput;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * The control-flow graphs of a file's function and module bodies, and the values reaching its names, computed once
 * per body for every rule. python-frontend offers both on {@code SubscriptionContext} ({@code cfg},
 * {@code valuesAtLocation}) only in its newer versions; these are built from {@link ControlFlowGraph#build}, which
 * every analyzer we support exports, so the rules see the same facts on every SonarQube.
 *
 * <p>The facts of the file being analysed are kept per thread (the analyzer may analyse files in parallel) and
 * dropped when the thread moves to another file.
 */
public final class ControlFlow {

  private static final ThreadLocal<FileFacts> CURRENT = new ThreadLocal<>();
  /** Trees remembered as being of the current file. */
  private static final int RECENT_TREES = 8;

  private ControlFlow() {
  }

  /** The graph of a function or module body; null when python-frontend cannot build one (or for any other tree). */
  public static ControlFlowGraph graph(Tree scope, SubscriptionContext context) {
    return factsOf(scope).graphs.computeIfAbsent(scope, s -> Optional.ofNullable(build(s, context.pythonFile()))).orElse(null);
  }

  /**
   * The values that may reach this read of a name: the right-hand sides of the plain assignments some path brings to
   * it, in its function (or in the module, outside functions). Empty when the code does not show them.
   */
  public static Set<Expression> valuesAtLocation(Name name, SubscriptionContext context) {
    ReachingDefinitions definitions = definitionsOf(name, context);
    return definitions == null ? Set.of() : definitions.valuesAt(name);
  }

  /** The one value {@link #valuesAtLocation} gives, or null when it gives none or several. */
  public static Expression singleValueAtLocation(Name name, SubscriptionContext context) {
    ReachingDefinitions definitions = definitionsOf(name, context);
    return definitions == null ? null : definitions.singleValueAt(name);
  }

  private static ReachingDefinitions definitionsOf(Name name, SubscriptionContext context) {
    Tree scope = scopeOf(name);
    if (scope == null) {
      return null;
    }
    FileFacts facts = CURRENT.get();
    // a scope already analysed is of the current file: no climb to its root (asked for every client use of a body)
    Optional<ReachingDefinitions> definitions = facts == null ? null : facts.definitions.get(scope);
    if (definitions == null) {
      definitions = Optional.ofNullable(ReachingDefinitions.of(graph(scope, context)));
      factsOf(scope).definitions.put(scope, definitions);
    }
    return definitions.orElse(null);
  }

  /** The binding usages of a symbol, found once per file: a reused name is bound thousands of times in generated code. */
  static List<Usage> bindings(Symbol symbol) {
    FileFacts facts = CURRENT.get();
    // a symbol already scanned is of the current file: no climb to its root
    List<Usage> known = facts == null ? null : facts.bindings.get(symbol);
    if (known != null) {
      return known;
    }
    List<Usage> usages = symbol.usages();
    return usages.isEmpty() ? List.of() : factsOf(usages.get(0).tree()).bindings.computeIfAbsent(symbol, SymbolBindings::scan);
  }

  /**
   * An index another analysis builds over the file that holds the tree, made once for every rule and dropped with the
   * file's other facts: one instance per kind.
   */
  public static <T> T index(Tree tree, Class<T> kind, Supplier<T> create) {
    Map<Class<?>, Object> indexes = factsOf(tree).indexes;
    // no lambda: indexes are looked up several times per call of the file
    Object index = indexes.get(kind);
    if (index == null) {
      index = create.get();
      indexes.put(kind, index);
    }
    return kind.cast(index);
  }

  private static ControlFlowGraph build(Tree scope, PythonFile file) {
    if (scope instanceof FunctionDef function) {
      return ControlFlowGraph.build(function, file);
    }
    return scope instanceof FileInput module ? ControlFlowGraph.build(module, file) : null;
  }

  /** The function whose body holds the tree, else the module. */
  private static Tree scopeOf(Tree tree) {
    Tree current = tree.parent();
    while (current != null && !(current instanceof FunctionDef) && !(current instanceof FileInput)) {
      current = current.parent();
    }
    return current;
  }

  /** The root of the file that holds the tree, as the file's facts know it: no climb for a tree found recently. */
  static Tree fileRoot(Tree tree) {
    return factsOf(tree).root;
  }

  private static FileFacts factsOf(Tree tree) {
    FileFacts facts = CURRENT.get();
    if (facts != null && (facts.root == tree || facts.isRecent(tree))) {
      // the analyses of one call ask with the same few trees in turn (a symbol's first usage, the call, its scope)
      return facts;
    }
    Tree root = tree;
    while (root.parent() != null) {
      root = root.parent();
    }
    if (facts == null || facts.root != root) {
      facts = new FileFacts(root);
      CURRENT.set(facts);
    }
    facts.remember(tree);
    return facts;
  }

  private static final class FileFacts {
    private final Tree root;
    /** The trees last found in this file, the latest at {@code next - 1}: a few compares save a climb to the root. */
    private final Tree[] recent = new Tree[RECENT_TREES];
    private int next;
    private final Map<Tree, Optional<ControlFlowGraph>> graphs = new IdentityHashMap<>();
    private final Map<Tree, Optional<ReachingDefinitions>> definitions = new IdentityHashMap<>();
    private final Map<Symbol, List<Usage>> bindings = new IdentityHashMap<>();
    private final Map<Class<?>, Object> indexes = new IdentityHashMap<>();

    private FileFacts(Tree root) {
      this.root = root;
    }

    private boolean isRecent(Tree tree) {
      for (Tree known : recent) {
        if (known == tree) {
          return true;
        }
      }
      return false;
    }

    private void remember(Tree tree) {
      recent[next] = tree;
      next = (next + 1) % RECENT_TREES;
    }
  }
}
