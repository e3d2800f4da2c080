import pytest
from django.contrib.auth.models import Group

from kb.demo.loader import DemoLoader


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site (rolled back after each test)."""
    with django_db_blocker.unblock():
        DemoLoader().load()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.invalid", "pw")


@pytest.fixture
def make_user(django_user_model):
    def make(username: str, *groups: str):
        user = django_user_model.objects.create_user(username, f"{username}@example.invalid", "pw")
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make
