package io.ftpsecurity.java.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.JavaCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;

/** Every Java rule is listed, annotated, documented, exercised by a check file and a test. */
class JavaRulesTest {

  private static final Path METADATA = Path.of("src/main/resources/io/ftpsecurity/l10n/java/rules");
  private static final Path RULE_SOURCES = Path.of("src/main/java/io/ftpsecurity/java/rules");
  private static final Path RULE_TESTS = Path.of("src/test/java/io/ftpsecurity/java/rules");

  @Test
  void every_check_class_is_listed() throws IOException {
    try (Stream<Path> sources = Files.list(RULE_SOURCES)) {
      List<String> checkClasses = sources.map(path -> path.getFileName().toString())
        .filter(name -> name.endsWith("Check.java"))
        .map(name -> name.substring(0, name.length() - ".java".length()))
        .toList();
      assertThat(JavaRules.all()).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(checkClasses);
    }
  }

  @Test
  void every_rule_is_annotated_documented_and_tested() {
    for (Class<?> rule : JavaRules.all()) {
      assertThat(IssuableSubscriptionVisitor.class).as(rule.getSimpleName()).isAssignableFrom(rule);
      Rule annotation = rule.getAnnotation(Rule.class);
      assertThat(annotation).as(rule.getSimpleName() + " has @Rule").isNotNull();
      String key = annotation.key();
      assertThat(rule.getSimpleName()).isEqualTo(key + "Check");
      assertThat(METADATA.resolve(key + ".json")).as("JSON metadata of " + key).isRegularFile();
      assertThat(METADATA.resolve(key + ".html")).as("HTML description of " + key).isRegularFile();
      assertThat(JavaCheckVerifier.CHECK_RESOURCES.resolve(key + ".java")).as("check file of " + key).isRegularFile();
      assertThat(RULE_TESTS.resolve(key + "CheckTest.java")).as("test of " + key).isRegularFile();
    }
  }

  @Test
  void descriptions_have_the_sections_sonarqube_shows_as_tabs_and_java_examples() throws IOException {
    for (Class<?> rule : JavaRules.all()) {
      String html = Files.readString(METADATA.resolve(rule.getAnnotation(Rule.class).key() + ".html"));
      assertThat(html).as(rule.getSimpleName())
        .contains("<h2>Why is this an issue?</h2>", "<h2>How to fix it</h2>", "<h2>Resources</h2>")
        .contains("data-diff-type=\"noncompliant\"", "data-diff-type=\"compliant\"")
        .doesNotContain("ftplib", "FTP_TLS");
    }
  }
}
