"""A resolver asks for costly parts only when the caller's query selects them, however the
selection is written (fragments, inline fragments, aliases)."""

import graphene
import pytest

from kb.api.core.selection import selects


class Edge(graphene.ObjectType):
    highlights = graphene.String()
    score = graphene.Float()


class Result(graphene.ObjectType):
    facets = graphene.String()
    edges = graphene.List(Edge)
    asked = graphene.List(graphene.String)


class Query(graphene.ObjectType):
    search = graphene.Field(Result)

    @staticmethod
    def resolve_search(_root, info):
        asked = [name for name, path in PARTS.items() if selects(info, *path)]
        return Result(asked=asked, edges=[])


PARTS = {"facets": ("facets",), "highlights": ("edges", "highlights")}
schema = graphene.Schema(query=Query)


@pytest.mark.parametrize(
    ("document", "asked"),
    [
        ("{ search { asked } }", []),
        ("{ search { asked edges { score } } }", []),
        ("{ search { asked facets } }", ["facets"]),
        ("{ search { asked edges { highlights } } }", ["highlights"]),
        ("{ search { asked f: facets e: edges { h: highlights } } }", ["facets", "highlights"]),
        (
            "{ search { ...R } } fragment R on Result { asked edges { ...E } }"
            " fragment E on Edge { highlights }",
            ["highlights"],
        ),
        ("{ search { asked ... on Result { facets } } }", ["facets"]),
    ],
)
def test_costly_parts_are_asked_only_when_selected(document, asked):
    result = schema.execute(document)
    assert result.errors is None
    assert result.data["search"]["asked"] == asked
