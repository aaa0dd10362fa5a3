package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.CallArguments;
import io.ftpsecurity.python.analysis.CallKinds;
import io.ftpsecurity.python.analysis.FtpClients;
import io.ftpsecurity.python.analysis.FtpUrls;
import io.ftpsecurity.python.analysis.LibraryCalls;
import io.ftpsecurity.python.analysis.TreeLocations;
import io.ftpsecurity.python.analysis.ValueResolver;
import io.ftpsecurity.python.api.AsyncsshApi;
import io.ftpsecurity.python.api.FsspecApi;
import io.ftpsecurity.python.api.ParamikoApi;
import io.ftpsecurity.python.api.Parameter;
import io.ftpsecurity.python.api.PysftpApi;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * An SSH or SFTP connection that accepts whatever key the server presents: paramiko's accepting policies, a bare
 * Transport.connect(), pysftp without host keys, asyncssh without known hosts, and fsspec's SFTP file system.
 */
@Rule(key = "SftpUnverifiedHostKey")
public class SftpUnverifiedHostKeyCheck extends PythonSubscriptionCheck {

  static final String POLICY_MESSAGE = "Keep paramiko's default RejectPolicy and load the known host keys "
    + "(\"load_system_host_keys()\"): this policy accepts any server's key.";
  static final String TRANSPORT_MESSAGE = "Pass the server's expected key as \"hostkey=\", or connect with an SSHClient "
    + "that loads the known host keys: without it, this Transport accepts any server's key.";
  static final String PYSFTP_MESSAGE = "Keep the host keys pysftp loads from the user's known_hosts file (add the "
    + "server's key there): with \"hostkeys = None\", any server's key is accepted.";
  static final String ASYNCSSH_MESSAGE = "Keep asyncssh's known-hosts check (by default, the user's known_hosts file), or "
    + "pass the server's expected keys: \"known_hosts=None\" accepts any server's key.";
  static final String FSSPEC_MESSAGE = "Connect with paramiko and the known host keys instead: fsspec's SFTP file "
    + "system sets paramiko's AutoAddPolicy, which accepts any server's key.";

  @Override
  public void initialize(Context context) {
    context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
      CallExpression call = (CallExpression) ctx.syntaxNode();
      checkParamiko(call, ctx);
      // most callees name none of the libraries: one look rules out every library function at once
      if (CallKinds.mayNameLibrary(call)) {
        checkAsyncssh(call, ctx);
        checkFsspec(call, ctx);
      }
    });
    context.registerSyntaxNodeConsumer(Tree.Kind.ASSIGNMENT_STMT, SftpUnverifiedHostKeyCheck::checkPysftpHostKeys);
  }

  private static void checkParamiko(CallExpression call, SubscriptionContext ctx) {
    if (call.callee() instanceof QualifiedExpression method && ParamikoApi.SET_MISSING_HOST_KEY_POLICY.equals(method.name().name())) {
      // the policy is paramiko's whatever the receiver: no other API takes it
      CallArguments.valueOf(call, ParamikoApi.POLICY)
        .filter(policy -> isAcceptingPolicy(policy, ctx))
        .ifPresent(policy -> ctx.addIssue(TreeLocations.of(policy), POLICY_MESSAGE));
    } else if (LibraryCalls.receiverMadeBy(call, ParamikoApi.CONNECT, ParamikoApi.TRANSPORT, ctx).isPresent()
      && passesNothingOrNone(call, ParamikoApi.TRANSPORT_HOST_KEY, ctx)) {
      ctx.addIssue(TreeLocations.of(call), TRANSPORT_MESSAGE);
    }
  }

  /** AutoAddPolicy or WarningPolicy, the class or an instance of it. */
  private static boolean isAcceptingPolicy(Expression policy, SubscriptionContext ctx) {
    Expression value = ValueResolver.resolve(policy, ctx).orElse(policy);
    Expression policyClass = value instanceof CallExpression instantiation ? instantiation.callee() : value;
    return ParamikoApi.ACCEPTING_POLICIES.isTrueFor(policyClass);
  }

  private static void checkAsyncssh(CallExpression call, SubscriptionContext ctx) {
    if (AsyncsshApi.CLIENT_OPTIONS_TAKERS.isTrueFor(call.callee())
      && CallArguments.bindingOf(call, AsyncsshApi.KNOWN_HOSTS) instanceof CallArguments.Passed knownHosts
      && ValueResolver.isNone(knownHosts.value(), ctx)) {
      ctx.addIssue(TreeLocations.of(knownHosts.argument()), ASYNCSSH_MESSAGE);
    }
  }

  private static void checkFsspec(CallExpression call, SubscriptionContext ctx) {
    boolean sshFileSystem = FsspecApi.SFTP_FILE_SYSTEM.isTrueFor(call.callee())
      || FsspecApi.FILESYSTEM.isTrueFor(call.callee())
        && LibraryCalls.stringArgument(call, FsspecApi.FILESYSTEM_PROTOCOL, ctx).filter(FsspecApi.SSH_PROTOCOLS::contains).isPresent();
    if (sshFileSystem) {
      ctx.addIssue(TreeLocations.of(call), FSSPEC_MESSAGE);
      return;
    }
    CallKinds.fsspecUrlArgument(call)
      .filter(url -> ValueResolver.stringValue(url, ctx).filter(FtpUrls::isSshUrl).isPresent())
      .ifPresent(url -> ctx.addIssue(TreeLocations.of(url), FSSPEC_MESSAGE));
  }

  private static void checkPysftpHostKeys(SubscriptionContext ctx) {
    AssignmentStatement assignment = (AssignmentStatement) ctx.syntaxNode();
    // loops, not streams: this runs on every assignment of the file
    for (ExpressionList targets : assignment.lhsExpressions()) {
      for (Expression target : targets.expressions()) {
        // the value is resolved only for the rare assignments to a hostkeys attribute
        if (target instanceof QualifiedExpression attribute && PysftpApi.HOST_KEYS.equals(attribute.name().name())
          && ValueResolver.isNone(assignment.assignedValue(), ctx)
          && FtpClients.creationOf(attribute.qualifier(), ctx)
            .filter(creation -> PysftpApi.CONNECTION_OPTIONS_CLASS.isTrueFor(creation.callee())).isPresent()) {
          ctx.addIssue(TreeLocations.of(target), PYSFTP_MESSAGE);
        }
      }
    }
  }

  private static boolean passesNothingOrNone(CallExpression call, Parameter parameter, SubscriptionContext ctx) {
    CallArguments.Binding binding = CallArguments.bindingOf(call, parameter);
    return binding instanceof CallArguments.Absent || binding instanceof CallArguments.Passed passed && ValueResolver.isNone(passed.value(), ctx);
  }

}
