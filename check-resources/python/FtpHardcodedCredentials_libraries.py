import os

import aioftp
import asyncssh
import fsspec
import ftputil
import paramiko
import pysftp
from fsspec.implementations.ftp import FTPFileSystem
from fsspec.implementations.sftp import SFTPFileSystem

PASSWORD = "s3cr3t!"
#          ^^^^^^^^^> {{Password assigned here.}}


def ftp_libraries(host):
    ftputil.FTPHost(host, "deploy", PASSWORD)  # Noncompliant {{Do not hard-code this FTP password; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
#                                   ^^^^^^^^
    ftputil.FTPHost(host, "deploy", "s3cr3t!")  # Noncompliant
#                                   ^^^^^^^^^
    aioftp.Client.context(host, 21, "deploy", "s3cr3t!")  # Noncompliant
    aioftp.Client.context(host, user="deploy", password="s3cr3t!")  # Noncompliant
    fsspec.filesystem("ftp", host=host, username="deploy", password="s3cr3t!")  # Noncompliant
    FTPFileSystem(host, 21, "deploy", "s3cr3t!")  # Noncompliant


async def aioftp_login(host):
    client = aioftp.Client()
    await client.connect(host)
    await client.login("deploy", "s3cr3t!")  # Noncompliant
    async with aioftp.Client.context(host) as session:
        await session.login("deploy", "s3cr3t!")  # Noncompliant


def ssh_libraries(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, 22, "deploy", "s3cr3t!")  # Noncompliant {{Do not hard-code this SSH password; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
    client.connect(host, password="s3cr3t!")  # Noncompliant
    transport = paramiko.Transport((host, 22))
    transport.connect(hostkey=None, username="deploy", password="s3cr3t!")  # Noncompliant
    pysftp.Connection(host, username="deploy", password="s3cr3t!")  # Noncompliant
    asyncssh.connect(host, username="deploy", password="s3cr3t!")  # Noncompliant
    fsspec.filesystem("sftp", host=host, username="deploy", password="s3cr3t!")  # Noncompliant
    SFTPFileSystem(host, username="deploy", password="s3cr3t!")  # Noncompliant


def passwords_from_elsewhere(host, password, **options):
    ftputil.FTPHost(host, "deploy", os.environ["FTP_PASSWORD"])
    ftputil.FTPHost(host, "deploy", password)
    ftputil.FTPHost(host, "anonymous", "guest@example.com")
    aioftp.Client.context(host, user="anonymous", password="anon@")
    fsspec.filesystem("ftp", host=host, password="s3cr3t!")
    fsspec.filesystem("s3", key="AKIA", secret="not-our-rule")
    paramiko.SSHClient().connect(host, username="deploy", password=password)
    pysftp.Connection(host, username="deploy", password=os.environ["SFTP_PASSWORD"])
    asyncssh.connect(host, username="deploy", password="", **options)
    asyncssh.connect(host, **options)


class Session:
    def login(self, user, password):
        pass


def look_alike_methods(host):
    Session().login("deploy", "s3cr3t!")
    other = Session()
    other.connect = None
    other.login("deploy", "s3cr3t!")
