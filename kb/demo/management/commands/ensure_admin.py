import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Make sure an admin account exists; a new one gets a generated password."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="admin")

    def handle(self, *args: Any, username: str, **options: Any) -> None:
        credentials = settings.VAR_DIR / "admin-credentials.txt"
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            hint = f" (password in {credentials})" if credentials.exists() else ""
            self.stdout.write(f"Admin account '{username}' exists{hint}.")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username, f"{username}@example.invalid", password)
        credentials.parent.mkdir(parents=True, exist_ok=True)
        credentials.write_text(f"username: {username}\npassword: {password}\n")
        credentials.chmod(0o600)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created admin account — log in at /admin/ as '{username}' with password: "
                f"{password}\n(also saved in {credentials})"
            )
        )
