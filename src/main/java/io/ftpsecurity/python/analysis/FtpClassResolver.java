package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;

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

  private FtpClassResolver() {
  }

  /** ftplib.FTP or a subclass of it that does not extend FTP_TLS; false when unsure. */
  public static boolean isPlainFtpClass(Expression expression, SubscriptionContext context) {
    return FtplibApi.IS_FTP_CLASS.evaluateFor(expression, context) == TriBool.TRUE
      && FtplibApi.IS_FTP_TLS_CLASS.evaluateFor(expression, context) == TriBool.FALSE;
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
    List<Usage> bindings = symbol.usages().stream().filter(Usage::isBindingUsage).toList();
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
