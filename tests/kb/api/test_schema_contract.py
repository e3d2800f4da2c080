"""The schema is a published contract: the committed SDL must match the live schema, and
everything in it is described."""

from pathlib import Path

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    print_schema,
)

from kb.api.schema import schema

SDL = Path(__file__).resolve().parents[3] / "kb" / "api" / "schema.graphql"
BUILT_IN = {"String", "Int", "Float", "Boolean", "ID"}


def test_committed_sdl_matches_the_live_schema():
    assert SDL.read_text(encoding="utf-8") == print_schema(schema.graphql_schema), (
        "The schema changed: review the change for partners, then run "
        "`python manage.py graphql_schema` and commit kb/api/schema.graphql."
    )


def test_every_type_field_and_argument_is_described():
    missing = []
    for name, graphql_type in schema.graphql_schema.type_map.items():
        if name.startswith("__") or name in BUILT_IN:
            continue
        if not graphql_type.description:
            missing.append(name)
        if isinstance(graphql_type, (GraphQLObjectType, GraphQLInterfaceType)):
            for field_name, field in graphql_type.fields.items():
                if not field.description:
                    missing.append(f"{name}.{field_name}")
                missing += [
                    f"{name}.{field_name}({arg})"
                    for arg, a in field.args.items()
                    if not a.description
                ]
        if isinstance(graphql_type, GraphQLInputObjectType):
            missing += [f"{name}.{f}" for f, v in graphql_type.fields.items() if not v.description]
        if isinstance(graphql_type, GraphQLEnumType):
            missing += [f"{name}.{v}" for v, d in graphql_type.values.items() if not d.description]
    assert missing == []


def test_root_fields_of_the_pinned_interface_exist():
    fields = schema.graphql_schema.query_type.fields
    for name in (
        "page",
        "pages",
        "procedure",
        "services",
        "topics",
        "search",
        "autocomplete",
        "emergencyContacts",
    ):
        assert name in fields
