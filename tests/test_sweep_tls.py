"""The many-machine sweep lets no one in (issue 29), over loopback with real ``dask scheduler``
and ``dask worker`` processes: a small grid runs to the end over mutual TLS; a client without
the certificate, or with one from another CA, is refused and nothing runs; plain TCP to another
host is refused without --insecure-plain-tcp; the local cluster listens on loopback only; and
the plain ``tcp://`` scheduler path still runs on loopback."""
import ipaddress
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytest.importorskip("distributed")
pytest.importorskip("cryptography")

from tinyunet.cli import main  # noqa: E402
from tinyunet.experiment.executors import DaskExecutor, ExecutorError  # noqa: E402
from tinyunet.experiment.security import (check_scheduler_address,  # noqa: E402
                                          write_certificates)

pytestmark = pytest.mark.slow
DASK = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
WORKER = [sys.executable, "-m", "distributed.cli.dask_worker"]
GRID = ["--depths", "1", "--filters", "2", "--size", "16", "--epochs", "1", "--seeds", "0",
        "--quiet"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, process, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if process.poll() is not None:
            raise RuntimeError(f"the scheduler exited: {process.stderr.read()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"nothing listened on port {port}")


def _tls_flags(folder: Path, role: str) -> list[str]:
    return ["--tls-ca-file", str(folder / "ca.pem"), "--tls-cert", str(folder / f"{role}.pem"),
            "--tls-key", str(folder / f"{role}-key.pem")]


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("certs") / "ca"
    write_certificates(folder, hosts=["127.0.0.1"])
    return folder


@pytest.fixture(scope="module")
def tls_cluster(certs, tmp_path_factory):
    """A real scheduler and one worker over mutual TLS on 127.0.0.1, in their own processes."""
    port = _free_port()
    address = f"tls://127.0.0.1:{port}"
    env = dict(os.environ, DASK_DISTRIBUTED__COMM__REQUIRE_ENCRYPTION="True")
    logs = tmp_path_factory.mktemp("dask-logs")
    scheduler = subprocess.Popen(
        DASK + ["--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0",
                "--no-dashboard", *_tls_flags(certs, "scheduler")],
        stdout=open(logs / "scheduler.out", "w"), stderr=subprocess.PIPE, text=True, env=env)
    worker = None
    try:
        _wait_for_port(port, scheduler)
        worker = subprocess.Popen(
            WORKER + [address, "--nthreads", "1", "--nworkers", "1", "--host", "127.0.0.1",
                      "--no-dashboard", *_tls_flags(certs, "worker")],
            stdout=open(logs / "worker.out", "w"), stderr=open(logs / "worker.err", "w"),
            env=env)
        yield address
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()


def test_a_grid_runs_to_the_end_over_mutual_tls(tls_cluster, certs, small_data, tmp_path,
                                                capsys):
    out = tmp_path / "sw"
    code = main(["sweep", "--data-dir", str(small_data), *GRID, "--scheduler", tls_cluster,
                 *_tls_flags(certs, "client"), "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "best mean test Dice: depth 1, 2 filters" in capsys.readouterr().out
    assert [p.name for p in (out / "runs").iterdir()] == ["d1_f2_s0"]


def test_a_client_without_a_certificate_is_refused_and_nothing_runs(tls_cluster, small_data,
                                                                   tmp_path, capsys):
    out = tmp_path / "sw"
    code = main(["sweep", "--data-dir", str(small_data), *GRID, "--scheduler", tls_cluster,
                 "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "needs the client's certificate" in err and err.count("\n") == 1
    assert not out.exists()


def test_a_client_with_another_cas_certificate_is_refused(tls_cluster, small_data, tmp_path,
                                                          capsys):
    stranger = tmp_path / "stranger"
    write_certificates(stranger, hosts=["127.0.0.1"])
    out = tmp_path / "sw"
    code = main(["sweep", "--data-dir", str(small_data), *GRID, "--scheduler", tls_cluster,
                 *_tls_flags(stranger, "client"), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "cannot connect to the Dask scheduler" in err
    assert err.count("\n") == 1
    assert not out.exists()


def test_a_plain_tcp_client_is_not_let_in_to_the_tls_scheduler(tls_cluster):
    plain = "tcp://" + tls_cluster.split("://", 1)[1]
    with pytest.raises(ExecutorError, match="cannot connect"):
        DaskExecutor(scheduler=plain, connect_timeout=5)


@pytest.mark.parametrize("address, allowed", [
    ("tcp://127.0.0.1:8786", True), ("tcp://localhost:8786", True),
    ("tcp://[::1]:8786", True), ("tls://192.0.2.7:8786", True),
    ("tcp://192.0.2.7:8786", False), ("192.0.2.7:8786", False),
    ("tcp://cluster.example.org:8786", False), ("ws://127.0.0.1:8786", False)])
def test_plain_tcp_to_another_host_is_refused(address, allowed):
    if allowed:
        check_scheduler_address(address)
    else:
        with pytest.raises(ExecutorError):
            check_scheduler_address(address)


def test_the_command_refuses_plain_tcp_off_this_machine_before_connecting(tmp_path, capsys):
    out = tmp_path / "sw"
    code = main(["sweep", *GRID, "--scheduler", "tcp://192.0.2.7:8786", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "--insecure-plain-tcp" in err and err.count("\n") == 1
    assert not out.exists()
    # with the flag it is the user's choice: it tries (nothing listens at that test address)
    code = main(["sweep", *GRID, "--scheduler", "tcp://192.0.2.7:8786", "--insecure-plain-tcp",
                 "--connect-timeout", "2", "--out", str(out)])
    assert code == 2 and "cannot connect" in capsys.readouterr().err


def test_the_plain_tcp_scheduler_path_runs_on_loopback(small_data, tmp_path, capsys):
    port = _free_port()
    scheduler = subprocess.Popen(DASK + ["--host", "127.0.0.1", "--port", str(port),
                                         "--no-dashboard"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    worker = None
    try:
        _wait_for_port(port, scheduler)
        worker = subprocess.Popen(WORKER + [f"tcp://127.0.0.1:{port}", "--nthreads", "1",
                                            "--host", "127.0.0.1", "--no-dashboard"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = tmp_path / "sw"
        code = main(["sweep", "--data-dir", str(small_data), *GRID, "--scheduler",
                     f"tcp://127.0.0.1:{port}", "--out", str(out)])
        assert code == 0, capsys.readouterr().err
        assert [p.name for p in (out / "runs").iterdir()] == ["d1_f2_s0"]
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                process.wait(30)


def _host(address: str) -> str:
    return urlsplit(address).hostname


def test_the_local_cluster_listens_on_loopback_only():
    with DaskExecutor(workers=1, threads_per_run=1) as executor:
        info = executor.client.scheduler_info()
        addresses = [executor.client.scheduler.address, *info["workers"]]
        addresses += [w["nanny"] for w in info["workers"].values() if w.get("nanny")]
        dashboard = executor.client.dashboard_link
    hosts = {_host(a) for a in addresses}
    assert hosts and all(ipaddress.ip_address(h).is_loopback for h in hosts), addresses
    if dashboard:
        assert ipaddress.ip_address(_host(dashboard)).is_loopback, dashboard


def test_certs_writes_private_keys_readable_by_their_owner_only(tmp_path, capsys):
    out = tmp_path / "c"
    assert main(["certs", "--out", str(out), "--host", "10.0.0.5", "--host", "node1"]) == 0
    names = {p.name for p in out.iterdir()}
    assert names == {"ca.pem", "ca-key.pem", "scheduler.pem", "scheduler-key.pem", "worker.pem",
                     "worker-key.pem", "client.pem", "client-key.pem"}
    for name in names:
        mode = (out / name).stat().st_mode & 0o777
        assert mode == (0o600 if name.endswith("-key.pem") else 0o644), name
    from cryptography import x509
    cert = x509.load_pem_x509_certificate((out / "scheduler.pem").read_bytes())
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "node1" in san.get_values_for_type(x509.DNSName)
    assert ipaddress.ip_address("10.0.0.5") in san.get_values_for_type(x509.IPAddress)
    # a second time into the same folder: refused, nothing overwritten
    before = (out / "ca-key.pem").read_bytes()
    assert main(["certs", "--out", str(out)]) == 2
    assert (out / "ca-key.pem").read_bytes() == before
