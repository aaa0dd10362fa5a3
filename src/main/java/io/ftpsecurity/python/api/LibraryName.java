package io.ftpsecurity.python.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
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
 *
 * <p>Every name lies in one of a few top-level packages ({@link #PACKAGES}), so that one look at an expression
 * ({@link #mayNameAny}) tells when no library name can match it: most calls of a program name none of these
 * libraries, and a rule asks a dozen of them about every call.
 */
public final class LibraryName {

  /** The top-level packages of the libraries; {@link #of} accepts no name outside them. */
  private static final List<String> PACKAGES =
    List.of("aioftp", "asyncssh", "dask", "fsspec", "ftputil", "pandas", "paramiko", "pysftp");

  private final Set<String> qualifiedNames;

  private LibraryName(Set<String> qualifiedNames) {
    this.qualifiedNames = qualifiedNames;
  }

  public static LibraryName of(String... qualifiedNames) {
    for (String qualifiedName : qualifiedNames) {
      if (!inLibraryPackage(qualifiedName)) {
        throw new IllegalArgumentException(qualifiedName + " is in none of the library packages " + PACKAGES);
      }
    }
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
    Symbol symbol = symbolOf(expression);
    String qualifiedName = symbol == null ? null : symbol.fullyQualifiedName();
    return qualifiedName != null && qualifiedNames.contains(qualifiedName) && !definedInProject(symbol);
  }

  /**
   * Whether some library name may denote the expression: false when {@link #isTrueFor} is false for every one, because
   * the qualified name of the expression's symbol is in none of the libraries' packages.
   */
  public static boolean mayNameAny(Expression expression) {
    Symbol symbol = symbolOf(expression);
    String qualifiedName = symbol == null ? null : symbol.fullyQualifiedName();
    return qualifiedName != null && inLibraryPackage(qualifiedName);
  }

  private static boolean inLibraryPackage(String qualifiedName) {
    // the first character first: this runs on every call of a file, and most names (ftplib, ssl, urllib, the file's
    // own) differ from every package there
    if (qualifiedName.isEmpty()) {
      return false;
    }
    char first = qualifiedName.charAt(0);
    for (String library : PACKAGES) {
      if (library.charAt(0) == first && isPackageOf(library, qualifiedName)) {
        return true;
      }
    }
    return false;
  }

  /** The name is the package or lies in it. */
  private static boolean isPackageOf(String library, String qualifiedName) {
    int length = library.length();
    return qualifiedName.startsWith(library) && (qualifiedName.length() == length || qualifiedName.charAt(length) == '.');
  }

  @Nullable
  private static Symbol symbolOf(Expression expression) {
    Expression current = expression;
    while (current instanceof ParenthesizedExpression parenthesized) {
      current = parenthesized.expression();
    }
    return current instanceof HasSymbol named ? named.symbol() : null;
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
