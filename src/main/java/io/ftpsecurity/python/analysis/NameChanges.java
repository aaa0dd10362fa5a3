package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.analysis.FtpTlsContexts.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * The changes made through the uses of one name ({@code ctx.check_hostname = False}, {@code ctx.set_ciphers(...)}),
 * each with the values reaching definitions give the name there, found once per file and looked up by value: a name
 * reused for thousands of contexts ({@code ctx}) would otherwise have all its uses resolved again for each of them.
 */
final class NameChanges {

  /**
   * A change through one use of the name, in its statement and that statement's scope; {@code reaching} is empty when
   * the values reaching the use are unknown. {@code order} is the use's place among the symbol's usages.
   */
  record Use(int order, Change change, Tree statement, Tree scope, Set<Expression> reaching) {
  }

  private final List<Use> unknownValue = new ArrayList<>();
  private final Map<Expression, List<Use>> byValue = new HashMap<>();

  private NameChanges(Symbol symbol, SubscriptionContext context) {
    List<Usage> usages = symbol.usages();
    for (int order = 0; order < usages.size(); order++) {
      Tree tree = usages.get(order).tree();
      Change change = FtpTlsContexts.changeAt(tree);
      if (change == null) {
        continue;
      }
      Tree statement = SourceOrder.enclosingStatement(change.location());
      Set<Expression> reaching = tree instanceof Name name ? ControlFlow.valuesAtLocation(name, context) : Set.of();
      Use use = new Use(order, change, statement, SourceOrder.scopeOf(statement), reaching);
      if (reaching.isEmpty()) {
        unknownValue.add(use);
      }
      // a loop: a lambda would capture the use and this index for every usage of the name
      for (Expression value : reaching) {
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(use);
      }
    }
  }

  /** The changes through the name's symbol, for this file. */
  static NameChanges of(Name name, SubscriptionContext context) {
    return ControlFlow.index(name, BySymbol.class, BySymbol::new).changes
      .computeIfAbsent(name.symbol(), symbol -> new NameChanges(symbol, context));
  }

  /** The changes made where the name may hold this value or where its value is unknown, in the order of the usages. */
  List<Use> mayHold(Expression value) {
    List<Use> holding = byValue.getOrDefault(value, List.of());
    if (unknownValue.isEmpty() || holding.isEmpty()) {
      return holding.isEmpty() ? unknownValue : holding;
    }
    List<Use> merged = new ArrayList<>(holding.size() + unknownValue.size());
    int known = 0;
    int unknown = 0;
    while (known < holding.size() || unknown < unknownValue.size()) {
      boolean takeKnown = unknown == unknownValue.size()
        || (known < holding.size() && holding.get(known).order() < unknownValue.get(unknown).order());
      merged.add(takeKnown ? holding.get(known++) : unknownValue.get(unknown++));
    }
    return merged;
  }

  private static final class BySymbol {
    private final Map<Symbol, NameChanges> changes = new IdentityHashMap<>();
  }
}
