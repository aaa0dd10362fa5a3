package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.UrllibApi;
import io.ftpsecurity.shared.UrlUserInfo;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;

/**
 * {@code ftp://} URLs as urllib.request reads them: which argument of a call is fetched, and the user and
 * password written in the URL's authority.
 */
public final class FtpUrls {

  private FtpUrls() {
  }

  /** The URL a urllib.request call fetches (or describes, for Request), when the call certainly passes one. */
  public static Optional<Expression> urlArgument(CallExpression call, SubscriptionContext context) {
    if (!UrllibApi.IS_URL_OPENER.isTrueFor(call.callee(), context)) {
      return Optional.empty();
    }
    return UrllibApi.URL_KEYWORDS.stream()
      .map(keyword -> CallArguments.valueOf(call, UrllibApi.URL_POSITION, keyword))
      .flatMap(Optional::stream)
      .findFirst();
  }

  public static boolean isFtpUrl(String url) {
    return UrlUserInfo.hasScheme(url, UrllibApi.FTP_SCHEME);
  }

  /** The user and password of an FTP URL, split as urllib's FTPHandler splits them; empty when it names no user. */
  public static Optional<UrlUserInfo> credentials(String url) {
    return UrlUserInfo.of(url, UrllibApi.FTP_SCHEME);
  }
}
