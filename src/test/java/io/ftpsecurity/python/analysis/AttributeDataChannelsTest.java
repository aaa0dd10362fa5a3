package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.python.analysis.DataChannelProtection.UnprotectedTransfer;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

class AttributeDataChannelsTest {

  @TempDir
  Path folder;

  @Test
  void only_attributes_never_protected_anywhere_in_the_class() throws IOException {
    List<String> found = transfers("""
      import ftplib
      class Never:
          def __init__(self, h):
              self.a = ftplib.FTP_TLS(h)
              self.b = ftplib.FTP_TLS(h)
              self.c = ftplib.FTP_TLS(h)
              self.d = ftplib.FTP_TLS(h)
          def use(self):
              self.a.nlst()
              self.a.retrlines("LIST")
              self.b.prot_p()
              self.b.nlst()
              keep(self.c)
              self.c.nlst()
              self.d.login()
          def replace(self, other):
              self.d = other
              self.d.nlst()
      """);
    assertThat(found).containsExactly("9:nlst");
  }

  @Test
  void prot_p_in_init_counts_on_every_path_after_the_creation() throws IOException {
    List<String> found = transfers("""
      import ftplib
      class EveryPath:
          def __init__(self, h, s):
              self.a = ftplib.FTP_TLS(h)
              if s:
                  self.a.prot_p()
              else:
                  self.a.prot_p()
          def use(self):
              self.a.nlst()
      class SomePaths:
          def __init__(self, h, s):
              self.a = ftplib.FTP_TLS(h)
              if s:
                  self.a.prot_p()
          def use(self):
              self.a.nlst()
      class Recreated:
          def __init__(self, h, s):
              self.a = ftplib.FTP_TLS(h)
              self.a.prot_p()
              self.a = ftplib.FTP_TLS(h)
          def use(self):
              self.a.nlst()
      class HandedOver:
          def __init__(self, h):
              self.a = ftplib.FTP_TLS(h)
              keep(self.a)
          def use(self):
              self.a.nlst()
      class CreatedElsewhereProtectedInInit:
          def __init__(self, h):
              self.connect(h)
              self.a.prot_p()
          def connect(self, h):
              self.a = ftplib.FTP_TLS(h)
          def use(self):
              self.a.nlst()
      """);
    assertThat(found).containsExactly("17:nlst from 13", "24:nlst from 22");
  }

  private List<String> transfers(String code) throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), code);
    List<String> found = new ArrayList<>();
    LocalDefinitions definitions = new LocalDefinitions();
    TrackedClients[] tracked = new TrackedClients[1];
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> tracked[0] = TrackedClientsOfFile.of(ctx, definitions));
        context.registerSyntaxNodeConsumer(Tree.Kind.CLASSDEF, ctx -> {
          for (UnprotectedTransfer transfer : AttributeDataChannels.unprotectedTransfers((ClassDef) ctx.syntaxNode(), tracked[0], definitions)) {
            found.add(transfer.transfer().firstToken().line() + ":"
              + ((QualifiedExpression) transfer.transfer().callee()).name().name()
              + (transfer.creation().firstToken().line() == 4 ? "" : " from " + transfer.creation().firstToken().line()));
          }
        });
      }
    });
    return found;
  }
}
