package io.ftpsecurity.ruling;

/** A problem the ruling reports in one sentence, without a stack trace: a download, a list, a cache. */
public final class RulingException extends RuntimeException {

  public RulingException(String message) {
    super(message);
  }
}
