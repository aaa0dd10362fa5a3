package io.ftpsecurity.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** The Web API of the SonarQube server the end-to-end test runs against, called with an admin token. */
final class SonarServer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String url;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  SonarServer(String url, String token) {
    this.url = url.replaceAll("/+$", "");
    this.token = token;
  }

  String url() {
    return url;
  }

  String token() {
    return token;
  }

  JsonNode get(String path, Map<String, String> query) {
    return send(HttpRequest.newBuilder(URI.create(url + "/" + path + "?" + form(query))).GET(), path);
  }

  JsonNode post(String path, Map<String, String> form) {
    return send(HttpRequest.newBuilder(URI.create(url + "/" + path))
      .header("Content-Type", "application/x-www-form-urlencoded")
      .POST(HttpRequest.BodyPublishers.ofString(form(form))), path);
  }

  /** The raw body of a GET, as a client that downloads a file reads it. */
  byte[] download(String path, Map<String, String> query) {
    return send(HttpRequest.newBuilder(URI.create(url + "/" + path + "?" + form(query))).GET(), path, HttpResponse.BodyHandlers.ofByteArray());
  }

  private JsonNode send(HttpRequest.Builder request, String path) {
    String body = send(request, path, HttpResponse.BodyHandlers.ofString());
    try {
      return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(path + " answered no JSON: " + e.getMessage(), e);
    }
  }

  private <T> T send(HttpRequest.Builder request, String path, HttpResponse.BodyHandler<T> bodyHandler) {
    String basic = Base64.getEncoder().encodeToString((token + ":").getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<T> response = http.send(request.header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(60)).build(), bodyHandler);
      if (response.statusCode() >= 400) {
        Object body = response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : response.body();
        throw new IllegalStateException(path + " answered HTTP " + response.statusCode() + ": " + body);
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(path + " interrupted", e);
    }
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
      .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
      .collect(Collectors.joining("&"));
  }
}
