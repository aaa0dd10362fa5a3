package io.ftpsecurity.shared;

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
    return schemeEnd(url, scheme) >= 0;
  }

  /**
   * Where the scheme ends when the URL starts with it (as {@code url.strip().toLowerCase(Locale.ROOT)
   * .startsWith(scheme)} for a scheme of lowercase ASCII ending in "://", as all are), else -1. Compared in place: every URL literal of a file comes
   * here, and copying, stripping and lowercasing each cost more than the comparison.
   */
  private static int schemeEnd(String url, String scheme) {
    int start = leadingWhitespace(url);
    if (url.length() - start < scheme.length()) {
      return -1;
    }
    for (int i = 0; i < scheme.length(); i++) {
      char c = url.charAt(start + i);
      // only ASCII letters lowercase to ASCII letters under Locale.ROOT (but the Kelvin sign, to a 'k')
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '\u212A' ? 'k' : c;
      if (lower != scheme.charAt(i)) {
        return -1;
      }
    }
    return start + scheme.length();
  }

  /** The length of the whitespace {@link String#stripLeading()} removes. */
  private static int leadingWhitespace(String url) {
    int start = 0;
    while (start < url.length() && Character.isWhitespace(url.charAt(start))) {
      start++;
    }
    return start;
  }

  /** The user information of a URL of that scheme; empty when the URL has another scheme or names no user. */
  public static Optional<UrlUserInfo> of(String url, String scheme) {
    int authorityStart = schemeEnd(url, scheme);
    if (authorityStart < 0) {
      return Optional.empty();
    }
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
