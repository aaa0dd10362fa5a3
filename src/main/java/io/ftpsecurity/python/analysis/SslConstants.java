package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.SslApi;
import io.ftpsecurity.python.api.TypeMatcher;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.HasSymbol;

/** Which constant or callable of the {@code ssl} module an expression names, however it was imported. */
public final class SslConstants {

  private SslConstants() {
  }

  /**
   * The constant's own name ({@code CERT_NONE} for {@code ssl.CERT_NONE}, {@code TLSv1} for
   * {@code ssl.TLSVersion.TLSv1} or an imported {@code TLSVersion.TLSv1}), also through a local variable.
   */
  public static Optional<String> memberName(Expression expression, SubscriptionContext context) {
    Expression value = ValueResolver.skipParentheses(expression);
    return sslMember(value)
      .or(() -> ValueResolver.resolve(value, context).filter(resolved -> resolved != value).flatMap(SslConstants::sslMember));
  }

  /**
   * Whether a call calls an ssl function or class. The type decides; where the module has no clear type, as with the
   * common optional import ({@code try: import ssl / except ImportError: ssl = None}), the qualified name of the
   * callee's symbol still tells which member is meant.
   */
  public static boolean isCallTo(CallExpression call, TypeMatcher matcher, Set<String> qualifiedNames,
    SubscriptionContext context) {
    TriBool typed = matcher.evaluateFor(call.callee(), context);
    if (typed != TriBool.UNKNOWN) {
      return typed == TriBool.TRUE;
    }
    Symbol callee = call.calleeSymbol();
    return callee != null && qualifiedNames.contains(callee.fullyQualifiedName());
  }

  private static Optional<String> sslMember(Expression expression) {
    if (expression instanceof HasSymbol hasSymbol) {
      Symbol symbol = hasSymbol.symbol();
      String fqn = symbol == null ? null : symbol.fullyQualifiedName();
      if (fqn != null && fqn.startsWith(SslApi.MEMBER_PREFIX)) {
        return Optional.of(fqn.substring(fqn.lastIndexOf('.') + 1));
      }
    }
    return Optional.empty();
  }
}
