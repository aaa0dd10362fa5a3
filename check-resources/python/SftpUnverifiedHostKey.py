import asyncssh
import fsspec
import pandas as pd
import paramiko
import pysftp
from fsspec.implementations.sftp import SFTPFileSystem
from paramiko import AutoAddPolicy, RejectPolicy, WarningPolicy


def paramiko_policies(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # Noncompliant {{Keep paramiko's default RejectPolicy and load the known host keys ("load_system_host_keys()"): this policy accepts any server's key.}}
#                                      ^^^^^^^^^^^^^^^^^^^^^^^^
    client.set_missing_host_key_policy(AutoAddPolicy)  # Noncompliant
    client.set_missing_host_key_policy(WarningPolicy())  # Noncompliant
    client.set_missing_host_key_policy(paramiko.client.WarningPolicy)  # Noncompliant
    policy = paramiko.AutoAddPolicy()
    client.set_missing_host_key_policy(policy)  # Noncompliant
    client.connect(host)


def paramiko_verifying(host, policy):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(RejectPolicy())
    client.set_missing_host_key_policy(paramiko.RejectPolicy)
    client.set_missing_host_key_policy(policy)
    client.connect(host)


class AcceptEverything:
    pass


def own_policy_class(client):
    # a project class: what it does is not paramiko's to say
    client.set_missing_host_key_policy(AcceptEverything())


def paramiko_transport(host, expected_key):
    transport = paramiko.Transport((host, 22))
    transport.connect(username="deploy", pkey=None)  # Noncompliant {{Pass the server's expected key as "hostkey=", or connect with an SSHClient that loads the known host keys: without it, this Transport accepts any server's key.}}
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    transport.connect(None, "deploy")  # Noncompliant
    transport.connect(hostkey=expected_key, username="deploy")
    transport.connect(expected_key, "deploy")


def pysftp_host_keys(host):
    options = pysftp.CnOpts()
    options.hostkeys = None  # Noncompliant {{Keep the host keys pysftp loads from the user's known_hosts file (add the server's key there): with "hostkeys = None", any server's key is accepted.}}
#   ^^^^^^^^^^^^^^^^
    return pysftp.Connection(host, username="deploy", cnopts=options)


def pysftp_look_alikes(host, other):
    options = pysftp.CnOpts()
    options.hostkeys.load("known_hosts")
    other.hostkeys = None
    return pysftp.Connection(host, username="deploy", cnopts=options)


async def asyncssh_known_hosts(host, known):
    await asyncssh.connect(host, known_hosts=None)  # Noncompliant {{Keep asyncssh's known-hosts check (by default, the user's known_hosts file), or pass the server's expected keys: "known_hosts=None" accepts any server's key.}}
#                                ^^^^^^^^^^^^^^^^
    asyncssh.SSHClientConnectionOptions(known_hosts=None)  # Noncompliant
    await asyncssh.connect(host)
    await asyncssh.connect(host, known_hosts="known_hosts")
    await asyncssh.connect(host, known_hosts=known)


def fsspec_sftp(host):
    fsspec.filesystem("sftp", host=host, username="deploy")  # Noncompliant {{Connect with paramiko and the known host keys instead: fsspec's SFTP file system sets paramiko's AutoAddPolicy, which accepts any server's key.}}
    SFTPFileSystem(host, username="deploy")  # Noncompliant
    fsspec.open("sftp://deploy@example.com/data.csv")  # Noncompliant
    pd.read_csv("sftp://deploy@example.com/data.csv")  # Noncompliant
    fsspec.filesystem("file")
    pd.read_csv("https://example.com/data.csv")
