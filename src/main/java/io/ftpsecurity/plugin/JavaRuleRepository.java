package io.ftpsecurity.plugin;

import io.ftpsecurity.java.rules.JavaRules;
import java.util.List;
import org.sonar.api.SonarRuntime;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonarsource.analyzer.commons.RuleMetadataLoader;

/** Declares the Java rules to SonarQube (titles, descriptions, standards); {@link JavaCheckRegistrar} runs them. */
public class JavaRuleRepository implements RulesDefinition {

  public static final String REPOSITORY_KEY = "ftp-java";
  public static final String LANGUAGE = "java";
  static final String METADATA_FOLDER = "io/ftpsecurity/l10n/java/rules";

  private final SonarRuntime runtime;

  public JavaRuleRepository(SonarRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public void define(Context context) {
    NewRepository repository = context.createRepository(REPOSITORY_KEY, LANGUAGE).setName(PythonRuleRepository.REPOSITORY_NAME);
    new RuleMetadataLoader(METADATA_FOLDER, runtime).addRulesByAnnotatedClass(repository, List.copyOf(JavaRules.all()));
    repository.done();
  }
}
