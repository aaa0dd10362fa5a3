import ftplib

import fsspec
import ftputil
import ftputil.session
from fsspec.implementations.ftp import FTPFileSystem


def ftputil_ftp_tls(host, user, password):
    ftputil.FTPHost(host, user, password, session_factory=ftplib.FTP_TLS)  # Noncompliant {{Use a session factory whose FTP_TLS gets "context=ssl.create_default_context()": ftputil creates this FTP_TLS without a context, so any certificate is accepted.}}
#                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^


def ftputil_session_factory(host, user, password):
    factory = ftputil.session.session_factory(base_class=ftplib.FTP_TLS, encrypt_data_channel=True)  # Noncompliant {{Use an FTP_TLS subclass that passes "context=ssl.create_default_context()" as base class: the sessions of this factory create FTP_TLS without a context, so any certificate is accepted.}}
#                                             ^^^^^^^^^^^^^^^^^^^^^^^^^
    return ftputil.FTPHost(host, user, password, session_factory=factory)


class VerifiedFtpTls(ftplib.FTP_TLS):
    pass


def ftputil_look_alikes(host, user, password, base):
    # a project subclass may bring its own context
    ftputil.session.session_factory(base_class=VerifiedFtpTls)
    ftputil.session.session_factory(base_class=base)
    # plain FTP: InsecureFtp
    ftputil.FTPHost(host, user, password)
    ftputil.session.session_factory(base_class=ftplib.FTP)


def fsspec_tls(host):
    fsspec.filesystem("ftp", host=host, tls=True)  # Noncompliant {{Use a client that verifies the server, such as ftplib.FTP_TLS with "context=ssl.create_default_context()": fsspec creates this FTP_TLS without a context, so any certificate is accepted.}}
#                                       ^^^^^^^^
    FTPFileSystem(host, tls="tlsv1_2")  # Noncompliant


def fsspec_look_alikes(host, flag):
    FTPFileSystem(host)
    FTPFileSystem(host, tls=flag)
    fsspec.filesystem("sftp", host=host, tls=True)
