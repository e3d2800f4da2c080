import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest


@pytest.fixture(scope="session")
def redis_url():
    """A real Redis: REDIS_TEST_URL if set, else Debian's redis-server started here on a
    free port (it starts in milliseconds) and stopped after the session."""
    if os.environ.get("REDIS_TEST_URL"):
        yield os.environ["REDIS_TEST_URL"]
        return
    binary = shutil.which("redis-server")
    if not binary:
        pytest.fail("redis-server is missing: bash tests/support/system-packages.sh installs it")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    workdir = tempfile.mkdtemp(prefix="kb-redis-")
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)
