"""FtpsWeakTls: a context that still accepts TLS 1.0/1.1 or weak ciphers."""
import os
import ssl
from ftplib import FTP_TLS


def bad_connect(host):
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1  # lets an attacker downgrade to TLS 1.0
    ftps = FTP_TLS(host, context=context)
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    return ftps


def good_connect(host):
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    ftps = FTP_TLS(host, context=context)
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    return ftps
