"""FtpsUnprotectedDataChannel: without prot_p() FTP_TLS sends file contents and listings in clear text."""
import os
import ssl
from ftplib import FTP_TLS


def bad_backup(host, path):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    with open(path, "rb") as backup:
        ftps.storbinary("STOR backup.tar", backup)  # the login is encrypted, the file is not


def good_backup(host, path):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    with open(path, "rb") as backup:
        ftps.storbinary("STOR backup.tar", backup)
