package io.ftpsecurity.python.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
  /** Decorators that do not change what calling the function returns. */
  private static final Set<String> TRANSPARENT_DECORATORS = Set.of("staticmethod", "classmethod");

  private record ClassFacts(Map<String, List<Expression>> values, Map<String, List<QualifiedExpression>> uses,
    Map<String, List<FunctionDef>> methods) {
  }

  /** What has been collected of one file, shared by every rule (see {@link ControlFlow#index}). */
  private static final class FileFacts {
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
    ClassFacts facts = new ClassFacts(new HashMap<>(), new HashMap<>(), new HashMap<>());
    for (Statement statement : classDef.body().statements()) {
      if (statement instanceof FunctionDef method) {
        facts.methods().computeIfAbsent(method.name().name(), key -> new ArrayList<>()).add(method);
      }
    }
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
      public void visitAssignmentStatement(AssignmentStatement assignment) {
        for (ExpressionList targets : assignment.lhsExpressions()) {
          for (Expression target : targets.expressions()) {
            String attribute = attributeName(target, functionDepth > 0);
            if (attribute != null) {
              facts.values().computeIfAbsent(attribute, key -> new ArrayList<>()).add(assignment.assignedValue());
            }
          }
        }
        super.visitAssignmentStatement(assignment);
      }

      @Override
      public void visitQualifiedExpression(QualifiedExpression qualified) {
        if (functionDepth > 0 && qualified.qualifier() instanceof Name qualifier && SELF_NAMES.contains(qualifier.name())) {
          facts.uses().computeIfAbsent(qualified.name().name(), key -> new ArrayList<>()).add(qualified);
        }
        super.visitQualifiedExpression(qualified);
      }
    });
    return facts;
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
