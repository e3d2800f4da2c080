import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_ensure_admin_generates_a_password_once(tmp_path, settings, capsys):
    settings.VAR_DIR = tmp_path
    call_command("ensure_admin", username="chief")
    first = capsys.readouterr().out
    saved = (tmp_path / "admin-credentials.txt").read_text()
    password = saved.split("password: ")[1].strip()
    assert len(password) >= 12 and password in first
    assert get_user_model().objects.get(username="chief").check_password(password)

    call_command("ensure_admin", username="chief")
    assert "exists" in capsys.readouterr().out
    assert (tmp_path / "admin-credentials.txt").read_text() == saved
