"""FtpsUnverifiedCertificate: FTP_TLS without a verifying context accepts any certificate."""
import os
import ssl
from ftplib import FTP_TLS


def bad_download(host, name):
    ftps = FTP_TLS(host)  # no context=: ftplib then checks neither the certificate nor the host name
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    with open(name, "wb") as out:
        ftps.retrbinary("RETR " + name, out.write)


def good_download(host, name):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    with open(name, "wb") as out:
        ftps.retrbinary("RETR " + name, out.write)
