package io.ftpsecurity.python.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.BaseTreeVisitor;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * The values a class stores in its attributes: {@code attr = value} in the class body and
 * {@code self.attr = value} in its methods. Lets a rule see what {@code self.attr(...)} calls when the
 * type system does not follow attributes. Built once per class and kept for one file only.
 */
public final class ClassAttributeValues {

  private static final Set<String> SELF_NAMES = Set.of("self", "cls");

  private final Map<ClassDef, Map<String, List<Expression>>> valuesByClass = new HashMap<>();

  /** Forget the previous file's classes. */
  public void clear() {
    valuesByClass.clear();
  }

  /**
   * Every value assigned in the enclosing class to the attribute {@code self.attr}, {@code cls.attr} or
   * {@code ClassName.attr} reads; empty when the read is not of that form or nothing is assigned.
   */
  public List<Expression> valuesOf(QualifiedExpression attribute) {
    if (!(attribute.qualifier() instanceof Name qualifier)) {
      return List.of();
    }
    ClassDef owner = enclosingClass(attribute);
    if (owner == null || !(SELF_NAMES.contains(qualifier.name()) || qualifier.name().equals(owner.name().name()))) {
      return List.of();
    }
    return valuesByClass.computeIfAbsent(owner, ClassAttributeValues::collect)
      .getOrDefault(attribute.name().name(), List.of());
  }

  @Nullable
  private static ClassDef enclosingClass(Tree tree) {
    Tree current = tree.parent();
    while (current != null && !(current instanceof ClassDef)) {
      current = current.parent();
    }
    return (ClassDef) current;
  }

  private static Map<String, List<Expression>> collect(ClassDef classDef) {
    Map<String, List<Expression>> values = new HashMap<>();
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
              values.computeIfAbsent(attribute, key -> new ArrayList<>()).add(assignment.assignedValue());
            }
          }
        }
        super.visitAssignmentStatement(assignment);
      }
    });
    return values;
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
}
