"""Creating and checking API keys. A key reads ``kb_<prefix>_<secret>``: the prefix finds
the row, the SHA-256 of the whole key proves it. The secrets are long and random, so a
fast hash is enough (no password stretching needed)."""

import datetime
import hashlib
import hmac
import secrets

from django.utils import timezone

from .models import ApiKey, Scope

KEY_PREFIX = "kb"
# Writing last_used_at on every request would add a write to every read.
LAST_USED_RESOLUTION = datetime.timedelta(hours=1)


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


def api_key_create(
    *,
    name: str,
    scope: str,
    origins: tuple[str, ...] = (),
    rate_limit_per_minute: int | None = None,
) -> tuple[ApiKey, str]:
    """Returns the key and its secret text, which is never stored."""
    if scope not in Scope.values:
        raise ValueError(f"Unknown scope {scope!r}; use one of {', '.join(Scope.values)}.")
    prefix = secrets.token_hex(4)
    raw_key = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey.objects.create(
        name=name,
        prefix=prefix,
        secret_hash=_digest(raw_key),
        scope=scope,
        allowed_origins="\n".join(origins),
        rate_limit_per_minute=rate_limit_per_minute,
    )
    return key, raw_key


def api_key_authenticate(raw_key: str) -> ApiKey | None:
    """The active key matching ``raw_key``, or None."""
    parts = raw_key.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    key = ApiKey.objects.filter(prefix=parts[1], is_active=True).first()
    if key is None or not hmac.compare_digest(key.secret_hash, _digest(raw_key)):
        return None
    _touch(key)
    return key


def _touch(key: ApiKey) -> None:
    now = timezone.now()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
        key.last_used_at = now
