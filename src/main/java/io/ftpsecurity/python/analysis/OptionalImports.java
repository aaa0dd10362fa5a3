package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.SslApi;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AliasedName;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.DottedName;
import org.sonar.plugins.python.api.tree.ExceptClause;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.HasSymbol;
import org.sonar.plugins.python.api.tree.ImportFrom;
import org.sonar.plugins.python.api.tree.ImportName;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.NoneExpression;
import org.sonar.plugins.python.api.tree.NumericLiteral;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.StatementList;
import org.sonar.plugins.python.api.tree.StringLiteral;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.TryStatement;
import org.sonar.plugins.python.api.tree.Tuple;
import org.sonar.plugins.python.api.types.v2.ClassType;
import org.sonar.plugins.python.api.types.v2.PythonType;

/**
 * What a name bound by an import, and rebound for when the import fails, denotes where the import succeeded: the
 * optional import, for every module we model ({@code try: import ssl} / {@code except ImportError: ssl = None},
 * {@code try: from ftplib import FTP_TLS} / {@code except ImportError: FTP_TLS = None}). The rebinding leaves the name
 * untyped and without a qualified name of its own (the frontend still gives its members the first import's name, even
 * after {@code ssl = make()}). The fallback rules, one set for every module:
 * <ul>
 *   <li>one import binds the name;</li>
 *   <li>every other binding is a fallback: None, a number or a string, anywhere (neither callable nor with the
 *   members a rule reads); in a handler that catches the failed import ({@code ImportError},
 *   {@code ModuleNotFoundError}, a class above them or a bare {@code except}), the caught exception, a class that is
 *   certainly no ftplib client ({@code object}, a stub class) or an instance of one (werkzeug's
 *   {@code ssl = _SslDummy()}); and anything at all in the handler of a failed {@code import ssl}, as Python makes no
 *   TLS connection without that module ({@link SslApi#REQUIRED_BY_TLS_CLIENTS}).</li>
 * </ul>
 * Then, wherever the name denotes anything a rule follows, it denotes what was imported. A name rebound otherwise (a
 * backport or computed value for a name of ftplib, another member, a call where the import succeeded) denotes nothing
 * certain; a name that only imports bind keeps the frontend's answers, unless the imports disagree.
 */
final class OptionalImports {

  /** The exceptions a failed import raises, and the classes above them, that a handler may name to catch it. */
  private static final Set<String> IMPORT_ERRORS = Set.of("ImportError", "ModuleNotFoundError", "Exception", "BaseException");

  private OptionalImports() {
  }

  /** What a name an import binds denotes, judged once per name and file. */
  private sealed interface Verdict {
  }

  /** The optional import: the name denotes what the import binds, or nothing. */
  private record Optionally(Name imported, Optional<String> qualifiedName) implements Verdict {
  }

  private enum Otherwise implements Verdict {
    /** Not bound by an import, or only by imports that agree: the frontend's own type and qualified name stand. */
    UNCHANGED,
    /** Bound by an import and by something else than a fallback, or by imports that disagree: nothing certain. */
    REBOUND
  }

  /**
   * The type the expression has where the import succeeded, when it is an optionally imported name ({@code FTP_TLS})
   * or a member of one ({@code ftplib.FTP_TLS}); empty otherwise, the expression's own type then being the answer.
   */
  static Optional<PythonType> importedType(Expression expression) {
    if (verdict(root(expression)) instanceof Optionally optional) {
      Optional<PythonType> type = Optional.of(optional.imported().typeV2());
      for (String member : members(expression)) {
        type = type.flatMap(owner -> owner.resolveMember(member));
      }
      return type;
    }
    return Optional.empty();
  }

  /**
   * The qualified name of what the expression denotes ({@code ssl.CERT_NONE} for {@code ssl.CERT_NONE}, an imported
   * {@code CERT_NONE} or {@code s.CERT_NONE} after {@code import ssl as s}): the frontend's, or, for an optional import,
   * the imported one; null when the name is rebound to something else as well, or nothing is known. Null rather than
   * empty: the ssl rules ask it of most calls and many names of a file, and most answers are the frontend's own.
   */
  @Nullable
  static String qualifiedName(Expression expression) {
    Expression value = ValueResolver.skipParentheses(expression);
    Verdict verdict = verdict(root(value));
    if (verdict instanceof Optionally optional) {
      List<String> members = members(value);
      return optional.qualifiedName().map(name -> members.isEmpty() ? name : name + "." + String.join(".", members)).orElse(null);
    }
    if (verdict == Otherwise.REBOUND || !(value instanceof HasSymbol named) || named.symbol() == null) {
      return null;
    }
    return named.symbol().fullyQualifiedName();
  }

  /** The name a dotted expression starts with; null for any other expression. */
  private static Name root(Expression expression) {
    Expression current = ValueResolver.skipParentheses(expression);
    while (current instanceof QualifiedExpression member) {
      current = ValueResolver.skipParentheses(member.qualifier());
    }
    return current instanceof Name name ? name : null;
  }

  /** The members a dotted expression names after its root, in order: {@code [TLSVersion, TLSv1]} for {@code ssl.TLSVersion.TLSv1}. */
  private static List<String> members(Expression expression) {
    Deque<String> members = new ArrayDeque<>();
    for (Expression current = ValueResolver.skipParentheses(expression); current instanceof QualifiedExpression member;
      current = ValueResolver.skipParentheses(member.qualifier())) {
      members.push(member.name().name());
    }
    return List.copyOf(members);
  }

  private static Verdict verdict(Name name) {
    Symbol symbol = name == null ? null : name.symbol();
    if (symbol == null) {
      return Otherwise.UNCHANGED;
    }
    List<Usage> bindings = SymbolBindings.OF_FILE.of(symbol);
    // most names have one binding: answered before any map
    if (bindings.size() < 2) {
      return Otherwise.UNCHANGED;
    }
    // kept for the file: a name reused for thousands of clients is bound, and read, thousands of times
    return ControlFlow.index(bindings.get(0).tree(), Verdicts.class, Verdicts::new).bySymbol
      .computeIfAbsent(symbol, s -> judge(bindings));
  }

  private static final class Verdicts {
    private final Map<Symbol, Verdict> bySymbol = new IdentityHashMap<>();
  }

  private static Verdict judge(List<Usage> bindings) {
    List<Usage> imports = bindings.stream().filter(binding -> binding.kind() == Usage.Kind.IMPORT).toList();
    if (imports.isEmpty()) {
      return Otherwise.UNCHANGED;
    }
    // imports that agree: the frontend's answers stand (where they disagree it still gives the members the first one's name)
    if (imports.size() == bindings.size() && imports.stream().map(OptionalImports::importedName).distinct().count() == 1) {
      return Otherwise.UNCHANGED;
    }
    for (Usage candidate : imports) {
      if (candidate.tree() instanceof Name imported
        && bindings.stream().allMatch(binding -> binding == candidate || isFallback(binding, imported))) {
        return new Optionally(imported, importedName(imported));
      }
    }
    return Otherwise.REBOUND;
  }

  private static Optional<String> importedName(Usage binding) {
    return binding.tree() instanceof Name bound ? importedName(bound) : Optional.empty();
  }

  /**
   * The qualified name an import binds to the name: {@code ssl} for {@code import ssl} and {@code import ssl as s},
   * {@code a} for {@code import a.b}, {@code ftplib.FTP_TLS} for {@code from ftplib import FTP_TLS}; empty for a
   * relative import.
   */
  private static Optional<String> importedName(Name bound) {
    if (!(aliasedName(bound) instanceof AliasedName aliased)) {
      return Optional.empty();
    }
    if (aliased.parent() instanceof ImportFrom from) {
      return from.module() == null || !from.dottedPrefixForModule().isEmpty()
        ? Optional.empty()
        : Optional.of(dotted(from.module()) + "." + dotted(aliased.dottedName()));
    }
    if (aliased.parent() instanceof ImportName) {
      return Optional.of(aliased.alias() == bound ? dotted(aliased.dottedName()) : bound.name());
    }
    return Optional.empty();
  }

  /** The {@code ssl as s} or {@code ssl} of an import statement that binds the name; else the name's parent. */
  private static Tree aliasedName(Name bound) {
    return bound.parent() instanceof DottedName dotted ? dotted.parent() : bound.parent();
  }

  private static String dotted(DottedName name) {
    return name.names().stream().map(Name::name).collect(Collectors.joining("."));
  }

  private static boolean isFallback(Usage binding, Name imported) {
    return isInertFallback(binding) || isTlsModuleFallback(binding, imported);
  }

  /** A binding to a value that names and makes nothing a rule follows. */
  private static boolean isInertFallback(Usage binding) {
    Tree tree = binding.tree();
    if (binding.kind() == Usage.Kind.CLASS_DECLARATION && tree.parent() instanceof ClassDef stub) {
      return importHandler(stub).isPresent() && isStubClass(stub.name().typeV2());
    }
    if (binding.kind() != Usage.Kind.ASSIGNMENT_LHS || !(tree.parent() instanceof ExpressionList targets)
      || targets.expressions().size() != 1 || !(targets.parent() instanceof AssignmentStatement assignment)) {
      return false;
    }
    Expression value = ValueResolver.skipParentheses(assignment.assignedValue());
    if (value instanceof NoneExpression || value instanceof NumericLiteral || value instanceof StringLiteral) {
      // neither callable nor with members: wherever it is bound, the name then denotes nothing a rule follows
      return true;
    }
    Optional<ExceptClause> handler = importHandler(assignment);
    return handler.isPresent() && (isCaughtException(value, handler.get()) || isStubClass(value.typeV2())
      || value instanceof CallExpression instance && isStubClass(instance.callee().typeV2()));
  }

  /**
   * Any binding in the handler of a failed {@code import ssl}: Python makes no TLS connection without that module
   * ({@link SslApi#REQUIRED_BY_TLS_CLIENTS}), so nothing bound there (a backport, a shim) reaches a client a rule follows.
   */
  private static boolean isTlsModuleFallback(Usage binding, Name imported) {
    if (!(aliasedName(imported) instanceof AliasedName aliased) || !(aliased.parent() instanceof ImportName importStatement)
      || importedName(imported).filter(SslApi.REQUIRED_BY_TLS_CLIENTS::equals).isEmpty()
      || !(importStatement.parent() instanceof StatementList body) || !(body.parent() instanceof TryStatement attempt)
      || attempt.body() != body) {
      return false;
    }
    Tree tree = binding.tree();
    Tree statement = tree.parent() instanceof ClassDef || tree.parent() instanceof FunctionDef ? tree.parent() : tree;
    return importHandler(statement).filter(handler -> handler.parent() == attempt).isPresent();
  }

  /** A class that is certainly no ftplib client ({@code object}, a stub class of the module): it makes nothing a rule follows. */
  private static boolean isStubClass(PythonType type) {
    return type instanceof ClassType && FtplibApi.IS_FTP_CLASS.check(type) == TriBool.FALSE;
  }

  /** {@code except ImportError as err: FTP_TLS = err}. */
  private static boolean isCaughtException(Expression value, ExceptClause handler) {
    return value instanceof HasSymbol named && named.symbol() != null && handler.exceptionInstance() instanceof HasSymbol caught
      && caught.symbol() == named.symbol();
  }

  /** The handler of a failed import whose body holds the statement, in the same scope. */
  private static Optional<ExceptClause> importHandler(Tree statement) {
    for (Tree current = statement.parent(); current != null && !(current instanceof FunctionDef || current instanceof ClassDef);
      current = current.parent()) {
      if (current instanceof ExceptClause handler) {
        return handler.exception() == null || catchesImportError(handler.exception()) ? Optional.of(handler) : Optional.empty();
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
