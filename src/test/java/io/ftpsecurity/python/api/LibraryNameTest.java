package io.ftpsecurity.python.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.python.SubscriptionVisitor;
import org.sonar.python.TestPythonVisitorRunner;
import org.sonar.python.caching.CacheContextImpl;
import org.sonar.python.semantic.ProjectLevelSymbolTable;

/**
 * The library names resolve the way users import them, whether python-frontend has stubs for the library (paramiko,
 * pysftp, pandas) or not (ftputil, aioftp, fsspec, dask, asyncssh), and a project module of the same name is not the
 * library.
 */
class LibraryNameTest {

  @TempDir
  Path folder;

  @Test
  void names_resolve_through_every_import_form() throws IOException {
    String code = """
      import aioftp, asyncssh, fsspec, ftputil, ftputil.session, paramiko, pysftp
      import dask.dataframe as dd
      import pandas as pd
      from aioftp import Client as AsyncClient
      from fsspec.implementations.ftp import FTPFileSystem
      from fsspec.implementations.sftp import SFTPFileSystem
      from paramiko.client import SSHClient, WarningPolicy
      ftputil.FTPHost()
      ftputil.session.session_factory()
      aioftp.Client()
      AsyncClient()
      aioftp.Client.context()
      fsspec.filesystem()
      FTPFileSystem()
      SFTPFileSystem()
      fsspec.open()
      pd.read_csv()
      pd.read_excel()
      dd.read_csv()
      paramiko.SSHClient()
      SSHClient()
      paramiko.AutoAddPolicy()
      WarningPolicy()
      paramiko.Transport()
      pysftp.Connection()
      pysftp.CnOpts()
      asyncssh.connect()
      asyncssh.SSHClientConnectionOptions()
      """;
    List<LibraryName> expected = List.of(
      FtputilApi.FTP_HOST, FtputilApi.SESSION_FACTORY, AioftpApi.CLIENT, AioftpApi.CLIENT, AioftpApi.CLIENT_CONTEXT,
      FsspecApi.FILESYSTEM, FsspecApi.FTP_FILE_SYSTEM, FsspecApi.SFTP_FILE_SYSTEM, FsspecApi.URL_OPENERS,
      PandasApi.READERS.get(0).function(), PandasApi.READERS.get(2).function(), DaskApi.READERS,
      ParamikoApi.SSH_CLIENT, ParamikoApi.SSH_CLIENT, ParamikoApi.ACCEPTING_POLICIES, ParamikoApi.ACCEPTING_POLICIES,
      ParamikoApi.TRANSPORT, PysftpApi.CONNECTION, PysftpApi.CONNECTION_OPTIONS_CLASS,
      AsyncsshApi.CLIENT_OPTIONS_TAKERS, AsyncsshApi.CLIENT_OPTIONS_TAKERS);
    List<CallExpression> calls = calls(code, ProjectLevelSymbolTable.empty());
    assertThat(calls).hasSameSizeAs(expected);
    for (int i = 0; i < calls.size(); i++) {
      assertThat(expected.get(i).isTrueFor(calls.get(i).callee())).as(calls.get(i).callee().firstToken().value() + " at line "
        + calls.get(i).firstToken().line()).isTrue();
    }
    assertThat(AioftpApi.CLIENT.isTrueFor(calls.get(0).callee())).isFalse();
    assertThat(ParamikoApi.ACCEPTING_POLICIES.isTrueFor(calls.get(12).callee())).isFalse();
    assertThat(calls).allSatisfy(call -> assertThat(LibraryName.mayNameAny(call.callee())).isTrue());
  }

  @Test
  void names_of_no_library_package_rule_out_every_library_name() throws IOException {
    List<CallExpression> calls = calls("""
      import ftplib, paramikox, urllib.request
      from ftplib import FTP
      ftplib.FTP()
      FTP()
      paramikox.SSHClient()
      urllib.request.urlopen()
      """, ProjectLevelSymbolTable.empty());
    assertThat(calls).hasSize(4).allSatisfy(call -> assertThat(LibraryName.mayNameAny(call.callee())).isFalse());
    assertThatThrownBy(() -> LibraryName.of("paramikox.SSHClient")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_project_module_of_the_same_name_is_not_the_library() throws IOException {
    ProjectLevelSymbolTable project = TestPythonVisitorRunner.globalSymbols(Map.of("aioftp.py", "class Client:\n  pass\n"), "");
    List<CallExpression> calls = calls("import aioftp\naioftp.Client()\n", project);
    assertThat(calls).hasSize(1);
    assertThat(AioftpApi.CLIENT.isTrueFor(calls.get(0).callee())).isFalse();
  }

  @Test
  void unresolved_and_local_names_are_not_library_names() throws IOException {
    List<CallExpression> calls = calls("""
      def Client():
          pass
      Client()
      unknown.Client()
      (lambda: 1)()
      """, ProjectLevelSymbolTable.empty());
    assertThat(calls).allSatisfy(call -> assertThat(AioftpApi.CLIENT.isTrueFor(call.callee())).isFalse());
    assertThat(calls).allSatisfy(call -> assertThat(LibraryName.mayNameAny(call.callee())).isFalse());
  }

  private List<CallExpression> calls(String code, ProjectLevelSymbolTable project) throws IOException {
    Path file = folder.resolve("mod.py");
    Files.writeString(file, code);
    List<CallExpression> calls = new ArrayList<>();
    PythonSubscriptionCheck collector = new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> calls.add((CallExpression) ctx.syntaxNode()));
      }
    };
    PythonVisitorContext context = TestPythonVisitorRunner.createContext(file.toFile(), null, "", project,
      CacheContextImpl.dummyCache());
    SubscriptionVisitor.analyze(List.of(collector), context);
    return calls;
  }
}
