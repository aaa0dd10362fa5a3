package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.java.rules.JavaRules;
import io.ftpsecurity.python.rules.PythonRules;
import io.ftpsecurity.shared.RuleKey;
import io.ftpsecurity.testing.JavaCheckVerifier;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

/** In each language, every rule is listed, annotated, documented, exercised by a check file and a test. */
class RuleListsTest {

  /** One language's rules: the list, what a check extends, where its metadata, check files and tests are. */
  record Language(String name, List<? extends Class<?>> rules, Class<?> checkBase, Path checkFiles, String checkFileSuffix,
    List<String> otherLanguageWords) {

    Path metadata() {
      return Path.of("src/main/resources/io/ftpsecurity/l10n", name, "rules");
    }

    Path ruleSources() {
      return Path.of("src/main/java/io/ftpsecurity", name, "rules");
    }

    Path ruleTests() {
      return Path.of("src/test/java/io/ftpsecurity", name, "rules");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Language> languages() {
    return Stream.of(
      new Language("python", PythonRules.all(), PythonSubscriptionCheck.class, PythonCheckVerifier.CHECK_RESOURCES, ".py", List.of()),
      new Language("java", JavaRules.all(), IssuableSubscriptionVisitor.class, JavaCheckVerifier.CHECK_RESOURCES, ".java",
        List.of("ftplib", "FTP_TLS")));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void every_check_class_is_listed_once_per_rule_key(Language language) throws IOException {
    try (Stream<Path> sources = Files.list(language.ruleSources())) {
      List<String> checkClasses = sources.map(path -> path.getFileName().toString())
        .filter(name -> name.endsWith("Check.java"))
        .map(name -> name.substring(0, name.length() - ".java".length()))
        .toList();
      assertThat(language.rules()).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(checkClasses);
    }
    assertThat(language.rules()).extracting(rule -> rule.getAnnotation(Rule.class).key())
      .containsExactlyElementsOf(Arrays.stream(RuleKey.values()).map(RuleKey::key).toList());
  }

  @ParameterizedTest
  @MethodSource("languages")
  void every_rule_is_annotated_documented_and_tested(Language language) {
    for (Class<?> rule : language.rules()) {
      assertThat(language.checkBase()).as(rule.getSimpleName()).isAssignableFrom(rule);
      Rule annotation = rule.getAnnotation(Rule.class);
      assertThat(annotation).as(rule.getSimpleName() + " has @Rule").isNotNull();
      String key = annotation.key();
      assertThat(rule.getSimpleName()).isEqualTo(key + "Check");
      assertThat(language.metadata().resolve(key + ".json")).as("JSON metadata of " + key).isRegularFile();
      assertThat(language.metadata().resolve(key + ".html")).as("HTML description of " + key).isRegularFile();
      assertThat(language.checkFiles().resolve(key + language.checkFileSuffix())).as("check file of " + key).isRegularFile();
      assertThat(language.ruleTests().resolve(key + "CheckTest.java")).as("test of " + key).isRegularFile();
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void descriptions_have_the_sections_sonarqube_shows_as_tabs_and_examples_in_their_language(Language language) throws IOException {
    for (Class<?> rule : language.rules()) {
      String html = Files.readString(language.metadata().resolve(rule.getAnnotation(Rule.class).key() + ".html"));
      assertThat(html).as(rule.getSimpleName())
        .contains("<h2>Why is this an issue?</h2>", "<h2>How to fix it</h2>", "<h2>Resources</h2>")
        .contains("data-diff-type=\"noncompliant\"", "data-diff-type=\"compliant\"");
      language.otherLanguageWords().forEach(word -> assertThat(html).as(rule.getSimpleName()).doesNotContain(word));
    }
  }
}
