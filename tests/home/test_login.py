"""The professionals' sign-in page has the quick exit too."""

import pytest

pytestmark = pytest.mark.django_db


def test_login_page_has_the_quick_exit(client):
    html = client.get("/login/").content.decode()
    assert "data-quick-exit" in html
