"""SftpUnverifiedHostKey: an SSH client that accepts any host key can be talking to anyone."""
import os

import paramiko


def bad_upload(host, path):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # any server's key is accepted and remembered
    client.connect(host, username=os.environ["SFTP_USER"], key_filename=os.environ["SFTP_KEY"])
    with client.open_sftp() as sftp:
        sftp.put(path, "incoming/" + os.path.basename(path))
    client.close()


def good_upload(host, path):
    client = paramiko.SSHClient()
    client.load_system_host_keys()  # unknown servers are rejected: RejectPolicy is the default
    client.connect(host, username=os.environ["SFTP_USER"], key_filename=os.environ["SFTP_KEY"])
    with client.open_sftp() as sftp:
        sftp.put(path, "incoming/" + os.path.basename(path))
    client.close()
