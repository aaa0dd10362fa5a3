package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.shared.UrlUserInfo;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expected splits are what CPython 3.11's urllib.request gives (Request(url).host, _splituser, _splitpasswd). */
class FtpUrlsTest {

  @Test
  void splits_credentials_like_urllib() {
    assertCredentials("ftp://bob:s3cret@host/x", "bob", "s3cret");
    assertCredentials("ftp://bob:p@ss:w@host/f?x#y", "bob", "p@ss:w");
    assertCredentials("ftp://bob:pw@host@evil/x", "bob", "pw@host");
    assertCredentials("ftp://:pw@host/", "", "pw");
    assertCredentials("  FTP://bob:pw@host", "bob", "pw");
    assertCredentials("ftp://bob@host/", "bob", "");
    assertCredentials("ftp://bob:@host/", "bob", "");
  }

  @Test
  void no_credentials() {
    assertThat(FtpUrls.credentials("ftp://host/a@b:c")).isEmpty();
    assertThat(FtpUrls.credentials("ftp://host")).isEmpty();
    assertThat(FtpUrls.credentials("ftp://")).isEmpty();
    assertThat(FtpUrls.credentials("https://bob:pw@host/")).isEmpty();
    assertThat(FtpUrls.credentials("sftp://bob:pw@host/")).isEmpty();
    assertThat(FtpUrls.credentials("")).isEmpty();
  }

  private static void assertCredentials(String url, String user, String password) {
    Optional<UrlUserInfo> credentials = FtpUrls.credentials(url);
    assertThat(credentials).isPresent();
    assertThat(credentials.get().user()).isEqualTo(user);
    assertThat(url.substring(credentials.get().passwordStart(), credentials.get().passwordEnd())).isEqualTo(password);
  }
}
