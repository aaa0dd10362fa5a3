"""DeceptiveFtpAlias: a name that sounds secure but is plain ftplib.FTP."""
import os
import ssl
from ftplib import FTP as SecureFTP  # misleading: this is cleartext FTP
from ftplib import FTP_TLS as TlsFTP  # honest: this really is FTP over TLS


def bad_list(host):
    ftp = SecureFTP(host)  # reads as secure in review, sends everything in clear text
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    return ftp.nlst()


def good_list(host):
    ftps = TlsFTP(host, context=ssl.create_default_context())
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    return ftps.nlst()
