package io.ftpsecurity.java.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.ReturnStatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * A client object the code shows from its creation on: {@code new X(...)} or a factory call, stored in a local
 * variable, or in a private field by its declaration or by a constructor, and never written again. The calls are all
 * of those made on the variable, in the method (local) or in the class (field). A client that is also passed on,
 * stored elsewhere or used in a lambda {@link #escapes()}: it may be configured where the code does not show. A local
 * client that is returned does not escape, since nothing runs after the return in its method.
 */
public record TrackedClient(ExpressionTree creation, Symbol variable, List<MethodInvocationTree> calls, boolean escapes) {

  public boolean isField() {
    return !variable.owner().isMethodSymbol();
  }

  /** The calls on the client to methods a matcher names. */
  public List<MethodInvocationTree> callsTo(MethodMatchers matcher) {
    return calls.stream().filter(matcher::matches).toList();
  }

  /** The client a creation ({@code new FTPSClient()}, {@code SshClient.setUpDefaultClient()}) makes, when it is tracked. */
  public static Optional<TrackedClient> of(ExpressionTree creation) {
    return storedIn(creation).map(variable -> track(creation, variable));
  }

  /** The variable the creation is stored in, when it is its only write. */
  private static Optional<Symbol> storedIn(ExpressionTree creation) {
    Tree parent = creation.parent();
    while (parent != null && parent.is(Tree.Kind.PARENTHESIZED_EXPRESSION)) {
      parent = parent.parent();
    }
    Symbol variable = null;
    boolean declared = false;
    if (parent instanceof VariableTree declaration) {
      variable = declaration.symbol();
      declared = true;
    } else if (parent instanceof AssignmentExpressionTree assignment && parent.is(Tree.Kind.ASSIGNMENT)) {
      variable = assignedSymbol(assignment.variable());
      if (variable != null && !variable.owner().isMethodSymbol() && !inConstructor(assignment)) {
        return Optional.empty();
      }
    }
    if (variable == null || !variable.isVariableSymbol()) {
      return Optional.empty();
    }
    boolean local = variable.owner().isMethodSymbol();
    if (!local && !variable.isPrivate()) {
      return Optional.empty();
    }
    long otherWrites = variable.usages().stream().filter(Values::isWritten).count() - (declared ? 0 : 1);
    boolean initializedToo = !declared && variable.declaration() instanceof VariableTree declaration && declaration.initializer() != null;
    return otherWrites == 0 && !initializedToo ? Optional.of(variable) : Optional.empty();
  }

  private static Symbol assignedSymbol(ExpressionTree target) {
    if (target instanceof IdentifierTree identifier) {
      return identifier.symbol();
    }
    if (target instanceof MemberSelectExpressionTree select && select.expression() instanceof IdentifierTree self
      && "this".equals(self.name())) {
      return select.identifier().symbol();
    }
    return null;
  }

  private static boolean inConstructor(Tree tree) {
    return scope(tree) instanceof MethodTree method && method.is(Tree.Kind.CONSTRUCTOR);
  }

  /** The method, lambda or class whose code the tree is part of. */
  private static Tree scope(Tree tree) {
    Tree current = tree.parent();
    while (current != null && !(current instanceof MethodTree) && !current.is(Tree.Kind.CLASS, Tree.Kind.ENUM, Tree.Kind.RECORD,
      Tree.Kind.LAMBDA_EXPRESSION)) {
      current = current.parent();
    }
    return current;
  }

  private static TrackedClient track(ExpressionTree creation, Symbol variable) {
    List<MethodInvocationTree> calls = new ArrayList<>();
    boolean escapes = false;
    Tree declaringScope = variable.declaration() == null ? null : scope(variable.declaration());
    boolean local = variable.owner().isMethodSymbol();
    for (IdentifierTree usage : variable.usages()) {
      Tree use = usage.parent() instanceof MemberSelectExpressionTree self && self.identifier() == usage ? self : usage;
      if (Values.isWritten(usage) || local && use.parent() instanceof ReturnStatementTree) {
        continue;
      }
      if (use.parent() instanceof MemberSelectExpressionTree select && select.expression() == use
        && select.parent() instanceof MethodInvocationTree call && call.methodSelect() == select) {
        calls.add(call);
        // a call in a lambda or a local class runs when the code does not show
        escapes |= local && scope(usage) != declaringScope;
      } else {
        escapes = true;
      }
    }
    return new TrackedClient(creation, variable, List.copyOf(calls), escapes);
  }
}
