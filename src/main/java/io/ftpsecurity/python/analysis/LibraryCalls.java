package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.LibraryName;
import io.ftpsecurity.python.api.Parameter;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.WithItem;

/** Calls into third-party libraries: which object a method is called on, and the flags a call passes. */
public final class LibraryCalls {

  private LibraryCalls() {
  }

  /**
   * For {@code receiver.method(...)}, the call of {@code creator} that made the receiver, when the code of this scope
   * shows it ({@code client = aioftp.Client()}, {@code async with aioftp.Client.context(...) as client}).
   */
  public static Optional<CallExpression> receiverMadeBy(CallExpression call, String method, LibraryName creator,
    SubscriptionContext context) {
    if (!(call.callee() instanceof QualifiedExpression callee) || !method.equals(callee.name().name())
      || !mayBeMadeBy(ValueResolver.skipParentheses(callee.qualifier()), creator)) {
      return Optional.empty();
    }
    return FtpClients.creationOf(callee.qualifier(), context).filter(creation -> creator.isTrueFor(creation.callee()));
  }

  /**
   * A look at the receiver's own bindings before any value is resolved: most {@code x.connect()} calls of a program
   * are sockets and databases, and resolving each receiver costs far more than this. The answer for a name is kept
   * for the file: a name reused for thousands of clients is bound thousands of times.
   */
  private static boolean mayBeMadeBy(Expression receiver, LibraryName creator) {
    if (receiver instanceof CallExpression creation) {
      return creator.isTrueFor(creation.callee());
    }
    Symbol symbol = receiver instanceof Name name ? name.symbol() : null;
    if (symbol == null) {
      return false;
    }
    return ControlFlow.index(receiver, Creators.class, Creators::new).bySymbol
      .computeIfAbsent(symbol, s -> new IdentityHashMap<>())
      .computeIfAbsent(creator, c -> isBoundToCallOf(symbol, c));
  }

  /** Per symbol, whether a binding gives it a call of a creator. */
  private static final class Creators {
    private final Map<Symbol, Map<LibraryName, Boolean>> bySymbol = new IdentityHashMap<>();
  }

  private static boolean isBoundToCallOf(Symbol symbol, LibraryName creator) {
    for (Usage binding : SymbolBindings.OF_FILE.of(symbol)) {
      if (boundValue(binding).filter(value -> value instanceof CallExpression creation
        && creator.isTrueFor(creation.callee())).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Expression> boundValue(Usage binding) {
    if (binding.kind() == Usage.Kind.WITH_INSTANCE && binding.tree().parent() instanceof WithItem item) {
      return Optional.of(item.test());
    }
    return ValueResolver.simpleAssignmentValue(binding.tree()).map(ValueResolver::skipParentheses);
  }

  /** The string literal a call certainly passes for a parameter. */
  public static Optional<String> stringArgument(CallExpression call, Parameter parameter, SubscriptionContext context) {
    return CallArguments.valueOf(call, parameter).flatMap(value -> ValueResolver.stringValue(value, context));
  }

  /** Whether a flag is on: false when the call leaves it out, empty when its value is not a literal the code shows. */
  public static Optional<Boolean> flag(CallExpression call, Parameter parameter, SubscriptionContext context) {
    CallArguments.Binding binding = CallArguments.bindingOf(call, parameter);
    if (binding instanceof CallArguments.Absent) {
      return Optional.of(false);
    }
    return binding instanceof CallArguments.Passed passed ? ValueResolver.truthValue(passed.value(), context) : Optional.empty();
  }
}
