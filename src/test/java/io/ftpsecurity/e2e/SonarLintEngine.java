package io.ftpsecurity.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.rule.ActiveRule;
import org.sonar.api.rule.RuleKey;
import org.sonarsource.sonarlint.core.analysis.AnalysisScheduler;
import org.sonarsource.sonarlint.core.analysis.api.AnalysisConfiguration;
import org.sonarsource.sonarlint.core.analysis.api.AnalysisResults;
import org.sonarsource.sonarlint.core.analysis.api.AnalysisSchedulerConfiguration;
import org.sonarsource.sonarlint.core.analysis.api.ClientInputFile;
import org.sonarsource.sonarlint.core.analysis.api.ClientModuleFileSystem;
import org.sonarsource.sonarlint.core.analysis.api.Issue;
import org.sonarsource.sonarlint.core.analysis.api.TriggerType;
import org.sonarsource.sonarlint.core.analysis.command.AnalyzeCommand;
import org.sonarsource.sonarlint.core.commons.api.SonarLanguage;
import org.sonarsource.sonarlint.core.commons.log.LogOutput;
import org.sonarsource.sonarlint.core.commons.log.SonarLintLogger;
import org.sonarsource.sonarlint.core.commons.progress.SonarLintCancelMonitor;
import org.sonarsource.sonarlint.core.commons.progress.TaskManager;
import org.sonarsource.sonarlint.core.plugin.commons.LoadedPlugins;
import org.sonarsource.sonarlint.core.plugin.commons.PluginsLoader;

/**
 * SonarLint's analysis engine (sonarlint-analysis-engine), driven as the IDE backend drives it: it loads the plugin
 * jars connected mode downloads, then analyses the files the client gives it with the rules active on the server.
 * It keeps every log line, and {@link Analysis#failures()} says what went wrong in a way the IDE would hide: an
 * ERROR logged by a sensor (the engine goes on and reports what is left), a file whose analysis failed, a plugin
 * it skipped.
 */
final class SonarLintEngine implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final String MODULE = "examples";

  private final List<LogLine> log = Collections.synchronizedList(new ArrayList<>());
  private final List<String> loadFailures = new ArrayList<>();
  private final LoadedPlugins plugins;
  private final AnalysisScheduler scheduler;
  private final TaskManager taskManager = new TaskManager();
  private List<ClientInputFile> moduleFiles = List.of();

  record LogLine(LogOutput.Level level, String message, @Nullable String stacktrace) {
    @Override
    public String toString() {
      return level + " " + message + (stacktrace == null ? "" : "\n" + stacktrace);
    }
  }

  /** Loads the plugins (keys given as expected) with the languages Python, IPython and Java enabled, as in an IDE. */
  SonarLintEngine(Path workDir, Map<String, Path> pluginJarsByKey) {
    LogOutput output = new LogOutput() {
      @Override
      public void log(@Nullable String message, Level level, @Nullable String stacktrace) {
        log.add(new LogLine(level, String.valueOf(message), stacktrace));
      }
    };
    SonarLintLogger.get().setTarget(output);
    SonarLintLogger.get().setLevel(LogOutput.Level.DEBUG);
    var loaded = new PluginsLoader().load(new PluginsLoader.Configuration(Set.copyOf(pluginJarsByKey.values()),
      Set.of(SonarLanguage.PYTHON, SonarLanguage.IPYTHON, SonarLanguage.JAVA), false, Optional.empty()), Set.of());
    for (String key : pluginJarsByKey.keySet()) {
      var check = loaded.getPluginCheckResultByKeys().get(key);
      if (check == null) {
        loadFailures.add("plugin " + key + " was not found in " + pluginJarsByKey.get(key));
      } else if (check.isSkipped()) {
        loadFailures.add("plugin " + key + " was skipped: " + check.getSkipReason().orElseThrow());
      }
    }
    plugins = loaded.getLoadedPlugins();
    scheduler = new AnalysisScheduler(AnalysisSchedulerConfiguration.builder()
      .setWorkDir(workDir)
      .setClientPid(ProcessHandle.current().pid())
      .setFileSystemProvider(module -> new ModuleFiles())
      .build(), plugins, output);
  }

  /**
   * Analyses the files (relative to baseDir) with the rules given, as one forced analysis of the IDE; properties are
   * those the IDE adds for the project (for Java, the classpath its build gives: sonar.java.binaries, libraries).
   */
  Analysis analyse(Path baseDir, List<Path> files, List<ActiveRule> rules, Map<String, String> properties)
    throws InterruptedException, TimeoutException {
    int logStart = log.size();
    moduleFiles = files.stream().<ClientInputFile>map(file -> new OnDiskFile(baseDir, file)).toList();
    List<Issue> issues = Collections.synchronizedList(new ArrayList<>());
    var configuration = AnalysisConfiguration.builder().setBaseDir(baseDir).addInputFiles(moduleFiles).addActiveRules(rules)
      .putAllExtraProperties(properties).build();
    var command = new AnalyzeCommand(MODULE, UUID.randomUUID(), TriggerType.FORCED, () -> configuration, issues::add, null,
      new SonarLintCancelMonitor(), taskManager, started -> {
      }, () -> true, Set.of(), Map.of());
    long start = System.nanoTime();
    scheduler.post(command);
    AnalysisResults results = null;
    Throwable failure = null;
    try {
      results = command.getFutureResult().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    List<String> failures = new ArrayList<>(loadFailures);
    if (failure != null) {
      failures.add("the analysis failed: " + failure);
    }
    if (results != null) {
      results.failedAnalysisFiles().forEach(file -> failures.add("analysis failed on " + file.relativePath()));
    }
    List<LogLine> analysisLog = List.copyOf(log.subList(logStart, log.size()));
    analysisLog.stream().filter(line -> line.level() == LogOutput.Level.ERROR).forEach(line -> failures.add("ERROR logged: " + line));
    return new Analysis(List.copyOf(issues), failures, analysisLog, took);
  }

  /** What one analysis gave: the issues, what went wrong, its log and how long it took. */
  record Analysis(List<Issue> issues, List<String> failures, List<LogLine> log, Duration took) {

    /** Fails with every failure and the log when the analysis did not go through cleanly. */
    void assertSucceeded() {
      if (!failures.isEmpty()) {
        throw new AssertionError("SonarLint's analysis did not go through cleanly:\n  " + String.join("\n  ", failures)
          + "\n--- engine log ---\n" + String.join("\n", log.stream().map(LogLine::toString).toList()));
      }
    }

    void writeLog(Path file) throws IOException {
      Files.createDirectories(file.getParent());
      Files.write(file, log.stream().map(LogLine::toString).toList());
    }

    boolean logged(String text) {
      return log.stream().anyMatch(line -> line.message().contains(text));
    }
  }

  @Override
  public void close() throws IOException {
    scheduler.stop();
    plugins.close();
  }

  /** An active rule as connected mode gets it from the server's quality profile. */
  record Rule(RuleKey ruleKey, String severity, String language, Map<String, String> params) implements ActiveRule {
    @Override
    public @Nullable String param(String key) {
      return params.get(key);
    }

    @Override
    public String internalKey() {
      return ruleKey.rule();
    }

    @Override
    public @Nullable String templateRuleKey() {
      return null;
    }

    @Override
    public String qpKey() {
      return "";
    }
  }

  /** The module's file system, which sensors that look beyond the analysed files (sonar-python's indexer) read. */
  private final class ModuleFiles implements ClientModuleFileSystem {
    @Override
    public Stream<ClientInputFile> files(String suffix, InputFile.Type type) {
      return files().filter(file -> file.relativePath().endsWith(suffix));
    }

    @Override
    public Stream<ClientInputFile> files() {
      return moduleFiles.stream();
    }
  }

  private record OnDiskFile(Path baseDir, Path relative) implements ClientInputFile {
    @Override
    public String getPath() {
      return baseDir.resolve(relative).toString();
    }

    @Override
    public boolean isTest() {
      return false;
    }

    @Override
    public Charset getCharset() {
      return StandardCharsets.UTF_8;
    }

    @Override
    public SonarLanguage language() {
      String name = relative.toString();
      if (name.endsWith(".java")) {
        return SonarLanguage.JAVA;
      }
      return name.endsWith(".ipynb") ? SonarLanguage.IPYTHON : SonarLanguage.PYTHON;
    }

    @Override
    public <G> G getClientObject() {
      return null;
    }

    @Override
    public InputStream inputStream() throws IOException {
      return Files.newInputStream(baseDir.resolve(relative));
    }

    @Override
    public String contents() throws IOException {
      return Files.readString(baseDir.resolve(relative), StandardCharsets.UTF_8);
    }

    @Override
    public String relativePath() {
      return relative.toString().replace('\\', '/');
    }

    @Override
    public URI uri() {
      return baseDir.resolve(relative).toUri();
    }
  }
}
