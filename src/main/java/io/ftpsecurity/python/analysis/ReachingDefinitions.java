package io.ftpsecurity.python.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.cfg.CfgBlock;
import org.sonar.plugins.python.api.cfg.ControlFlowGraph;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AnnotatedAssignment;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.TryStatement;

/**
 * The values that may reach a name in one function or module body: the right-hand sides of the plain assignments
 * {@code name = value} and {@code name: type = value} that some path of the control-flow graph carries to it. It gives
 * the answers python-frontend's {@code valuesAtLocation} gives (5.20 and later), which older analyzers do not export: empty
 * (unknown) when the name is bound any other way (parameter, loop, import, unpacking, walrus...), when it is assigned
 * inside a {@code try} statement (the graph does not model where exceptions leave it), or when the graph cannot be
 * built. As there, a name is read after the statement that holds it: in {@code x = f(x)} the {@code x} read is
 * {@code f(x)}. Unlike there, a name also bound in another scope ({@code global}) is always unknown: python-frontend's
 * answer then depends on which scope it analysed first. And unlike there, a body with a {@code try} statement still
 * answers for the names that no statement inside a {@code try} assigns: every path through the {@code try}, whichever
 * statement an exception leaves it from, carries such a name's values unchanged, so the graph's missing exception edges
 * cannot change them (python-frontend gives up on the whole body: {@code try: import x / except ImportError: x = None}
 * at the top of a script then hid every reused client name below it).
 *
 * <p>The work is done per symbol asked about, in time proportional to the body's blocks and that symbol's
 * assignments, with a budget beyond which the answer is empty; a read that an assignment earlier in its own block
 * answers needs no solving, and no budget.
 */
final class ReachingDefinitions {

  /** Visits per block before the analysis of a symbol gives up; the sets only grow, so real code needs a few. */
  private static final int MAX_VISITS_PER_BLOCK = 20;
  /** A plain assignment to a single name: its element's index in the block, the value (may be null). */
  private record Assignment(int index, Expression value) {
  }

  /*
   * Where an element of the graph is, its place, is packed in a long rather than a record made for every name read:
   * its block's place in {@link #graph} in the high half, its index in the block in the low one. Both are never
   * negative, so no place is NOWHERE.
   */
  private static final long NOWHERE = -1;

  private static int blockOf(long place) {
    return (int) (place >>> Integer.SIZE);
  }

  private static int indexOf(long place) {
    return (int) place;
  }

  /**
   * Each element's block and index in one table, open-addressed by identity, sized once: a module body holds
   * thousands of elements, and a map entry and a record for each cost more than the few reads a rule asks about.
   * An element listed twice keeps its last place, as a map would.
   */
  private static final class ElementPositions {
    private final Tree[] keys;
    private final long[] places;
    private final int mask;

    private ElementPositions(int count) {
      int capacity = Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
      keys = new Tree[capacity];
      places = new long[capacity];
      mask = capacity - 1;
    }

    private void put(Tree element, int block, int index) {
      int slot = slotOf(element);
      keys[slot] = element;
      places[slot] = ((long) block << Integer.SIZE) | index;
    }

    /** The element's place, or {@link #NOWHERE}. */
    private long get(Tree tree) {
      int slot = slotOf(tree);
      return keys[slot] == null ? NOWHERE : places[slot];
    }

    /** The tree's slot, or the empty one where it would go. */
    private int slotOf(Tree tree) {
      int hash = System.identityHashCode(tree);
      int slot = (hash ^ (hash >>> 16)) & mask;
      while (keys[slot] != null && keys[slot] != tree) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }
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
  private final ElementPositions elements;
  /** What is known of each symbol asked about: one lookup per read. */
  private final Map<Symbol, SymbolFacts> symbols = new IdentityHashMap<>();

  /**
   * One symbol's assignments by block number, each block's in element order, null when a binding is not such an
   * assignment of this graph (found from the symbol's bindings, not from every element: a module body holds thousands
   * of elements, and a rule asks about a few names); and, once solved, the values at each block's entry, null when over
   * budget (kept, not solved again per read).
   */
  private static final class SymbolFacts {
    private final Map<Integer, List<Assignment>> byBlock;
    private boolean solved;
    private Set<Expression>[] entries;

    private SymbolFacts(Map<Integer, List<Assignment>> byBlock) {
      this.byBlock = byBlock;
    }
  }

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
    int count = 0;
    for (CfgBlock block : blocks) {
      count += block.elements().size();
    }
    ElementPositions positions = new ElementPositions(count);
    for (int number = 0; number < blocks.size(); number++) {
      // an iterator: the frontend's blocks hold their elements in a linked list
      int index = 0;
      for (Tree element : blocks.get(number).elements()) {
        positions.put(element, number, index++);
      }
    }
    this.elements = positions;
  }

  private int number(CfgBlock block) {
    return numbers.computeIfAbsent(block, b -> {
      graph.add(b);
      return graph.size() - 1;
    });
  }

  /** The analysis of a scope, from its graph; null when it has none. */
  static ReachingDefinitions of(@Nullable ControlFlowGraph cfg) {
    return cfg == null ? null : new ReachingDefinitions(cfg);
  }

  /**
   * The values that may reach this read of a name of the scope; empty when unknown. An assignment earlier in the
   * read's own block answers alone, without solving the graph: most reads follow their name's assignment in the same
   * block (a module body is often one block).
   */
  Set<Expression> valuesAt(Name name) {
    long place = readPlace(name);
    SymbolFacts facts = place == NOWHERE ? null : factsOf(name.symbol());
    if (facts == null) {
      return Set.of();
    }
    Expression assigned = assignedEarlierInBlock(facts, place);
    return assigned != null ? Set.of(assigned) : entryValues(facts, place);
  }

  /**
   * The one value {@link #valuesAt} gives, or null when it gives none or several: without a set made for an assignment
   * earlier in the block, the common case of a name resolved to its value.
   */
  Expression singleValueAt(Name name) {
    long place = readPlace(name);
    SymbolFacts facts = place == NOWHERE ? null : factsOf(name.symbol());
    if (facts == null) {
      return null;
    }
    Expression assigned = assignedEarlierInBlock(facts, place);
    if (assigned != null) {
      return assigned;
    }
    Set<Expression> entry = entryValues(facts, place);
    return entry.size() == 1 ? entry.iterator().next() : null;
  }

  /** The value of the symbol's last assignment before the place in the place's own block; null when there is none. */
  private static Expression assignedEarlierInBlock(SymbolFacts facts, long place) {
    return lastValueUpTo(facts.byBlock.getOrDefault(blockOf(place), List.of()), indexOf(place));
  }

  private long readPlace(Name name) {
    return name.symbol() == null ? NOWHERE : placeOf(name);
  }

  /** The assignments of the symbol in the scope; null when it has none the graph places. */
  private SymbolFacts factsOf(Symbol symbol) {
    // no lambdas: a rule reads thousands of names of a long body, each would capture its own
    SymbolFacts facts = symbols.get(symbol);
    if (facts == null) {
      facts = new SymbolFacts(assignmentsOf(symbol));
      symbols.put(symbol, facts);
    }
    return facts.byBlock == null ? null : facts;
  }

  /** The values reaching the entry of the read's block, solving the graph for the symbol the first time. */
  private Set<Expression> entryValues(SymbolFacts facts, long place) {
    if (!facts.solved) {
      facts.entries = solve(facts.byBlock);
      facts.solved = true;
    }
    Set<Expression> entry = facts.entries == null ? null : facts.entries[blockOf(place)];
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

  /**
   * The symbol's plain assignments by block, when every binding of it is one ({@code name = value} with one target,
   * or {@code name: type = value}) standing in this graph, none inside a {@code try} statement; else null.
   */
  private Map<Integer, List<Assignment>> assignmentsOf(Symbol symbol) {
    Map<Integer, List<Assignment>> byBlock = new HashMap<>();
    for (Usage binding : SymbolBindings.OF_FILE.of(symbol)) {
      Tree element = binding.tree() instanceof Name target ? assignmentOf(target) : null;
      long place = element == null ? NOWHERE : elements.get(element);
      if (place == NOWHERE || isInTryStatement(element)) {
        return null;
      }
      Expression value = element instanceof AssignmentStatement assignment ? assignment.assignedValue()
        : ((AnnotatedAssignment) element).assignedValue();
      byBlock.computeIfAbsent(blockOf(place), b -> new ArrayList<>()).add(new Assignment(indexOf(place), value));
    }
    byBlock.values().forEach(inBlock -> inBlock.sort(Comparator.comparingInt(Assignment::index)));
    return byBlock;
  }

  /**
   * Whether an element of the graph stands inside a {@code try} statement (its body, handlers, {@code else} or
   * {@code finally}): a climb to the function or module, the element being none of a nested function's. Asked once
   * per assignment of each symbol asked about.
   */
  private static boolean isInTryStatement(Tree element) {
    for (Tree current = element.parent(); current != null && !(current instanceof FunctionDef); current = current.parent()) {
      if (current instanceof TryStatement) {
        return true;
      }
    }
    return false;
  }

  /** The statement of which the name is the single target, or null. */
  private static Tree assignmentOf(Name target) {
    Tree parent = target.parent();
    if (parent instanceof AnnotatedAssignment annotated && annotated.variable() == target) {
      return annotated;
    }
    if (parent instanceof ExpressionList list && list.parent() instanceof AssignmentStatement assignment) {
      List<ExpressionList> targets = assignment.lhsExpressions();
      return targets.size() == 1 && targets.get(0) == list && list.expressions().size() == 1 ? assignment : null;
    }
    return null;
  }

  /** The place of the innermost element of this graph holding the name; NOWHERE in a nested function or outside the scope. */
  private long placeOf(Name name) {
    for (Tree current = name; current != null; current = current.parent()) {
      long place = elements.get(current);
      if (place != NOWHERE) {
        return place;
      }
      if (current instanceof FunctionDef) {
        return NOWHERE;
      }
    }
    return NOWHERE;
  }

  /**
   * The values of one symbol at the entry of each block, by number (a union over predecessors); null when over budget.
   * The blocks of {@code cfg.blocks()} are visited in that order, then each block whose predecessor's exit changed,
   * the latest first.
   */
  @SuppressWarnings("unchecked")
  private Set<Expression>[] solve(Map<Integer, List<Assignment>> byBlock) {
    int count = graph.size();
    Set<Expression>[] entries = new Set[count];
    Set<Expression>[] exits = new Set[count];
    // the exit of a block that assigns a value: its last value
    Set<Expression>[] assigned = new Set[count];
    byBlock.forEach((block, inBlock) -> {
      Expression last = lastValueUpTo(inBlock, Integer.MAX_VALUE);
      if (last != null) {
        assigned[block] = Set.of(last);
      }
    });
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
}
