package io.ftpsecurity.java.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.sonar.plugins.java.api.cfg.ControlFlowGraph;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * Which states a tracked client may be in before each of its calls in one method, over every path of the method's
 * control-flow graph (exceptional ones included). A state changes only at the client's creation and at its calls;
 * a set of states only grows, so each block is revisited at most once per state.
 *
 * <p>Only the part of the graph that matters for the client is walked: from its creation (from the method's entry
 * for a field) through the blocks from which one of its calls can be reached. A local client lives in a few
 * statements of a long method: walking the whole method once per client would cost (clients x method). The block
 * that holds each call is found once per method; an instance serves one file, and is dropped with it.
 */
public final class PathStates {

  private final Map<ControlFlowGraph, Map<Tree, ControlFlowGraph.Block>> blocksOfCalls = new IdentityHashMap<>();

  /**
   * @param entry      the states at the method's entry: none for a local created in it, the possible ones for a field
   * @param transition the state after a call on the client, given the state before it
   * @return the states before each call on the client, for the calls reached with at least one
   */
  public <S extends Enum<S>> Map<MethodInvocationTree, Set<S>> before(MethodTree method, TrackedClient client,
    Class<S> states, Set<S> entry, S created, BiFunction<MethodInvocationTree, S, S> transition) {
    Map<MethodInvocationTree, Set<S>> result = new IdentityHashMap<>();
    if (method.block() == null) {
      return result;
    }
    ControlFlowGraph cfg = method.cfg();
    Map<Tree, ControlFlowGraph.Block> blockOf = blocksOfCalls.computeIfAbsent(cfg, PathStates::blocksOfCalls);
    Set<Tree> clientCalls = Collections.newSetFromMap(new IdentityHashMap<>());
    clientCalls.addAll(client.calls());
    // before its creation a local client has no state: the walk starts there, and need not look further back
    ControlFlowGraph.Block creation = blockOf.get(client.creation());
    ControlFlowGraph.Block start = entry.isEmpty() ? creation : cfg.entryBlock();
    Set<ControlFlowGraph.Block> leadingToCalls = leadingTo(client.calls().stream().map(blockOf::get).toList(),
      entry.isEmpty() ? creation : null);
    if (start == null || !leadingToCalls.contains(start)) {
      return result;
    }
    Map<ControlFlowGraph.Block, EnumSet<S>> atEntry = new HashMap<>();
    Deque<ControlFlowGraph.Block> work = new ArrayDeque<>();
    atEntry.put(start, copy(entry, states));
    work.add(start);
    while (!work.isEmpty()) {
      ControlFlowGraph.Block block = work.poll();
      EnumSet<S> current = copy(atEntry.get(block), states);
      for (Tree element : block.elements()) {
        if (element == client.creation()) {
          current = EnumSet.of(created);
        } else if (clientCalls.contains(element) && !current.isEmpty()) {
          MethodInvocationTree call = (MethodInvocationTree) element;
          result.computeIfAbsent(call, c -> EnumSet.noneOf(states)).addAll(current);
          EnumSet<S> next = EnumSet.noneOf(states);
          current.forEach(state -> next.add(transition.apply(call, state)));
          current = next;
        }
      }
      for (ControlFlowGraph.Block successor : successors(block)) {
        if (!leadingToCalls.contains(successor)) {
          continue;
        }
        EnumSet<S> known = atEntry.get(successor);
        if (known == null) {
          atEntry.put(successor, copy(current, states));
          work.add(successor);
        } else if (known.addAll(current)) {
          work.add(successor);
        }
      }
    }
    return result;
  }

  /**
   * The block of each call and {@code new} of the graph: what a client's creation and calls can be. Only those: on
   * a long method, a map of every element was most of the rule's time (a JFR profile of the scaling mode).
   */
  private static Map<Tree, ControlFlowGraph.Block> blocksOfCalls(ControlFlowGraph cfg) {
    Map<Tree, ControlFlowGraph.Block> blockOf = new IdentityHashMap<>();
    for (ControlFlowGraph.Block block : cfg.blocks()) {
      for (Tree element : block.elements()) {
        if (element.is(Tree.Kind.METHOD_INVOCATION, Tree.Kind.NEW_CLASS)) {
          blockOf.put(element, block);
        }
      }
    }
    return blockOf;
  }

  /** The blocks from which one of {@code targets} can be reached, not looking back past {@code stop}. */
  private static Set<ControlFlowGraph.Block> leadingTo(List<ControlFlowGraph.Block> targets, ControlFlowGraph.Block stop) {
    Set<ControlFlowGraph.Block> found = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<ControlFlowGraph.Block> work = new ArrayDeque<>();
    targets.stream().filter(Objects::nonNull).filter(found::add).forEach(work::add);
    while (!work.isEmpty()) {
      ControlFlowGraph.Block block = work.poll();
      if (block != stop) {
        block.predecessors().stream().filter(found::add).forEach(work::add);
      }
    }
    return found;
  }
  private static <S extends Enum<S>> EnumSet<S> copy(Set<S> states, Class<S> type) {
    EnumSet<S> copy = EnumSet.noneOf(type);
    copy.addAll(states);
    return copy;
  }

  private static List<ControlFlowGraph.Block> successors(ControlFlowGraph.Block block) {
    List<ControlFlowGraph.Block> successors = new ArrayList<>(block.successors());
    successors.addAll(block.exceptions());
    return successors;
  }
}
