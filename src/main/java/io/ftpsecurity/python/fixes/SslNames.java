package io.ftpsecurity.python.fixes;

import io.ftpsecurity.python.analysis.ControlFlow;
import io.ftpsecurity.python.analysis.SourceOrder;
import io.ftpsecurity.python.analysis.SymbolBindings;
import io.ftpsecurity.python.api.SslApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.quickfix.PythonTextEdit;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionStatement;
import org.sonar.plugins.python.api.tree.FileInput;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.ImportFrom;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Statement;
import org.sonar.plugins.python.api.tree.StringLiteral;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * How code at a given place can name a member of the {@code ssl} module: through a name the file already binds to
 * the member or to the module, or through an {@code import ssl} the fix adds at the top of the file.
 */
public final class SslNames {

  /** Python's own pseudo-module: {@code from __future__ import ...} must come before every other statement. */
  private static final String FUTURE_MODULE = "__future__";

  /** The text to write, and the import to add with it when the file lacks one. */
  public record Reference(String text, Optional<PythonTextEdit> addedImport) {
    public List<PythonTextEdit> withImport(PythonTextEdit edit) {
      return addedImport.isPresent() ? List.of(edit, addedImport.get()) : List.of(edit);
    }
  }

  /**
   * The symbols of one scope by qualified name, in the scope's own order, and the names it binds. Made once per scope
   * and file: a generated module binds thousands of names, and each fix looks for a few of them.
   */
  private record Scope(Map<String, List<Symbol>> byQualifiedName, Set<String> names) {
    private static Scope of(Set<Symbol> symbols) {
      Map<String, List<Symbol>> byQualifiedName = new HashMap<>();
      Set<String> names = new HashSet<>();
      for (Symbol symbol : symbols) {
        names.add(symbol.name());
        if (symbol.fullyQualifiedName() != null) {
          byQualifiedName.computeIfAbsent(symbol.fullyQualifiedName(), name -> new ArrayList<>()).add(symbol);
        }
      }
      return new Scope(byQualifiedName, names);
    }
  }

  /** The scopes of the file being analysed, by the function, class or module that holds them. */
  private static final class FileScopes {
    private final Map<Tree, Scope> byTree = new IdentityHashMap<>();
    /** Whether the module has a star import: looked for once, not on every fix that adds an import. */
    private Boolean starImport;
  }

  private SslNames() {
  }

  /**
   * A reference to {@code qualifiedName} (an {@code ssl} member such as {@code ssl.TLSVersion.TLSv1_2}) valid at
   * {@code place}: through the nearest visible name bound to it or to one of its parents ({@code TLSVersion},
   * {@code ssl}), else through {@code ssl} and an added import. Empty when the name {@code ssl} is bound to something
   * else there, or when a star import could bind it.
   */
  public static Optional<Reference> reference(String qualifiedName, Tree place) {
    List<Scope> scopes = visibleScopes(place);
    for (String bound = qualifiedName; bound.contains("."); bound = bound.substring(0, bound.lastIndexOf('.'))) {
      Optional<String> name = visibleName(bound, scopes, place);
      if (name.isPresent()) {
        return Optional.of(new Reference(name.get() + qualifiedName.substring(bound.length()), Optional.empty()));
      }
    }
    Optional<String> module = visibleName(SslApi.MODULE, scopes, place);
    if (module.isPresent()) {
      return Optional.of(new Reference(module.get() + qualifiedName.substring(SslApi.MODULE.length()), Optional.empty()));
    }
    FileInput file = fileOf(place);
    if (file == null || bindsAnywhere(SslApi.MODULE, scopes) || hasStarImport(file, place)) {
      return Optional.empty();
    }
    return importPosition(file).map(edit -> new Reference(qualifiedName, Optional.of(edit)));
  }

  /**
   * The edits that make {@code value}, an expression naming an ssl constant, name {@code qualifiedName} instead. When
   * it spells a sibling ({@code ssl.TLSVersion.TLSv1} for {@code ssl.TLSVersion.TLSv1_2}) only its last name changes,
   * keeping the file's style; anything else is replaced by a {@link #reference}.
   */
  public static Optional<List<PythonTextEdit>> replaceConstant(Expression value, String qualifiedName) {
    if (value instanceof QualifiedExpression member && member.symbol() != null) {
      String current = member.symbol().fullyQualifiedName();
      if (current != null && current.contains(".")
        && parentOf(current).equals(parentOf(qualifiedName))) {
        return Optional.of(List.of(TextEdits.replace(member.name(), qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1))));
      }
    }
    return reference(qualifiedName, value).map(reference -> reference.withImport(TextEdits.replace(value, reference.text())));
  }

  private static String parentOf(String qualifiedName) {
    return qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
  }

  /**
   * The name of the nearest symbol bound to {@code qualifiedName} that no nearer symbol of the same name hides, and
   * that is bound before {@code place} in the file (a function's import after the place would leave it unbound).
   */
  private static Optional<String> visibleName(String qualifiedName, List<Scope> scopes, Tree place) {
    // loops, not streams: every fix of a generated module asks for a few names in a few scopes
    for (Scope scope : scopes) {
      Symbol symbol = firstBoundBefore(scope.byQualifiedName().getOrDefault(qualifiedName, List.of()), place);
      if (symbol != null && isInnermostBinding(symbol.name(), scope, scopes)) {
        return Optional.of(symbol.name());
      }
    }
    return Optional.empty();
  }

  private static Symbol firstBoundBefore(List<Symbol> symbols, Tree place) {
    // by index: the lists are array-backed, and two iterators were made for every name a fix looks up
    for (int i = 0; i < symbols.size(); i++) {
      List<Usage> bindings = SymbolBindings.OF_FILE.of(symbols.get(i));
      for (int j = 0; j < bindings.size(); j++) {
        if (SourceOrder.isBefore(bindings.get(j).tree(), place)) {
          return symbols.get(i);
        }
      }
    }
    return null;
  }

  /** The symbol tables searched for a name used at {@code place}, innermost first (class bodies only their own). */
  private static List<Scope> visibleScopes(Tree place) {
    Map<Tree, Scope> known = ControlFlow.index(place, FileScopes.class, FileScopes::new).byTree;
    List<Scope> scopes = new ArrayList<>();
    boolean innermost = true;
    for (Tree tree = place.parent(); tree != null; tree = tree.parent()) {
      if (tree instanceof FunctionDef function) {
        scopes.add(known.computeIfAbsent(function, f -> Scope.of(function.localVariables())));
        innermost = false;
      } else if (tree instanceof ClassDef classDef && innermost) {
        scopes.add(known.computeIfAbsent(classDef, c -> Scope.of(classDef.classFields())));
        innermost = false;
      } else if (tree instanceof FileInput file) {
        scopes.add(known.computeIfAbsent(file, f -> Scope.of(file.globalVariables())));
      }
    }
    return scopes;
  }

  private static boolean bindsAnywhere(String name, List<Scope> scopes) {
    for (Scope scope : scopes) {
      if (scope.names().contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** No scope nearer to the place binds the same name to something else. */
  private static boolean isInnermostBinding(String name, Scope scope, List<Scope> scopes) {
    for (Scope nearer : scopes) {
      if (nearer == scope) {
        return true;
      }
      if (nearer.names().contains(name)) {
        return false;
      }
    }
    return false;
  }

  private static FileInput fileOf(Tree place) {
    Tree tree = place;
    while (tree != null && !(tree instanceof FileInput)) {
      tree = tree.parent();
    }
    return (FileInput) tree;
  }

  private static boolean hasStarImport(FileInput file, Tree place) {
    FileScopes scopes = ControlFlow.index(place, FileScopes.class, FileScopes::new);
    if (scopes.starImport == null) {
      scopes.starImport = file.statements() != null && file.statements().statements().stream()
        .anyMatch(statement -> statement instanceof ImportFrom importFrom && importFrom.isWildcardImport());
    }
    return scopes.starImport;
  }

  /**
   * {@code import ssl} on a line of its own before the first module statement that is neither the docstring nor a
   * {@code from __future__} import (those must stay first); empty when that statement shares its line with them.
   */
  private static Optional<PythonTextEdit> importPosition(FileInput file) {
    if (file.statements() == null) {
      return Optional.empty();
    }
    List<Statement> statements = file.statements().statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if ((i == 0 && isDocstring(statement)) || isFutureImport(statement)) {
        continue;
      }
      int line = statement.firstToken().line();
      boolean sharesLine = i > 0 && TextEdits.endLine(statements.get(i - 1).lastToken()) == line;
      if (sharesLine || statement.firstToken().column() != 0) {
        return Optional.empty();
      }
      String importStatement = "import " + SslApi.MODULE + "\n";
      return Optional.of(new PythonTextEdit(importStatement, line, 0, line, 0));
    }
    return Optional.empty();
  }

  private static boolean isDocstring(Statement statement) {
    return statement instanceof ExpressionStatement expression && expression.expressions().size() == 1
      && expression.expressions().get(0) instanceof StringLiteral;
  }

  private static boolean isFutureImport(Statement statement) {
    return statement instanceof ImportFrom importFrom && importFrom.module() != null
      && importFrom.module().names().size() == 1 && FUTURE_MODULE.equals(importFrom.module().names().get(0).name());
  }
}
