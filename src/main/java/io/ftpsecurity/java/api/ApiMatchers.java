package io.ftpsecurity.java.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodReferenceTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * {@code MethodMatchers.create()} with the same staged builder and the same answers, cheaper on what it does not
 * match. sonar-java's matcher resolves a call's method symbol and the receiver's type before it compares names, and
 * for {@code ofSubTypes} looks the API type up by name in the class path; with the libraries on the class path that
 * was most of our rules' time, spent on calls and {@code new} of unrelated types. So a call written with none of the
 * matcher's names is rejected from the tree alone, and a {@code new X()} whose class is none of the constructor
 * matcher's classes and extends none of them (read from the superclasses the frontend has resolved) is rejected
 * without a look-up; what passes is decided by the sonar-java matcher. Constructor matchers name classes, as every
 * one of ours does ({@code ApiMatchersTest} checks that each answers as the matcher it wraps, and matches).
 */
public final class ApiMatchers {

  private ApiMatchers() {
  }

  /** A constructor is called as a method only as {@code super(...)} or {@code this(...)}. */
  private static final Set<String> CONSTRUCTOR_CALLS = Set.of("super", "this");

  public static MethodMatchers.TypeBuilder create() {
    return new Types(MethodMatchers.create());
  }

  /** {@code MethodMatchers.or}, over ours: a loop where sonar-java's streams over the list for every call. */
  public static MethodMatchers or(MethodMatchers... matchers) {
    return new AnyOf(List.of(matchers));
  }

  /**
   * The names calls matched by any of {@code matchers} are written with: a {@link Dispatch} that tries several
   * matchers on each call rejects the others in one look-up, where each matcher would look again.
   */
  static CallNames callNames(MethodMatchers... matchers) {
    Set<String> names = new HashSet<>();
    for (MethodMatchers matcher : matchers) {
      if (!addNames(matcher, names)) {
        return new CallNames(null);
      }
    }
    return new CallNames(Set.copyOf(names));
  }

  /** Adds the names {@code matcher} matches calls by; false when it may match any name. */
  private static boolean addNames(MethodMatchers matcher, Set<String> names) {
    if (matcher instanceof AnyOf any) {
      return any.matchers().stream().allMatch(alternative -> addNames(alternative, names));
    }
    if (matcher instanceof Prefiltered prefiltered && prefiltered.names() != null) {
      names.addAll(prefiltered.names());
      return true;
    }
    return false;
  }

  /** {@code names}: null, any name. */
  record CallNames(Set<String> names) {

    /** False when no matcher of the set can match {@code call}. */
    public boolean mayMatch(MethodInvocationTree call) {
      String name = writtenName(call);
      return names == null || name == null || names.contains(name);
    }
  }

  /**
   * The classes a {@code new} matched by any of {@code matchers} is or extends: a {@link Dispatch} that tries several
   * constructor matchers on each {@code new} walks its superclasses once to reject the others, where each matcher
   * would walk them.
   */
  static Constructions constructions(MethodMatchers... matchers) {
    Set<String> extended = new HashSet<>();
    Set<String> exactly = new HashSet<>();
    for (MethodMatchers matcher : matchers) {
      if (!addConstructed(matcher, extended, exactly)) {
        return new Constructions(null, false, null);
      }
    }
    return new Constructions(Set.copyOf(extended), extended.stream().anyMatch(ApiMatchers::mayBeJdk), Set.copyOf(exactly));
  }

  /**
   * Adds the classes {@code matcher} matches a {@code new} of (or of a subclass, in {@code extended}); false when it
   * may match a {@code new} of any class.
   */
  private static boolean addConstructed(MethodMatchers matcher, Set<String> extended, Set<String> exactly) {
    if (matcher instanceof AnyOf any) {
      return any.matchers().stream().allMatch(alternative -> addConstructed(alternative, extended, exactly));
    }
    if (!(matcher instanceof Prefiltered prefiltered)) {
      return false;
    }
    if (prefiltered.constructed() == null) {
      // a method matcher, which matches no new unless it names the constructor
      return prefiltered.names() != null && !prefiltered.names().contains(MethodMatchers.CONSTRUCTOR);
    }
    (prefiltered.exactly() ? exactly : extended).addAll(prefiltered.constructed());
    return !prefiltered.constructed().isEmpty();
  }

  /**
   * {@code extended}: the classes matched with their subclasses, walked to as {@link #mayExtend} walks;
   * {@code exactly}: those matched alone (the JDK's among them need no walk). Null: any class.
   */
  record Constructions(Set<String> extended, boolean jdkClassExtended, Set<String> exactly) {

    /** False when no matcher of the set can match {@code newClass}. */
    public boolean mayMatch(NewClassTree newClass) {
      return extended == null || mayConstruct(newClass, extended, jdkClassExtended, exactly);
    }
  }

  /** Whether {@code newClass} may construct a class of {@code exactly}, or one of or extending {@code extended}. */
  private static boolean mayConstruct(NewClassTree newClass, Set<String> extended, boolean jdkClassExtended, Set<String> exactly) {
    Type type = newClass.symbolType();
    if (exactly.contains(type.fullyQualifiedName()) || !extended.isEmpty() && mayExtend(type, extended, jdkClassExtended)) {
      return true;
    }
    // an anonymous class, whose constructor may count as its supertype's
    return !exactly.isEmpty() && newClass.classBody() != null
      && (mayExtend(type.symbol().superClass(), exactly, true) || implementsOne(type, exactly));
  }

  private static boolean implementsOne(Type type, Set<String> interfaceNames) {
    return type.symbol().interfaces().stream().anyMatch(implemented -> interfaceNames.contains(implemented.fullyQualifiedName()));
  }

  /** The method's name as the call writes it; null when the call selects it otherwise. */
  private static String writtenName(MethodInvocationTree call) {
    ExpressionTree select = call.methodSelect();
    if (select instanceof IdentifierTree identifier) {
      return identifier.name();
    }
    return select instanceof MemberSelectExpressionTree member ? member.identifier().name() : null;
  }

  /**
   * Whether {@code type} is or extends a class named in {@code classNames}, read from its superclasses: a condition of
   * {@code isSubtypeOf} of a class, which asks for no interface and looks no name up.
   */
  public static boolean mayExtend(Type type, Set<String> classNames) {
    return mayExtend(type, classNames, classNames.stream().anyMatch(ApiMatchers::mayBeJdk));
  }

  private static boolean mayExtend(Type type, Set<String> classNames, boolean jdkClassNamed) {
    for (Type current = type; current != null && !current.isUnknown(); current = current.symbol().superClass()) {
      // the binary name, as of the erasure: what is(String) compares too
      String name = current.fullyQualifiedName();
      if (classNames.contains(name)) {
        return true;
      }
      // only the JDK defines classes in java.*, and those extend only its own: most of a file's new X() stop here
      if (!jdkClassNamed && name.startsWith("java.")) {
        return false;
      }
    }
    return false;
  }

  private static boolean mayBeJdk(String className) {
    return Stream.of("java.", "javax.", "jdk.", "sun.", "com.sun.").anyMatch(className::startsWith);
  }

  private record Types(MethodMatchers.TypeBuilder builder) implements MethodMatchers.TypeBuilder {

    @Override
    public MethodMatchers.NameBuilder ofSubTypes(String... fullyQualifiedTypeNames) {
      return new Names(builder.ofSubTypes(fullyQualifiedTypeNames), Set.of(fullyQualifiedTypeNames), false);
    }

    @Override
    public MethodMatchers.NameBuilder ofTypes(String... fullyQualifiedTypeNames) {
      return new Names(builder.ofTypes(fullyQualifiedTypeNames), Set.of(fullyQualifiedTypeNames), true);
    }

    @Override
    public MethodMatchers.NameBuilder ofAnyType() {
      return new Names(builder.ofAnyType(), null, false);
    }

    @Override
    public MethodMatchers.NameBuilder ofType(Predicate<Type> typePredicate) {
      return new Names(builder.ofType(typePredicate), null, false);
    }
  }

  /** {@code types}: the API types named, null when the owner is given otherwise (a predicate, any type). */
  private record Names(MethodMatchers.NameBuilder builder, Set<String> types, boolean exactly) implements MethodMatchers.NameBuilder {

    @Override
    public MethodMatchers.ParametersBuilder names(String... names) {
      return new Parameters(builder.names(names), Set.of(names), null, false);
    }

    @Override
    public MethodMatchers.ParametersBuilder constructor() {
      return new Parameters(builder.constructor(), CONSTRUCTOR_CALLS, types == null ? Set.of() : types, exactly);
    }

    @Override
    public MethodMatchers.ParametersBuilder anyName() {
      return new Parameters(builder.anyName(), null, null, false);
    }

    @Override
    public MethodMatchers.ParametersBuilder name(Predicate<String> namePredicate) {
      return new Parameters(builder.name(namePredicate), null, null, false);
    }
  }

  /**
   * {@code names}: the names a matched call is written with, null: any. {@code constructed}, for a constructor: the
   * classes a matched {@code new} must be or extend (be, {@code exactly}), empty: any; null for a method.
   */
  private record Parameters(MethodMatchers.ParametersBuilder builder, Set<String> names, Set<String> constructed,
    boolean exactly) implements MethodMatchers.ParametersBuilder {

    @Override
    public MethodMatchers.ParametersBuilder withAnyParameters() {
      return new Parameters(builder.withAnyParameters(), names, constructed, exactly);
    }

    @Override
    public MethodMatchers.ParametersBuilder addWithoutParametersMatcher() {
      return new Parameters(builder.addWithoutParametersMatcher(), names, constructed, exactly);
    }

    @Override
    public MethodMatchers.ParametersBuilder addParametersMatcher(String... parametersType) {
      return new Parameters(builder.addParametersMatcher(parametersType), names, constructed, exactly);
    }

    @Override
    public MethodMatchers.ParametersBuilder addParametersMatcher(Predicate<List<Type>> parametersType) {
      return new Parameters(builder.addParametersMatcher(parametersType), names, constructed, exactly);
    }

    @Override
    public MethodMatchers build() {
      return new Prefiltered(builder.build(), names, constructed, exactly);
    }
  }

  /**
   * {@code constructedNames}: the simple names of the {@code constructed} classes, null when one is of java.lang (which
   * a class without an extends clause extends).
   */
  private record Prefiltered(MethodMatchers matchers, Set<String> names, Set<String> constructed, boolean exactly,
    boolean jdkClassConstructed, Set<String> constructedNames) implements MethodMatchers {

    Prefiltered(MethodMatchers matchers, Set<String> names, Set<String> constructed, boolean exactly) {
      this(matchers, names, constructed, exactly, constructed != null && constructed.stream().anyMatch(ApiMatchers::mayBeJdk),
        constructed == null || constructed.stream().anyMatch(name -> name.startsWith("java.lang.")) ? null
          : constructed.stream().map(name -> name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1))
            .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public boolean matches(MethodInvocationTree call) {
      String name = writtenName(call);
      return (names == null || name == null || names.contains(name))
        && (constructedNames == null || constructed.isEmpty() || mayCallConstructor(call, name)) && matchers.matches(call);
    }

    /**
     * {@code super(...)} calls a constructor of the class's superclass and {@code this(...)} one of the class's own: in a
     * class without an extends clause (so a subclass of Object, Enum or Record) only {@code this(...)} of a class with
     * the name of one of ours can match, and most of a project's super(...) calls are found out from the tree.
     */
    private boolean mayCallConstructor(MethodInvocationTree call, String name) {
      Tree enclosing = call.parent();
      while (enclosing != null && !(enclosing instanceof ClassTree)) {
        enclosing = enclosing.parent();
      }
      if (!(enclosing instanceof ClassTree declaration) || declaration.superClass() != null || declaration.simpleName() == null) {
        return true;
      }
      return !"super".equals(name) && constructedNames.contains(declaration.simpleName().name());
    }

    @Override
    public boolean matches(NewClassTree newClass) {
      if (constructed == null) {
        // a method matcher matches a constructor only when it names one
        return (names == null || names.contains(MethodMatchers.CONSTRUCTOR)) && matchers.matches(newClass);
      }
      return (constructed.isEmpty() || (exactly ? mayConstruct(newClass, Set.of(), false, constructed)
        : mayConstruct(newClass, constructed, jdkClassConstructed, Set.of()))) && matchers.matches(newClass);
    }

    @Override
    public boolean matches(MethodTree method) {
      return matchers.matches(method);
    }

    @Override
    public boolean matches(MethodReferenceTree reference) {
      return matchers.matches(reference);
    }

    @Override
    public boolean matches(Symbol symbol) {
      return matchers.matches(symbol);
    }
  }

  private record AnyOf(List<MethodMatchers> matchers) implements MethodMatchers {

    @Override
    public boolean matches(MethodInvocationTree call) {
      return any(matcher -> matcher.matches(call));
    }

    @Override
    public boolean matches(NewClassTree newClass) {
      return any(matcher -> matcher.matches(newClass));
    }

    @Override
    public boolean matches(MethodTree method) {
      return any(matcher -> matcher.matches(method));
    }

    @Override
    public boolean matches(MethodReferenceTree reference) {
      return any(matcher -> matcher.matches(reference));
    }

    @Override
    public boolean matches(Symbol symbol) {
      return any(matcher -> matcher.matches(symbol));
    }

    private boolean any(Predicate<MethodMatchers> matches) {
      for (MethodMatchers matcher : matchers) {
        if (matches.test(matcher)) {
          return true;
        }
      }
      return false;
    }
  }
}
