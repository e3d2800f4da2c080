from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Knowledge-base search"

    def ready(self) -> None:
        from . import client, indexer, signals

        signals.connect()
        if indexer.drain_on_recovery not in client.recovery_hooks:
            client.recovery_hooks.append(indexer.drain_on_recovery)
