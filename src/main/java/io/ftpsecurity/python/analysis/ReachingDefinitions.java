package io.ftpsecurity.python.analysis;

import java.util.ArrayList;
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

  /** Where an element of the graph is: its block, the block's place in {@link #graph}, its index in the block. */
  private record Position(CfgBlock block, int blockIndex, int index) {
  }

  private final List<CfgBlock> blocks;
  /**
   * The graph's blocks by number: those of {@code cfg.blocks()} first, then any other block an edge leads to, with
   * each block's predecessors and successors as numbers. Found once: every symbol solved walks them.
   */
  private final List<CfgBlock> graph = new ArrayList<>();
  private final Map<CfgBlock, Integer> numbers = new IdentityHashMap<>();
  private final int[][] predecessors;
  private final int[][] successors;
  private final Map<Tree, Position> elements = new IdentityHashMap<>();
  /** Per symbol, per block, its plain assignments in element order. */
  private final Map<Symbol, Map<CfgBlock, List<Assignment>>> assignments = new HashMap<>();
  private final Map<Symbol, Set<Expression>[]> entryValues = new HashMap<>();
  /** Per symbol, whether every binding is one of those assignments: asked once, not once per read. */
  private final Map<Symbol, Boolean> onlyAssigned = new HashMap<>();

  private ReachingDefinitions(ControlFlowGraph cfg) {
    this.blocks = List.copyOf(cfg.blocks());
    blocks.forEach(this::number);
    List<int[]> predecessorNumbers = new ArrayList<>();
    List<int[]> successorNumbers = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      CfgBlock block = graph.get(i);
      predecessorNumbers.add(block.predecessors().stream().mapToInt(this::number).toArray());
      successorNumbers.add(block.successors().stream().mapToInt(this::number).toArray());
    }
    this.predecessors = predecessorNumbers.toArray(int[][]::new);
    this.successors = successorNumbers.toArray(int[][]::new);
    for (CfgBlock block : blocks) {
      // an iterator: the frontend's blocks hold their elements in a linked list
      int index = 0;
      for (Tree element : block.elements()) {
        elements.put(element, new Position(block, numbers.get(block), index));
        recordAssignment(block, index, element);
        index++;
      }
    }
  }

  private int number(CfgBlock block) {
    return numbers.computeIfAbsent(block, b -> {
      graph.add(b);
      return graph.size() - 1;
    });
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
    Set<Expression>[] entries = entryValues.computeIfAbsent(symbol, this::solve);
    if (entries == null) {
      return Set.of();
    }
    Expression assigned = lastValueUpTo(assignmentsIn(symbol, position.block()), position.index());
    if (assigned != null) {
      return Set.of(assigned);
    }
    Set<Expression> entry = entries[position.blockIndex()];
    return entry == null ? Set.of() : entry;
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

  /**
   * The values of one symbol at the entry of each block, by number (a union over predecessors); null when over budget.
   * The blocks of {@code cfg.blocks()} are visited in that order, then each block whose predecessor's exit changed,
   * the latest first.
   */
  @SuppressWarnings("unchecked")
  private Set<Expression>[] solve(Symbol symbol) {
    int count = graph.size();
    Set<Expression>[] entries = new Set[count];
    Set<Expression>[] exits = new Set[count];
    // the exit of a block that assigns a value: its last value
    Set<Expression>[] assigned = new Set[count];
    assignments.getOrDefault(symbol, Map.of()).forEach((block, inBlock) -> inBlock.stream()
      .filter(assignment -> assignment.value() != null).reduce((first, second) -> second)
      .ifPresent(last -> assigned[numbers.get(block)] = Set.of(last.value())));
    // a stack of block numbers, at most one entry per block
    int[] pending = new int[count];
    boolean[] queued = new boolean[count];
    int head = 0;
    int size = blocks.size();
    for (int i = 0; i < size; i++) {
      pending[i] = i;
      queued[i] = true;
    }
    int budget = MAX_VISITS_PER_BLOCK * blocks.size();
    while (size > 0) {
      if (budget-- == 0) {
        return null;
      }
      int block = pending[head];
      head = (head + 1) % count;
      size--;
      queued[block] = false;
      // copied only when a predecessor brings a new value: the sets stored are never changed afterwards
      Set<Expression> known = entries[block] == null ? Set.of() : entries[block];
      Set<Expression> entry = known;
      for (int predecessor : predecessors[block]) {
        Set<Expression> incoming = exits[predecessor] == null ? Set.of() : exits[predecessor];
        if (!entry.containsAll(incoming)) {
          if (entry == known) {
            entry = new LinkedHashSet<>(known);
          }
          entry.addAll(incoming);
        }
      }
      entries[block] = entry;
      Set<Expression> exit = assigned[block] == null ? entry : assigned[block];
      boolean changed = !exit.equals(exits[block]);
      exits[block] = exit;
      for (int i = 0; changed && i < successors[block].length; i++) {
        int successor = successors[block][i];
        if (!queued[successor]) {
          queued[successor] = true;
          head = (head - 1 + count) % count;
          pending[head] = successor;
          size++;
        }
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
