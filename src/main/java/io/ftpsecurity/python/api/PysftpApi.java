package io.ftpsecurity.python.api;

/**
 * pysftp 0.2.9 (pysftp/__init__.py), an SFTP wrapper around paramiko; python-frontend has its stubs.
 *
 * <p>{@code Connection(host, username=None, private_key=None, password=None, port=22, ..., cnopts=None, ...)} checks
 * the server's key against {@code cnopts.hostkeys}, which {@code CnOpts()} loads from {@code ~/.ssh/known_hosts};
 * {@code cnopts.hostkeys = None} turns the check off.
 */
public final class PysftpApi {

  public static final LibraryName CONNECTION = LibraryName.of("pysftp.Connection");
  public static final Parameter CONNECTION_USER = new Parameter(1, "username");
  public static final Parameter CONNECTION_PASSWORD = new Parameter(3, "password");
  public static final Parameter CONNECTION_OPTIONS = new Parameter(8, "cnopts");

  public static final LibraryName CONNECTION_OPTIONS_CLASS = LibraryName.of("pysftp.CnOpts");
  public static final String HOST_KEYS = "hostkeys";

  private PysftpApi() {
  }
}
