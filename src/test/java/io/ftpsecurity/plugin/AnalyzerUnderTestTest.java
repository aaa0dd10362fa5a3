package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.python.api.SubscriptionContext;

/**
 * The unit tests run twice (pom.xml): on python-frontend 5.31, which we compile against, and on the oldest Python
 * analyzer we support, 5.14.2. This proves which one is on the class path: 5.14 has no {@code cfg} on the context.
 */
class AnalyzerUnderTestTest {

  @Test
  void the_python_analyzer_on_the_class_path_is_the_one_this_run_is_for() {
    boolean newest = Arrays.stream(SubscriptionContext.class.getMethods()).map(Method::getName).anyMatch("cfg"::equals);
    assertThat(newest ? "newest" : "oldest").isEqualTo(System.getProperty("ftpsecurity.analyzer.under.test", "newest"));
  }
}
