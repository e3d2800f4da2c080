"""Partner API keys. Only a hash of the secret is stored: a leaked database does not leak
keys, and a lost key is replaced, never recovered."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from kb.guidance.visibility import Viewer


class Scope(models.TextChoices):
    PUBLIC = "public", _("Public content")
    PROFESSIONAL = "professional", _("Public and professionals-only content")


class ApiKey(models.Model):
    name = models.CharField(_("name"), max_length=120, help_text=_("Who holds the key."))
    prefix = models.CharField(_("key prefix"), max_length=16, unique=True, editable=False)
    secret_hash = models.CharField(max_length=64, editable=False)
    scope = models.CharField(_("scope"), max_length=16, choices=Scope.choices)
    allowed_origins = models.TextField(
        _("allowed origins"),
        blank=True,
        help_text=_(
            "Browser origins allowed to call the API with this key, one per line, "
            "e.g. https://www.example.cz"
        ),
    )
    rate_limit_per_minute = models.PositiveIntegerField(
        _("rate limit per minute"),
        null=True,
        blank=True,
        help_text=_("Empty: the default for the key's scope."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to revoke the key at once.")
    )
    persisted_queries_only = models.BooleanField(
        _("registered queries only"),
        default=False,
        help_text=_("Tick to let this key run only the registered persisted queries."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def origins(self) -> list[str]:
        return [
            line.strip().rstrip("/") for line in self.allowed_origins.splitlines() if line.strip()
        ]

    @property
    def viewer(self) -> Viewer:
        return Viewer(professional=self.scope == Scope.PROFESSIONAL)


class Tombstone(models.Model):
    """A page that left some partners' view: deleted, unpublished, or restricted to
    professionals. ``deletions(since:)`` lists them so partners can mirror content without
    webhooks. Kept small: ids and the visibility before and after, never content."""

    page_id = models.PositiveIntegerField(_("page id"))
    translation_key = models.UUIDField()
    locale = models.CharField(max_length=16)
    reason = models.CharField(max_length=16)  # deleted, unpublished or restricted
    visibility_before = models.CharField(max_length=16)
    visibility_after = models.CharField(max_length=16, blank=True)  # "" once it is gone
    occurred_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("tombstone")
        verbose_name_plural = _("tombstones")
        ordering = ["occurred_at", "pk"]

    def __str__(self) -> str:
        return f"{self.reason} page {self.page_id} at {self.occurred_at:%Y-%m-%d %H:%M}"


class PersistedQuery(models.Model):
    """A GraphQL document registered by the operators: runnable by its SHA-256 hash by
    anyone, and the only documents a key with ``persisted_queries_only`` may run."""

    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    document = models.TextField(_("document"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("persisted query")
        verbose_name_plural = _("persisted queries")
        ordering = ["name", "sha256"]

    def __str__(self) -> str:
        return self.name or self.sha256[:12]
