package io.ftpsecurity.python.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;

/**
 * The binding usages of a symbol. Finding them scans every usage of the symbol, so they are kept: otherwise a name
 * read n times costs n x n (a module reusing {@code client} for thousands of clients).
 */
@FunctionalInterface
public interface SymbolBindings {

  /** Kept for the current file, shared by every rule and analysis (see {@link ControlFlow#bindings}). */
  SymbolBindings OF_FILE = ControlFlow::bindings;

  List<Usage> of(Symbol symbol);

  /** Scans every usage of the symbol. */
  static List<Usage> scan(Symbol symbol) {
    // a loop, not a stream: every symbol read in the file is scanned once
    List<Usage> bindings = new ArrayList<>();
    for (Usage usage : symbol.usages()) {
      if (usage.isBindingUsage()) {
        bindings.add(usage);
      }
    }
    return Collections.unmodifiableList(bindings);
  }
}
