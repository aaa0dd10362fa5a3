package io.ftpsecurity.python.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonar.plugins.python.api.cfg.CfgBlock;
import org.sonar.plugins.python.api.cfg.ControlFlowGraph;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AnnotatedAssignment;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Token;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.TryStatement;

/**
 * The values that may reach a name in one function or module body: the right-hand sides of the plain assignments
 * {@code name = value} and {@code name: type = value} that some path of the control-flow graph carries to it. It gives
 * the answers python-frontend's {@code valuesAtLocation} gives (5.20 and later), which older analyzers do not export: empty
 * (unknown) when the name is bound any other way (parameter, loop, import, unpacking, walrus...), when the body has a
 * {@code try} statement (the graph does not model where exceptions leave it), or when the graph cannot be built. As
 * there, a name is read after the statement that holds it: in {@code x = f(x)} the {@code x} read is {@code f(x)}.
 * Unlike there, a name also bound in another scope ({@code global}) is always unknown: python-frontend's answer then
 * depends on which scope it analysed first.
 *
 * <p>The work is done per symbol asked about, in time proportional to the body's blocks and that symbol's
 * assignments, with a budget beyond which the answer is empty.
 */
final class ReachingDefinitions {

  /** Visits per block before the analysis of a symbol gives up; the sets only grow, so real code needs a few. */
  private static final int MAX_VISITS_PER_BLOCK = 20;

  /** A plain assignment to a single name: the element that holds it, its index in the block, the value (may be null). */
  private record Assignment(int index, Name target, Expression value) {
  }

  /** Where an element of the graph is. */
  private record Position(CfgBlock block, int index) {
  }

  private final List<CfgBlock> blocks;
  private final Map<Tree, Position> elements = new IdentityHashMap<>();
  /** Per symbol, per block, its plain assignments in element order. */
  private final Map<Symbol, Map<CfgBlock, List<Assignment>>> assignments = new HashMap<>();
  private final Map<Symbol, Map<CfgBlock, Set<Expression>>> entryValues = new HashMap<>();
  /** Per symbol, whether every binding is one of those assignments: asked once, not once per read. */
  private final Map<Symbol, Boolean> onlyAssigned = new HashMap<>();

  private ReachingDefinitions(ControlFlowGraph cfg) {
    this.blocks = List.copyOf(cfg.blocks());
    for (CfgBlock block : blocks) {
      // an iterator: the frontend's blocks hold their elements in a linked list
      int index = 0;
      for (Tree element : block.elements()) {
        elements.put(element, new Position(block, index));
        recordAssignment(block, index, element);
        index++;
      }
    }
  }

  /** The analysis of a scope, or null when it has none: a try statement in the body, or no graph. */
  static ReachingDefinitions of(Tree scope, ControlFlowGraph cfg) {
    return cfg == null || hasTryStatement(scope) ? null : new ReachingDefinitions(cfg);
  }

  /** The values that may reach this read of a name of the scope; empty when unknown. */
  Set<Expression> valuesAt(Name name) {
    Symbol symbol = name.symbol();
    Position position = symbol == null ? null : positionOf(name);
    if (position == null || !onlyAssigned.computeIfAbsent(symbol, this::allBindingsAreAssignments)) {
      return Set.of();
    }
    Map<CfgBlock, Set<Expression>> entries = entryValues.computeIfAbsent(symbol, this::solve);
    if (entries == null) {
      return Set.of();
    }
    Expression assigned = lastValueUpTo(assignmentsIn(symbol, position.block()), position.index());
    return assigned != null ? Set.of(assigned) : entries.getOrDefault(position.block(), Set.of());
  }

  /**
   * The value of the last assignment with a value at or before this index of the block, or null. A binary search:
   * a module body is often one block holding thousands of assignments to one reused name.
   */
  private static Expression lastValueUpTo(List<Assignment> inBlock, int index) {
    int low = 0;
    int high = inBlock.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (inBlock.get(middle).index() <= index) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (int candidate = low - 1; candidate >= 0; candidate--) {
      if (inBlock.get(candidate).value() != null) {
        return inBlock.get(candidate).value();
      }
    }
    return null;
  }

  private void recordAssignment(CfgBlock block, int index, Tree element) {
    Expression target = null;
    Expression value = null;
    if (element instanceof AssignmentStatement assignment) {
      List<ExpressionList> targets = assignment.lhsExpressions();
      target = targets.size() == 1 && targets.get(0).expressions().size() == 1 ? targets.get(0).expressions().get(0) : null;
      value = assignment.assignedValue();
    } else if (element instanceof AnnotatedAssignment annotated) {
      target = annotated.variable();
      value = annotated.assignedValue();
    }
    if (target instanceof Name name && name.symbol() != null) {
      assignments.computeIfAbsent(name.symbol(), s -> new HashMap<>())
        .computeIfAbsent(block, b -> new ArrayList<>())
        .add(new Assignment(index, name, value));
    }
  }

  private List<Assignment> assignmentsIn(Symbol symbol, CfgBlock block) {
    return assignments.getOrDefault(symbol, Map.of()).getOrDefault(block, List.of());
  }

  /** Every binding of the symbol is one of the plain assignments of this scope. */
  private boolean allBindingsAreAssignments(Symbol symbol) {
    Set<Tree> assigned = new HashSet<>();
    assignments.getOrDefault(symbol, Map.of()).values().forEach(list -> list.forEach(a -> assigned.add(a.target())));
    return symbol.usages().stream().filter(Usage::isBindingUsage).allMatch(usage -> assigned.contains(usage.tree()));
  }

  /** The innermost element of this graph that holds the name; null inside a nested function or outside the scope. */
  private Position positionOf(Name name) {
    for (Tree current = name; current != null; current = current.parent()) {
      Position position = elements.get(current);
      if (position != null) {
        return position;
      }
      if (current instanceof FunctionDef) {
        return null;
      }
    }
    return null;
  }

  /** The values of one symbol at the entry of each block (a union over predecessors); null when over budget. */
  private Map<CfgBlock, Set<Expression>> solve(Symbol symbol) {
    Map<CfgBlock, Set<Expression>> entries = new HashMap<>();
    Map<CfgBlock, Set<Expression>> exits = new HashMap<>();
    Deque<CfgBlock> pending = new ArrayDeque<>(blocks);
    Set<CfgBlock> queued = new HashSet<>(blocks);
    int budget = MAX_VISITS_PER_BLOCK * blocks.size();
    while (!pending.isEmpty()) {
      if (budget-- == 0) {
        return null;
      }
      CfgBlock block = pending.pop();
      queued.remove(block);
      // copied only when a predecessor brings a new value: the sets stored are never changed afterwards
      Set<Expression> known = entries.getOrDefault(block, Set.of());
      Set<Expression> entry = known;
      for (CfgBlock predecessor : block.predecessors()) {
        Set<Expression> incoming = exits.getOrDefault(predecessor, Set.of());
        if (!entry.containsAll(incoming)) {
          if (entry == known) {
            entry = new LinkedHashSet<>(known);
          }
          entry.addAll(incoming);
        }
      }
      entries.put(block, entry);
      Set<Expression> exit = entry;
      for (Assignment assignment : assignmentsIn(symbol, block)) {
        if (assignment.value() != null) {
          exit = Set.of(assignment.value());
        }
      }
      if (!exit.equals(exits.put(block, exit))) {
        block.successors().stream().filter(queued::add).forEach(pending::push);
      }
    }
    return entries;
  }

  /**
   * A try statement of the body itself, not of a nested function or class. Expressions and tokens, most of the tree,
   * hold no statement and are not walked.
   */
  private static boolean hasTryStatement(Tree tree) {
    for (Tree child : tree.children()) {
      if (child instanceof TryStatement || !(child == null || child instanceof Expression || child instanceof Token
        || child instanceof FunctionDef || child instanceof ClassDef) && hasTryStatement(child)) {
        return true;
      }
    }
    return false;
  }
}
