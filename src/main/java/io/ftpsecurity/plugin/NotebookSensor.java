package io.ftpsecurity.plugin;

import io.ftpsecurity.python.notebook.NotebookAnalyzer;
import io.ftpsecurity.python.notebook.NotebookAnalyzer.Location;
import io.ftpsecurity.python.notebook.NotebookAnalyzer.NotebookIssue;
import io.ftpsecurity.python.notebook.NotebookSource.Position;
import io.ftpsecurity.python.rules.PythonRules;
import java.util.List;
import org.sonar.api.SonarProduct;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.TextRange;
import org.sonar.api.batch.rule.CheckFactory;
import org.sonar.api.batch.rule.Checks;
import org.sonar.api.batch.sensor.Sensor;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.SensorDescriptor;
import org.sonar.api.batch.sensor.issue.NewIssue;
import org.sonar.api.batch.sensor.issue.NewIssueLocation;
import org.sonar.api.utils.log.Logger;
import org.sonar.api.utils.log.Loggers;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

/**
 * Runs our Python rules on Jupyter notebooks. SonarQube's Python analyzer runs plugin rules on .py files only, so
 * this sensor does the notebook part itself, with the rules active in repository {@code ftp-python}. A notebook
 * that cannot be read or parsed is logged and skipped. SonarLint's engine never installs it (it installs the
 * sensors of SonarSource's plugins only, and sonar-python's notebook sensor takes no custom rules), so notebooks
 * get no issues of ours in the IDE; should a later engine run it, it does nothing there.
 */
public class NotebookSensor implements Sensor {

  static final String NOTEBOOK_LANGUAGE = "ipynb";
  private static final Logger LOG = Loggers.get(NotebookSensor.class);

  private final CheckFactory checkFactory;

  public NotebookSensor(CheckFactory checkFactory) {
    this.checkFactory = checkFactory;
  }

  @Override
  public void describe(SensorDescriptor descriptor) {
    descriptor.name("FTP Security rules on Jupyter notebooks")
      .onlyOnLanguage(NOTEBOOK_LANGUAGE)
      .createIssuesForRuleRepository(PythonRuleRepository.REPOSITORY_KEY);
  }

  @Override
  public void execute(SensorContext context) {
    if (context.runtime().getProduct() == SonarProduct.SONARLINT) {
      return;
    }
    Checks<PythonSubscriptionCheck> checks = checkFactory.<PythonSubscriptionCheck>create(PythonRuleRepository.REPOSITORY_KEY)
      .addAnnotatedChecks(PythonRules.all());
    List<PythonSubscriptionCheck> active = List.copyOf(checks.all());
    if (active.isEmpty()) {
      return;
    }
    Iterable<InputFile> notebooks = context.fileSystem().inputFiles(context.fileSystem().predicates().hasLanguage(NOTEBOOK_LANGUAGE));
    for (InputFile notebook : notebooks) {
      try {
        for (NotebookIssue issue : NotebookAnalyzer.analyze(notebook.contents(), notebook.filename(), notebook.uri(), active)) {
          save(context, notebook, checks, issue);
        }
      } catch (Exception | StackOverflowError e) {
        // a parse error's text goes on with an excerpt of the code: its first line is enough here
        LOG.warn("FTP Security: cannot analyse notebook {}: {}", notebook, e.toString().lines().findFirst().orElse(""));
      }
    }
  }

  private static void save(SensorContext context, InputFile notebook, Checks<PythonSubscriptionCheck> checks, NotebookIssue issue) {
    NewIssue newIssue = context.newIssue().forRule(checks.ruleKey((PythonSubscriptionCheck) issue.check()));
    newIssue.at(location(newIssue.newLocation(), notebook, issue.primary()));
    for (Location secondary : issue.secondaries()) {
      newIssue.addLocation(location(newIssue.newLocation(), notebook, secondary));
    }
    if (issue.cost() != null) {
      newIssue.gap(issue.cost().doubleValue());
    }
    newIssue.save();
  }

  private static NewIssueLocation location(NewIssueLocation newLocation, InputFile notebook, Location location) {
    newLocation.on(notebook);
    if (location.message() != null) {
      newLocation.message(location.message());
    }
    if (location.start() != null) {
      newLocation.at(range(notebook, location));
    }
    return newLocation;
  }

  /** The precise range, or the whole line when the range is empty (SonarQube refuses empty ranges). */
  private static TextRange range(InputFile notebook, Location location) {
    Position start = location.start();
    Position end = location.end();
    boolean nonEmpty = end != null && (end.line() > start.line() || end.line() == start.line() && end.column() > start.column());
    return nonEmpty ? notebook.newRange(start.line(), start.column(), end.line(), end.column()) : notebook.selectLine(start.line());
  }
}
