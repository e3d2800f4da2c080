"""Admin permission policies shared by the apps' viewsets."""

from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import Model
from wagtail.permission_policies import ModelPermissionPolicy


class DeniedActionsPolicy(ModelPermissionPolicy):
    """The model's ordinary permissions, except actions nobody may take in the admin (e.g.
    keys are only created by a command that can show the secret once)."""

    def __init__(self, model: type[Model], *, denied: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(model, **kwargs)
        self.denied = frozenset(denied)

    def user_has_permission(self, user: AbstractBaseUser | AnonymousUser, action: str) -> bool:
        if action in self.denied:
            return False
        return super().user_has_permission(user, action)
