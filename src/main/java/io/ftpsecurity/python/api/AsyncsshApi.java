package io.ftpsecurity.python.api;

/**
 * asyncssh 2.x (asyncssh/connection.py), an asyncio SSH and SFTP library.
 *
 * <p>{@code connect(host, port=(), *, ..., options=None, **kwargs)} and {@code SSHClientConnectionOptions(...)} take
 * the client options as keywords. {@code known_hosts} defaults to {@code ~/.ssh/known_hosts}; {@code known_hosts=None}
 * disables server host-key validation.
 */
public final class AsyncsshApi {

  public static final LibraryName CLIENT_OPTIONS_TAKERS = LibraryName.of(
    "asyncssh.connect", "asyncssh.connection.connect", "asyncssh.connect_reverse", "asyncssh.connection.connect_reverse",
    "asyncssh.create_connection", "asyncssh.connection.create_connection",
    "asyncssh.SSHClientConnectionOptions", "asyncssh.connection.SSHClientConnectionOptions");
  public static final Parameter KNOWN_HOSTS = Parameter.keywordOnly("known_hosts");
  public static final Parameter USER = Parameter.keywordOnly("username");
  public static final Parameter PASSWORD = Parameter.keywordOnly("password");

  private AsyncsshApi() {
  }
}
