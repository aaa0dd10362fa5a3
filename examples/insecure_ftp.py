"""InsecureFtp: plain FTP sends the password, the commands and the files in clear text."""
import os
import ssl
from ftplib import FTP, FTP_TLS


def bad_upload(host, path):
    ftp = FTP(host)  # cleartext: anyone on the network reads the password and the file
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    with open(path, "rb") as report:
        ftp.storbinary("STOR report.csv", report)
    ftp.quit()


def good_upload(host, path):
    ftps = FTP_TLS(host, context=ssl.create_default_context())  # verifies the server's certificate
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()  # encrypt the data channel too, before any transfer
    with open(path, "rb") as report:
        ftps.storbinary("STOR report.csv", report)
    ftps.quit()
