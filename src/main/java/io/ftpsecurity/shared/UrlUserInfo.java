package io.ftpsecurity.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The user and password in a URL's authority ({@code ftp://user:password@host/}); the password is
 * {@code url.substring(passwordStart, passwordEnd)}. Split as both urllib's FTPHandler and java.net.URL split it:
 * the authority ends at the first '/', '?' or '#', the user information at its last '@', the user at the first ':'.
 */
public record UrlUserInfo(String user, int passwordStart, int passwordEnd) {

  public boolean hasPassword() {
    return passwordEnd > passwordStart;
  }

  /** Whether the URL starts with the scheme (such as {@code ftp://}), ignoring case and surrounding whitespace. */
  public static boolean hasScheme(String url, String scheme) {
    return url.strip().toLowerCase(Locale.ROOT).startsWith(scheme);
  }

  /** The user information of a URL of that scheme; empty when the URL has another scheme or names no user. */
  public static Optional<UrlUserInfo> of(String url, String scheme) {
    if (!hasScheme(url, scheme)) {
      return Optional.empty();
    }
    int authorityStart = url.length() - url.stripLeading().length() + scheme.length();
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
      return Optional.of(new UrlUserInfo(url.substring(authorityStart, at), at, at));
    }
    return Optional.of(new UrlUserInfo(url.substring(authorityStart, colon), colon + 1, at));
  }
}
