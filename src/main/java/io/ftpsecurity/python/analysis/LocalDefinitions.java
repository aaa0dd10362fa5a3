package io.ftpsecurity.python.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.BaseTreeVisitor;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Decorator;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.ReturnStatement;
import org.sonar.plugins.python.api.tree.Statement;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * What the classes and functions of the file being analysed define, for rules to see through
 * {@code self.attr} and through calls of the file's own helpers where the type system does not: the values a
 * class stores in its attributes ({@code attr = value} in the class body, {@code self.attr = value} in its
 * methods), every use of {@code self.attr} in its methods, its methods by name, and what a function returns.
 * Built lazily, once per class and per function for every rule, and kept for one file only.
 */
public final class LocalDefinitions {

  private static final Set<String> SELF_NAMES = Set.of("self", "cls");
  /** Trees that hold no statement: tokens, decorators and the simple statements. */
  private static final Set<Tree.Kind> HOLDS_NO_STATEMENT = EnumSet.of(Tree.Kind.TOKEN, Tree.Kind.EXPRESSION_STMT,
    Tree.Kind.ASSIGNMENT_STMT, Tree.Kind.COMPOUND_ASSIGNMENT, Tree.Kind.ANNOTATED_ASSIGNMENT, Tree.Kind.PASS_STMT,
    Tree.Kind.BREAK_STMT, Tree.Kind.CONTINUE_STMT, Tree.Kind.RETURN_STMT, Tree.Kind.RAISE_STMT, Tree.Kind.DEL_STMT,
    Tree.Kind.ASSERT_STMT, Tree.Kind.IMPORT_NAME, Tree.Kind.IMPORT_FROM, Tree.Kind.GLOBAL_STMT, Tree.Kind.NONLOCAL_STMT,
    Tree.Kind.PRINT_STMT, Tree.Kind.EXEC_STMT, Tree.Kind.YIELD_STMT, Tree.Kind.DECORATOR);
  /** Decorators that do not change what calling the function returns. */
  private static final Set<String> TRANSPARENT_DECORATORS = Set.of("staticmethod", "classmethod");

  /**
   * What a class defines: its attributes' values and its methods, found from its statements alone; the uses of
   * {@code self.attr}, which take a walk over every expression of its methods, only when asked for.
   */
  private static final class ClassFacts {
    private final ClassDef classDef;
    private final Map<String, List<Expression>> values = new HashMap<>();
    private final Map<String, List<FunctionDef>> methods = new HashMap<>();
    private Map<String, List<QualifiedExpression>> uses;

    private ClassFacts(ClassDef classDef) {
      this.classDef = classDef;
    }

    private Map<String, List<Expression>> values() {
      return values;
    }

    private Map<String, List<FunctionDef>> methods() {
      return methods;
    }

    private Map<String, List<QualifiedExpression>> uses() {
      if (uses == null) {
        uses = collectUses(classDef);
      }
      return uses;
    }
  }

  /**
   * The names of the file's def statements, nested ones included: a call whose callee's name (or method name) is none
   * of them calls no function of the file, and {@link #calledFunction} need not look further. Asked of every call a
   * rule notes; found by one walk over the file's statements, no expression entered.
   */
  public static final class FunctionNames {
    private final Set<String> names = new HashSet<>();

    private FunctionNames(Tree root) {
      collect(root);
    }

    /** False when {@link #calledFunction} of the call is certainly empty. */
    public boolean mayName(CallExpression call) {
      Expression callee = call.callee();
      if (callee instanceof Name name) {
        return names.contains(name.name());
      }
      return callee instanceof QualifiedExpression method && names.contains(method.name().name());
    }

    private void collect(Tree tree) {
      for (Tree child : tree.children()) {
        if (child instanceof FunctionDef function) {
          names.add(function.name().name());
          collect(function.body());
        } else if (child instanceof ClassDef classDef) {
          collect(classDef.body());
        } else if (!(child == null || child instanceof Expression || HOLDS_NO_STATEMENT.contains(child.getKind()))) {
          collect(child);
        }
      }
    }
  }

  /** What has been collected of one file, shared by every rule (see {@link ControlFlow#index}). */
  private static final class FileFacts {
    private FunctionNames functionNames;
    private final Map<ClassDef, ClassFacts> factsByClass = new HashMap<>();
    private final Map<FunctionDef, Optional<List<Expression>>> returnsByFunction = new HashMap<>();
    private final Map<Symbol, Optional<List<Expression>>> bindingsBySymbol = new HashMap<>();
  }

  private static FileFacts fileFacts(Tree tree) {
    return ControlFlow.index(tree, FileFacts.class, FileFacts::new);
  }

  private static ClassFacts classFacts(ClassDef classDef) {
    return fileFacts(classDef).factsByClass.computeIfAbsent(classDef, LocalDefinitions::collect);
  }

  /**
   * What each binding of a name gives it, in the whole file: the value of {@code name = value} (one target) and, for
   * an import, the imported name itself. Empty when a binding is of another kind (a parameter, a loop, unpacking...).
   */
  public Optional<List<Expression>> bindingValues(Symbol symbol) {
    List<Usage> usages = symbol.usages();
    return usages.isEmpty() ? collectBindings(symbol)
      : fileFacts(usages.get(0).tree()).bindingsBySymbol.computeIfAbsent(symbol, LocalDefinitions::collectBindings);
  }

  private static Optional<List<Expression>> collectBindings(Symbol symbol) {
    List<Expression> values = new ArrayList<>();
    for (Usage usage : symbol.usages()) {
      if (!usage.isBindingUsage()) {
        continue;
      }
      Optional<Expression> value = switch (usage.kind()) {
        case ASSIGNMENT_LHS -> ValueResolver.simpleAssignmentValue(usage.tree());
        case IMPORT -> usage.tree() instanceof Name name ? Optional.of(name) : Optional.empty();
        default -> Optional.empty();
      };
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values.add(value.get());
    }
    return Optional.of(values);
  }

  /**
   * Every value assigned in the enclosing class to the attribute {@code self.attr}, {@code cls.attr} or
   * {@code ClassName.attr} reads; empty when the read is not of that form or nothing is assigned.
   */
  public List<Expression> valuesOf(QualifiedExpression attribute) {
    return factsOf(attribute).map(facts -> facts.values().getOrDefault(attribute.name().name(), List.of())).orElse(List.of());
  }

  /** Every {@code self.attr} or {@code cls.attr} in the methods of the class, for the attribute that {@code attribute} reads. */
  public List<QualifiedExpression> usesOf(QualifiedExpression attribute) {
    return factsOf(attribute).map(facts -> facts.uses().getOrDefault(attribute.name().name(), List.of())).orElse(List.of());
  }

  /** The attributes a class assigns ({@code attr = value} in its body, {@code self.attr = value} in its methods) and their values. */
  public Map<String, List<Expression>> attributeValues(ClassDef classDef) {
    return Collections.unmodifiableMap(classFacts(classDef).values());
  }

  /** Every {@code self.attr} or {@code cls.attr} in the methods of the class. */
  public List<QualifiedExpression> usesOf(ClassDef classDef, String attribute) {
    return classFacts(classDef).uses().getOrDefault(attribute, List.of());
  }

  /** {@link FunctionNames} of the file that holds the tree, found once for every rule. */
  public FunctionNames functionNames(Tree tree) {
    FileFacts facts = fileFacts(tree);
    if (facts.functionNames == null) {
      facts.functionNames = new FunctionNames(ControlFlow.fileRoot(tree));
    }
    return facts.functionNames;
  }

  /**
   * The function of this file that a call certainly runs: a module or enclosing function called by its name, or a
   * method of the enclosing class called as {@code self.method(...)}, defined once and not decorated (but for
   * staticmethod and classmethod). A subclass may override such a method; that is not followed.
   */
  public Optional<FunctionDef> calledFunction(CallExpression call) {
    Expression callee = call.callee();
    FunctionDef function = null;
    if (callee instanceof Name name) {
      function = definedFunction(name.symbol());
    } else if (callee instanceof QualifiedExpression method) {
      List<FunctionDef> definitions = factsOf(method)
        .map(facts -> facts.methods().getOrDefault(method.name().name(), List.of())).orElse(List.of());
      function = definitions.size() == 1 ? definitions.get(0) : null;
    }
    return Optional.ofNullable(function).filter(LocalDefinitions::hasTransparentDecorators);
  }

  /**
   * The values of every {@code return} of the function (nested functions aside), when each returns one value and the
   * body ends with one, so that no path falls off the end and returns None. Empty otherwise.
   */
  public Optional<List<Expression>> returnValues(FunctionDef function) {
    return fileFacts(function).returnsByFunction.computeIfAbsent(function, LocalDefinitions::collectReturns);
  }

  private Optional<ClassFacts> factsOf(QualifiedExpression attribute) {
    if (!(attribute.qualifier() instanceof Name qualifier)) {
      return Optional.empty();
    }
    ClassDef owner = enclosingClass(attribute);
    if (owner == null || !(SELF_NAMES.contains(qualifier.name()) || qualifier.name().equals(owner.name().name()))) {
      return Optional.empty();
    }
    return Optional.of(classFacts(owner));
  }

  @Nullable
  private static FunctionDef definedFunction(@Nullable Symbol symbol) {
    if (symbol == null) {
      return null;
    }
    List<Usage> bindings = SymbolBindings.OF_FILE.of(symbol);
    return bindings.size() == 1 && bindings.get(0).kind() == Usage.Kind.FUNC_DECLARATION
      && bindings.get(0).tree().parent() instanceof FunctionDef function ? function : null;
  }

  private static boolean hasTransparentDecorators(FunctionDef function) {
    return function.decorators().stream().map(Decorator::expression)
      .allMatch(decorator -> decorator instanceof Name name && TRANSPARENT_DECORATORS.contains(name.name()));
  }

  @Nullable
  private static ClassDef enclosingClass(Tree tree) {
    Tree current = tree.parent();
    while (current != null && !(current instanceof ClassDef)) {
      current = current.parent();
    }
    return (ClassDef) current;
  }

  private static ClassFacts collect(ClassDef classDef) {
    ClassFacts facts = new ClassFacts(classDef);
    for (Statement statement : classDef.body().statements()) {
      if (statement instanceof FunctionDef method) {
        facts.methods().computeIfAbsent(method.name().name(), key -> new ArrayList<>()).add(method);
      }
    }
    collectValues(classDef.body(), false, facts.values());
    return facts;
  }

  /**
   * The values assigned to attributes in the statements under the tree, in source order, nested classes aside: only
   * statements are walked, as no expression holds an assignment statement.
   */
  private static void collectValues(Tree tree, boolean inMethod, Map<String, List<Expression>> values) {
    for (Tree child : tree.children()) {
      if (child instanceof AssignmentStatement assignment) {
        for (ExpressionList targets : assignment.lhsExpressions()) {
          for (Expression target : targets.expressions()) {
            String attribute = attributeName(target, inMethod);
            if (attribute != null) {
              values.computeIfAbsent(attribute, key -> new ArrayList<>()).add(assignment.assignedValue());
            }
          }
        }
      } else if (child instanceof FunctionDef function) {
        collectValues(function.body(), true, values);
      } else if (!(child == null || child instanceof Expression || child instanceof ClassDef
        || HOLDS_NO_STATEMENT.contains(child.getKind()))) {
        // a nested class has attributes of its own
        collectValues(child, inMethod, values);
      }
    }
  }

  /** Every {@code self.attr} or {@code cls.attr} in the methods of the class, nested classes aside. */
  private static Map<String, List<QualifiedExpression>> collectUses(ClassDef classDef) {
    Map<String, List<QualifiedExpression>> uses = new HashMap<>();
    classDef.body().accept(new BaseTreeVisitor() {
      private int functionDepth = 0;

      @Override
      public void visitClassDef(ClassDef nested) {
        // a nested class has attributes of its own
      }

      @Override
      public void visitFunctionDef(FunctionDef function) {
        functionDepth++;
        super.visitFunctionDef(function);
        functionDepth--;
      }

      @Override
      public void visitQualifiedExpression(QualifiedExpression qualified) {
        if (functionDepth > 0 && qualified.qualifier() instanceof Name qualifier && SELF_NAMES.contains(qualifier.name())) {
          uses.computeIfAbsent(qualified.name().name(), key -> new ArrayList<>()).add(qualified);
        }
        super.visitQualifiedExpression(qualified);
      }
    });
    return uses;
  }

  @Nullable
  private static String attributeName(Expression target, boolean inMethod) {
    if (!inMethod && target instanceof Name name) {
      return name.name();
    }
    if (inMethod && target instanceof QualifiedExpression qualified
      && qualified.qualifier() instanceof Name qualifier && SELF_NAMES.contains(qualifier.name())) {
      return qualified.name().name();
    }
    return null;
  }

  private static Optional<List<Expression>> collectReturns(FunctionDef function) {
    List<Statement> body = function.body().statements();
    if (body.isEmpty() || !(body.get(body.size() - 1) instanceof ReturnStatement)) {
      return Optional.empty();
    }
    List<ReturnStatement> returns = new ArrayList<>();
    collectReturns(function.body(), returns);
    List<Expression> values = new ArrayList<>();
    for (ReturnStatement statement : returns) {
      if (statement.expressions().size() != 1) {
        return Optional.empty();
      }
      values.add(statement.expressions().get(0));
    }
    return Optional.of(values);
  }

  private static void collectReturns(Tree tree, List<ReturnStatement> returns) {
    if (tree instanceof ReturnStatement statement) {
      returns.add(statement);
      return;
    }
    for (Tree child : tree.children()) {
      if (!(child instanceof FunctionDef || child instanceof LambdaExpression || child instanceof ClassDef)) {
        collectReturns(child, returns);
      }
    }
  }
}
