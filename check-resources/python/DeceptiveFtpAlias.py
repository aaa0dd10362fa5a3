import ftplib
import ssl
from ftplib import FTP as SecureFTP  # Noncompliant {{Rename "SecureFTP": it is cleartext "ftplib.FTP", which encrypts nothing.}}
#                         ^^^^^^^^^
from ftplib import FTP as ftps_client  # Noncompliant
from ftplib import FTP as EncryptedTransfer  # Noncompliant
from ftplib import FTP as PlainFTP
from ftplib import FTP as LegacyFtp
from ftplib import FTP as InsecureFtp
from ftplib import FTP
from ftplib import FTP_TLS as SecureFTP2
from ftplib import FTP_TLS as FTP_SSL
from ftplib import error_perm as SafeError
from ftplibextras import FTP as SafeFtpExtras

SafeFtp = ftplib.FTP  # Noncompliant {{Rename "SafeFtp": it is cleartext "ftplib.FTP", which encrypts nothing.}}
TLS_CLIENT = FTP  # Noncompliant
factory = ftplib.FTP
legacy_client = ftplib.FTP
TlsFactory = ftplib.FTP_TLS
unsafe_ftp = ftplib.FTP
secure_settings = {"host": "example.com"}
SecureDefault = None


class EncryptedFTP(ftplib.FTP):  # Noncompliant {{Rename "EncryptedFTP": it is cleartext "ftplib.FTP", which encrypts nothing.}}
#     ^^^^^^^^^^^^
    pass


class HardenedClient(EncryptedFTP):  # Noncompliant
    pass


class SecureClient(ftplib.FTP_TLS):
    pass


class SafeButPlainName:
    pass


class PlainClient(ftplib.FTP):
    pass


class Connector:
    def __init__(self):
        self.secure_factory = ftplib.FTP  # Noncompliant
#            ^^^^^^^^^^^^^^
        self.factory = ftplib.FTP
        self.ssl_factory = ftplib.FTP_TLS


def local_alias():
    from ftplib import FTP as SslFtp  # Noncompliant
    SecureLocal = ftplib.FTP  # Noncompliant
    return SslFtp, SecureLocal


def unknown(value):
    SecureThing = value
    SafeCall = make_client()
    return SecureThing, SafeCall
