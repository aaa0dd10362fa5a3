package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.analysis.DataChannelEffects.Effect;
import io.ftpsecurity.python.analysis.DataChannelProtection.ReturnedClient;
import io.ftpsecurity.python.analysis.DataChannelProtection.UnprotectedTransfer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * The states of the FTP_TLS clients through one block, its {@link DataChannelEffects} replayed on the state at its
 * entry. A client's state is what may have left its data channel in clear text on some path: its start (no
 * {@code prot_p()} since) and {@code prot_c()} calls. Only clients the state holds are tracked: the others were
 * started elsewhere, or are of no use past this point.
 */
final class ClientStates {

  private final Map<CallExpression, Set<Tree>> state;
  /** Null when no exception handler reads it. */
  private final Map<CallExpression, Set<Tree>> stateAtAnyPoint;
  /** The clients whose state the current element changed: only they can add to {@link #stateAtAnyPoint}. */
  private final List<CallExpression> touched = new ArrayList<>();
  private final ScopeClients clients;
  private long steps;

  ClientStates(Map<CallExpression, Set<Tree>> entryState, boolean raisesToHandler, ScopeClients clients) {
    this.state = new HashMap<>(entryState);
    this.stateAtAnyPoint = raisesToHandler ? new HashMap<>(entryState) : null;
    this.clients = clients;
    this.steps = entryState.size();
  }

  /**
   * Applies the effects in order: the transfers that may run in clear text go to {@code found}, and the clients that
   * returns hand back to {@code returned}.
   */
  void replay(List<Effect> effects, List<UnprotectedTransfer> found, List<ReturnedClient> returned) {
    for (Effect effect : effects) {
      steps++;
      CallExpression creation = effect.creation();
      switch (effect.kind()) {
        case CREATED -> set(creation, clearedBy(effect));
        case CREATED_PROTECTED -> set(creation, effect.mayNotRun() ? state.getOrDefault(creation, Set.of()) : Set.of());
        case CLEARED -> {
          if (state.containsKey(creation)) {
            set(creation, clearedBy(effect));
          }
        }
        case PROTECTED -> {
          if (state.containsKey(creation)) {
            set(creation, Set.of());
          }
        }
        case TRANSFER -> {
          Set<Tree> causes = state.get(creation);
          if (causes != null && !causes.isEmpty()) {
            found.add(unprotected(effect.call(), creation, causes));
          }
        }
        case RETURNED -> {
          if (state.containsKey(creation)) {
            returned.add(new ReturnedClient(creation, state.get(creation)));
            set(creation, Set.of());
          }
        }
        case ELEMENT_END -> endElement();
      }
    }
  }

  /** For each client reached so far: the creation and prot_c() calls that may have left its channel clear. */
  Map<CallExpression, Set<Tree>> state() {
    return state;
  }

  /** The union of the states at every point of the block: what an exception raised inside it carries. */
  Map<CallExpression, Set<Tree>> stateAtAnyPoint() {
    return stateAtAnyPoint;
  }

  /** Work done: effects replayed and states copied, for the analysis' budget. */
  long steps() {
    return steps;
  }

  private void endElement() {
    if (stateAtAnyPoint != null) {
      touched.forEach(client -> stateAtAnyPoint.merge(client, state.get(client), ClientStates::union));
    }
    touched.clear();
  }

  /** The call clears the channel; in code that may not run, in addition to what already may have. */
  private Set<Tree> clearedBy(Effect effect) {
    return effect.mayNotRun() ? add(state.get(effect.creation()), effect.call()) : Set.of(effect.call());
  }

  private void set(CallExpression client, Set<Tree> causes) {
    state.put(client, causes);
    touched.add(client);
  }

  /**
   * The seeds among the causes (a creation, a helper's call) left the channel as they started it; the others are
   * prot_c() calls. The creation reported is the first seed's origin, inside the helper that returned it if need be.
   */
  private UnprotectedTransfer unprotected(CallExpression transfer, CallExpression key, Set<Tree> causes) {
    List<CallExpression> seeds = new ArrayList<>(1);
    List<CallExpression> clearedBy = new ArrayList<>(causes.size());
    for (Tree cause : causes) {
      (clients.isSeed(cause) ? seeds : clearedBy).add((CallExpression) cause);
    }
    seeds.sort(SourceOrder::compare);
    clearedBy.sort(SourceOrder::compare);
    CallExpression seed = seeds.isEmpty() ? null : seeds.get(0);
    CallExpression creation = clients.originOf(seed == null ? key : seed);
    return new UnprotectedTransfer(transfer, creation, seed != null, List.copyOf(clearedBy), seed == creation ? null : seed);
  }

  private static Set<Tree> add(Set<Tree> causes, Tree cause) {
    return causes == null ? Set.of(cause) : union(causes, Set.of(cause));
  }

  static Set<Tree> union(Set<Tree> first, Set<Tree> second) {
    Set<Tree> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return Set.copyOf(all);
  }
}
