# Quick fixes of FtpsUnprotectedDataChannel where the login is searched back from the transfer: the search stops at
# the creation (a login before it is another client's, or in a loop the previous iteration's client's).
import ftplib
from ftplib import FTP_TLS


def login_of_another_client_before_the_creation(host, other):
    other.login()
    ftps = FTP_TLS(host)
    ftps.nlst()  # Noncompliant


def from_a_helper(host):
    ftps = make(host)
    ftps.login()
    ftps.nlst()  # Noncompliant


def make(host):
    return ftplib.FTP_TLS(host)


login_before_module_client = ftplib.FTP_TLS("other.example.com")
login_before_module_client.login()
if login_before_module_client:
    module_client = FTP_TLS("files.example.com")
module_client.dir()  # Noncompliant


def login_of_the_previous_iteration(hosts):
    for host in hosts:
        ftps.login()
        ftps = FTP_TLS(host)
        ftps.nlst()  # Noncompliant


def login_of_the_client_the_previous_iteration_made(host, names):
    for name in names:
        ftps.login()
        ftps.retrlines("RETR " + name)  # Noncompliant
        ftps = FTP_TLS(host)
