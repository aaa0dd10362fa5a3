package io.ftpsecurity.python.api;

/**
 * paramiko 2.x and 3.x (paramiko/client.py, paramiko/transport.py), the SSH and SFTP library.
 *
 * <p>{@code SSHClient} rejects servers whose key is not known ({@code RejectPolicy}, the default) once
 * {@code load_system_host_keys()} or {@code load_host_keys()} has loaded the known keys.
 * {@code set_missing_host_key_policy(AutoAddPolicy)} accepts and remembers any unknown key, {@code WarningPolicy}
 * accepts it with a log line; both take a class or an instance. A bare {@code Transport.connect()} checks the server's
 * key only against {@code hostkey=}: without it, any key is accepted.
 */
public final class ParamikoApi {

  public static final LibraryName SSH_CLIENT = LibraryName.of("paramiko.SSHClient", "paramiko.client.SSHClient");
  public static final String SET_MISSING_HOST_KEY_POLICY = "set_missing_host_key_policy";
  public static final Parameter POLICY = new Parameter(0, "policy");
  public static final LibraryName ACCEPTING_POLICIES = LibraryName.of(
    "paramiko.AutoAddPolicy", "paramiko.client.AutoAddPolicy", "paramiko.WarningPolicy", "paramiko.client.WarningPolicy");

  /** SSHClient.connect(hostname, port=22, username=None, password=None, pkey=None, ...). */
  public static final String CONNECT = "connect";
  public static final Parameter CLIENT_USER = new Parameter(2, "username");
  public static final Parameter CLIENT_PASSWORD = new Parameter(3, "password");

  public static final LibraryName TRANSPORT = LibraryName.of("paramiko.Transport", "paramiko.transport.Transport");
  /** Transport.connect(hostkey=None, username='', password=None, pkey=None, ...). */
  public static final Parameter TRANSPORT_HOST_KEY = new Parameter(0, "hostkey");
  public static final Parameter TRANSPORT_USER = new Parameter(1, "username");
  public static final Parameter TRANSPORT_PASSWORD = new Parameter(2, "password");

  private ParamikoApi() {
  }
}
