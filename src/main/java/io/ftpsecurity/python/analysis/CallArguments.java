package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.Parameter;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.python.api.tree.Argument;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.RegularArgument;

/**
 * Finds the argument bound to a parameter of a call, positionally or by keyword. Unpacked arguments
 * ({@code *args}, {@code **kwargs}) may hide any parameter, so they turn "absent" into "unknown".
 */
public final class CallArguments {

  /** What a call passes for one parameter. */
  public sealed interface Binding {
  }

  /** The call certainly passes nothing for the parameter: its default applies. */
  public record Absent() implements Binding {
  }

  /** The call passes this argument. */
  public record Passed(RegularArgument argument) implements Binding {
    public Expression value() {
      return argument.expression();
    }
  }

  /** An unpacked argument may or may not fill the parameter. */
  public record Unknown() implements Binding {
  }

  private static final Absent ABSENT = new Absent();
  private static final Unknown UNKNOWN = new Unknown();

  private CallArguments() {
  }

  /**
   * @param position zero-based position of the parameter, or -1 for a keyword-only parameter
   */
  public static Binding bindingOf(CallExpression call, int position, String keyword) {
    List<Argument> arguments = call.arguments();
    boolean unpacked = false;
    int positionalIndex = 0;
    // by index: an iterator of the call's argument list would be made for every parameter asked of every call
    for (int i = 0; i < arguments.size(); i++) {
      Argument argument = arguments.get(i);
      if (!(argument instanceof RegularArgument regular)) {
        unpacked = true;
        continue;
      }
      if (regular.keywordArgument() != null) {
        if (keyword.equals(regular.keywordArgument().name())) {
          return new Passed(regular);
        }
      } else {
        if (!unpacked && positionalIndex == position) {
          return new Passed(regular);
        }
        positionalIndex++;
      }
    }
    return unpacked ? UNKNOWN : ABSENT;
  }

  public static Binding bindingOf(CallExpression call, Parameter parameter) {
    return bindingOf(call, parameter.position(), parameter.keyword());
  }

  /** The argument the call certainly passes for the parameter. */
  public static Optional<RegularArgument> argumentOf(CallExpression call, Parameter parameter) {
    return bindingOf(call, parameter) instanceof Passed passed ? Optional.of(passed.argument()) : Optional.empty();
  }

  public static Optional<Expression> valueOf(CallExpression call, Parameter parameter) {
    return valueOf(call, parameter.position(), parameter.keyword());
  }

  /** The expression passed for the parameter, when the call certainly passes one. */
  public static Optional<Expression> valueOf(CallExpression call, int position, String keyword) {
    return bindingOf(call, position, keyword) instanceof Passed passed ? Optional.of(passed.value()) : Optional.empty();
  }
}
