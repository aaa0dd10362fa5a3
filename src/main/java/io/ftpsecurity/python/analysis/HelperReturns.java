package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.analysis.DataChannelProtection.Outcome;
import io.ftpsecurity.python.analysis.DataChannelProtection.ReturnedClient;
import io.ftpsecurity.python.analysis.TrackedClients.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * What a helper's returns give its callers: from the data-channel analysis of the helper's own body, the state of the
 * client each {@code return} hands back. When every return hands back a tracked client and all of them may be in
 * clear text, a call of the helper starts a client in clear text (its creations are the helper's); when all are
 * protected, a protected one; when they disagree, or a return gives anything else, nothing the analysis follows.
 */
final class HelperReturns {

  private HelperReturns() {
  }

  /** The seed a call of the helper starts, with the helper's first return as its key (callers use their call). */
  static Optional<Seed> summarise(FunctionDef helper, TrackedClients clients, LocalDefinitions definitions) {
    Outcome outcome = clients.outcomeOf(helper);
    List<Expression> values = definitions.returnValues(helper).orElse(List.of());
    if (outcome == null || values.isEmpty() || outcome.returns().size() != values.size()) {
      return Optional.empty();
    }
    int clear = 0;
    List<CallExpression> creations = new ArrayList<>();
    for (ReturnedClient returned : outcome.returns()) {
      Optional<Seed> seed = clients.seedOf(returned.key());
      if (seed.isEmpty()) {
        return Optional.empty();
      }
      seed.get().creations().stream().filter(creation -> !creations.contains(creation)).forEach(creations::add);
      clear += returned.causes().isEmpty() ? 0 : 1;
    }
    if (clear != 0 && clear != values.size()) {
      return Optional.empty();
    }
    creations.sort(SourceOrder::compare);
    Set<Tree> initial = clear == 0 ? Set.of() : Set.of(creations.get(0));
    return Optional.of(new Seed(creations.get(0), initial, List.copyOf(creations), false));
  }
}
