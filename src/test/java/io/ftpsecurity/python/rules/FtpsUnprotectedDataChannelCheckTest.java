package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpsUnprotectedDataChannelCheckTest {

  @Test
  void test() {
    PythonCheckVerifier.verify("FtpsUnprotectedDataChannel.py", new FtpsUnprotectedDataChannelCheck());
  }

  @Test
  void helpers_subclasses_and_attributes() {
    PythonCheckVerifier.verify("FtpsUnprotectedDataChannel_helpers_subclasses.py", new FtpsUnprotectedDataChannelCheck());
  }

  @Test
  void optional_imports() {
    PythonCheckVerifier.verify("FtpsUnprotectedDataChannel_optional_import.py", new FtpsUnprotectedDataChannelCheck());
    PythonCheckVerifier.verifyNoIssue("FtpsUnprotectedDataChannel_optional_import_look_alikes.py", new FtpsUnprotectedDataChannelCheck());
  }

  @Test
  void unusual_code() {
    PythonCheckVerifier.verify("FtpsUnprotectedDataChannel_robustness.py", new FtpsUnprotectedDataChannelCheck());
  }

  @Test
  void silent_without_control_flow_graph() {
    PythonCheckVerifier.verifyNoIssue("FtpsUnprotectedDataChannel_nograph.py", new FtpsUnprotectedDataChannelCheck());
  }

  @Test
  void ftputil_sessions_without_prot_p() {
    PythonCheckVerifier.verify("FtpsUnprotectedDataChannel_libraries.py", new FtpsUnprotectedDataChannelCheck());
  }
}
