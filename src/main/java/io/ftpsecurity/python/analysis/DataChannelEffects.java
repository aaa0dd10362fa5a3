package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.analysis.DataChannelProtection.ReturnedClient;
import io.ftpsecurity.python.analysis.DataChannelProtection.UnprotectedTransfer;
import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.ProcessExitApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.BinaryExpression;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.ConditionalExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.ExpressionStatement;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.ReturnStatement;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * What the elements of one control-flow block do to the data channels of the FTP_TLS clients, in evaluation
 * order. Code that may not run (the branches of {@code a if c else b}, the right side of {@code and}/{@code or},
 * comprehensions) can clear a channel but never protects it.
 */
final class DataChannelEffects {

  private final Map<CallExpression, Set<Tree>> state;
  /** Null when no exception handler reads it. */
  private final Map<CallExpression, Set<Tree>> stateAtAnyPoint;
  /** The clients whose state the current element changed: only they can add to {@link #stateAtAnyPoint}. */
  private final List<CallExpression> touched = new ArrayList<>();
  private final ScopeClients clients;
  private final SubscriptionContext context;
  /** Null while the fixpoint is computed; the final pass records the unprotected transfers here. */
  private final List<UnprotectedTransfer> found;
  /** Null while the fixpoint is computed; the final pass records the clients that returns hand back here. */
  private final List<ReturnedClient> returned;
  private boolean pathEnded;
  private long steps;

  DataChannelEffects(Map<CallExpression, Set<Tree>> entryState, boolean raisesToHandler, ScopeClients clients,
    SubscriptionContext context, List<UnprotectedTransfer> found, List<ReturnedClient> returned) {
    this.state = new HashMap<>(entryState);
    this.stateAtAnyPoint = raisesToHandler ? new HashMap<>(entryState) : null;
    this.clients = clients;
    this.context = context;
    this.found = found;
    this.returned = returned;
    this.steps = entryState.size();
  }

  /** For each client reached so far: the creation and prot_c() calls that may have left its channel clear. */
  Map<CallExpression, Set<Tree>> state() {
    return state;
  }

  /** The union of the states at every point of the block: what an exception raised inside it carries. */
  Map<CallExpression, Set<Tree>> stateAtAnyPoint() {
    return stateAtAnyPoint;
  }

  /** After {@code sys.exit()} and the like: the rest of the block is dead and nothing flows to its successors. */
  boolean pathEnded() {
    return pathEnded;
  }

  /** Work done so far: trees visited and states copied or changed, for the analysis' budget. */
  long steps() {
    return steps;
  }

  void apply(Tree element) {
    if (pathEnded) {
      return;
    }
    visit(element, false);
    if (stateAtAnyPoint != null) {
      touched.forEach(client -> stateAtAnyPoint.merge(client, state.get(client), DataChannelEffects::union));
    }
    touched.clear();
    pathEnded = element instanceof ExpressionStatement statement && statement.expressions().size() == 1
      && statement.expressions().get(0) instanceof CallExpression call && ProcessExitApi.ENDS_PROCESS.isTrueFor(call.callee(), context);
  }

  private void set(CallExpression client, Set<Tree> causes) {
    state.put(client, causes);
    touched.add(client);
    steps++;
  }

  private void visit(Tree tree, boolean mayNotRun) {
    steps++;
    if (tree instanceof FunctionDef || tree instanceof LambdaExpression) {
      releaseCapturedClients(tree);
    } else if (tree instanceof ClassDef classDef) {
      // the class body's statements are elements of the graph themselves
      if (classDef.args() != null) {
        visit(classDef.args(), mayNotRun);
      }
    } else if (tree instanceof ConditionalExpression conditional) {
      visit(conditional.condition(), mayNotRun);
      visit(conditional.trueExpression(), true);
      visit(conditional.falseExpression(), true);
    } else if (tree instanceof ReturnStatement statement) {
      onReturn(statement, mayNotRun);
    } else if (tree.is(Tree.Kind.AND, Tree.Kind.OR)) {
      visit(((BinaryExpression) tree).leftOperand(), mayNotRun);
      visit(((BinaryExpression) tree).rightOperand(), true);
    } else {
      boolean childrenMayNotRun = mayNotRun
        || tree.is(Tree.Kind.LIST_COMPREHENSION, Tree.Kind.SET_COMPREHENSION, Tree.Kind.DICT_COMPREHENSION, Tree.Kind.GENERATOR_EXPR);
      for (Tree child : tree.children()) {
        visit(child, childrenMayNotRun);
      }
      if (tree instanceof CallExpression call) {
        onCall(call, mayNotRun);
      } else if (tree instanceof Name name && ScopeClients.isRead(name)) {
        onReference(name);
      } else if (tree instanceof QualifiedExpression attribute && ScopeClients.isRead(attribute)) {
        onReference(attribute);
      }
    }
  }

  private void onCall(CallExpression call, boolean mayNotRun) {
    Optional<TrackedClients.Seed> seed = clients.seedOf(call);
    if (seed.isPresent()) {
      if (!assignsGlobal(call)) {
        CallExpression key = seed.get().key();
        Set<Tree> initial = seed.get().initial();
        set(key, mayNotRun ? union(state.getOrDefault(key, Set.of()), initial) : initial);
      }
      return;
    }
    if (state.isEmpty() || !(call.callee() instanceof QualifiedExpression method)) {
      return;
    }
    Optional<CallExpression> client = clientOf(method.qualifier());
    if (client.isEmpty()) {
      return;
    }
    CallExpression creation = client.get();
    String methodName = method.name().name();
    SubclassOverrides.Effect effect = clients.effectOf(creation, methodName);
    if (effect == SubclassOverrides.Effect.UNKNOWN) {
      // an override or an unknown method may protect the channel its own way
      set(creation, Set.of());
    } else if (FtplibApi.PROT_P.equals(methodName) || effect == SubclassOverrides.Effect.PROTECTS) {
      if (!mayNotRun) {
        set(creation, Set.of());
      }
    } else if (FtplibApi.PROT_C.equals(methodName)) {
      set(creation, mayNotRun ? add(state.get(creation), call) : Set.of(call));
    } else if (found != null && FtplibApi.DATA_TRANSFER_METHODS.contains(methodName) && !state.get(creation).isEmpty()) {
      found.add(unprotected(call, creation, state.get(creation)));
    }
  }

  /** A client used other than through its methods (an argument, a closure, a write to its state) is given up. */
  private void onReference(Expression reference) {
    if (state.isEmpty() || reference instanceof Name name && isAliasSource(name) || reference.parent() instanceof ReturnStatement) {
      return;
    }
    if (reference.parent() instanceof QualifiedExpression access && access.qualifier() == reference && !changesBehaviour(access)) {
      return;
    }
    clientOf(reference).ifPresent(creation -> set(creation, Set.of()));
  }

  /**
   * {@code return client}: the final pass records the client's state for the callers (see {@link HelperReturns}); the
   * client then leaves the scope, given up.
   */
  private void onReturn(ReturnStatement statement, boolean mayNotRun) {
    statement.children().forEach(child -> visit(child, mayNotRun));
    if (statement.expressions().size() != 1) {
      return;
    }
    Expression value = statement.expressions().get(0);
    Optional<CallExpression> client = clientOf(value);
    if (client.isPresent()) {
      if (returned != null) {
        returned.add(new ReturnedClient(statement, client.get(), state.get(client.get())));
      }
      set(client.get(), Set.of());
    }
  }

  private void releaseCapturedClients(Tree function) {
    if (state.isEmpty()) {
      return;
    }
    for (CallExpression creation : clients.capturedBy(function)) {
      if (state.containsKey(creation)) {
        set(creation, Set.of());
      }
    }
  }

  private Optional<CallExpression> clientOf(Expression expression) {
    return clients.creationOf(expression).filter(state::containsKey);
  }

  /** A client bound to a global, which any call may change, is not followed. */
  private boolean assignsGlobal(CallExpression creation) {
    return creation.parent() instanceof AssignmentStatement assignment && assignment.lhsExpressions().stream()
      .flatMap(targets -> targets.expressions().stream())
      .filter(Name.class::isInstance)
      .map(target -> ((Name) target).symbol())
      .anyMatch(symbol -> symbol != null && clients.declaredOutside(symbol));
  }

  /** {@code alias = client}: the analysis follows the alias to the same creation. */
  private static boolean isAliasSource(Name name) {
    return name.parent() instanceof AssignmentStatement assignment && assignment.assignedValue() == name
      && assignment.lhsExpressions().stream().allMatch(targets -> targets.expressions().size() == 1
        && targets.expressions().get(0) instanceof Name);
  }

  /**
   * {@code client._prot_p = True}, a replaced method, or {@code client.prot_p} taken to be called elsewhere: what
   * happens to the channel is no longer visible. Plain settings such as {@code client.encoding = ...} are not.
   */
  private static boolean changesBehaviour(QualifiedExpression access) {
    if (access.parent() instanceof CallExpression call && call.callee() == access) {
      return false;
    }
    String attribute = access.name().name();
    boolean written = access.parent() instanceof ExpressionList targets && targets.parent() instanceof AssignmentStatement assignment
      && assignment.lhsExpressions().contains(targets);
    return written
      ? attribute.startsWith("_") || FtplibApi.DATA_TRANSFER_METHODS.contains(attribute) || FtplibApi.IMPLICITLY_CALLED_METHODS.contains(attribute)
      : FtplibApi.PROT_P.equals(attribute);
  }

  /**
   * The seeds among the causes (a creation, a helper's call) left the channel as created; the others are prot_c()
   * calls. The creation reported is the first seed's origin, inside the helper that returned it if need be.
   */
  private UnprotectedTransfer unprotected(CallExpression transfer, CallExpression key, Set<Tree> causes) {
    List<CallExpression> seeds = sorted(causes.stream().filter(clients::isSeed));
    List<CallExpression> clearedBy = sorted(causes.stream().filter(cause -> !clients.isSeed(cause)));
    CallExpression seed = seeds.isEmpty() ? null : seeds.get(0);
    CallExpression creation = clients.originOf(seed == null ? key : seed);
    return new UnprotectedTransfer(transfer, creation, seed != null, clearedBy, seed == creation ? null : seed);
  }

  private static List<CallExpression> sorted(java.util.stream.Stream<Tree> causes) {
    return causes.map(CallExpression.class::cast).sorted(SourceOrder::compare).toList();
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
