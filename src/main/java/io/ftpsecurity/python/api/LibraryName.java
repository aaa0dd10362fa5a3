package io.ftpsecurity.python.api;

import java.util.HashSet;
import java.util.Set;
import org.sonar.plugins.python.api.symbols.AmbiguousSymbol;
import org.sonar.plugins.python.api.symbols.ClassSymbol;
import org.sonar.plugins.python.api.symbols.FunctionSymbol;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.HasSymbol;
import org.sonar.plugins.python.api.tree.ParenthesizedExpression;

/**
 * A name that a third-party library exports, recognised by the qualified name its import gives it. python-frontend
 * has stubs for few of these libraries (paramiko, pysftp and pandas; not ftputil, aioftp, fsspec, dask or asyncssh),
 * so their types are mostly unknown, but the symbol of an imported name keeps its qualified name either way:
 * {@code import aioftp} then {@code aioftp.Client}, and {@code from aioftp import Client as C} then {@code C}, both
 * give {@code aioftp.Client}. A library's public names are often re-exports, so each constant lists every path a
 * user may import it by. A class or function the project defines itself (a module of the project that happens to be
 * called {@code aioftp}) has a definition location in the project and is not the library.
 */
public final class LibraryName {

  private final Set<String> qualifiedNames;

  private LibraryName(Set<String> qualifiedNames) {
    this.qualifiedNames = qualifiedNames;
  }

  public static LibraryName of(String... qualifiedNames) {
    return new LibraryName(Set.of(qualifiedNames));
  }

  /** The names of both. */
  public LibraryName or(LibraryName other) {
    Set<String> both = new HashSet<>(qualifiedNames);
    both.addAll(other.qualifiedNames);
    return new LibraryName(Set.copyOf(both));
  }

  /** The expression (a name or a dotted name) denotes one of these library names. */
  public boolean isTrueFor(Expression expression) {
    Expression current = expression;
    while (current instanceof ParenthesizedExpression parenthesized) {
      current = parenthesized.expression();
    }
    if (!(current instanceof HasSymbol named)) {
      return false;
    }
    Symbol symbol = named.symbol();
    String qualifiedName = symbol == null ? null : symbol.fullyQualifiedName();
    return qualifiedName != null && qualifiedNames.contains(qualifiedName) && !definedInProject(symbol);
  }

  private static boolean definedInProject(Symbol symbol) {
    if (symbol instanceof AmbiguousSymbol ambiguous) {
      return ambiguous.alternatives().stream().anyMatch(LibraryName::definedInProject);
    }
    if (symbol instanceof ClassSymbol classSymbol) {
      return classSymbol.definitionLocation() != null;
    }
    return symbol instanceof FunctionSymbol function && function.definitionLocation() != null;
  }
}
