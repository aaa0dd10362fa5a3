"""FtpHardcodedCredentials: a password written into the code ends up in every copy of it."""
import os
import ssl
from ftplib import FTP_TLS


def bad_publish(host, path):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", "Summer2024!")  # anyone who can read the repository can log in
    ftps.prot_p()
    with open(path, "rb") as site:
        ftps.storbinary("STOR site.zip", site)


def good_publish(host, path):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])  # or a secrets manager
    ftps.prot_p()
    with open(path, "rb") as site:
        ftps.storbinary("STOR site.zip", site)
