package io.ftpsecurity.python.api;

/**
 * aioftp (aioftp/client.py of 0.21, Debian bookworm, and of the upstream source of 2025), an asyncio FTP client.
 *
 * <p>{@code Client(*, ssl=None, ...)} speaks plain FTP unless {@code ssl} is given and true: an
 * {@code ssl.SSLContext} or {@code True} (asyncio then uses {@code ssl.create_default_context()}, which verifies)
 * wraps the connection in TLS from the start (implicit FTPS). Newer versions also offer
 * {@code await client.upgrade_to_tls(sslcontext=None)}: AUTH TLS with a verifying default context, then PBSZ 0 and
 * PROT P, so both channels are encrypted (not in 0.21). {@code Client.context(host, port, user, password, account, **kwargs)}
 * creates {@code Client(**kwargs)}, connects and logs in before its body runs.
 */
public final class AioftpApi {

  public static final LibraryName CLIENT = LibraryName.of("aioftp.Client", "aioftp.client.Client");
  public static final LibraryName CLIENT_CONTEXT = LibraryName.of("aioftp.Client.context", "aioftp.client.Client.context");
  public static final Parameter SSL = Parameter.keywordOnly("ssl");
  public static final String UPGRADE_TO_TLS = "upgrade_to_tls";

  /** Client.login(user='anonymous', password='anon@', account=''). */
  public static final String LOGIN = "login";
  public static final Parameter LOGIN_USER = new Parameter(0, "user");
  public static final Parameter LOGIN_PASSWORD = new Parameter(1, "password");
  /** Client.context(host, port=21, user='anonymous', password='anon@', account='', **kwargs). */
  public static final Parameter CONTEXT_USER = new Parameter(2, "user");
  public static final Parameter CONTEXT_PASSWORD = new Parameter(3, "password");

  private AioftpApi() {
  }
}
