package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.AioftpApi;
import io.ftpsecurity.python.api.AsyncsshApi;
import io.ftpsecurity.python.api.FsspecApi;
import io.ftpsecurity.python.api.FtputilApi;
import io.ftpsecurity.python.api.LibraryName;
import io.ftpsecurity.python.api.ParamikoApi;
import io.ftpsecurity.python.api.Parameter;
import io.ftpsecurity.python.api.PysftpApi;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;

/** Calls of third-party FTP and SSH libraries that take a user name and a password. */
public final class LibraryLogins {

  /**
   * Where a call takes the user and the password. An FTP login without a user is anonymous; an SSH login without one
   * uses the local user's name, and its password is still a secret.
   */
  public record Login(Parameter user, Parameter password, boolean ssh) {
  }

  private static final LibraryName AIOFTP_CLIENTS = AioftpApi.CLIENT.or(AioftpApi.CLIENT_CONTEXT);

  private LibraryLogins() {
  }

  public static Optional<Login> of(CallExpression call, SubscriptionContext context) {
    Expression callee = call.callee();
    Login login = null;
    if (FtputilApi.FTP_HOST.isTrueFor(callee)) {
      login = new Login(FtputilApi.HOST_USER, FtputilApi.HOST_PASSWORD, false);
    } else if (AioftpApi.CLIENT_CONTEXT.isTrueFor(callee)) {
      login = new Login(AioftpApi.CONTEXT_USER, AioftpApi.CONTEXT_PASSWORD, false);
    } else if (FsspecApi.FTP_FILE_SYSTEM.isTrueFor(callee)) {
      login = new Login(FsspecApi.FTP_USER, FsspecApi.FTP_PASSWORD, false);
    } else if (FsspecApi.SFTP_FILE_SYSTEM.isTrueFor(callee)) {
      login = new Login(FsspecApi.STORAGE_OPTION_USER, FsspecApi.STORAGE_OPTION_PASSWORD, true);
    } else if (FsspecApi.FILESYSTEM.isTrueFor(callee)) {
      String protocol = LibraryCalls.stringArgument(call, FsspecApi.FILESYSTEM_PROTOCOL, context).orElse("");
      boolean ssh = FsspecApi.SSH_PROTOCOLS.contains(protocol);
      if (ssh || FsspecApi.FTP_PROTOCOL.equals(protocol)) {
        login = new Login(FsspecApi.STORAGE_OPTION_USER, FsspecApi.STORAGE_OPTION_PASSWORD, ssh);
      }
    } else if (PysftpApi.CONNECTION.isTrueFor(callee)) {
      login = new Login(PysftpApi.CONNECTION_USER, PysftpApi.CONNECTION_PASSWORD, true);
    } else if (AsyncsshApi.CLIENT_OPTIONS_TAKERS.isTrueFor(callee)) {
      login = new Login(AsyncsshApi.USER, AsyncsshApi.PASSWORD, true);
    } else if (LibraryCalls.receiverMadeBy(call, AioftpApi.LOGIN, AIOFTP_CLIENTS, context).isPresent()) {
      login = new Login(AioftpApi.LOGIN_USER, AioftpApi.LOGIN_PASSWORD, false);
    } else if (LibraryCalls.receiverMadeBy(call, ParamikoApi.CONNECT, ParamikoApi.SSH_CLIENT, context).isPresent()) {
      login = new Login(ParamikoApi.CLIENT_USER, ParamikoApi.CLIENT_PASSWORD, true);
    } else if (LibraryCalls.receiverMadeBy(call, ParamikoApi.CONNECT, ParamikoApi.TRANSPORT, context).isPresent()) {
      login = new Login(ParamikoApi.TRANSPORT_USER, ParamikoApi.TRANSPORT_PASSWORD, true);
    }
    return Optional.ofNullable(login);
  }
}
