package io.ftpsecurity.python.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.cfg.CfgBlock;
import org.sonar.plugins.python.api.cfg.CfgBranchingBlock;
import org.sonar.plugins.python.api.cfg.ControlFlowGraph;
import org.sonar.plugins.python.api.tree.BaseTreeVisitor;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.FileInput;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.TryStatement;
import org.sonar.plugins.python.api.tree.WhileStatement;
import org.sonar.plugins.python.api.tree.WithStatement;

/**
 * Whether the data transfers of FTP_TLS clients run over a protected data channel: a forward analysis over the
 * control-flow graph of one function or module body. For each FTP_TLS client created in that body, the state says
 * what may have left its data channel in clear text on some path: the creation itself (no {@code prot_p()} since)
 * or a {@code prot_c()} call. {@code prot_p()} empties it, and so does handing the client to code the analysis
 * cannot see, so that rules stay silent when unsure. Clients from parameters or attributes are never tracked.
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

  /** Far more than a real body needs (the state only grows); beyond it the analysis gives up and finds nothing. */
  private static final int MAX_VISITS_PER_BLOCK = 50;

  /**
   * A data transfer that some path reaches while its client's data channel may be in clear text.
   *
   * @param neverProtected some path goes from the creation to the transfer without {@code prot_p()}
   * @param clearedBy the {@code prot_c()} calls that some path passes, and no {@code prot_p()} after them
   */
  public record UnprotectedTransfer(CallExpression transfer, CallExpression creation, boolean neverProtected,
    List<CallExpression> clearedBy) {
  }

  private final ControlFlowGraph cfg;
  private final SubscriptionContext context;
  private final Map<CfgBlock, Map<CallExpression, Set<Tree>>> entryStates = new HashMap<>();
  private final Map<CfgBlock, CfgBlock> exceptionHandlers = new HashMap<>();

  private DataChannelProtection(ControlFlowGraph cfg, SubscriptionContext context) {
    this.cfg = cfg;
    this.context = context;
  }

  /**
   * The transfers in {@code scope} (a FunctionDef or the FileInput) that may run unprotected, in source order;
   * empty when python-frontend has no control-flow graph for it.
   */
  public static List<UnprotectedTransfer> unprotectedTransfers(Tree scope, SubscriptionContext context) {
    ControlFlowGraph cfg = ControlFlow.graph(scope, context);
    return cfg == null ? List.of() : new DataChannelProtection(cfg, context).solve();
  }

  /**
   * The function bodies and the module body (class bodies belong to the body around them) that create an FTP_TLS
   * client: the only ones worth analysing. Creations inside lambdas have no graph and are left out.
   */
  public static Set<Tree> scopesCreatingFtpTls(FileInput file, SubscriptionContext context) {
    Set<Tree> scopes = new LinkedHashSet<>();
    file.accept(new BaseTreeVisitor() {
      @Override
      public void visitCallExpression(CallExpression call) {
        if (FtpClients.createsFtpTls(call, context)) {
          Tree scope = call.parent();
          while (scope != null && !(scope instanceof FunctionDef || scope instanceof FileInput || scope instanceof LambdaExpression)) {
            scope = scope.parent();
          }
          if (scope != null && !(scope instanceof LambdaExpression)) {
            scopes.add(scope);
          }
        }
        super.visitCallExpression(call);
      }
    });
    return scopes;
  }

  private List<UnprotectedTransfer> solve() {
    findExceptionHandlers();
    entryStates.put(cfg.start(), Map.of());
    Set<CfgBlock> pending = new LinkedHashSet<>(List.of(cfg.start()));
    int budget = MAX_VISITS_PER_BLOCK * cfg.blocks().size();
    while (!pending.isEmpty()) {
      if (budget-- == 0) {
        return List.of();
      }
      CfgBlock block = pending.iterator().next();
      pending.remove(block);
      DataChannelEffects effects = interpret(block, null);
      Set<CfgBlock> successors = effects.pathEnded() ? Set.of() : followedSuccessors(block);
      for (CfgBlock successor : successors) {
        if (mergeInto(successor, effects.state())) {
          pending.add(successor);
        }
      }
      CfgBlock handler = exceptionHandlers.get(block);
      if (handler != null && mergeInto(handler, effects.stateAtAnyPoint())) {
        pending.add(handler);
      }
    }
    List<UnprotectedTransfer> found = new ArrayList<>();
    entryStates.keySet().forEach(block -> interpret(block, found));
    found.sort(Comparator.comparing((UnprotectedTransfer t) -> t.transfer().firstToken().line())
      .thenComparing(t -> t.transfer().firstToken().column()));
    return found;
  }

  private DataChannelEffects interpret(CfgBlock block, List<UnprotectedTransfer> found) {
    DataChannelEffects effects = new DataChannelEffects(entryStates.get(block), context, found);
    block.elements().forEach(effects::apply);
    return effects;
  }

  /** Joins a state into a block's entry state (a union: "may be clear" on some path); true when it grew. */
  private boolean mergeInto(CfgBlock block, Map<CallExpression, Set<Tree>> incoming) {
    Map<CallExpression, Set<Tree>> current = entryStates.get(block);
    if (current == null) {
      entryStates.put(block, Map.copyOf(incoming));
      return true;
    }
    Map<CallExpression, Set<Tree>> merged = new HashMap<>(current);
    incoming.forEach((client, causes) -> merged.merge(client, causes, DataChannelEffects::union));
    if (merged.equals(current)) {
      return false;
    }
    entryStates.put(block, Map.copyOf(merged));
    return true;
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
