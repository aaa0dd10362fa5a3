"""Libraries on top of ftplib: ftputil and pandas fetch over cleartext FTP unless told otherwise."""
import os

import ftputil
import pandas as pd


def bad_mirror(host, name):
    with ftputil.FTPHost(host, os.environ["FTP_USER"], os.environ["FTP_PASSWORD"]) as remote:  # cleartext FTP session
        remote.download(name, name)


def bad_report():
    return pd.read_csv("ftp://ftp.example.com/reports/daily.csv")  # fetched in clear text


def good_report():
    return pd.read_csv("https://files.example.com/reports/daily.csv")
