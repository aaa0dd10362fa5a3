package io.ftpsecurity.python.api;

/**
 * A parameter of a library function, as a call may fill it: by position (zero-based, -1 for keyword-only) or by
 * keyword.
 */
public record Parameter(int position, String keyword) {

  public static Parameter keywordOnly(String keyword) {
    return new Parameter(-1, keyword);
  }
}
