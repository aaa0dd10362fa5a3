package io.ftpsecurity.java.api;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * What a rule does with the calls (or {@code new}) it looks at, declared once: cases of a matcher and what to check on
 * the trees it matches, tried in order as an if / else-if chain. A tree that no case can match is let go from the
 * tree alone ({@link ApiMatchers#callNames}, {@link ApiMatchers#constructions}) before any matcher resolves a
 * symbol. That prefilter is made of the cases' own matchers, so a rule cannot test a matcher its prefilter leaves
 * out (a list of its own, kept beside the tests, would have to be kept in step by hand).
 */
public final class Dispatch<T extends Tree> {

  /** {@code handler} is run on the trees {@code matcher} matches. */
  public record Case<T extends Tree>(MethodMatchers matcher, Consumer<T> handler) {
  }

  private final Predicate<T> mayMatch;
  private final BiPredicate<MethodMatchers, T> matches;
  private final List<Case<T>> cases;

  private Dispatch(Predicate<T> mayMatch, BiPredicate<MethodMatchers, T> matches, List<Case<T>> cases) {
    this.mayMatch = mayMatch;
    this.matches = matches;
    this.cases = cases;
  }

  public static <T extends Tree> Case<T> on(MethodMatchers matcher, Consumer<T> handler) {
    return new Case<>(matcher, handler);
  }

  /** Cases of method calls: a call written with none of their names is let go. */
  @SafeVarargs
  public static Dispatch<MethodInvocationTree> calls(Case<MethodInvocationTree>... cases) {
    return new Dispatch<>(ApiMatchers.callNames(matchers(cases))::mayMatch, MethodMatchers::matches, List.of(cases));
  }

  /** Cases of {@code new}: one that is and extends none of their classes is let go after one walk of its superclasses. */
  @SafeVarargs
  public static Dispatch<NewClassTree> news(Case<NewClassTree>... cases) {
    return new Dispatch<>(ApiMatchers.constructions(matchers(cases))::mayMatch, MethodMatchers::matches, List.of(cases));
  }

  private static MethodMatchers[] matchers(Case<?>[] cases) {
    return Arrays.stream(cases).map(Case::matcher).toArray(MethodMatchers[]::new);
  }

  /** Runs the first case that matches {@code tree}, if any. */
  public void dispatch(T tree) {
    if (!mayMatch.test(tree)) {
      return;
    }
    for (Case<T> candidate : cases) {
      if (matches.test(candidate.matcher(), tree)) {
        candidate.handler().accept(tree);
        return;
      }
    }
  }
}
