package io.ftpsecurity.java.api;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodReferenceTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;

/**
 * {@code MethodMatchers.create()} with the same staged builder and the same answers, cheaper on the calls it does not
 * match. sonar-java's matcher resolves a call's method symbol and the receiver's type before it compares names, and
 * for {@code ofSubTypes} looks the API type up by name in the class path ({@code isSubtypeOf(String)}); with the
 * libraries on the class path that is most of our rules' time, spent on calls and {@code new} of unrelated types. So
 * a call whose name, as written, is none of the matcher's is rejected from the tree alone, and a {@code new X()} whose
 * type has none of the matcher's types among its own supertypes (their names, read from the hierarchy the frontend
 * has already resolved) is rejected without a look-up. What passes is decided by the sonar-java matcher itself.
 */
public final class ApiMatchers {

  private ApiMatchers() {
  }

  public static MethodMatchers.TypeBuilder create() {
    return new Types(MethodMatchers.create());
  }

  /** Whether {@code type} or one of its supertypes has one of {@code names}: a condition of {@code isSubtypeOf}. */
  public static boolean mayBeSubtypeOf(Type type, Set<String> names) {
    if (type == null || type.isUnknown()) {
      return false;
    }
    if (names.contains(type.erasure().fullyQualifiedName())) {
      return true;
    }
    Symbol.TypeSymbol symbol = type.symbol();
    if (mayBeSubtypeOf(symbol.superClass(), names)) {
      return true;
    }
    for (Type implemented : symbol.interfaces()) {
      if (mayBeSubtypeOf(implemented, names)) {
        return true;
      }
    }
    return false;
  }

  private record Types(MethodMatchers.TypeBuilder builder) implements MethodMatchers.TypeBuilder {

    @Override
    public MethodMatchers.NameBuilder ofSubTypes(String... fullyQualifiedTypeNames) {
      return new Names(builder.ofSubTypes(fullyQualifiedTypeNames), Set.of(fullyQualifiedTypeNames));
    }

    @Override
    public MethodMatchers.NameBuilder ofTypes(String... fullyQualifiedTypeNames) {
      return new Names(builder.ofTypes(fullyQualifiedTypeNames), Set.of(fullyQualifiedTypeNames));
    }

    @Override
    public MethodMatchers.NameBuilder ofAnyType() {
      return new Names(builder.ofAnyType(), null);
    }

    @Override
    public MethodMatchers.NameBuilder ofType(Predicate<Type> typePredicate) {
      return new Names(builder.ofType(typePredicate), null);
    }
  }

  /** {@code types}: the API types named, null when the owner is given otherwise. */
  private record Names(MethodMatchers.NameBuilder builder, Set<String> types) implements MethodMatchers.NameBuilder {

    @Override
    public MethodMatchers.ParametersBuilder names(String... names) {
      return new Parameters(builder.names(names), Set.of(names), null);
    }

    @Override
    public MethodMatchers.ParametersBuilder constructor() {
      return new Parameters(builder.constructor(), null, types);
    }

    @Override
    public MethodMatchers.ParametersBuilder anyName() {
      return new Parameters(builder.anyName(), null, null);
    }

    @Override
    public MethodMatchers.ParametersBuilder name(Predicate<String> namePredicate) {
      return new Parameters(builder.name(namePredicate), null, null);
    }
  }

  /** {@code names}: the method names, {@code constructed}: the types a matched {@code new} must extend; null: any. */
  private record Parameters(MethodMatchers.ParametersBuilder builder, Set<String> names, Set<String> constructed)
    implements MethodMatchers.ParametersBuilder {

    @Override
    public MethodMatchers.ParametersBuilder withAnyParameters() {
      return new Parameters(builder.withAnyParameters(), names, constructed);
    }

    @Override
    public MethodMatchers.ParametersBuilder addWithoutParametersMatcher() {
      return new Parameters(builder.addWithoutParametersMatcher(), names, constructed);
    }

    @Override
    public MethodMatchers.ParametersBuilder addParametersMatcher(String... parametersType) {
      return new Parameters(builder.addParametersMatcher(parametersType), names, constructed);
    }

    @Override
    public MethodMatchers.ParametersBuilder addParametersMatcher(Predicate<List<Type>> parametersType) {
      return new Parameters(builder.addParametersMatcher(parametersType), names, constructed);
    }

    @Override
    public MethodMatchers build() {
      return new Prefiltered(builder.build(), names, constructed);
    }
  }

  private record Prefiltered(MethodMatchers matchers, Set<String> names, Set<String> constructed) implements MethodMatchers {

    @Override
    public boolean matches(MethodInvocationTree call) {
      String name = writtenName(call);
      return (names == null || name == null || names.contains(name)) && matchers.matches(call);
    }

    @Override
    public boolean matches(NewClassTree newClass) {
      return (constructed == null || mayBeSubtypeOf(newClass.symbolType(), constructed)) && matchers.matches(newClass);
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

    private static String writtenName(MethodInvocationTree call) {
      ExpressionTree select = call.methodSelect();
      if (select instanceof IdentifierTree identifier) {
        return identifier.name();
      }
      return select instanceof MemberSelectExpressionTree member ? member.identifier().name() : null;
    }
  }
}
