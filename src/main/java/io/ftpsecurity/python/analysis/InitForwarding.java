package io.ftpsecurity.python.analysis;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.tree.Argument;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Parameter;
import org.sonar.plugins.python.api.tree.RegularArgument;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.UnpackingExpression;

/**
 * Where the value a subclass's {@code __init__} hands to one parameter of its base's constructor comes from, seen from
 * a creation of the subclass: a value of the subclass's own, one of its parameters (what the creation passes for it,
 * else its default), or, when it forwards {@code *args}/{@code **kwargs} after its positional parameters in order
 * ({@code def __init__(self, host, *args, **kwargs): super().__init__(host, *args, **kwargs)}), what the creation
 * passes for that parameter itself.
 */
public final class InitForwarding {

  /** Where the value comes from. */
  public sealed interface Source {
  }

  /** This expression is passed; {@code cause} is the argument or default that gives it. */
  public record Value(Expression value, Tree cause) implements Source {
  }

  /** Nothing is passed: the base's own default applies; {@code cause} is the base call. */
  public record BaseDefault(Tree cause) implements Source {
  }

  /** The code does not show it (an unpacked argument, a mutated {@code **kwargs}, a reassigned parameter). */
  public record Unknown() implements Source {
  }

  private static final Unknown UNKNOWN = new Unknown();
  private static final String VARARGS_STAR = "*";
  private static final String KWARGS_STAR = "**";
  private static final String POSITIONAL_ONLY_MARKER = "/";

  private InitForwarding() {
  }

  /**
   * @param baseInit the call of the base's {@code __init__} in {@code init}
   * @param baseOffset 1 when baseInit passes {@code self} explicitly ({@code Base.__init__(self, ...)}), else 0
   * @param position the parameter's position in the base's constructor (without self), or -1 if keyword-only
   */
  public static Source sourceOf(CallExpression creation, FunctionDef init, CallExpression baseInit, int baseOffset,
    int position, String keyword) {
    CallArguments.Binding binding = CallArguments.bindingOf(baseInit, position < 0 ? -1 : position + baseOffset, keyword);
    if (binding instanceof CallArguments.Absent) {
      return new BaseDefault(baseInit);
    }
    List<Parameter> parameters = ownParameters(init);
    if (binding instanceof CallArguments.Passed passed) {
      Parameter parameter = ValueResolver.skipParentheses(passed.value()) instanceof Name name ? parameterNamed(parameters, name) : null;
      return parameter == null ? new Value(passed.value(), passed.argument()) : fromCreation(creation, parameters, parameter);
    }
    if (forwardsInOrder(parameters, baseInit, baseOffset, keyword)) {
      CallArguments.Binding own = CallArguments.bindingOf(creation, position, keyword);
      if (own instanceof CallArguments.Passed passed) {
        return new Value(passed.value(), passed.argument());
      }
      return own instanceof CallArguments.Absent ? new BaseDefault(baseInit) : UNKNOWN;
    }
    return UNKNOWN;
  }

  /** What the creation passes for one of the subclass's parameters, else that parameter's default. */
  private static Source fromCreation(CallExpression creation, List<Parameter> parameters, Parameter parameter) {
    if (parameter.starToken() != null || !singlyBound(parameter.name())) {
      return UNKNOWN;
    }
    CallArguments.Binding binding = CallArguments.bindingOf(creation, positionOf(parameters, parameter), parameter.name().name());
    if (binding instanceof CallArguments.Passed passed) {
      return new Value(passed.value(), passed.argument());
    }
    Expression defaultValue = parameter.defaultValue();
    return binding instanceof CallArguments.Absent && defaultValue != null ? new Value(defaultValue, defaultValue) : UNKNOWN;
  }

  /**
   * The base call passes the subclass's positional parameters in order, then its {@code *args} and {@code **kwargs}
   * untouched, and nothing else; and no parameter of the subclass takes the keyword itself. Positions and keywords of
   * a creation then reach the base as they are.
   */
  private static boolean forwardsInOrder(List<Parameter> parameters, CallExpression baseInit, int baseOffset, String keyword) {
    List<Name> positional = new ArrayList<>();
    Name varargs = null;
    Name kwargs = null;
    for (Parameter parameter : parameters) {
      String star = parameter.starToken() == null ? null : parameter.starToken().value();
      if (parameter.name() != null && keyword.equals(parameter.name().name())) {
        return false;
      }
      if (VARARGS_STAR.equals(star)) {
        varargs = parameter.name();
      } else if (KWARGS_STAR.equals(star)) {
        kwargs = parameter.name();
      } else if (star == null && parameter.defaultValue() == null && varargs == null) {
        positional.add(parameter.name());
      } else if (star == null) {
        // a parameter with a default or keyword-only: a creation may pass it where the base expects another one
        return false;
      }
    }
    List<Argument> arguments = baseInit.arguments().subList(Math.min(baseOffset, baseInit.arguments().size()), baseInit.arguments().size());
    if (arguments.size() != positional.size() + (varargs == null ? 0 : 1) + (kwargs == null ? 0 : 1)) {
      return false;
    }
    for (int i = 0; i < arguments.size(); i++) {
      Argument argument = arguments.get(i);
      if (i < positional.size()) {
        if (!(argument instanceof RegularArgument regular && regular.keywordArgument() == null
          && isForwardOf(regular.expression(), positional.get(i), false))) {
          return false;
        }
      } else if (!(argument instanceof UnpackingExpression unpacking && (isForwardOf(unpacking.expression(), varargs, true)
        && VARARGS_STAR.equals(unpacking.starToken().value()) || isForwardOf(unpacking.expression(), kwargs, true)
        && KWARGS_STAR.equals(unpacking.starToken().value())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The expression is the parameter itself, never rebound; with {@code onlyUse}, not used elsewhere either, so that no
   * code changes what an {@code *args} tuple or {@code **kwargs} dict holds ({@code kwargs.setdefault("context", ...)}).
   */
  private static boolean isForwardOf(Expression expression, @Nullable Name parameter, boolean onlyUse) {
    if (parameter == null || !(expression instanceof Name name) || name.symbol() == null || name.symbol() != parameter.symbol()) {
      return false;
    }
    return onlyUse ? name.symbol().usages().size() == 2 : singlyBound(parameter);
  }

  private static boolean singlyBound(Name parameter) {
    Symbol symbol = parameter.symbol();
    return symbol != null && SymbolBindings.OF_FILE.of(symbol).size() == 1;
  }

  @Nullable
  private static Parameter parameterNamed(List<Parameter> parameters, Name name) {
    return parameters.stream()
      .filter(parameter -> parameter.name() != null && name.symbol() != null && parameter.name().symbol() == name.symbol())
      .findFirst().orElse(null);
  }

  /** Zero-based position among the parameters after self, or -1 for a keyword-only parameter. */
  private static int positionOf(List<Parameter> parameters, Parameter wanted) {
    int position = 0;
    for (Parameter parameter : parameters) {
      String star = parameter.starToken() == null ? null : parameter.starToken().value();
      if (parameter == wanted) {
        return position;
      }
      if (VARARGS_STAR.equals(star) || KWARGS_STAR.equals(star)) {
        return -1;
      }
      if (!POSITIONAL_ONLY_MARKER.equals(star)) {
        position++;
      }
    }
    return -1;
  }

  /** The parameters after {@code self}. */
  private static List<Parameter> ownParameters(FunctionDef init) {
    List<Parameter> all = init.parameters() == null ? List.of() : init.parameters().nonTuple();
    return all.isEmpty() ? List.of() : all.subList(1, all.size());
  }
}
