package io.ftpsecurity.plugin;

import io.ftpsecurity.python.rules.PythonRules;
import java.util.List;
import org.sonar.api.SonarRuntime;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.plugins.python.api.PythonCustomRuleRepository;
import org.sonarsource.analyzer.commons.RuleMetadataLoader;

/**
 * Declares the Python rules twice over: to SonarQube as a rule repository (titles, descriptions,
 * standards) and to the Python analyzer as custom checks, so that SonarQube and SonarLint both run them.
 */
public class PythonRuleRepository implements RulesDefinition, PythonCustomRuleRepository {

  public static final String REPOSITORY_KEY = "ftp-python";
  public static final String LANGUAGE = "py";
  static final String REPOSITORY_NAME = "FTP Security";
  static final String METADATA_FOLDER = "io/ftpsecurity/l10n/python/rules";

  private final SonarRuntime runtime;

  public PythonRuleRepository(SonarRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public void define(Context context) {
    NewRepository repository = context.createRepository(REPOSITORY_KEY, LANGUAGE).setName(REPOSITORY_NAME);
    new RuleMetadataLoader(METADATA_FOLDER, runtime).addRulesByAnnotatedClass(repository, checkClasses());
    repository.done();
  }

  @Override
  public String repositoryKey() {
    return REPOSITORY_KEY;
  }

  @Override
  public List<Class<?>> checkClasses() {
    return List.copyOf(PythonRules.all());
  }
}
