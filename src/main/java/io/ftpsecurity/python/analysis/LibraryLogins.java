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
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.QualifiedExpression;

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
    // most callees name no library; the receiver of a method may still be a client that one made
    Login login = CallKinds.mayNameLibrary(call) ? calleeLogin(call, context) : null;
    return Optional.ofNullable(login != null ? login : receiverLogin(call, context));
  }

  /** A constructor or function of a library that logs in. */
  @Nullable
  private static Login calleeLogin(CallExpression call, SubscriptionContext context) {
    Expression callee = call.callee();
    if (FtputilApi.FTP_HOST.isTrueFor(callee)) {
      return new Login(FtputilApi.HOST_USER, FtputilApi.HOST_PASSWORD, false);
    }
    if (AioftpApi.CLIENT_CONTEXT.isTrueFor(callee)) {
      return new Login(AioftpApi.CONTEXT_USER, AioftpApi.CONTEXT_PASSWORD, false);
    }
    if (FsspecApi.FTP_FILE_SYSTEM.isTrueFor(callee)) {
      return new Login(FsspecApi.FTP_USER, FsspecApi.FTP_PASSWORD, false);
    }
    if (FsspecApi.SFTP_FILE_SYSTEM.isTrueFor(callee)) {
      return new Login(FsspecApi.STORAGE_OPTION_USER, FsspecApi.STORAGE_OPTION_PASSWORD, true);
    }
    if (FsspecApi.FILESYSTEM.isTrueFor(callee)) {
      String protocol = LibraryCalls.stringArgument(call, FsspecApi.FILESYSTEM_PROTOCOL, context).orElse("");
      boolean ssh = FsspecApi.SSH_PROTOCOLS.contains(protocol);
      return ssh || FsspecApi.FTP_PROTOCOL.equals(protocol)
        ? new Login(FsspecApi.STORAGE_OPTION_USER, FsspecApi.STORAGE_OPTION_PASSWORD, ssh) : null;
    }
    if (PysftpApi.CONNECTION.isTrueFor(callee)) {
      return new Login(PysftpApi.CONNECTION_USER, PysftpApi.CONNECTION_PASSWORD, true);
    }
    if (AsyncsshApi.CLIENT_OPTIONS_TAKERS.isTrueFor(callee)) {
      return new Login(AsyncsshApi.USER, AsyncsshApi.PASSWORD, true);
    }
    return null;
  }

  /** A method of a client that aioftp or paramiko made, that logs in. */
  @Nullable
  private static Login receiverLogin(CallExpression call, SubscriptionContext context) {
    // the method's name first, read once: most calls of a file are neither login() nor connect()
    if (!(call.callee() instanceof QualifiedExpression method)) {
      return null;
    }
    String name = method.name().name();
    if (!AioftpApi.LOGIN.equals(name) && !ParamikoApi.CONNECT.equals(name)) {
      return null;
    }
    if (LibraryCalls.receiverMadeBy(call, AioftpApi.LOGIN, AIOFTP_CLIENTS, context).isPresent()) {
      return new Login(AioftpApi.LOGIN_USER, AioftpApi.LOGIN_PASSWORD, false);
    }
    if (LibraryCalls.receiverMadeBy(call, ParamikoApi.CONNECT, ParamikoApi.SSH_CLIENT, context).isPresent()) {
      return new Login(ParamikoApi.CLIENT_USER, ParamikoApi.CLIENT_PASSWORD, true);
    }
    if (LibraryCalls.receiverMadeBy(call, ParamikoApi.CONNECT, ParamikoApi.TRANSPORT, context).isPresent()) {
      return new Login(ParamikoApi.TRANSPORT_USER, ParamikoApi.TRANSPORT_PASSWORD, true);
    }
    return null;
  }
}
