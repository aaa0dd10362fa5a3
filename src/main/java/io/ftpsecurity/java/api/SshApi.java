package io.ftpsecurity.java.api;

import org.sonar.plugins.java.api.semantic.MethodMatchers;

/**
 * The SSH libraries that carry SFTP: JSch ({@code com.jcraft.jsch}, also the maintained fork
 * {@code com.github.mwiede:jsch}), sshj ({@code net.schmizz.sshj}) and Apache MINA SSHD
 * ({@code org.apache.sshd.client}).
 */
public final class SshApi {

  /** JSch's option that decides what to do with a host key missing from known_hosts; "no" accepts any key. */
  public static final String STRICT_HOST_KEY_CHECKING = "StrictHostKeyChecking";
  public static final String NO = "no";

  /** Session.setConfig(key, value) and the static JSch.setConfig(key, value). */
  public static final MethodMatchers JSCH_SET_CONFIG_ENTRY = ApiMatchers.create()
    .ofTypes("com.jcraft.jsch.Session", "com.jcraft.jsch.JSch").names("setConfig")
    .addParametersMatcher("java.lang.String", "java.lang.String").build();
  /** Session.setConfig(Properties) and JSch.setConfig(Hashtable): every entry becomes an option. */
  public static final MethodMatchers JSCH_SET_CONFIG_TABLE = ApiMatchers.create()
    .ofTypes("com.jcraft.jsch.Session", "com.jcraft.jsch.JSch").names("setConfig")
    .addParametersMatcher("java.util.Properties").addParametersMatcher("java.util.Hashtable").build();
  /** Properties.put(key, value) / setProperty(key, value): an entry of a table given to setConfig. */
  public static final MethodMatchers TABLE_PUT = ApiMatchers.create()
    .ofSubTypes("java.util.Hashtable").names("put", "setProperty").withAnyParameters().build();
  /** Session.setPassword(String | byte[]). */
  public static final MethodMatchers JSCH_SET_PASSWORD = ApiMatchers.create()
    .ofTypes("com.jcraft.jsch.Session").names("setPassword").withAnyParameters().build();

  /** sshj: a HostKeyVerifier, of which PromiscuousVerifier accepts every key. */
  public static final String SSHJ_HOST_KEY_VERIFIER = "net.schmizz.sshj.transport.verification.HostKeyVerifier";
  public static final MethodMatchers SSHJ_NEW_PROMISCUOUS_VERIFIER = ApiMatchers.create()
    .ofTypes("net.schmizz.sshj.transport.verification.PromiscuousVerifier").constructor().withAnyParameters().build();
  /** HostKeyVerifier.verify(hostname, port, key): returning true accepts the key. */
  public static final String SSHJ_VERIFY = "verify";
  /** SSHClient.authPassword(username, password) with a String or char[] password. */
  public static final MethodMatchers SSHJ_AUTH_PASSWORD = ApiMatchers.create()
    .ofSubTypes("net.schmizz.sshj.SSHClient").names("authPassword")
    .addParametersMatcher("java.lang.String", "java.lang.String").addParametersMatcher("java.lang.String", "char[]").build();
  public static final int SSHJ_PASSWORD_POSITION = 1;

  /** MINA SSHD: AcceptAllServerKeyVerifier accepts every key; so does the default of setUpDefaultClient(). */
  public static final String MINA_ACCEPT_ALL_VERIFIER = "org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier";
  /** Its singleton, {@code AcceptAllServerKeyVerifier.INSTANCE}. */
  public static final String MINA_ACCEPT_ALL_INSTANCE = "INSTANCE";
  public static final String MINA_SERVER_KEY_VERIFIER = "org.apache.sshd.client.keyverifier.ServerKeyVerifier";
  public static final MethodMatchers MINA_SET_UP_DEFAULT_CLIENT = ApiMatchers.create()
    .ofTypes("org.apache.sshd.client.SshClient").names("setUpDefaultClient").addWithoutParametersMatcher().build();
  /** SshClient.connect(...): the host key is checked (or not) while connecting. */
  public static final MethodMatchers MINA_CLIENT_CONNECT = ApiMatchers.create()
    .ofSubTypes("org.apache.sshd.client.SshClient").names("connect").withAnyParameters().build();
  public static final MethodMatchers MINA_SET_SERVER_KEY_VERIFIER = ApiMatchers.create()
    .ofSubTypes("org.apache.sshd.client.ClientFactoryManager", "org.apache.sshd.client.SshClient").names("setServerKeyVerifier")
    .withAnyParameters().build();
  /** ServerKeyVerifier.verifyServerKey(session, remoteAddress, serverKey): returning true accepts the key. */
  public static final String MINA_VERIFY = "verifyServerKey";
  /** ClientSession.addPasswordIdentity(password). */
  public static final MethodMatchers MINA_ADD_PASSWORD_IDENTITY = ApiMatchers.create()
    .ofSubTypes("org.apache.sshd.client.session.ClientSession").names("addPasswordIdentity")
    .addParametersMatcher("java.lang.String").build();

  private SshApi() {
  }
}
