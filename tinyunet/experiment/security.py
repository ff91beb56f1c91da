"""Who may talk to a sweep's Dask cluster: mutual TLS for a scheduler on the network, and a
refusal of plain TCP off this machine.

A Dask scheduler runs whatever task a connected client submits, with the permissions of the
workers' user: anyone who can reach a plain ``tcp://`` scheduler can run any code on every
worker. Dask's answer is mutual TLS (``tls://`` addresses): the scheduler, the workers and the
client each hold a certificate signed by one certificate authority (CA), and each side refuses a
peer whose certificate that CA did not sign. So:

* :func:`check_scheduler_address` refuses a ``tcp://`` address of a host that is not this
  machine unless the caller says ``allow_plain_tcp`` (``--insecure-plain-tcp``);
* :func:`client_security` gives the client's :class:`distributed.Security` from the three files
  (``--tls-ca-file``, ``--tls-cert``, ``--tls-key``: the names of the flags of ``dask scheduler``
  and ``dask worker``), or from Dask's own configuration (``distributed.comm.tls.ca-file``,
  ``distributed.comm.tls.client.cert`` and ``.key``; e.g. ``DASK_DISTRIBUTED__COMM__TLS__CA_FILE``);
* :func:`write_certificates` makes a CA and a certificate and key for the scheduler, the workers
  and the client (``tinyunet certs``), with the ``cryptography`` package.

What TLS does not do: anyone holding a certificate signed by the CA (and its key) is let in, so
the CA's key (``ca-key.pem``) must stay with whoever makes certificates, and the other keys with
the machines that use them.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import socket
from pathlib import Path
from urllib.parse import urlsplit

from .executors import ExecutorError

ROLES = ("scheduler", "worker", "client")


def _is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this machine's loopback interface; a name
    counts only if every address it resolves to is loopback."""
    if host in ("", "localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback
                               for info in infos)


def check_scheduler_address(address: str, allow_plain_tcp: bool = False) -> str:
    """The scheme of a scheduler address (``tls`` or ``tcp``), or ExecutorError in one line:
    for another scheme, or for plain ``tcp://`` to a host that is not this machine unless
    ``allow_plain_tcp``."""
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    scheme, host = parts.scheme, parts.hostname or ""
    if scheme not in ("tls", "tcp"):
        raise ExecutorError(f"--scheduler {address}: use a tls:// address (or tcp:// on this "
                            "machine); other Dask protocols are not supported here")
    if scheme == "tcp" and not _is_loopback(host) and not allow_plain_tcp:
        raise ExecutorError(
            f"--scheduler {address} is plain TCP to another machine: anyone who can reach it "
            "can run code on every worker. Use tls:// with --tls-ca-file/--tls-cert/--tls-key "
            "(tinyunet certs makes them), or pass --insecure-plain-tcp on a network you trust")
    return scheme


def client_security(ca_file=None, cert=None, key=None):
    """The client's :class:`distributed.Security` for a ``tls://`` scheduler: from the three
    files when any is given (all three are then needed), else from Dask's configuration. Raises
    ExecutorError in one line when neither names a CA, a certificate and a key, or a file is
    missing."""
    from distributed import Security
    given = {"--tls-ca-file": ca_file, "--tls-cert": cert, "--tls-key": key}
    if any(given.values()):
        missing = [flag for flag, value in given.items() if not value]
        if missing:
            raise ExecutorError(f"a TLS client needs all of --tls-ca-file, --tls-cert and "
                                f"--tls-key; missing {', '.join(missing)}")
        for flag, value in given.items():
            if not Path(value).is_file():
                raise ExecutorError(f"{flag} {value}: no such file")
        return Security(tls_ca_file=str(ca_file), tls_client_cert=str(cert),
                        tls_client_key=str(key), require_encryption=True)
    security = Security()                 # Dask's configuration: distributed.comm.tls.*
    if not (security.tls_ca_file and security.tls_client_cert):
        raise ExecutorError("a tls:// scheduler needs the client's certificate: pass "
                            "--tls-ca-file, --tls-cert and --tls-key, or set Dask's "
                            "distributed.comm.tls.ca-file and distributed.comm.tls.client.cert "
                            "and .key")
    return security


def write_certificates(out_dir, hosts=(), days: int = 365) -> dict[str, Path]:
    """Write a new CA (``ca.pem``, ``ca-key.pem``) and, signed by it, a certificate and key for
    each role (``scheduler.pem``/``scheduler-key.pem``, ``worker``, ``client``) into
    ``out_dir``; the scheduler's and workers' certificates name ``hosts`` (and localhost) as
    the machines they may serve from. Keys are written readable by their owner only. Returns
    {file name: path}. Needs the ``cryptography`` package."""
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    except ImportError:
        raise ExecutorError('making certificates needs the cryptography package: pip install '
                            '"tinyunet[distributed]"') from None
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise ExecutorError(f"{out} is not empty; choose a new folder (nothing was written)")
    now = datetime.datetime.now(datetime.timezone.utc)

    def name(common):
        return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "tinyunet sweep"),
                          x509.NameAttribute(NameOID.COMMON_NAME, common)])

    def sign(subject, public_key, issuer, issuer_key, ca: bool, san=(), usage=()):
        builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
                   .public_key(public_key).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(minutes=5))
                   .not_valid_after(now + datetime.timedelta(days=days))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if san:
            builder = builder.add_extension(x509.SubjectAlternativeName(list(san)),
                                            critical=False)
        if usage:
            builder = builder.add_extension(x509.ExtendedKeyUsage(list(usage)), critical=False)
        return builder.sign(issuer_key, hashes.SHA256())

    def alt_names(names):
        found = []
        for host in dict.fromkeys(["localhost", "127.0.0.1", *names]):
            try:
                found.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                found.append(x509.DNSName(host))
        return found

    out.mkdir(parents=True, exist_ok=True)
    written = {}

    def save(file_name, data: bytes, private: bool):
        path = out / file_name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        written[file_name] = path

    def key_bytes(key):
        return key.private_bytes(serialization.Encoding.PEM,
                                 serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = name("tinyunet sweep CA")
    ca_cert = sign(ca_name, ca_key.public_key(), ca_name, ca_key, ca=True)
    save("ca.pem", ca_cert.public_bytes(serialization.Encoding.PEM), private=False)
    save("ca-key.pem", key_bytes(ca_key), private=True)
    both = (ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH)
    for role in ROLES:
        key = ec.generate_private_key(ec.SECP256R1())
        san = alt_names(hosts) if role != "client" else ()
        cert = sign(name(f"tinyunet {role}"), key.public_key(), ca_name, ca_key, ca=False,
                    san=san, usage=both)
        save(f"{role}.pem", cert.public_bytes(serialization.Encoding.PEM), private=False)
        save(f"{role}-key.pem", key_bytes(key), private=True)
    return written
