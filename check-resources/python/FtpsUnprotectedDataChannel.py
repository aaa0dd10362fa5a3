import ftplib
import ssl
import sys
from ftplib import FTP, FTP_TLS
from ftplib import FTP_TLS as TlsClient


class PlainSubclass(FTP_TLS):
    """Adds nothing to the data channel: behaves like FTP_TLS."""
    timeout_seconds = 30


# ---------------------------------------------------------------- noncompliant

def no_prot_p(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.retrlines("LIST")  # Noncompliant {{Call "prot_p()" on this FTP_TLS client before this transfer on every path; until then its data travels in clear text.}}
#   ^^^^^^^^^^^^^^
    ftps.retrlines("LIST")  # only the first transfer of a client is reported


def prot_p_in_one_branch(host, user, password, secure):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    if secure:
        ftps.prot_p()
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


def prot_p_after_transfer(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.dir()  # Noncompliant
#   ^^^^^^^^
    ftps.prot_p()
    ftps.nlst()


def prot_c_after_prot_p(host, user, password, data):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.prot_p()
    ftps.prot_c()
#   ^^^^^^^^^^^^^> {{Data channel switched to clear text here}}
    ftps.storbinary("STOR report.csv", data)  # Noncompliant {{Call "prot_p()" again before this transfer; "prot_c()" switched its data channel back to clear text.}}
#   ^^^^^^^^^^^^^^^


def prot_c_in_loop(host, user, password, files):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.prot_p()
    for name, data in files:
        ftps.storbinary("STOR " + name, data)  # Noncompliant {{Call "prot_p()" again before this transfer; "prot_c()" switched its data channel back to clear text.}}
#       ^^^^^^^^^^^^^^^
        ftps.prot_c()
#       ^^^^^^^^^^^^^< {{Data channel switched to clear text here}}


def prot_p_or_prot_c(host, user, password, public):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    if public:
        ftps.prot_c()
#       ^^^^^^^^^^^^^> {{Data channel switched to clear text here}}
    else:
        pass
    ftps.mlsd()  # Noncompliant {{Call "prot_p()" on this FTP_TLS client before this transfer on every path; until then its data travels in clear text.}}
#   ^^^^^^^^^


def elif_branch_without_prot_p(host, user, password, mode):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    if mode == "a":
        ftps.prot_p()
    elif mode == "b":
        ftps.cwd("b")
    else:
        ftps.prot_p()
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


def prot_p_in_loop_body(host, user, password, attempts):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    for _ in range(attempts):  # may run zero times
        ftps.prot_p()
    ftps.retrbinary("RETR a.bin", print)  # Noncompliant
#   ^^^^^^^^^^^^^^^


def prot_p_that_may_fail(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    try:
        ftps.prot_p()  # the server may refuse PROT P
    except ftplib.error_perm:
        print("data channel stays in clear text")
    ftps.retrlines("LIST")  # Noncompliant
#   ^^^^^^^^^^^^^^


def early_transfer_then_return(host, user, password, quick):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    if quick:
        return ftps.nlst()  # Noncompliant
#              ^^^^^^^^^
    ftps.prot_p()
    return ftps.nlst()


def prot_p_in_conditional_expression(host, user, password, secure):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.prot_p() if secure else None
    ftps.retrlines("LIST")  # Noncompliant
#   ^^^^^^^^^^^^^^


def condition_runs_before_its_branches(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    listing = ftps.nlst() if ftps.prot_p() else []
    return listing


def arguments_run_in_order(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    print(ftps.nlst(), ftps.prot_p())  # Noncompliant
#         ^^^^^^^^^


def protected_in_an_earlier_argument(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    print(ftps.prot_p(), ftps.nlst())


def argument_runs_before_its_call(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.retrlines(ftps.prot_p() and "LIST")


def with_statement(host, user, password):
    with FTP_TLS(host, context=ssl.create_default_context()) as ftps:
#        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
        ftps.login(user, password)
        ftps.nlst()  # Noncompliant
#       ^^^^^^^^^


def import_alias_and_module_alias(host, user, password):
    first = TlsClient(host, context=ssl.create_default_context())
#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    first.login(user, password)
    first.nlst()  # Noncompliant
#   ^^^^^^^^^^
    second = ftplib.FTP_TLS(host, context=ssl.create_default_context())
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    second.login(user, password)
    second.nlst()  # Noncompliant
#   ^^^^^^^^^^^


def subclass_without_overrides(host, user, password):
    client = PlainSubclass(host, context=ssl.create_default_context())
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    client.login(user, password)
    client.transfercmd("RETR data.bin")  # Noncompliant
#   ^^^^^^^^^^^^^^^^^^


def reassigned_to_a_new_client(first_host, second_host, user, password):
    ftps = FTP_TLS(first_host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.nlst()
    ftps = FTP_TLS(second_host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


def alias_of_the_client(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    same = ftps
    same.login(user, password)
    same.ntransfercmd("LIST")  # Noncompliant
#   ^^^^^^^^^^^^^^^^^


def match_one_case(host, user, password, mode):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    match mode:
        case "private":
            ftps.prot_p()
        case _:
            pass
    ftps.storlines("STOR notes.txt", open("notes.txt", "rb"))  # Noncompliant
#   ^^^^^^^^^^^^^^


# ---------------------------------------------------------------- compliant look-alikes

def prot_p_in_both_branches(host, user, password, verbose):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    if verbose:
        print("protecting")
        ftps.prot_p()
    else:
        ftps.prot_p()
    ftps.nlst()


def prot_p_in_every_branch_of_elif(host, user, password, mode):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    if mode == "a":
        ftps.prot_p()
    elif mode == "b":
        ftps.prot_p()
        ftps.cwd("b")
    else:
        raise ValueError(mode)
    ftps.nlst()


def transfer_in_try_else_and_finally(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    try:
        ftps.login(user, password)
        ftps.prot_p()
    except ftplib.error_perm:
        print("refused")
    else:
        ftps.retrlines("LIST")
    finally:
        ftps.close()


def prot_p_before_loop(host, user, password, files):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    for name, data in files:
        ftps.storbinary("STOR " + name, data)


def prot_p_in_with_block(host, user, password):
    with FTP_TLS(host, context=ssl.create_default_context()) as ftps:
        ftps.login(user, password)
        ftps.prot_p()
        ftps.retrlines("LIST")


def prot_c_then_prot_p_again(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_c()
    ftps.prot_p()
    ftps.retrlines("LIST")


def early_return_before_prot_p(host, user, password, dry_run):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    if dry_run:
        return None
    ftps.prot_p()
    return ftps.nlst()


def handler_leaves(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    try:
        ftps.prot_p()
    except ftplib.error_perm:
        ftps.quit()
        raise
    ftps.retrlines("LIST")


def handler_exits(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    try:
        ftps.login(user, password)
        ftps.prot_p()
    except ftplib.all_errors as error:
        print(error)
        sys.exit(1)
    ftps.retrlines("LIST")


def transfer_inside_try(host, user, password):
    try:
        ftps = FTP_TLS(host, context=ssl.create_default_context())
        ftps.login(user, password)
        ftps.prot_p()
        ftps.retrlines("LIST")
    except ftplib.all_errors as error:
        print(error)


def retry_until_protected(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    while True:
        try:
            ftps.prot_p()
            break
        except ftplib.error_temp:
            continue
    ftps.nlst()


def plain_ftp_client(host):
    ftp = FTP(host)  # cleartext FTP is the InsecureFtp rule's business
    ftp.login()
    ftp.retrlines("LIST")


def client_from_parameter(ftps):
    ftps.retrlines("LIST")


def client_from_caller(make_client):
    ftps = make_client()
    ftps.retrlines("LIST")


# --- Clients kept in attributes: reported only when the class never calls prot_p() on them ---

class Uploader:
    def __init__(self, host):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}

    def login(self, user, password):
        self.ftps.login(user, password)

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)  # Noncompliant {{Call "prot_p()" on this FTP_TLS client before this transfer on every path; until then its data travels in clear text.}}
#       ^^^^^^^^^^^^^^^^^^^^

    def listing(self):
        return self.ftps.nlst()  # one issue per client: the first transfer


class ProtectedInInit:
    def __init__(self, host, user, password):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())
        self.ftps.login(user, password)
        self.ftps.prot_p()

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)


class ProtectedInAnotherMethod:
    def __init__(self, host):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())

    def secure(self):
        self.ftps.prot_p()

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)  # whether secure() ran first is not known: silent


class HandsItsClientOver:
    def __init__(self, host):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())

    def client(self):
        return self.ftps

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)


class ClientFromAParameter:
    def __init__(self, ftps):
        self.ftps = ftps

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)


def client_handed_to_helper(host, user, password, secure_channel):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    secure_channel(ftps)  # may call prot_p()
    ftps.nlst()


def protection_in_closure(host, user, password, run):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    run(lambda: ftps.prot_p())
    ftps.nlst()


def protect_through_method_reference(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    protect = ftps.prot_p
    protect()
    ftps.nlst()


def protect_through_alias(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    same = ftps
    same.login(user, password)
    same.prot_p()
    ftps.nlst()


def plain_settings_do_not_matter(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.encoding = "utf-8"
    ftps.login(user, password)
    ftps.prot_p()
    ftps.set_pasv(True)
    ftps.nlst()


class AlwaysProtected(FTP_TLS):
    def login(self, user="", passwd="", acct="", secure=True):
        response = super().login(user, passwd, acct, secure)
        self.prot_p()
        return response


def subclass_that_protects_on_login(host, user, password):
    client = AlwaysProtected(host, context=ssl.create_default_context())
    client.login(user, password)
    client.nlst()


class WrapsDataConnections(FTP_TLS):
    def ntransfercmd(self, cmd, rest=None):
        conn, size = super().ntransfercmd(cmd, rest)
        return self.context.wrap_socket(conn, server_hostname=self.host), size


def subclass_with_own_data_channel(host, user, password):
    client = WrapsDataConnections(host, context=ssl.create_default_context())
    client.login(user, password)
    client.nlst()


CLIENT = None


def global_client(host, user, password):
    global CLIENT
    CLIENT = FTP_TLS(host, context=ssl.create_default_context())
    CLIENT.login(user, password)
    CLIENT.nlst()  # other functions may have protected the shared client


# ---------------------------------------------------------------- accepted gaps

def fn_context_manager_that_swallows_errors(host, user, password):
    # contextlib.suppress may skip the rest of its body; the analysis assumes a with body runs to its end
    from contextlib import suppress
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    with suppress(ftplib.error_perm):
        ftps.prot_p()
    ftps.nlst()


def fn_client_chosen_in_branches(primary, backup, user, password, use_backup):
    # two creations reach the same name: the analysis does not know which one the calls use
    if use_backup:
        ftps = FTP_TLS(backup, context=ssl.create_default_context())
    else:
        ftps = FTP_TLS(primary, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()


def fn_client_in_attribute(host, user, password):
    # attributes are not followed, even when set in the same function
    holder = Uploader(host)
    holder.ftps = FTP_TLS(host, context=ssl.create_default_context())
    holder.ftps.login(user, password)
    holder.ftps.nlst()


def fn_client_logged(host, user, password, log):
    # any use as an argument gives the client up, even one that cannot protect it
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    log.info("connected: %s", ftps)
    ftps.nlst()


def reassigned_client_in_function_with_try(first_host, second_host, user, password):
    # the try statement assigns no client: each use of the reused name is tied to the creation before it
    ftps = FTP_TLS(first_host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.nlst()
    ftps = FTP_TLS(second_host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^
    try:
        ftps.quit()
    except ftplib.all_errors:
        pass


def fn_reassigned_client_inside_try(first_host, second_host, user, password):
    # a client assigned inside a try statement: the graph does not show where an exception leaves the try, so the
    # reused name cannot be tied to one creation
    ftps = FTP_TLS(first_host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.nlst()
    try:
        ftps = FTP_TLS(second_host, context=ssl.create_default_context())
        ftps.login(user, password)
        ftps.nlst()
    except ftplib.all_errors:
        pass


def fp_correlated_conditions(host, user, password, secure):
    # the analysis does not relate the two conditions; prot_p() only in one branch is bad practice anyway
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    if secure:
        ftps.prot_p()
    if secure:
        ftps.nlst()  # Noncompliant
#       ^^^^^^^^^


def fp_retry_loop_with_flag(host, user, password):
    # the loop runs at least once, but the analysis does not evaluate "not connected" on entry
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    connected = False
    while not connected:
        try:
            ftps.login(user, password)
            ftps.prot_p()
            connected = True
        except ftplib.error_temp:
            continue
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


# ---------------------------------------------------------------- module level

if __name__ == "__main__":
    module_client = FTP_TLS("files.example.com", context=ssl.create_default_context())
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    module_client.login("reader", "from-env")
    module_client.retrlines("LIST")  # Noncompliant
#   ^^^^^^^^^^^^^^^^^^^^^^^

    protected_module_client = FTP_TLS("files.example.com", context=ssl.create_default_context())
    protected_module_client.login("reader", "from-env")
    protected_module_client.prot_p()
    protected_module_client.retrlines("LIST")
