package io.ftpsecurity.python.api;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.types.v2.ClassType;
import org.sonar.plugins.python.api.types.v2.FullyQualifiedNameHelper;
import org.sonar.plugins.python.api.types.v2.FunctionType;
import org.sonar.plugins.python.api.types.v2.ModuleType;
import org.sonar.plugins.python.api.types.v2.ObjectType;
import org.sonar.plugins.python.api.types.v2.PythonType;
import org.sonar.plugins.python.api.types.v2.TypeWrapper;
import org.sonar.plugins.python.api.types.v2.UnknownType;

/**
 * The factories of {@link TypeMatcher}, named and behaving as python-frontend's {@code TypeMatchers} (5.17+) do on the
 * types our rules meet, built from what the Python analyzer exports since 5.14: {@code PythonType}, its fully
 * qualified name, a class's superclasses. Build matchers once, in constants of this package.
 */
public final class TypeMatchers {

  private TypeMatchers() {
  }

  /** A function, class or module with this fully qualified name (also an unresolved import of that path). */
  public static TypeMatcher withFQN(String fullyQualifiedName) {
    return type -> {
      String name = fullyQualifiedNameOf(type);
      if (name == null) {
        return TriBool.UNKNOWN;
      }
      return name.equals(fullyQualifiedName) ? TriBool.TRUE : TriBool.FALSE;
    };
  }

  /**
   * A function, class or module with one of these fully qualified names: as {@link #any} of {@link #withFQN} for each,
   * with the type's name found once rather than once per name.
   */
  public static TypeMatcher withAnyFQN(Collection<String> fullyQualifiedNames) {
    Set<String> names = Set.copyOf(fullyQualifiedNames);
    return type -> {
      String name = fullyQualifiedNameOf(type);
      if (name == null) {
        return TriBool.UNKNOWN;
      }
      return names.contains(name) ? TriBool.TRUE : TriBool.FALSE;
    };
  }

  /**
   * {@code FullyQualifiedNameHelper.getFullyQualifiedName(type).orElse(null)}, with the kinds most types are read
   * directly: the helper's pattern switch and its Optional cost more than the rest of a matcher, on every call of a file.
   */
  @Nullable
  private static String fullyQualifiedNameOf(PythonType type) {
    if (type instanceof FunctionType function) {
      return function.fullyQualifiedName();
    }
    if (type instanceof ClassType classType) {
      return classType.fullyQualifiedName();
    }
    if (type instanceof ObjectType) {
      // the helper has no case for instances on any supported analyzer
      return null;
    }
    return type instanceof ModuleType module ? module.fullyQualifiedName()
      : FullyQualifiedNameHelper.getFullyQualifiedName(type).orElse(null);
  }

  /** The class itself, not a subclass nor an instance. Where python-frontend compares with its type table, we compare names. */
  public static TypeMatcher isType(String fullyQualifiedName) {
    return type -> {
      if (type instanceof ClassType classType) {
        return fullyQualifiedName.equals(classType.fullyQualifiedName()) ? TriBool.TRUE : TriBool.FALSE;
      }
      // the self type of a method and the other kinds the analyzer adds over time say nothing certain
      boolean known = type instanceof FunctionType || type instanceof ObjectType || type instanceof ModuleType;
      return known ? TriBool.FALSE : TriBool.UNKNOWN;
    };
  }

  /** The class with this name or a class that extends it, however indirectly. */
  public static TypeMatcher isTypeOrSuperTypeWithFQN(String fullyQualifiedName) {
    TypeMatcher named = withFQN(fullyQualifiedName);
    return type -> {
      if (type instanceof UnknownType) {
        return TriBool.UNKNOWN;
      }
      TriBool own = named.check(type);
      if (own == TriBool.TRUE || !(type instanceof ClassType ownClass) || ownClass.superClasses().isEmpty()) {
        // most types met are functions and instances: no hierarchy to walk
        return own;
      }
      TriBool chain = inChain(ownClass, named, own == TriBool.UNKNOWN);
      return chain != null ? chain : inHierarchy(type, named);
    };
  }

  /** Classes that extend classes one at a time, the usual hierarchy: walked without a visited set. */
  private static final int MAX_CHAIN = 16;

  /**
   * The verdict on the superclasses of a class whose hierarchy is a single chain ({@code FTP_TLS} extends {@code FTP});
   * null when a class of it has several superclasses, or the chain is too long (or loops), for {@link #inHierarchy}.
   */
  private static TriBool inChain(ClassType start, TypeMatcher named, boolean unknownSoFar) {
    boolean unknown = unknownSoFar;
    ClassType current = start;
    for (int step = 0; step < MAX_CHAIN; step++) {
      List<TypeWrapper> superClasses = current.superClasses();
      if (superClasses.isEmpty()) {
        return unknown ? TriBool.UNKNOWN : TriBool.FALSE;
      }
      if (superClasses.size() > 1) {
        return null;
      }
      PythonType superClass = superClasses.get(0).type();
      TriBool verdict = named.check(superClass);
      if (verdict == TriBool.TRUE) {
        return TriBool.TRUE;
      }
      unknown |= verdict == TriBool.UNKNOWN;
      if (!(superClass instanceof ClassType next)) {
        return unknown ? TriBool.UNKNOWN : TriBool.FALSE;
      }
      current = next;
    }
    return null;
  }

  /** TRUE when a class of the hierarchy has the name, else UNKNOWN when one does not tell, else FALSE. */
  private static TriBool inHierarchy(PythonType type, TypeMatcher named) {
    Set<PythonType> visited = new HashSet<>();
    Deque<PythonType> pending = new ArrayDeque<>(List.of(type));
    boolean unknown = false;
    while (!pending.isEmpty()) {
      PythonType current = pending.poll();
      if (!visited.add(current)) {
        continue;
      }
      TriBool verdict = named.check(current);
      if (verdict == TriBool.TRUE) {
        return TriBool.TRUE;
      }
      unknown |= verdict == TriBool.UNKNOWN;
      if (current instanceof ClassType classType) {
        // a loop, not a stream: this runs for every class a call or an argument names
        for (TypeWrapper superClass : classType.superClasses()) {
          pending.add(superClass.type());
        }
      }
    }
    return unknown ? TriBool.UNKNOWN : TriBool.FALSE;
  }
}
