package io.ftpsecurity.python.analysis;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;

/**
 * The binding usages of a symbol. Finding them scans every usage of the symbol, so an analysis that resolves many
 * names of one scope keeps a {@link #cached()} instance: otherwise a name read n times costs n x n.
 */
@FunctionalInterface
public interface SymbolBindings {

  /** Scans the usages on every call: for a rule that resolves a few names. */
  SymbolBindings SCAN = symbol -> symbol.usages().stream().filter(Usage::isBindingUsage).toList();

  List<Usage> of(Symbol symbol);

  /** Remembers each symbol's bindings; keep it no longer than the file. */
  static SymbolBindings cached() {
    Map<Symbol, List<Usage>> bindings = new IdentityHashMap<>();
    return symbol -> bindings.computeIfAbsent(symbol, SCAN::of);
  }
}
