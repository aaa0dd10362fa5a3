package io.ftpsecurity.python.api;

/**
 * ftputil 5.0.4 (ftputil/host.py, ftputil/session.py), a high-level FTP client built on ftplib.
 *
 * <p>{@code FTPHost(*args, **kwargs)} pops {@code session_factory} from its keywords and calls
 * {@code session_factory(*args, **kwargs)} for every session it opens; the default factory is a subclass of plain
 * {@code ftplib.FTP}. Given {@code session_factory=ftplib.FTP_TLS} it calls {@code FTP_TLS(host, user, passwd)}:
 * logged in over TLS with the unverified fallback context, and never {@code prot_p()}, so transfers stay in clear.
 * {@code ftputil.session.session_factory(base_class=..., encrypt_data_channel=True)} returns a class whose
 * constructor calls {@code base_class()} with no context, then {@code connect}, {@code login} and, when
 * {@code encrypt_data_channel} is true (the default) and the class has it, {@code prot_p()}.
 */
public final class FtputilApi {

  public static final LibraryName FTP_HOST = LibraryName.of("ftputil.FTPHost", "ftputil.host.FTPHost");
  /** FTPHost(host, user, passwd, ...) passes its positional arguments to the session factory unchanged. */
  public static final Parameter HOST_USER = new Parameter(1, "user");
  public static final Parameter HOST_PASSWORD = new Parameter(2, "passwd");
  public static final Parameter HOST_SESSION_FACTORY = Parameter.keywordOnly("session_factory");

  public static final LibraryName SESSION_FACTORY = LibraryName.of("ftputil.session.session_factory");
  /** session_factory(base_class=ftplib.FTP, port=21, use_passive_mode=None, *, encrypt_data_channel=True, ...). */
  public static final Parameter SESSION_BASE_CLASS = new Parameter(0, "base_class");
  public static final Parameter SESSION_ENCRYPT_DATA_CHANNEL = Parameter.keywordOnly("encrypt_data_channel");

  private FtputilApi() {
  }
}
