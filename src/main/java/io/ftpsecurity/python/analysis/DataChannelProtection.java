package io.ftpsecurity.python.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.api.utils.log.Logger;
import org.sonar.api.utils.log.Loggers;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.cfg.CfgBlock;
import org.sonar.plugins.python.api.cfg.CfgBranchingBlock;
import org.sonar.plugins.python.api.cfg.ControlFlowGraph;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.TryStatement;
import org.sonar.plugins.python.api.tree.WhileStatement;
import org.sonar.plugins.python.api.tree.WithStatement;

/**
 * Whether the data transfers of FTP_TLS clients run over a protected data channel: a forward analysis over the
 * control-flow graph of one function or module body. For each FTP_TLS client that body starts ({@link TrackedClients}:
 * a creation, a call of a helper returning one, an attribute client created in the method), the state says what may
 * have left its data channel in clear text on some path: its start (no {@code prot_p()} since) or a {@code prot_c()}
 * call. {@code prot_p()} empties it, and so does handing the client to code the analysis cannot see, so that rules
 * stay silent when unsure. Clients from parameters are never tracked.
 *
 * <p>The graph of python-frontend lets an exception leave a {@code try} body only at its end; here it may leave
 * from any point, so a {@code prot_p()} that raises does not protect what the handler reaches. The edge that skips
 * a {@code with} body (for context managers that swallow exceptions) and the condition exit of {@code while True}
 * are not followed, and {@code sys.exit()} ends a path: in practice no execution takes those edges.
 *
 * <p>A quick fix can use {@link UnprotectedTransfer}: {@code prot_p()} belongs before the transfer, on the same
 * receiver, or in place of the {@code prot_c()} calls it lists.
 */
public final class DataChannelProtection {

  private static final Logger LOG = Loggers.get(DataChannelProtection.class);
  /** Made once: a file analyses a scope per function that starts a client. */
  private static final Comparator<UnprotectedTransfer> SOURCE_ORDER =
    Comparator.comparing(UnprotectedTransfer::transfer, SourceOrder::compare);

  /**
   * Work allowed on one scope, in trees climbed to find the anchors, effects found and replayed, and client states
   * copied or changed: a climb is as long as the code is deep and a block's effects are replayed a few times, so this
   * is ten times or more what a 50,000-line body needs (a few seconds at most). Beyond it the analysis gives up on
   * the scope and finds nothing there.
   */
  static final long MAX_STEPS_PER_SCOPE = 20_000_000;

  /**
   * A data transfer that some path reaches while its client's data channel may be in clear text.
   *
   * @param neverProtected some path goes from the creation to the transfer without {@code prot_p()}
   * @param clearedBy the {@code prot_c()} calls that some path passes, and no {@code prot_p()} after them
   * @param returnedBy the call of a helper that returned the client, in clear text, from the creation; or null
   */
  public record UnprotectedTransfer(CallExpression transfer, CallExpression creation, boolean neverProtected,
    List<CallExpression> clearedBy, @Nullable CallExpression returnedBy) {

    public UnprotectedTransfer(CallExpression transfer, CallExpression creation, boolean neverProtected, List<CallExpression> clearedBy) {
      this(transfer, creation, neverProtected, clearedBy, null);
    }

    /** The client in the scope: the helper's call that returned it, or its creation. */
    public CallExpression client() {
      return returnedBy == null ? creation : returnedBy;
    }
  }

  /** A {@code return} that hands back a tracked client, in the state its key has there. */
  record ReturnedClient(CallExpression key, Set<Tree> causes) {
  }

  /**
   * What the analysis of one scope found: its unprotected transfers, the clients its returns hand back, and the state
   * of the clients kept in attributes where the scope ends normally.
   */
  record Outcome(List<UnprotectedTransfer> transfers, List<ReturnedClient> returns, Map<CallExpression, Set<Tree>> atExit) {
  }

  private final ControlFlowGraph cfg;
  private final ScopeClients clients;
  private final long maxSteps;
  private final Map<CfgBlock, Map<CallExpression, Set<Tree>>> entryStates = new HashMap<>();
  /** What each block does to the clients, found once: the fixpoint replays it as often as a block is reached. */
  private final Map<CfgBlock, DataChannelEffects> effects = new HashMap<>();
  private final Map<CfgBlock, CfgBlock> exceptionHandlers = new HashMap<>();
  /** Where a block stands in a topological order of the graph's loops (strongly connected components). */
  private final Map<CfgBlock, Integer> rank = new HashMap<>();
  /** The highest rank of a block that touches the client: past it, the client's state can matter no more. */
  private final Map<CallExpression, Integer> lastRank = new HashMap<>();
  private long steps;

  private DataChannelProtection(Tree scope, ControlFlowGraph cfg, TrackedClients tracked, long maxSteps) {
    this.cfg = cfg;
    this.clients = new ScopeClients(tracked, scope, cfg);
    this.maxSteps = maxSteps;
    this.steps = clients.steps();
  }

  /**
   * The transfers in {@code scope} (a FunctionDef or the FileInput) that may run unprotected, in source order;
   * empty when python-frontend has no control-flow graph for it.
   */
  public static List<UnprotectedTransfer> unprotectedTransfers(Tree scope, TrackedClients tracked) {
    Outcome outcome = tracked.outcomeOf(scope);
    return outcome == null ? List.of() : outcome.transfers();
  }

  /** As above, with another budget and not kept (tests). */
  static List<UnprotectedTransfer> unprotectedTransfers(Tree scope, TrackedClients tracked, long maxSteps) {
    Outcome outcome = analyse(scope, tracked, maxSteps);
    return outcome == null ? List.of() : outcome.transfers();
  }

  /** The analysis of one scope; null when python-frontend has no graph for it or the work exceeds the budget. */
  @Nullable
  static Outcome analyse(Tree scope, TrackedClients tracked, long maxSteps) {
    SubscriptionContext context = tracked.context();
    ControlFlowGraph cfg = ControlFlow.graph(scope, context);
    if (cfg == null) {
      return null;
    }
    Outcome found = new DataChannelProtection(scope, cfg, tracked, maxSteps).solve();
    if (found == null) {
      LOG.debug("FTP data channel analysis gave up on the {} at {}:{}: more than {} steps",
        scope instanceof FunctionDef function ? "function " + function.name().name() : "module body",
        context.pythonFile().fileName(), scope.firstToken() == null ? 0 : scope.firstToken().line(), maxSteps);
    }
    return found;
  }

  /**
   * The function bodies and the module body (class bodies belong to the body around them) that create an FTP_TLS
   * client or call a helper that returns one: the only ones worth analysing. Calls inside lambdas have no graph and are
   * left out.
   */
  public static Set<Tree> scopesStartingClients(TrackedClients tracked) {
    TrackedClients.FileCalls calls = tracked.calls();
    // without a creation in the file, no helper returns a client: most files stop here
    if (!calls.createsFtpTls()) {
      return Set.of();
    }
    Set<Tree> scopes = new LinkedHashSet<>();
    List<CallExpression> candidates = calls.all();
    for (int i = 0; i < candidates.size(); i++) {
      // every seed, in this order: a helper's summary depends on the depth it is first asked at
      Tree scope = calls.scopeOf(i);
      if (tracked.seedOf(candidates.get(i)).isPresent() && !(scope instanceof LambdaExpression)) {
        scopes.add(scope);
      }
    }
    return scopes;
  }

  /** The outcome, or null when the work exceeds the budget. */
  @Nullable
  private Outcome solve() {
    findExceptionHandlers();
    rankBlocks();
    findEffects();
    entryStates.put(cfg.start(), new HashMap<>());
    // what the last replay of each block found: a block is replayed again whenever its entry state grows, so the last
    // replay saw the final state
    Map<CfgBlock, List<UnprotectedTransfer>> foundIn = new HashMap<>();
    Map<CfgBlock, List<ReturnedClient>> returnsIn = new HashMap<>();
    Set<CfgBlock> pending = new LinkedHashSet<>(List.of(cfg.start()));
    while (!pending.isEmpty()) {
      if (steps > maxSteps) {
        return null;
      }
      CfgBlock block = pending.iterator().next();
      pending.remove(block);
      List<UnprotectedTransfer> blockFound = new ArrayList<>();
      List<ReturnedClient> blockReturns = new ArrayList<>();
      ClientStates states = interpret(block, blockFound, blockReturns);
      keepNonEmpty(foundIn, block, blockFound);
      keepNonEmpty(returnsIn, block, blockReturns);
      Set<CfgBlock> successors = effects.get(block).pathEnded() ? Set.of() : followedSuccessors(block);
      for (CfgBlock successor : successors) {
        if (mergeInto(successor, states.state())) {
          pending.add(successor);
        }
      }
      CfgBlock handler = exceptionHandlers.get(block);
      if (handler != null && mergeInto(handler, states.stateAtAnyPoint())) {
        pending.add(handler);
      }
    }
    List<UnprotectedTransfer> found = new ArrayList<>();
    List<ReturnedClient> returns = new ArrayList<>();
    for (CfgBlock block : entryStates.keySet()) {
      found.addAll(foundIn.getOrDefault(block, List.of()));
      returns.addAll(returnsIn.getOrDefault(block, List.of()));
    }
    found.sort(SOURCE_ORDER);
    return new Outcome(found, returns, Map.copyOf(entryStates.getOrDefault(cfg.end(), Map.of())));
  }

  private static <T> void keepNonEmpty(Map<CfgBlock, List<T>> byBlock, CfgBlock block, List<T> found) {
    if (found.isEmpty()) {
      byBlock.remove(block);
    } else {
      byBlock.put(block, found);
    }
  }

  private ClientStates interpret(CfgBlock block, List<UnprotectedTransfer> found, List<ReturnedClient> returns) {
    ClientStates states = new ClientStates(entryStates.get(block), exceptionHandlers.containsKey(block), clients);
    states.replay(effects.get(block).effects(), found, returns);
    steps += states.steps();
    return states;
  }

  /**
   * Joins a state into a block's entry state (a union: "may be clear" on some path); true when it grew. Clients
   * that no block from here on touches are left out, so that the states hold only the clients still in use.
   */
  private boolean mergeInto(CfgBlock block, Map<CallExpression, Set<Tree>> incoming) {
    int blockRank = rank.get(block);
    Map<CallExpression, Set<Tree>> current = entryStates.get(block);
    boolean grew = current == null;
    if (current == null) {
      current = new HashMap<>();
      entryStates.put(block, current);
    }
    for (Map.Entry<CallExpression, Set<Tree>> entry : incoming.entrySet()) {
      steps++;
      if (lastRank.getOrDefault(entry.getKey(), -1) < blockRank) {
        continue;
      }
      Set<Tree> causes = current.get(entry.getKey());
      if (causes == null || !causes.containsAll(entry.getValue())) {
        current.put(entry.getKey(), causes == null ? entry.getValue() : ClientStates.union(causes, entry.getValue()));
        grew = true;
      }
    }
    return grew;
  }

  /**
   * Ranks the blocks so that an edge never goes to a lower rank (blocks of one loop share theirs): Tarjan's
   * strongly connected components, which come out sinks first. Edges are the followed successors and the
   * exception edges.
   */
  private void rankBlocks() {
    Map<CfgBlock, Integer> index = new HashMap<>();
    Map<CfgBlock, Integer> low = new HashMap<>();
    Deque<CfgBlock> stack = new ArrayDeque<>();
    Set<CfgBlock> onStack = new HashSet<>();
    List<List<CfgBlock>> components = new ArrayList<>();
    for (CfgBlock root : cfg.blocks()) {
      if (index.containsKey(root)) {
        continue;
      }
      // iterative depth-first search: a frame is a block and the iterator over its remaining edges
      Deque<Map.Entry<CfgBlock, Iterator<CfgBlock>>> frames = new ArrayDeque<>();
      enter(root, index, low, stack, onStack, frames);
      while (!frames.isEmpty()) {
        CfgBlock block = frames.peek().getKey();
        Iterator<CfgBlock> edges = frames.peek().getValue();
        if (edges.hasNext()) {
          CfgBlock next = edges.next();
          if (!index.containsKey(next)) {
            enter(next, index, low, stack, onStack, frames);
          } else if (onStack.contains(next)) {
            low.put(block, Math.min(low.get(block), index.get(next)));
          }
          continue;
        }
        frames.pop();
        if (!frames.isEmpty()) {
          CfgBlock caller = frames.peek().getKey();
          low.put(caller, Math.min(low.get(caller), low.get(block)));
        }
        if (low.get(block).equals(index.get(block))) {
          List<CfgBlock> component = new ArrayList<>();
          CfgBlock member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (member != block);
          components.add(component);
        }
      }
    }
    for (int i = 0; i < components.size(); i++) {
      int componentRank = components.size() - 1 - i;
      for (CfgBlock block : components.get(i)) {
        rank.put(block, componentRank);
      }
    }
    steps += cfg.blocks().size();
  }

  private void enter(CfgBlock block, Map<CfgBlock, Integer> index, Map<CfgBlock, Integer> low, Deque<CfgBlock> stack,
    Set<CfgBlock> onStack, Deque<Map.Entry<CfgBlock, Iterator<CfgBlock>>> frames) {
    index.put(block, index.size());
    low.put(block, index.get(block));
    stack.push(block);
    onStack.add(block);
    List<CfgBlock> edges = new ArrayList<>(followedSuccessors(block));
    CfgBlock handler = exceptionHandlers.get(block);
    if (handler != null) {
      edges.add(handler);
    }
    frames.push(Map.entry(block, edges.iterator()));
  }

  /**
   * Reads each block's anchors once, and ranks each client by the last block whose effects touch it; a client kept in
   * an attribute lives on after the scope, so its state at the end is part of the outcome.
   */
  private void findEffects() {
    for (CfgBlock block : cfg.blocks()) {
      DataChannelEffects blockEffects = DataChannelEffects.of(block, clients);
      effects.put(block, blockEffects);
      steps += blockEffects.effects().size();
      int blockRank = rank.get(block);
      for (DataChannelEffects.Effect effect : blockEffects.effects()) {
        if (effect.creation() != null) {
          lastRank.merge(effect.creation(), clients.outlivesScope(effect.creation()) ? Integer.MAX_VALUE : blockRank, Math::max);
        }
      }
    }
  }

  private static Set<CfgBlock> followedSuccessors(CfgBlock block) {
    if (block instanceof CfgBranchingBlock branching && branching.trueSuccessor() != null
      && (branching.branchingTree() instanceof WithStatement
        || branching.branchingTree() instanceof WhileStatement loop && isTrue(loop.condition()))) {
      return Set.of(branching.trueSuccessor());
    }
    return block.successors();
  }

  private static boolean isTrue(Expression condition) {
    return condition instanceof Name name && "True".equals(name.name());
  }

  /** Every block inside a try body may raise into the first handler of that try (its except chain or finally). */
  private void findExceptionHandlers() {
    Map<TryStatement, CfgBlock> handlerOfTry = new HashMap<>();
    for (CfgBlock block : cfg.blocks()) {
      if (block instanceof CfgBranchingBlock branching && branching.branchingTree() instanceof TryStatement tryStatement) {
        handlerOfTry.put(tryStatement, branching.falseSuccessor());
      }
    }
    if (handlerOfTry.isEmpty()) {
      return;
    }
    for (CfgBlock block : cfg.blocks()) {
      if (!block.elements().isEmpty()) {
        TryStatement enclosing = enclosingTryBody(block.elements().get(0));
        if (enclosing != null && handlerOfTry.get(enclosing) != null) {
          exceptionHandlers.put(block, handlerOfTry.get(enclosing));
        }
      }
    }
  }

  /** The try statement whose body holds the tree, within the same function. */
  private static TryStatement enclosingTryBody(Tree tree) {
    for (Tree current = tree; current.parent() != null; current = current.parent()) {
      Tree parent = current.parent();
      if (parent instanceof TryStatement tryStatement && tryStatement.body() == current) {
        return tryStatement;
      }
      if (parent instanceof FunctionDef || parent instanceof LambdaExpression) {
        return null;
      }
    }
    return null;
  }
}
