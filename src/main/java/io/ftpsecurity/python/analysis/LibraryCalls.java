package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.LibraryName;
import io.ftpsecurity.python.api.Parameter;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.QualifiedExpression;

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
    if (!(call.callee() instanceof QualifiedExpression callee) || !method.equals(callee.name().name())) {
      return Optional.empty();
    }
    return FtpClients.creationOf(callee.qualifier(), context).filter(creation -> creator.isTrueFor(creation.callee()));
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
