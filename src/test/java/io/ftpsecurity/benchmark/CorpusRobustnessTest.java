package io.ftpsecurity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * CI-sized version of the benchmark's robustness run: every rule on real files, zero exceptions allowed.
 * {@code bin/benchmark} does the same on every file of the corpus.
 */
class CorpusRobustnessTest {

  static final long SEED = 20261126L;
  private static final int STDLIB_SAMPLE = 30;
  static final int MAX_LINES = 1200;

  @Test
  void no_rule_throws_on_the_checked_in_corpus_and_check_files() {
    List<SourceFile> files = new ArrayList<>(Corpus.load(Corpus.CHECKED_IN));
    files.addAll(Corpus.load(PythonCheckVerifier.CHECK_RESOURCES));
    assertThat(files).hasSizeGreaterThan(5);

    Robustness.Report report = Robustness.onFiles(files);

    assertThat(report.failures()).as(report.summary()).isEmpty();
    assertThat(report.parsed()).as("every file of these corpora parses").isEqualTo(files.size());
  }

  @Test
  void no_rule_throws_on_a_sample_of_the_python_stdlib() {
    List<SourceFile> sample = stdlibSample().orElse(null);
    assumeTrue(sample != null, "python3's standard library not found: stdlib sample skipped "
      + "(the checked-in corpus is still tested)");

    Robustness.Report report = Robustness.onFiles(sample);
    System.out.println(report.summary());

    assertThat(report.failures()).as(report.summary()).isEmpty();
    assertThat(report.parsed()).isGreaterThan(sample.size() / 2);
  }

  @Test
  void a_throwing_check_is_reported_with_its_file() {
    List<SourceFile> files = Corpus.load(Corpus.CHECKED_IN);

    Robustness.Report report = Robustness.onFiles(files, List.of(new ThrowingCheck()));

    assertThat(report.failures()).hasSize(files.size());
    assertThat(report.failures().get(0).stack()).contains("deliberate");
    assertThat(report.failures().get(0).file()).isEqualTo(files.get(0).key());
  }

  /**
   * Every stdlib file that uses ftplib or ssl, plus a fixed random sample of the others, all of at most
   * {@link #MAX_LINES} lines to keep the test short.
   */
  static Optional<List<SourceFile>> stdlibSample() {
    Optional<Path> stdlib = Corpus.pythonStdlib();
    if (stdlib.isEmpty()) {
      return Optional.empty();
    }
    List<SourceFile> all = Corpus.load(stdlib.get()).stream().filter(f -> f.lines() <= MAX_LINES).toList();
    List<SourceFile> sample = new ArrayList<>(Corpus.usingFtpOrSsl(all));
    List<SourceFile> others = new ArrayList<>(all);
    others.removeAll(sample);
    Collections.shuffle(others, new Random(SEED));
    sample.addAll(others.subList(0, Math.min(STDLIB_SAMPLE, others.size())));
    return Optional.of(sample);
  }
}
