package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.analysis.DataChannelProtection.Outcome;
import io.ftpsecurity.python.analysis.DataChannelProtection.UnprotectedTransfer;
import io.ftpsecurity.python.api.FtplibApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * FTP_TLS clients a class keeps in an attribute ({@code self.session = FTP_TLS(...)}, usually in {@code __init__})
 * and uses in its methods, which may run in any order after {@code __init__}. The attribute must be one that
 * {@link TrackedClients#followedAttribute} follows: outside {@code __init__}, no method protects it. Then a transfer
 * outside {@code __init__} is unprotected when the client may leave {@code __init__} in clear text (from the
 * control-flow analysis of {@code __init__}, where {@code prot_p()} counts only on every path after the creation), or
 * when another method creates it and {@code __init__} neither protects it nor hands it over. Computed once per class;
 * a client whose own method already reports a transfer is not reported twice.
 */
public final class AttributeDataChannels {

  private AttributeDataChannels() {
  }

  /** The first transfer on each such attribute, in source order. */
  public static List<UnprotectedTransfer> unprotectedTransfers(ClassDef classDef, TrackedClients tracked, LocalDefinitions definitions) {
    List<UnprotectedTransfer> found = new ArrayList<>();
    for (String attribute : definitions.attributeValues(classDef).keySet()) {
      Optional<List<CallExpression>> creations = tracked.followedAttribute(classDef, attribute);
      if (creations.isEmpty() || reportedInAMethod(creations.get(), tracked)) {
        continue;
      }
      List<QualifiedExpression> uses = definitions.usesOf(classDef, attribute);
      unprotectedCreation(creations.get(), uses, tracked)
        .flatMap(creation -> firstTransferOutsideInit(uses).map(transfer -> new UnprotectedTransfer(transfer, creation, true, List.of())))
        .ifPresent(found::add);
    }
    found.sort((first, second) -> SourceOrder.compare(first.transfer(), second.transfer()));
    return found;
  }

  /** The creation whose client the methods after {@code __init__} may get in clear text, if the code shows one. */
  private static Optional<CallExpression> unprotectedCreation(List<CallExpression> creations, List<QualifiedExpression> uses,
    TrackedClients tracked) {
    Optional<CallExpression> createdInInit = creations.stream().filter(TrackedClients::isInInit).findFirst();
    if (createdInInit.isPresent() && creations.stream().allMatch(TrackedClients::isInInit)) {
      Outcome init = tracked.outcomeOf(TrackedClients.enclosingMethod(createdInInit.get()));
      Set<Tree> atExit = init == null ? Set.of() : init.atExit().getOrDefault(createdInInit.get(), Set.of());
      return atExit.stream().filter(CallExpression.class::isInstance).map(CallExpression.class::cast)
        .filter(creations::contains).sorted(SourceOrder::compare).findFirst();
    }
    // created in other methods too: __init__ must leave it alone
    boolean initLeavesItAlone = uses.stream().filter(TrackedClients::isInInit).allMatch(use -> tracked.leavesUnprotected(use, creations));
    return initLeavesItAlone ? Optional.of(creations.get(0)) : Optional.empty();
  }

  private static boolean reportedInAMethod(List<CallExpression> creations, TrackedClients tracked) {
    return creations.stream().map(TrackedClients::enclosingMethod).distinct()
      .map(tracked::outcomeOf)
      .anyMatch(outcome -> outcome != null && outcome.transfers().stream().anyMatch(transfer -> creations.contains(transfer.creation())));
  }

  private static Optional<CallExpression> firstTransferOutsideInit(List<QualifiedExpression> uses) {
    return uses.stream().filter(use -> !TrackedClients.isInInit(use))
      .filter(use -> use.parent() instanceof QualifiedExpression method && method.qualifier() == use
        && FtplibApi.DATA_TRANSFER_METHODS.contains(method.name().name())
        && method.parent() instanceof CallExpression call && call.callee() == method)
      .map(use -> (CallExpression) use.parent().parent())
      .min(SourceOrder::compare);
  }
}
