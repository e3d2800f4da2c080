from django.apps import AppConfig


class GrappleBenchConfig(AppConfig):
    """Listed before "grapple" in bench/grapple_settings.py: its ready() runs first and
    annotates the page models grapple then builds its types from."""

    name = "bench.grapple_support"
    label = "bench_grapple"

    def ready(self) -> None:
        from grapple.models import GraphQLStreamfield, GraphQLString

        from kb.guidance.models import GuidancePage, KnowledgePage, ProcedurePage

        shared = [GraphQLString("summary"), GraphQLStreamfield("body")]
        KnowledgePage.graphql_fields = shared
        GuidancePage.graphql_fields = shared
        ProcedurePage.graphql_fields = [*shared, GraphQLStreamfield("steps")]
