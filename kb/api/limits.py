"""Limits on what one GraphQL document may ask, measured before anything runs.

One walk over the chosen operation (fragments inlined, cycles cut) measures:
- depth: nesting of fields (introspection has its own, looser allowance, as GraphiQL's
  schema query nests type references deeply);
- aliases: how many fields are renamed, since aliases repeat expensive fields;
- list nesting: lists inside lists multiply work; introspection may nest three (what the
  standard schema query needs), data a little more;
- cost: every field costs 1, multiplied by the page size (`first`) of every connection
  above it, so one wide page or many narrow ones cost alike.
"""

from dataclasses import dataclass

from django.conf import settings
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_list_type,
)
from graphql.type.introspection import SchemaMetaFieldDef, TypeMetaFieldDef

from .errors import (
    LISTS_TOO_NESTED,
    QUERY_TOO_COMPLEX,
    QUERY_TOO_DEEP,
    TOO_MANY_ALIASES,
    ApiError,
)

INTROSPECTION_MAX_DEPTH = 16
INTROSPECTION_MAX_LIST_NESTING = 3
STOP_AT = 64


@dataclass
class Measure:
    depth: int = 0
    introspection_depth: int = 0
    aliases: int = 0
    list_nesting: int = 0
    introspection_list_nesting: int = 0
    cost: int = 0


class _Walker:
    def __init__(self, schema: GraphQLSchema, fragments: dict, variables: dict):
        self.schema = schema
        self.fragments = fragments
        self.variables = variables or {}
        self.measure = Measure()

    def walk(self, selection_set, parent_type, *, depth, lists, multiplier, introspection, seen):
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                self.field(selection, parent_type, depth, lists, multiplier, introspection, seen)
            elif isinstance(selection, InlineFragmentNode):
                narrowed = self.type_named(selection.type_condition) or parent_type
                self.walk(
                    selection.selection_set,
                    narrowed,
                    depth=depth,
                    lists=lists,
                    multiplier=multiplier,
                    introspection=introspection,
                    seen=seen,
                )
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen or len(seen) > STOP_AT:
                    continue  # unknown, cyclic or absurdly chained: validation reports it
                self.walk(
                    fragment.selection_set,
                    self.type_named(fragment.type_condition) or parent_type,
                    depth=depth,
                    lists=lists,
                    multiplier=multiplier,
                    introspection=introspection,
                    seen=seen | {name},
                )

    def field(self, node: FieldNode, parent_type, depth, lists, multiplier, introspection, seen):
        name = node.name.value
        if name == "__typename":
            return
        depth += 1
        if depth > STOP_AT:
            # Already over every limit: record it and stop before Python's recursion does.
            self.measure.depth = max(self.measure.depth, depth)
            return
        introspection = introspection or name in ("__schema", "__type")
        m = self.measure
        if node.alias is not None:
            m.aliases += 1
        m.cost += multiplier
        definition = self.field_def(parent_type, name)
        field_type = definition.type if definition else None
        if field_type is not None and is_list_type(get_nullable_type(field_type)):
            lists += 1
        if introspection:
            m.introspection_depth = max(m.introspection_depth, depth)
            m.introspection_list_nesting = max(m.introspection_list_nesting, lists)
        else:
            m.depth = max(m.depth, depth)
            m.list_nesting = max(m.list_nesting, lists)
            if definition is not None and "first" in definition.args:
                multiplier *= self.page_size(node)
        self.walk(
            node.selection_set,
            get_named_type(field_type) if field_type else None,
            depth=depth,
            lists=lists,
            multiplier=multiplier,
            introspection=introspection,
            seen=seen,
        )

    def field_def(self, parent_type, name):
        if name == "__schema":
            return SchemaMetaFieldDef
        if name == "__type":
            return TypeMetaFieldDef
        fields = getattr(parent_type, "fields", None)
        return fields.get(name) if fields else None

    def type_named(self, type_condition):
        return self.schema.get_type(type_condition.name.value) if type_condition else None

    def page_size(self, node: FieldNode) -> int:
        for argument in node.arguments:
            if argument.name.value != "first":
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return _clamp(int(value.value))
            if isinstance(value, VariableNode):
                given = self.variables.get(value.name.value)
                if isinstance(given, int) and not isinstance(given, bool):
                    return _clamp(given)
        return settings.KB_API_DEFAULT_PAGE_SIZE


def _clamp(size: int) -> int:
    # Sizes over the maximum are refused by the field itself; cost counts what may run.
    return max(1, min(size, settings.KB_API_MAX_PAGE_SIZE))


def measure(schema: GraphQLSchema, document: DocumentNode, operation_name, variables) -> Measure:
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    walker = _Walker(schema, fragments, variables if isinstance(variables, dict) else {})
    for operation in operations:
        root = schema.get_root_type(operation.operation)
        walker.walk(
            operation.selection_set,
            root,
            depth=0,
            lists=0,
            multiplier=1,
            introspection=False,
            seen=frozenset(),
        )
    return walker.measure


def check(
    schema: GraphQLSchema, document: DocumentNode, operation_name, variables
) -> list[ApiError]:
    """The limits ``document`` breaks, each as a partner-readable error."""
    m = measure(schema, document, operation_name, variables)
    errors = []
    if m.depth > settings.KB_API_MAX_DEPTH or m.introspection_depth > INTROSPECTION_MAX_DEPTH:
        errors.append(
            ApiError(
                QUERY_TOO_DEEP,
                f"The query nests fields {max(m.depth, m.introspection_depth)} deep; "
                f"the limit is {settings.KB_API_MAX_DEPTH}.",
                maxDepth=settings.KB_API_MAX_DEPTH,
            )
        )
    if m.aliases > settings.KB_API_MAX_ALIASES:
        errors.append(
            ApiError(
                TOO_MANY_ALIASES,
                f"The query uses {m.aliases} aliases; the limit is {settings.KB_API_MAX_ALIASES}.",
                maxAliases=settings.KB_API_MAX_ALIASES,
            )
        )
    if (
        m.list_nesting > settings.KB_API_MAX_LIST_NESTING
        or m.introspection_list_nesting > INTROSPECTION_MAX_LIST_NESTING
    ):
        errors.append(
            ApiError(
                LISTS_TOO_NESTED,
                "The query nests lists inside lists too deeply.",
                maxListNesting=settings.KB_API_MAX_LIST_NESTING,
            )
        )
    if m.cost > settings.KB_API_MAX_COST:
        errors.append(
            ApiError(
                QUERY_TOO_COMPLEX,
                f"The query would cost {m.cost}; the limit is {settings.KB_API_MAX_COST}. "
                "Ask for fewer items per page or fewer fields.",
                cost=m.cost,
                maxCost=settings.KB_API_MAX_COST,
            )
        )
    return errors
