package io.ftpsecurity.python.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AnnotatedAssignment;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.NumericLiteral;
import org.sonar.plugins.python.api.tree.ParenthesizedExpression;
import org.sonar.plugins.python.api.tree.StringElement;
import org.sonar.plugins.python.api.tree.StringLiteral;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * What an expression evaluates to when the code shows it: a name is replaced by the single value that
 * reaches it (reaching definitions inside a function, a single assignment elsewhere), repeatedly.
 */
public final class ValueResolver {

  /** Enough to follow a = b; b = c chains without looping on a = a. */
  private static final int MAX_STEPS = 5;
  /** Usages of a symbol scanned in place rather than through the file's map of bindings. */
  private static final int FEW_USAGES = 8;
  /** Names Python 3 reserves as constants: a value of their own, never rebound. */
  private static final Set<String> BUILTIN_CONSTANTS = Set.of("True", "False", "None");

  private ValueResolver() {
  }

  /** The expression the code certainly assigns, or the expression itself when it is not a name. */
  public static Optional<Expression> resolve(Expression expression, SubscriptionContext context) {
    return resolve(expression, context, SymbolBindings.OF_FILE);
  }

  /** As {@link #resolve(Expression, SubscriptionContext)}, finding the bindings of names through {@code bindings}. */
  public static Optional<Expression> resolve(Expression expression, SubscriptionContext context, SymbolBindings bindings) {
    Expression current = skipParentheses(expression);
    for (int step = 0; step < MAX_STEPS && current instanceof Name name && !BUILTIN_CONSTANTS.contains(name.name()); step++) {
      Optional<Expression> assigned = singleAssignedValue(name, context, bindings);
      if (assigned.isEmpty()) {
        return Optional.empty();
      }
      current = skipParentheses(assigned.get());
    }
    return current instanceof Name name && !BUILTIN_CONSTANTS.contains(name.name()) ? Optional.empty() : Optional.of(current);
  }

  /** The constant None, written directly or through a name that certainly holds it. */
  public static boolean isNone(Expression expression, SubscriptionContext context) {
    return resolve(expression, context).filter(value -> value.is(Tree.Kind.NONE)).isPresent();
  }

  /** The constant False, written directly or through a name that certainly holds it. */
  public static boolean isFalse(Expression expression, SubscriptionContext context) {
    return resolve(expression, context).filter(value -> value instanceof Name name && "False".equals(name.name())).isPresent();
  }

  /**
   * What {@code bool(value)} is for a literal the expression certainly evaluates to (None, True, False, a number, a
   * string); empty for anything else.
   */
  public static Optional<Boolean> truthValue(Expression expression, SubscriptionContext context) {
    Optional<Expression> value = resolve(expression, context);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Expression literal = value.get();
    if (literal.is(Tree.Kind.NONE)) {
      return Optional.of(false);
    }
    if (literal instanceof Name name) {
      // resolve() ends on a name only for True, False and None
      return Optional.of("True".equals(name.name()));
    }
    if (literal instanceof NumericLiteral number && number.valueAsString().matches("\\d+")) {
      return Optional.of(!number.valueAsString().matches("0+"));
    }
    return stringValue(literal, context).map(string -> !string.isEmpty());
  }

  /**
   * The value of a plain {@code str} literal, or of a name that certainly holds one. F-strings and t-strings are
   * not constants, and bytes literals are not {@code str}: none of them is a string value.
   */
  public static Optional<String> stringValue(Expression expression, SubscriptionContext context) {
    if (!(resolve(expression, context).orElse(null) instanceof StringLiteral literal)) {
      return Optional.empty();
    }
    return Optional.ofNullable(plainStrValue(literal));
  }

  /**
   * {@code literal.trimmedQuotesValue()} when every element is a plain {@code str}, else null. URLs, users and
   * passwords of every call come here: one element (the usual case) is read without the frontend's stream, and each
   * prefix is read once, not once for the f-string test, once for the t-string test and once lowercased.
   */
  @Nullable
  static String plainStrValue(StringLiteral literal) {
    List<StringElement> elements = literal.stringElements();
    if (elements.size() == 1) {
      StringElement element = elements.get(0);
      return isPlainStr(element) ? element.trimmedQuotesValue() : null;
    }
    for (StringElement element : elements) {
      if (!isPlainStr(element)) {
        return null;
      }
    }
    StringBuilder value = new StringBuilder();
    for (StringElement element : elements) {
      value.append(element.trimmedQuotesValue());
    }
    return value.toString();
  }

  /** No f (f-string), t (t-string) or b (bytes) in the prefix, in either case. */
  private static boolean isPlainStr(StringElement element) {
    String prefix = element.prefix();
    for (int i = 0; i < prefix.length(); i++) {
      switch (prefix.charAt(i)) {
        case 'f', 'F', 't', 'T', 'b', 'B' -> {
          return false;
        }
        default -> {
          // r, u: still a str
        }
      }
    }
    return true;
  }

  /** The single value assigned to a name where it is read, if the code shows exactly one. */
  public static Optional<Expression> singleAssignedValue(Name name, SubscriptionContext context) {
    return singleAssignedValue(name, context, SymbolBindings.OF_FILE);
  }

  private static Optional<Expression> singleAssignedValue(Name name, SubscriptionContext context, SymbolBindings symbolBindings) {
    Symbol symbol = name.symbol();
    if (symbol == null) {
      return Optional.empty();
    }
    Usage first;
    int count;
    List<Usage> usages = symbol.usages();
    if (usages.size() <= FEW_USAGES) {
      // most names are bound once and read once or twice: their usages are read here, with no map of the file
      first = null;
      count = 0;
      for (Usage usage : usages) {
        if (usage.isBindingUsage()) {
          first = count == 0 ? usage : first;
          count++;
        }
      }
    } else {
      List<Usage> bindings = symbolBindings.of(symbol);
      first = bindings.isEmpty() ? null : bindings.get(0);
      count = bindings.size();
    }
    if (first == null || first.kind() != Usage.Kind.ASSIGNMENT_LHS) {
      // reaching definitions follow plain assignments only: with none, or a binding of another kind (a parameter, an
      // import), they give nothing, and building them for a long function or module is not worth it
      return Optional.empty();
    }
    Optional<Expression> onlyValue = count == 1 ? simpleAssignmentValue(first.tree()) : Optional.empty();
    if (onlyValue.isPresent()) {
      // reaching definitions could only give this value or nothing, and nothing falls back to it: not worth a pass
      return onlyValue;
    }
    return Optional.ofNullable(ControlFlow.singleValueAtLocation(name, context));
  }

  /** The values reaching definitions give a name where it is read (inside a function); empty elsewhere or when unknown. */
  public static Set<Expression> reachingValues(Name name, SubscriptionContext context) {
    return ControlFlow.valuesAtLocation(name, context);
  }

  /** For a name bound by {@code name = value} or {@code name: type = value} (one target, no unpacking), the value. */
  public static Optional<Expression> simpleAssignmentValue(Tree boundName) {
    Tree parent = boundName.parent();
    if (parent instanceof AnnotatedAssignment annotated && annotated.variable() == boundName) {
      return Optional.ofNullable(annotated.assignedValue());
    }
    if (parent != null && parent.parent() instanceof AssignmentStatement assignment
      && assignment.lhsExpressions().size() == 1
      && assignment.lhsExpressions().get(0).expressions().size() == 1
      && assignment.lhsExpressions().get(0).expressions().get(0) == boundName) {
      return Optional.of(assignment.assignedValue());
    }
    return Optional.empty();
  }

  public static Expression skipParentheses(Expression expression) {
    Expression current = expression;
    while (current instanceof ParenthesizedExpression parenthesized) {
      current = parenthesized.expression();
    }
    return current;
  }
}
