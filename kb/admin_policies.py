"""Admin permission policies shared by the apps' viewsets."""

from wagtail.permission_policies import ModelPermissionPolicy


class DeniedActionsPolicy(ModelPermissionPolicy):
    """The model's ordinary permissions, except actions nobody may take in the admin (e.g.
    keys are only created by a command that can show the secret once)."""

    def __init__(self, model, *, denied: tuple[str, ...], **kwargs):
        super().__init__(model, **kwargs)
        self.denied = frozenset(denied)

    def user_has_permission(self, user, action):
        if action in self.denied:
            return False
        return super().user_has_permission(user, action)
