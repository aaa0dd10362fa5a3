package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.UrllibApi;
import java.util.Locale;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;

/**
 * {@code ftp://} URLs as urllib.request reads them: which argument of a call is fetched, and the user and
 * password written in the URL's authority.
 */
public final class FtpUrls {

  /** The user and password of an FTP URL; the password is {@code url.substring(passwordStart, passwordEnd)}. */
  public record Credentials(String user, int passwordStart, int passwordEnd) {
    public boolean hasPassword() {
      return passwordEnd > passwordStart;
    }
  }

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
    return url.strip().toLowerCase(Locale.ROOT).startsWith(UrllibApi.FTP_SCHEME);
  }

  /**
   * The credentials of an FTP URL, split as urllib's FTPHandler splits them: the authority ends at the first
   * '/', '?' or '#', the user information ends at its last '@', and the user ends at the first ':'.
   * Empty when the URL is not an FTP URL or names no user.
   */
  public static Optional<Credentials> credentials(String url) {
    if (!isFtpUrl(url)) {
      return Optional.empty();
    }
    // urllib strips surrounding whitespace before reading the scheme
    int authorityStart = url.length() - url.stripLeading().length() + UrllibApi.FTP_SCHEME.length();
    int authorityEnd = authorityStart;
    while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
      authorityEnd++;
    }
    int at = url.lastIndexOf('@', authorityEnd - 1);
    if (at < authorityStart) {
      return Optional.empty();
    }
    int colon = url.indexOf(':', authorityStart);
    if (colon < 0 || colon > at) {
      return Optional.of(new Credentials(url.substring(authorityStart, at), at, at));
    }
    return Optional.of(new Credentials(url.substring(authorityStart, colon), colon + 1, at));
  }
}
