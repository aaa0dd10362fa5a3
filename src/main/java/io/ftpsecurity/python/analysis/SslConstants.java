package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.SslApi;
import io.ftpsecurity.python.api.TypeMatcher;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;

/**
 * Which constant or callable of the {@code ssl} module an expression names, however it was imported, also optionally
 * ({@link OptionalImports}).
 */
public final class SslConstants {

  private SslConstants() {
  }

  /**
   * The constant's own name ({@code CERT_NONE} for {@code ssl.CERT_NONE}, {@code TLSv1} for
   * {@code ssl.TLSVersion.TLSv1} or an imported {@code TLSVersion.TLSv1}), also through a local variable.
   */
  public static Optional<String> memberName(Expression expression, SubscriptionContext context) {
    Expression value = ValueResolver.skipParentheses(expression);
    String member = sslMember(value);
    return member != null ? Optional.of(member)
      : ValueResolver.resolve(value, context).filter(resolved -> resolved != value).map(SslConstants::sslMember);
  }

  /**
   * Whether a call calls an ssl function or class. The type decides; where the module has no clear type, as with the
   * common optional import ({@code try: import ssl / except ImportError: ssl = None}), the qualified name of what the
   * callee denotes still tells which member is meant.
   */
  public static boolean isCallTo(CallExpression call, TypeMatcher matcher, Set<String> qualifiedNames,
    SubscriptionContext context) {
    TriBool typed = matcher.evaluateFor(call.callee(), context);
    if (typed != TriBool.UNKNOWN) {
      return typed == TriBool.TRUE;
    }
    String name = OptionalImports.qualifiedName(call.callee());
    return name != null && qualifiedNames.contains(name);
  }

  /** The member's own name when the expression names a member of ssl; null otherwise. */
  @Nullable
  private static String sslMember(Expression expression) {
    String name = OptionalImports.qualifiedName(expression);
    return name != null && name.startsWith(SslApi.MEMBER_PREFIX) ? name.substring(name.lastIndexOf('.') + 1) : null;
  }
}
