package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.ExceptClause;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.HasSymbol;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.NoneExpression;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.Tuple;
import org.sonar.plugins.python.api.types.v2.ClassType;
import org.sonar.plugins.python.api.types.v2.PythonType;

/**
 * The common optional import: {@code try: from ftplib import FTP_TLS} / {@code except ImportError: FTP_TLS = None}
 * (or {@code import ftplib} / {@code ftplib = None}). The rebinding leaves the name untyped, yet wherever it is called
 * the call can only create the imported class: the fallback, bound only when the import failed, is one that creates
 * no client (None, the caught exception, or a class that is no ftplib client, such as {@code object} or a stub).
 */
final class OptionalImports {

  /** The exceptions a failed import raises; a handler for another one is not the optional-import idiom. */
  private static final Set<String> IMPORT_ERRORS = Set.of("ImportError", "ModuleNotFoundError");

  private OptionalImports() {
  }

  /**
   * The type the expression has where the import succeeded, when it is an optionally imported name
   * ({@code FTP_TLS}) or a member of an optionally imported module ({@code ftplib.FTP_TLS}); empty otherwise.
   */
  static Optional<PythonType> importedType(Expression expression) {
    Expression value = ValueResolver.skipParentheses(expression);
    if (value instanceof QualifiedExpression member && ValueResolver.skipParentheses(member.qualifier()) instanceof Name module) {
      return importedType(module.symbol()).flatMap(type -> type.resolveMember(member.name().name()));
    }
    return value instanceof Name name ? importedType(name.symbol()) : Optional.empty();
  }

  private static Optional<PythonType> importedType(Symbol symbol) {
    if (symbol == null) {
      return Optional.empty();
    }
    List<Usage> bindings = SymbolBindings.OF_FILE.of(symbol);
    // most unresolved callees have one binding: answered before any map
    if (bindings.size() < 2) {
      return Optional.empty();
    }
    // kept for the file: a name reused for thousands of clients is bound, and read, thousands of times
    return ControlFlow.index(bindings.get(0).tree(), ImportedTypes.class, ImportedTypes::new).bySymbol
      .computeIfAbsent(symbol, s -> optionallyImported(bindings));
  }

  private static final class ImportedTypes {
    private final Map<Symbol, Optional<PythonType>> bySymbol = new IdentityHashMap<>();
  }

  private static Optional<PythonType> optionallyImported(List<Usage> bindings) {
    List<Usage> imports = bindings.stream().filter(binding -> binding.kind() == Usage.Kind.IMPORT).toList();
    if (imports.size() != 1 || !(imports.get(0).tree() instanceof Name imported)
      || !bindings.stream().allMatch(binding -> binding == imports.get(0) || isFallback(binding))) {
      return Optional.empty();
    }
    return Optional.of(imported.typeV2());
  }

  /** A binding, in a handler of a failed import, to a value that creates no client. */
  private static boolean isFallback(Usage binding) {
    Tree tree = binding.tree();
    if (binding.kind() == Usage.Kind.CLASS_DECLARATION && tree.parent() instanceof ClassDef stub) {
      return importHandler(stub).isPresent() && createsNoClient(stub.name().typeV2());
    }
    if (binding.kind() != Usage.Kind.ASSIGNMENT_LHS || !(tree.parent() instanceof ExpressionList targets)
      || targets.expressions().size() != 1 || !(targets.parent() instanceof AssignmentStatement assignment)) {
      return false;
    }
    Optional<ExceptClause> handler = importHandler(assignment);
    Expression value = ValueResolver.skipParentheses(assignment.assignedValue());
    return handler.isPresent() && (value instanceof NoneExpression || isCaughtException(value, handler.get())
      || createsNoClient(value.typeV2()));
  }

  /** A class that is certainly no ftplib client ({@code object}, a stub class of the module). */
  private static boolean createsNoClient(PythonType type) {
    return type instanceof ClassType && FtplibApi.IS_FTP_CLASS.check(type) == TriBool.FALSE;
  }

  /** {@code except ImportError as err: FTP_TLS = err}. */
  private static boolean isCaughtException(Expression value, ExceptClause handler) {
    return value instanceof HasSymbol named && named.symbol() != null && handler.exceptionInstance() instanceof HasSymbol caught
      && caught.symbol() == named.symbol();
  }

  /** The {@code except ImportError} (or a tuple naming it) whose body holds the statement, in the same scope. */
  private static Optional<ExceptClause> importHandler(Tree statement) {
    for (Tree current = statement.parent(); current != null && !(current instanceof FunctionDef || current instanceof ClassDef);
      current = current.parent()) {
      if (current instanceof ExceptClause handler) {
        return catchesImportError(handler.exception()) ? Optional.of(handler) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean catchesImportError(Expression exception) {
    Expression caught = ValueResolver.skipParentheses(exception);
    if (caught instanceof Tuple tuple) {
      return tuple.elements().stream().anyMatch(OptionalImports::catchesImportError);
    }
    return caught instanceof Name name && IMPORT_ERRORS.contains(name.name());
  }
}
