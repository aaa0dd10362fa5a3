package io.ftpsecurity.python.api;

import java.util.Set;

/**
 * fsspec (fsspec/registry.py, fsspec/implementations/ftp.py and sftp.py), the file-system layer under pandas, dask
 * and many data tools.
 *
 * <p>The "ftp" protocol is {@code FTPFileSystem(host, port=21, username=None, password=None, ..., tls=False)}: plain
 * {@code ftplib.FTP}. Since fsspec 2024.5, {@code tls=True} uses {@code FTP_TLS} built without a context (so the
 * certificate is not verified) and calls {@code prot_p()}; since 2025.12 a protocol name ({@code tls="tlsv1_2"})
 * selects an implicit-TLS subclass, also without a context and without {@code prot_p()}. Older versions pass
 * {@code tls} on to the base class, which ignores it: plain FTP. The "sftp" and "ssh" protocols are
 * {@code SFTPFileSystem(host, **ssh_kwargs)}, which sets paramiko's {@code AutoAddPolicy} before connecting, in every
 * version: any host key is accepted.
 */
public final class FsspecApi {

  /** filesystem(protocol, **storage_options). */
  public static final LibraryName FILESYSTEM = LibraryName.of("fsspec.filesystem", "fsspec.registry.filesystem");
  public static final Parameter FILESYSTEM_PROTOCOL = new Parameter(0, "protocol");
  public static final String FTP_PROTOCOL = "ftp";
  public static final Set<String> SSH_PROTOCOLS = Set.of("sftp", "ssh");

  public static final LibraryName FTP_FILE_SYSTEM =
    LibraryName.of("fsspec.implementations.ftp.FTPFileSystem");
  public static final LibraryName SFTP_FILE_SYSTEM =
    LibraryName.of("fsspec.implementations.sftp.SFTPFileSystem");
  /** FTPFileSystem(host, port=21, username=None, password=None, acct=None, ..., tls=False, **kwargs). */
  public static final Parameter FTP_USER = new Parameter(2, "username");
  public static final Parameter FTP_PASSWORD = new Parameter(3, "password");
  /** FTPFileSystem's tenth parameter; a keyword of the storage options given to filesystem() and open(). */
  public static final Parameter FTP_TLS = new Parameter(9, "tls");
  public static final Parameter STORAGE_OPTION_TLS = Parameter.keywordOnly("tls");
  /**
   * Storage options of filesystem("ftp" or "sftp", ...); SFTPFileSystem(host, **ssh_kwargs) passes them on to paramiko's
   * SSHClient.connect().
   */
  public static final Parameter STORAGE_OPTION_USER = Parameter.keywordOnly("username");
  public static final Parameter STORAGE_OPTION_PASSWORD = Parameter.keywordOnly("password");

  /** open(urlpath, mode='rb', ..., **storage_options) and open_files(urlpath, ...): the URL picks the protocol. */
  public static final LibraryName URL_OPENERS = LibraryName.of(
    "fsspec.open", "fsspec.core.open", "fsspec.open_files", "fsspec.core.open_files");
  public static final Parameter URL = new Parameter(0, "urlpath");
  /** URL schemes of the SSH file system. */
  public static final Set<String> SSH_SCHEMES = Set.of("sftp://", "ssh://");

  private FsspecApi() {
  }
}
