package io.ftpsecurity.python.api;

import java.util.List;
import java.util.Set;

/** The parts of {@code urllib.request} that fetch a URL, and so fetch {@code ftp://} URLs over ftplib. */
public final class UrllibApi {

  public static final String FTP_SCHEME = "ftp://";

  /** Callables whose first argument (or {@code url=}) is fetched, or describes a request to fetch. */
  public static final TypeMatcher IS_URL_OPENER = TypeMatchers.withAnyFQN(List.of(
    "urllib.request.urlopen",
    "urllib.request.urlretrieve",
    "urllib.request.Request",
    "urllib.request.OpenerDirector.open"));
  public static final int URL_POSITION = 0;
  public static final Set<String> URL_KEYWORDS = Set.of("url", "fullurl");

  private UrllibApi() {
  }
}
