package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.TypeMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ConditionalExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.NoneExpression;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.RegularArgument;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.types.v2.ClassType;
import org.sonar.plugins.python.api.types.v2.PythonType;

/**
 * Whether an expression denotes an ftplib client class (by import, alias, variable or subclass), and
 * which statement of the file made the name denote it.
 */
public final class FtpClassResolver {

  /** How a name came to denote an FTP class. */
  public enum OriginKind {
    IMPORT,
    ASSIGNMENT,
    SUBCLASS
  }

  /** The name, in the statement that bound it, that made an expression denote an FTP class. */
  public record Origin(Tree boundName, OriginKind kind) {
  }

  /** {@code mapping.get(key, default)} and {@code mapping.pop(key, default)}: the default may be the value. */
  private static final Set<String> LOOKUPS_WITH_DEFAULT = Set.of("get", "pop");
  private static final int LOOKUP_DEFAULT_POSITION = 1;
  private static final int MAX_CHOICE_DEPTH = 3;
  private static final int MAX_CHOICES = 8;

  private FtpClassResolver() {
  }

  /**
   * The classes a callee may be when the code picks one at run time: the branches of {@code A if c else B}, the
   * values a name is given in different branches (or by an optional import and its {@code None} fallback), and the
   * default of {@code options.get("cls", ftplib.FTP)} or {@code kwargs.pop(...)}. Empty when the callee is no such
   * choice. None is left out, as calling it creates nothing; alternatives the code does not show stay in the list as
   * they are (a lookup call, a parameter), so that a caller can tell "may be" from "is".
   */
  public static List<Expression> classChoices(Expression callee, SubscriptionContext context, LocalDefinitions definitions) {
    if (!mayBeChoice(ValueResolver.skipParentheses(callee), context, definitions)) {
      return List.of();
    }
    List<Expression> choices = new ArrayList<>();
    return expand(callee, context, definitions, 0, choices) ? choices : List.of();
  }

  /**
   * False when {@link #expand} certainly finds no choice: it is asked about every call of the file, and most callees
   * ({@code ftplib.FTP}, {@code client.login}, a name bound once) are answered here without a list.
   */
  private static boolean mayBeChoice(Expression value, SubscriptionContext context, LocalDefinitions definitions) {
    if (value instanceof Name name) {
      return name.symbol() != null && isChoiceName(name.symbol(), context, definitions);
    }
    return value instanceof NoneExpression || value instanceof ConditionalExpression
      || value instanceof CallExpression && lookupDefault(value).isPresent();
  }

  /** Adds the alternatives of the expression; true when it is a choice. */
  private static boolean expand(Expression expression, SubscriptionContext context, LocalDefinitions definitions, int depth,
    List<Expression> choices) {
    Expression value = ValueResolver.skipParentheses(expression);
    if (value instanceof NoneExpression) {
      return true;
    }
    if (depth > MAX_CHOICE_DEPTH || choices.size() >= MAX_CHOICES) {
      choices.add(value);
      return false;
    }
    if (value instanceof ConditionalExpression conditional) {
      expand(conditional.trueExpression(), context, definitions, depth + 1, choices);
      expand(conditional.falseExpression(), context, definitions, depth + 1, choices);
      return true;
    }
    Optional<Expression> lookupDefault = lookupDefault(value);
    if (lookupDefault.isPresent()) {
      choices.add(value);
      expand(lookupDefault.get(), context, definitions, depth + 1, choices);
      return true;
    }
    // reaching definitions cost a pass over the function: asked only when an FTP class is among the values
    if (value instanceof Name name && name.symbol() != null && isChoiceName(name.symbol(), context, definitions)) {
      List<Expression> bound = definitions.bindingValues(name.symbol()).orElse(List.of());
      Collection<Expression> reaching = ValueResolver.reachingValues(name, context);
      // in source order, so that secondary locations come out the same on every run
      Collection<Expression> values = reaching.isEmpty() ? bound : reaching.stream().sorted(SourceOrder::compare).toList();
      boolean chosen = values.size() > 1;
      for (Expression alternative : values) {
        if (alternative instanceof Name imported && imported.symbol() == name.symbol()) {
          choices.add(imported);
        } else {
          chosen |= expand(alternative, context, definitions, depth + 1, choices);
        }
      }
      return chosen;
    }
    choices.add(value);
    return false;
  }

  /**
   * The name is bound to several values, or to one that is a choice itself, and one of them mentions an ftplib class;
   * kept for the file, as the values are the same for every read: a name reused for thousands of clients is bound
   * thousands of times, and a class name is called thousands of times.
   */
  private static boolean isChoiceName(Symbol symbol, SubscriptionContext context, LocalDefinitions definitions) {
    List<Usage> bindings = SymbolBindings.OF_FILE.of(symbol);
    if (bindsNoChoice(bindings)) {
      return false;
    }
    Map<Symbol, Boolean> known = ControlFlow.index(bindings.get(0).tree(), ChoiceNames.class, ChoiceNames::new).bySymbol;
    Boolean choice = known.get(symbol);
    if (choice == null) {
      choice = hasChoiceValues(symbol, context, definitions);
      known.put(symbol, choice);
    }
    return choice;
  }

  /**
   * Bound nowhere in the file, or once and not by an assignment (an import, a def, a class statement): the name then
   * has at most one value, and no choice one ({@link #hasChoiceValues} is false). Most callees are such names, and
   * their bindings are known for the file without finding the file's facts.
   */
  static boolean bindsNoChoice(List<Usage> bindings) {
    return bindings.isEmpty() || bindings.size() == 1 && bindings.get(0).kind() != Usage.Kind.ASSIGNMENT_LHS;
  }

  /** {@link #isChoiceName}, judged from the values of the name's bindings. */
  static boolean hasChoiceValues(Symbol symbol, SubscriptionContext context, LocalDefinitions definitions) {
    List<Expression> bound = definitions.bindingValues(symbol).orElse(List.of());
    return (bound.size() > 1 || (bound.size() == 1 && isChoiceExpression(bound.get(0))))
      && bound.stream().anyMatch(candidate -> mentionsFtpClass(candidate, context));
  }

  private static final class ChoiceNames {
    private final Map<Symbol, Boolean> bySymbol = new IdentityHashMap<>();
  }

  /** The value, or a branch or default of it, is typed as an ftplib class. */
  private static boolean mentionsFtpClass(Expression value, SubscriptionContext context) {
    Expression current = ValueResolver.skipParentheses(value);
    if (current instanceof ConditionalExpression conditional) {
      return mentionsFtpClass(conditional.trueExpression(), context) || mentionsFtpClass(conditional.falseExpression(), context);
    }
    return lookupDefault(current).map(fallback -> mentionsFtpClass(fallback, context))
      .orElseGet(() -> matches(FtplibApi.IS_FTP_CLASS, current, context));
  }

  private static boolean isChoiceExpression(Expression value) {
    Expression current = ValueResolver.skipParentheses(value);
    return current instanceof ConditionalExpression || lookupDefault(current).isPresent();
  }

  private static Optional<Expression> lookupDefault(Expression value) {
    if (value instanceof CallExpression call && call.callee() instanceof QualifiedExpression method
      && LOOKUPS_WITH_DEFAULT.contains(method.name().name()) && call.arguments().size() == LOOKUP_DEFAULT_POSITION + 1
      && call.arguments().stream().allMatch(argument -> argument instanceof RegularArgument regular && regular.keywordArgument() == null)) {
      return CallArguments.valueOf(call, LOOKUP_DEFAULT_POSITION, "");
    }
    return Optional.empty();
  }

  /** ftplib.FTP or a subclass of it that does not extend FTP_TLS; false when unsure. */
  public static boolean isPlainFtpClass(Expression expression, SubscriptionContext context) {
    return evaluate(FtplibApi.IS_FTP_CLASS, expression, context) == TriBool.TRUE
      && evaluate(FtplibApi.IS_FTP_TLS_CLASS, expression, context) == TriBool.FALSE;
  }

  /** FTP_TLS or a subclass of it, also where an optional import leaves the name untyped; false when unsure. */
  public static boolean isFtpTlsClass(Expression expression, SubscriptionContext context) {
    return matches(FtplibApi.IS_FTP_TLS_CLASS, expression, context);
  }

  /** The class an expression names certainly matches: {@link #evaluate} is TRUE. */
  public static boolean matches(TypeMatcher matcher, Expression expression, SubscriptionContext context) {
    return evaluate(matcher, expression, context) == TriBool.TRUE;
  }

  /**
   * The matcher's verdict on the class an expression names: on its type, or, where that does not tell, on the class an
   * optional import ({@link OptionalImports}) binds to the name.
   */
  public static TriBool evaluate(TypeMatcher matcher, Expression expression, SubscriptionContext context) {
    TriBool typed = matcher.evaluateFor(expression, context);
    if (typed != TriBool.UNKNOWN) {
      return typed;
    }
    // no method reference: one bound to the matcher would be made for every call whose callee's type does not tell
    Optional<PythonType> imported = OptionalImports.importedType(expression);
    return imported.isPresent() ? matcher.check(imported.get()) : TriBool.UNKNOWN;
  }

  /** The type of the class an expression names: its own, or the class an optional import binds to the name. */
  public static PythonType classType(Expression expression) {
    PythonType type = expression.typeV2();
    return type instanceof ClassType ? type : OptionalImports.importedType(expression).orElse(type);
  }

  /**
   * Where a class referred to by a bare name was bound in this file: its import, the assignment of a
   * variable, or the class statement of a subclass. Empty for dotted references such as
   * {@code ftplib.FTP}, which name the class themselves, and when the binding is not unique or not
   * visible (star imports, reassigned names).
   */
  public static Optional<Origin> originOf(Expression classReference) {
    return ValueResolver.skipParentheses(classReference) instanceof Name name
      ? uniqueBinding(name.symbol())
      : Optional.empty();
  }

  private static Optional<Origin> uniqueBinding(Symbol symbol) {
    if (symbol == null) {
      return Optional.empty();
    }
    List<Usage> bindings = SymbolBindings.OF_FILE.of(symbol);
    if (bindings.size() != 1) {
      return Optional.empty();
    }
    Usage binding = bindings.get(0);
    return switch (binding.kind()) {
      case IMPORT -> Optional.of(new Origin(binding.tree(), OriginKind.IMPORT));
      case ASSIGNMENT_LHS -> Optional.of(new Origin(binding.tree(), OriginKind.ASSIGNMENT));
      case CLASS_DECLARATION -> Optional.of(new Origin(binding.tree(), OriginKind.SUBCLASS));
      default -> Optional.empty();
    };
  }
}
