package io.ftpsecurity.ruling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewed findings of one project, {@code src/test/ruling/<language>/<name>.json}: the pinned version, the
 * files that do not parse, and one finding a line (sorted by file, line, rule), so that a change reads well in
 * {@code git diff}.
 */
public record ExpectedFile(String project, List<String> parseFailures, List<Finding> findings) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static ExpectedFile of(ProjectResult result) {
    return new ExpectedFile(result.project().pinned(), result.parseFailures().stream().sorted().toList(),
      result.findings().stream().sorted().toList());
  }

  public static ExpectedFile read(Path file) {
    try {
      JsonNode root = JSON.readTree(file.toFile());
      List<String> parseFailures = new ArrayList<>();
      root.path("parseFailures").forEach(node -> parseFailures.add(node.asText()));
      List<Finding> findings = new ArrayList<>();
      for (JsonNode node : root.path("findings")) {
        findings.add(new Finding(node.path("rule").asText(), node.path("file").asText(), node.path("line").asInt(),
          node.path("message").asText()));
      }
      return new ExpectedFile(root.path("project").asText(), parseFailures, findings);
    } catch (IOException e) {
      throw new RulingException("cannot read the expected findings " + file + ": " + e.getMessage());
    }
  }

  public void write(Path file) {
    StringBuilder out = new StringBuilder("{\n  \"project\": ").append(quote(project)).append(",\n");
    out.append("  \"parseFailures\": [");
    out.append(String.join(", ", parseFailures.stream().map(ExpectedFile::quote).toList())).append("],\n");
    out.append("  \"findings\": [");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\"rule\": ").append(quote(f.rule())).append(", \"file\": ")
        .append(quote(f.file())).append(", \"line\": ").append(f.line()).append(", \"message\": ")
        .append(quote(f.message())).append('}');
    }
    out.append(findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
