package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.ArgList;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.ExpressionStatement;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Parameter;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.RegularArgument;
import org.sonar.plugins.python.api.tree.ReturnStatement;
import org.sonar.plugins.python.api.tree.Statement;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.YieldExpression;
import org.sonar.plugins.python.api.types.v2.ClassType;
import org.sonar.plugins.python.api.types.v2.FunctionType;
import org.sonar.plugins.python.api.types.v2.Member;
import org.sonar.plugins.python.api.types.v2.TypeWrapper;
import org.sonar.plugins.python.api.types.v2.UnionType;

/**
 * What calling a method of an FTP_TLS client does to its data channel when the class is a subclass defined in this
 * file. Only {@code __init__}, {@code connect} and {@code login} are summarised, the overrides that recipes use to
 * protect the channel: such an override behaves like ftplib's own method when its body only calls
 * {@code super().<method>(...)} (or {@code Base.<method>(self, ...)}), ftplib methods of the client that leave the
 * channel alone, and code that does not touch the client; it protects the channel when it also calls
 * {@code self.prot_p()} as a statement of its body that no {@code return} precedes (so on every path that returns
 * normally). A {@code self.prot_p()} on some paths only protects nothing certain: the override still behaves like
 * ftplib's method, and the paths that skip it leave the channel clear. Any other override (of {@code prot_p}, of a
 * transfer method, or a body that hands {@code self} to other code) has an effect the code does not show. Summaries
 * are kept per class and method for one file.
 */
final class SubclassOverrides {

  enum Effect {
    /** Behaves like ftplib's method of that name. */
    FTPLIB,
    /** Leaves the data channel protected. */
    PROTECTS,
    /** The code does not show what it does. */
    UNKNOWN
  }

  private static final Set<String> SUMMARISED = Set.of(FtplibApi.INIT_METHOD, FtplibApi.CONNECT, FtplibApi.LOGIN);
  /** Local base classes followed up to an ftplib class. */
  private static final int MAX_BASES = 4;
  private static final String SUPER = "super";

  private final Map<ClassType, Map<String, Effect>> effects = new IdentityHashMap<>();
  private final Map<ClassType, Map<String, Boolean>> ftplibMethods = new IdentityHashMap<>();

  /** What calling the method on the client that the creation makes does; a class that is not resolved is UNKNOWN. */
  Effect effectOf(CallExpression creation, String method) {
    if (!(FtpClassResolver.classType(creation.callee()) instanceof ClassType classType)) {
      return Effect.UNKNOWN;
    }
    // remembered for ftplib's own methods too: the data-channel analysis asks on every method call of a client, and
    // type lookups cost more than the rest of its work on the call
    Map<String, Effect> ofClass = effects.computeIfAbsent(classType, type -> new HashMap<>());
    Effect effect = ofClass.get(method);
    if (effect == null) {
      if (runsFtplibMethod(classType, method)) {
        effect = Effect.FTPLIB;
      } else {
        effect = SUMMARISED.contains(method) ? summarise(overrideOf(creation.callee(), method), classType) : Effect.UNKNOWN;
      }
      ofClass.put(method, effect);
    }
    return effect;
  }

  /** {@link FtpClients#runsFtplibMethod}, asked once per class and method: a type lookup costs more than the rest. */
  boolean runsFtplibMethod(CallExpression creation, String method) {
    return FtpClassResolver.classType(creation.callee()) instanceof ClassType classType && runsFtplibMethod(classType, method);
  }

  /**
   * {@link FtpClients#runsFtplibMethod} for a class: a class with one base that does not define the method itself
   * runs what its base runs, so a file's many subclasses of FTP_TLS cost one member lookup in typeshed's classes per
   * method, not one each ({@code ClassType.resolveMember} searches the members of every class up the hierarchy).
   */
  private boolean runsFtplibMethod(ClassType classType, String method) {
    Map<String, Boolean> ofClass = ftplibMethods.computeIfAbsent(classType, type -> new HashMap<>());
    Boolean runs = ofClass.get(method);
    if (runs == null) {
      List<TypeWrapper> bases = classType.superClasses();
      if (bases.size() == 1 && bases.get(0).type() instanceof ClassType base && base != classType && !definesMember(classType, method)) {
        runs = runsFtplibMethod(base, method);
      } else {
        runs = classType.resolveMember(method).filter(FtpClients::isFtplibFunction).isPresent();
      }
      ofClass.put(method, runs);
    }
    return runs;
  }

  private static boolean definesMember(ClassType classType, String name) {
    for (Member member : classType.members()) {
      if (name.equals(member.name())) {
        return true;
      }
    }
    return false;
  }

  /** The method's definition in the class the callee names or in its local bases, the nearest first. */
  @Nullable
  private static FunctionDef overrideOf(Expression callee, String method) {
    ClassDef classDef = localClass(callee);
    for (int depth = 0; classDef != null && depth < MAX_BASES; depth++) {
      // a loop, not a stream: asked for each of a few methods of every subclass of the file
      FunctionDef definition = null;
      for (Statement statement : classDef.body().statements()) {
        if (statement instanceof FunctionDef function && method.equals(function.name().name())) {
          if (definition != null) {
            return null;
          }
          definition = function;
        }
      }
      if (definition != null) {
        return definition;
      }
      classDef = classDef.args() != null && classDef.args().arguments().size() == 1
        && classDef.args().arguments().get(0) instanceof RegularArgument base && base.keywordArgument() == null
        ? localClass(base.expression()) : null;
    }
    return null;
  }

  /** The class statement of this file that a name certainly refers to. */
  @Nullable
  private static ClassDef localClass(Expression expression) {
    if (!(expression instanceof Name name) || name.symbol() == null) {
      return null;
    }
    List<Usage> bindings = SymbolBindings.OF_FILE.of(name.symbol());
    return bindings.size() == 1 && bindings.get(0).kind() == Usage.Kind.CLASS_DECLARATION
      && bindings.get(0).tree().parent() instanceof ClassDef classDef ? classDef : null;
  }

  private Effect summarise(@Nullable FunctionDef override, ClassType classType) {
    Parameter selfParameter = override == null ? null : TrackedClients.firstParameter(override);
    if (selfParameter == null || !override.decorators().isEmpty()) {
      return Effect.UNKNOWN;
    }
    Symbol self = selfParameter.name() == null ? null : selfParameter.name().symbol();
    if (self == null || selfParameter.starToken() != null) {
      return Effect.UNKNOWN;
    }
    boolean protects = false;
    Deque<Tree> pending = new ArrayDeque<>(override.body().children());
    while (!pending.isEmpty()) {
      Tree tree = pending.pop();
      if (tree instanceof FunctionDef || tree instanceof LambdaExpression || tree instanceof ClassDef || tree instanceof YieldExpression) {
        // runs later, or makes the method a generator
        return Effect.UNKNOWN;
      }
      if (tree instanceof Name name && name.symbol() == self && !isSelfOfExplicitSuper(name, override)
        && !isSelfOfBaseMethodCall(name, override)) {
        Use use = useOf(name, override, classType);
        if (use == Use.UNKNOWN) {
          return Effect.UNKNOWN;
        }
        protects |= use == Use.PROTECTS;
      } else if (tree instanceof Name name && SUPER.equals(name.name()) && !callsSuperMethod(name, override)) {
        return Effect.UNKNOWN;
      }
      // a loop by index: a method reference capturing the deque, or an iterator, would be made for every tree
      List<Tree> children = tree.children();
      for (int i = 0; i < children.size(); i++) {
        pending.push(children.get(i));
      }
    }
    return protects ? Effect.PROTECTS : Effect.FTPLIB;
  }

  private enum Use { NEUTRAL, PROTECTS, UNKNOWN }

  /** One use of {@code self} in the override. */
  private Use useOf(Name self, FunctionDef override, ClassType classType) {
    if (!(self.parent() instanceof QualifiedExpression access && access.qualifier() == self)) {
      return Use.UNKNOWN;
    }
    String attribute = access.name().name();
    if (access.parent() instanceof CallExpression call && call.callee() == access) {
      if (FtplibApi.PROT_P.equals(attribute)) {
        // on some paths only: not protecting, so the paths that skip it are judged as ftplib's method leaves them
        Use protection = isStatementOnEveryPath(call, override) ? Use.PROTECTS : Use.NEUTRAL;
        return runsFtplibMethod(classType, attribute) ? protection : Use.UNKNOWN;
      }
      return leavesChannelAlone(attribute) && runsFtplibMethod(classType, attribute) ? Use.NEUTRAL : Use.UNKNOWN;
    }
    // a method taken without calling it, or replaced; a write to ftplib's internal state
    boolean written = access.parent() instanceof ExpressionList targets && targets.parent() instanceof AssignmentStatement;
    return isMethod(classType, attribute) || written && attribute.startsWith("_") ? Use.UNKNOWN : Use.NEUTRAL;
  }

  private static boolean isMethod(ClassType classType, String attribute) {
    return classType.resolveMember(attribute).filter(member -> member instanceof FunctionType || member instanceof UnionType).isPresent();
  }

  /** {@code super().<method>(...)} where the base runs ftplib's own method, one that leaves the channel alone. */
  private boolean callsSuperMethod(Name superName, FunctionDef override) {
    if (!(superName.parent() instanceof CallExpression superCall
      && (superCall.arguments().isEmpty() || isExplicitSuper(superCall, override))
      && superCall.parent() instanceof QualifiedExpression access && access.parent() instanceof CallExpression call
      && call.callee() == access)) {
      return false;
    }
    return singleBaseRunningFtplib(access.name().name(), override).isPresent();
  }

  /**
   * {@code self} as the first argument of {@code Base.<method>(self, ...)}, the old spelling of {@code super()}: Base
   * is the single base of the method's class, and the method the one overridden, ftplib's own, leaving the channel alone.
   */
  private boolean isSelfOfBaseMethodCall(Name self, FunctionDef override) {
    return self.parent() instanceof RegularArgument argument && argument.keywordArgument() == null
      && argument.parent() instanceof ArgList arguments && arguments.arguments().get(0) == argument
      && arguments.parent() instanceof CallExpression call && call.callee() instanceof QualifiedExpression access
      && access.qualifier().typeV2() instanceof ClassType named
      && singleBaseRunningFtplib(access.name().name(), override)
        .filter(base -> base.fullyQualifiedName() != null && base.fullyQualifiedName().equals(named.fullyQualifiedName())).isPresent();
  }

  /** The single base of the override's class, when the method is the one overridden and the base runs ftplib's own. */
  private Optional<ClassType> singleBaseRunningFtplib(String method, FunctionDef override) {
    ClassType definingClass = override.parent() != null && override.parent().parent() instanceof ClassDef owner
      && owner.name().typeV2() instanceof ClassType type ? type : null;
    return override.name().name().equals(method) && leavesChannelAlone(method) && definingClass != null
      && definingClass.superClasses().size() == 1 && definingClass.superClasses().get(0).type() instanceof ClassType base
      && runsFtplibMethod(base, method) ? Optional.of(base) : Optional.empty();
  }

  /** {@code self} as the second argument of {@code super(Owner, self)}: the explicit form of {@code super()}. */
  private static boolean isSelfOfExplicitSuper(Name self, FunctionDef override) {
    return self.parent() instanceof RegularArgument argument && argument.parent() != null
      && argument.parent().parent() instanceof CallExpression superCall && superCall.callee() instanceof Name callee
      && SUPER.equals(callee.name()) && isExplicitSuper(superCall, override);
  }

  /** {@code super(Owner, self)} in a method of Owner, {@code self} being the method's first parameter. */
  private static boolean isExplicitSuper(CallExpression superCall, FunctionDef override) {
    if (superCall.arguments().size() != 2 || !(superCall.arguments().get(0) instanceof RegularArgument owner)
      || !(superCall.arguments().get(1) instanceof RegularArgument self) || owner.keywordArgument() != null
      || self.keywordArgument() != null) {
      return false;
    }
    Parameter selfParameter = TrackedClients.firstParameter(override);
    return owner.expression() instanceof Name ownerName && ownerName.symbol() != null
      && override.parent() != null && override.parent().parent() instanceof ClassDef ownerClass
      && ownerName.symbol() == ownerClass.name().symbol()
      && self.expression() instanceof Name selfName && selfName.symbol() != null && selfParameter != null
      && selfParameter.name() != null && selfName.symbol() == selfParameter.name().symbol();
  }

  private static boolean leavesChannelAlone(String method) {
    return !FtplibApi.PROT_P.equals(method) && !FtplibApi.PROT_C.equals(method) && !FtplibApi.DATA_TRANSFER_METHODS.contains(method);
  }

  /** A statement of the function's own body, with no {@code return} before it: every normal exit passes it. */
  private static boolean isStatementOnEveryPath(CallExpression call, FunctionDef function) {
    if (!(call.parent() instanceof ExpressionStatement statement && statement.parent() == function.body())) {
      return false;
    }
    Deque<Tree> pending = new ArrayDeque<>(List.of(function.body()));
    while (!pending.isEmpty()) {
      Tree tree = pending.pop();
      if (tree instanceof ReturnStatement && SourceOrder.isBefore(tree, statement)) {
        return false;
      }
      if (!(tree instanceof FunctionDef || tree instanceof LambdaExpression || tree instanceof ClassDef)) {
        tree.children().forEach(pending::push);
      }
    }
    return true;
  }
}
