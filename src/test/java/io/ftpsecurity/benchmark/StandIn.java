package io.ftpsecurity.benchmark;

import org.sonar.plugins.python.api.PythonCheck;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

/**
 * A check that stands for one of our rules in a benchmark's walk and registers the rule's consumers in its own way;
 * the issues the rule raises name this check, so {@link #keyOf} tells whose they are.
 */
abstract class StandIn extends PythonSubscriptionCheck {
  final PythonSubscriptionCheck rule;
  private final String key;

  StandIn(PythonSubscriptionCheck rule) {
    this.rule = rule;
    this.key = Rules.key(rule);
  }

  final String key() {
    return key;
  }

  /** The rule's key of an issue raised through a stand-in. */
  static String keyOf(PythonCheck issueCheck) {
    return ((StandIn) issueCheck).key();
  }
}
