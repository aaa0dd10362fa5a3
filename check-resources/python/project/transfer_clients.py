import ftplib
import ssl


class QuietFtps(ftplib.FTP_TLS):
    """No override: behaves like FTP_TLS for the context it is given."""


class LegacyFtp(ftplib.FTP):
    pass


class OwnLogin(ftplib.FTP_TLS):
    def login(self, user="", passwd="", acct="", secure=True):
        self.context = ssl.create_default_context()
        return super().login(user, passwd, acct, secure)
