"""The partners' guide stays true to the contract: its GraphQL, the embedding example's
query and the TypeScript example's operations all validate against the committed SDL, and
the types graphql-codegen generated from them are committed beside them."""

import re
from pathlib import Path

import pytest
from graphql import build_schema, is_scalar_type, parse, validate

ROOT = Path(__file__).resolve().parents[3]
SDL = build_schema((ROOT / "kb" / "api" / "schema.graphql").read_text(encoding="utf-8"))
GUIDE = (ROOT / "docs" / "partners.md").read_text(encoding="utf-8")
TYPESCRIPT = ROOT / "docs" / "typescript"


def problems(document: str) -> list[str]:
    return [error.message for error in validate(SDL, parse(document))]


def guide_documents() -> list[str]:
    blocks = re.findall(r"```graphql\n(.*?)```", GUIDE, re.DOTALL)
    blocks += re.findall(r"const QUERY = `(.*?)`;", GUIDE, re.DOTALL)
    blocks += re.findall(r"gql`(.*?)`", GUIDE, re.DOTALL)
    return blocks


def test_the_guide_has_examples_to_check():
    assert len(guide_documents()) >= 3


@pytest.mark.parametrize("document", guide_documents())
def test_every_query_in_the_guide_is_valid(document):
    assert problems(document) == []


def test_the_typescript_examples_operations_are_valid():
    operations = (TYPESCRIPT / "operations.graphql").read_text(encoding="utf-8")
    assert problems(operations) == []
    apollo = (TYPESCRIPT / "apollo.ts").read_text(encoding="utf-8")
    documents = re.findall(r"gql`(.*?)`", apollo, re.DOTALL)
    assert len(documents) == 2
    for document in documents:
        assert problems(document) == []


def test_the_generated_types_cover_every_operation():
    operations = (TYPESCRIPT / "operations.graphql").read_text(encoding="utf-8")
    generated = (TYPESCRIPT / "generated.ts").read_text(encoding="utf-8")
    names = re.findall(r"^query (\w+)", operations, re.MULTILINE)
    assert names
    for name in names:
        assert f"export type {name}Query = " in generated
        assert f"export type {name}QueryVariables = " in generated
    # Generated from the current SDL: the enums it names are the schema's.
    locale = generated.split("export type Locale =", 1)[1].split(";", 1)[0]
    assert "| 'CS'" in locale and "| 'EN'" in locale


def test_the_generated_types_are_those_of_the_committed_sdl():
    """A partner copying ``generated.ts`` gets every type and union member of the schema
    (regenerate it with ``npx graphql-codegen --config codegen.ts`` after changing the SDL)."""
    generated = (TYPESCRIPT / "generated.ts").read_text(encoding="utf-8")
    declared = set(re.findall(r"^export type (\w+) =", generated, re.MULTILINE))
    for name, graphql_type in SDL.type_map.items():
        if name.startswith("__") or name in {"Query", "Mutation"} or is_scalar_type(graphql_type):
            continue  # scalars are members of the generated `Scalars`
        assert name in declared, f"{name} is missing from docs/typescript/generated.ts"
        members = getattr(graphql_type, "types", None)  # a union
        if members:
            line = generated.split(f"export type {name} = ", 1)[1].split(";", 1)[0]
            assert {m.name for m in members} == set(line.split(" | ")), name
