package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.analysis.ScopeClients.Anchor;
import io.ftpsecurity.python.api.FtplibApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.python.api.cfg.CfgBlock;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
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
 * order: found once per block from the anchors {@link ScopeClients} keeps of its elements (no walk of their trees),
 * then replayed on the states by {@link ClientStates} as often as the fixpoint needs. Code that may not run (the
 * branches of {@code a if c else b}, the right side of {@code and}/{@code or}, comprehensions) can clear a channel
 * but never protects it.
 */
final class DataChannelEffects {

  /** What an effect does to its client's state. */
  enum Kind {
    /**
     * The client starts here ({@link TrackedClients.Seed}: a creation, a helper's call): its channel is clear (or, code
     * that may not run, may be).
     */
    CREATED,
    /** The client starts here with its channel protected: a subclass or a helper that calls {@code prot_p()}. */
    CREATED_PROTECTED,
    /** {@code prot_c()}: the channel is clear (or may be) until the next {@code prot_p()}. */
    CLEARED,
    /** {@code prot_p()}, or the client handed to code the analysis cannot see: nothing clear to report any more. */
    PROTECTED,
    /** A data transfer: reported when the channel may be clear. */
    TRANSFER,
    /** {@code return client}: the final pass records its state for the callers, then the client leaves the scope. */
    RETURNED,
    /** The end of an element: the states reached so far are among those an exception handler may see. */
    ELEMENT_END
  }

  /**
   * One effect on the client tracked by {@code creation} (its key: the creation, a helper's call, the attribute's
   * first creation in the method); {@code call} is the call that starts it, the prot_c() call or the transfer,
   * {@code mayNotRun} says whether the code may be skipped.
   */
  record Effect(Kind kind, CallExpression creation, CallExpression call, boolean mayNotRun) {
  }

  private static final Effect ELEMENT_END = new Effect(Kind.ELEMENT_END, null, null, false);
  /**
   * The order in which an element's anchors act: a call, an attribute read and a return after the trees under them,
   * the condition of {@code a if c else b} before its branches.
   */
  private static final Comparator<Anchor> EVALUATION_ORDER = DataChannelEffects::compareEvaluation;

  private final List<Effect> effects = new ArrayList<>();
  private final ScopeClients clients;
  private boolean pathEnded;

  private DataChannelEffects(ScopeClients clients) {
    this.clients = clients;
  }

  /** The effects of a block's elements, up to a call that ends the process (after it, the block is dead). */
  static DataChannelEffects of(CfgBlock block, ScopeClients clients) {
    DataChannelEffects found = new DataChannelEffects(clients);
    for (Tree element : block.elements()) {
      found.apply(element);
      if (found.pathEnded) {
        break;
      }
    }
    return found;
  }

  List<Effect> effects() {
    return effects;
  }

  /** After {@code sys.exit()} and the like: nothing flows to the block's successors. */
  boolean pathEnded() {
    return pathEnded;
  }

  private void apply(Tree element) {
    List<Anchor> anchors = clients.anchorsOf(element);
    if (anchors.size() > 1) {
      anchors.sort(EVALUATION_ORDER);
    }
    int before = effects.size();
    for (int i = 0; i < anchors.size(); i++) {
      read(anchors.get(i));
    }
    if (effects.size() > before) {
      effects.add(ELEMENT_END);
    }
    pathEnded = element instanceof ExpressionStatement statement && statement.expressions().size() == 1
      && statement.expressions().get(0) instanceof CallExpression call && clients.endsProcess(call.callee());
  }

  private void add(Kind kind, CallExpression creation, CallExpression call, boolean mayNotRun) {
    effects.add(new Effect(kind, creation, call, mayNotRun));
  }

  /** What one anchor ({@link ScopeClients.Anchor}) does to the scope's clients. */
  private void read(Anchor anchor) {
    Tree tree = anchor.tree();
    if (tree instanceof Name name) {
      if (ScopeClients.isRead(name)) {
        onReference(name);
      }
    } else if (tree instanceof FunctionDef || tree instanceof LambdaExpression) {
      releaseCapturedClients(tree);
    } else if (tree instanceof ReturnStatement statement) {
      if (statement.expressions().size() == 1) {
        addIfClient(Kind.RETURNED, clients.clientOf(statement.expressions().get(0)));
      }
    } else if (tree instanceof CallExpression call) {
      onCall(call, anchor.mayNotRun());
    } else if (tree instanceof QualifiedExpression attribute && ScopeClients.isRead(attribute)) {
      onReference(attribute);
    }
  }

  /**
   * Two anchors of one element in the order their effects take place: a tree acts after the trees under it; else the
   * children of the nearest tree around both decide, in the order they run.
   */
  private static int compareEvaluation(Anchor first, Anchor second) {
    Tree a = first.tree();
    Tree b = second.tree();
    for (int depth = first.depth(); depth > second.depth(); depth--) {
      if (a.parent() == b) {
        return -1;
      }
      a = a.parent();
    }
    for (int depth = second.depth(); depth > first.depth(); depth--) {
      if (b.parent() == a) {
        return 1;
      }
      b = b.parent();
    }
    while (a.parent() != b.parent()) {
      a = a.parent();
      b = b.parent();
    }
    return Integer.compare(runOrder(a), runOrder(b));
  }

  /** Where a tree runs among its siblings: the condition of a conditional expression first, else in source order. */
  private static int runOrder(Tree child) {
    Tree parent = child.parent();
    if (parent instanceof ConditionalExpression conditional) {
      return child == conditional.condition() ? -1 : child == conditional.trueExpression() ? 0 : 1;
    }
    List<Tree> siblings = parent.children();
    for (int i = 0; i < siblings.size(); i++) {
      if (siblings.get(i) == child) {
        return i;
      }
    }
    return siblings.size();
  }

  private void onCall(CallExpression call, boolean mayNotRun) {
    Optional<TrackedClients.Seed> seed = clients.seedOf(call);
    if (seed.isPresent()) {
      if (!assignsGlobal(call)) {
        add(seed.get().initial().isEmpty() ? Kind.CREATED_PROTECTED : Kind.CREATED, seed.get().key(), call, mayNotRun);
      }
      return;
    }
    if (!(call.callee() instanceof QualifiedExpression method)) {
      return;
    }
    Optional<CallExpression> client = clients.clientOf(method.qualifier());
    if (client.isEmpty()) {
      return;
    }
    CallExpression creation = client.get();
    String methodName = method.name().name();
    SubclassOverrides.Effect effect = clients.effectOf(creation, methodName);
    if (effect == SubclassOverrides.Effect.UNKNOWN) {
      // an override or an unknown method may protect the channel its own way
      add(Kind.PROTECTED, creation, call, false);
    } else if (FtplibApi.PROT_P.equals(methodName) || effect == SubclassOverrides.Effect.PROTECTS) {
      if (!mayNotRun) {
        add(Kind.PROTECTED, creation, call, false);
      }
    } else if (FtplibApi.PROT_C.equals(methodName)) {
      add(Kind.CLEARED, creation, call, mayNotRun);
    } else if (FtplibApi.DATA_TRANSFER_METHODS.contains(methodName)) {
      add(Kind.TRANSFER, creation, call, mayNotRun);
    }
  }

  /** A client used other than through its methods (an argument, a closure, a write to its state) is given up. */
  private void onReference(Expression reference) {
    if (reference instanceof Name name && isAliasSource(name) || reference.parent() instanceof ReturnStatement) {
      return;
    }
    if (reference.parent() instanceof QualifiedExpression access && access.qualifier() == reference && !changesBehaviour(access)) {
      return;
    }
    addIfClient(Kind.PROTECTED, clients.clientOf(reference));
  }

  /** No lambda: references are many, and one would capture this analysis for each. */
  private void addIfClient(Kind kind, Optional<CallExpression> client) {
    if (client.isPresent()) {
      add(kind, client.get(), null, false);
    }
  }

  private void releaseCapturedClients(Tree function) {
    for (CallExpression creation : clients.capturedBy(function)) {
      add(Kind.PROTECTED, creation, null, false);
    }
  }

  /** A client bound to a global, which any call may change, is not followed. */
  private boolean assignsGlobal(CallExpression creation) {
    if (!(creation.parent() instanceof AssignmentStatement assignment)) {
      return false;
    }
    for (ExpressionList targets : assignment.lhsExpressions()) {
      for (Expression target : targets.expressions()) {
        if (target instanceof Name name && name.symbol() != null && clients.declaredOutside(name.symbol())) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code alias = client}: the analysis follows the alias to the same creation. */
  private static boolean isAliasSource(Name name) {
    if (!(name.parent() instanceof AssignmentStatement assignment && assignment.assignedValue() == name)) {
      return false;
    }
    for (ExpressionList targets : assignment.lhsExpressions()) {
      if (targets.expressions().size() != 1 || !(targets.expressions().get(0) instanceof Name)) {
        return false;
      }
    }
    return true;
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
}
