"""Only correct FTPS: the quality gate "no vulnerabilities" passes on this project."""
import os
import ssl
from ftplib import FTP_TLS


def connect(host):
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    ftps = FTP_TLS(host, context=context)
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    return ftps


def upload(host, path, name):
    with FTP_TLS(host, context=ssl.create_default_context()) as ftps:
        ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
        ftps.prot_p()
        with open(path, "rb") as source:
            ftps.storbinary("STOR " + name, source)


def download(host, name, path):
    with FTP_TLS(host, context=ssl.create_default_context()) as ftps:
        ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
        ftps.prot_p()
        with open(path, "wb") as target:
            ftps.retrbinary("RETR " + name, target.write)
