"""What every limit rule shares: one measurement per fragment definition, then one per
operation, before anything runs.

A rule says what one field contributes (``field``) and how sibling selections combine
(``merge``); this base class walks the selection sets. Fragments are measured first, in
post-order over the fragments they spread (each definition exactly once, its result kept),
so a spread costs a dictionary lookup however often it is repeated: a document whose
fragments each spread the previous one twice is measured in linear time. A spread that
closes a cycle contributes nothing here; graphql-core's own NoFragmentCyclesRule refuses
the document afterwards.
"""

from typing import Any, ClassVar

from graphql import (
    BREAK,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLNamedType,
    InlineFragmentNode,
    NamedTypeNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationRule,
    get_named_type,
)
from graphql.language.visitor import VisitorAction
from graphql.type.introspection import SchemaMetaFieldDef, TypeMetaFieldDef

# Nesting (fields and inline fragments) beyond which a selection set is not walked further:
# past every limit already, and well before Python's recursion limit.
STOP_AT = 64
INTROSPECTION_ROOTS = ("__schema", "__type")


class MeasuringRule(ValidationRule):
    """Base of the limit rules; subclasses define ``field`` and ``check``, and ``empty`` and
    ``merge`` unless the measure is a count (siblings add up)."""

    empty: ClassVar[Any] = 0
    # Set by ``limit_rules`` for one request: only the operation that will run is measured.
    operation_name: ClassVar[str | None] = None
    variables: ClassVar[dict] = {}

    def field(self, node: FieldNode, definition: GraphQLField | None, child: Any) -> Any:
        raise NotImplementedError

    def merge(self, first: Any, second: Any) -> Any:
        return first + second

    def check(self, measured: Any) -> GraphQLError | None:
        raise NotImplementedError

    def cut(self) -> Any:
        """What a selection set nested deeper than ``STOP_AT`` counts as."""
        return self.empty

    # -- the walk ----------------------------------------------------------------------

    def enter_document(self, node: DocumentNode, *_args: Any) -> VisitorAction:
        self.fragments = {
            d.name.value: d for d in node.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.measured: dict[str, Any] = {}
        for name in self.fragment_order():
            self.measured[name] = self.measure_fragment(self.fragments[name])
        for definition in node.definitions:
            if isinstance(definition, OperationDefinitionNode) and self.runs(definition):
                root = self.context.schema.get_root_type(definition.operation)
                error = self.check(self.measure(definition.selection_set, root))
                if error is not None:
                    self.report_error(error)
        return BREAK  # everything is measured; the rest of the document needs no visit

    def runs(self, operation: OperationDefinitionNode) -> bool:
        if not self.operation_name:
            return True
        return operation.name is not None and operation.name.value == self.operation_name

    def measure_fragment(self, fragment: FragmentDefinitionNode) -> Any:
        return self.measure(fragment.selection_set, self.type_named(fragment.type_condition))

    def measure(
        self,
        selection_set: SelectionSetNode,
        parent_type: GraphQLNamedType | None,
        level: int = 0,
    ) -> Any:
        if level > STOP_AT:
            return self.cut()
        total = self.empty
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                name = selection.name.value
                if name == "__typename":
                    continue
                definition = field_definition(parent_type, name)
                child = self.empty
                if selection.selection_set is not None:
                    child_type = get_named_type(definition.type) if definition else None
                    child = self.measure(selection.selection_set, child_type, level + 1)
                part = self.field(selection, definition, child)
            elif isinstance(selection, InlineFragmentNode):
                narrowed = self.type_named(selection.type_condition) or parent_type
                part = self.measure(selection.selection_set, narrowed, level + 1)
            elif isinstance(selection, FragmentSpreadNode):
                # Unknown or cyclic spreads count as nothing; validation reports them.
                part = self.measured.get(selection.name.value, self.empty)
            else:  # pragma: no cover - graphql-core has no other selection kinds
                continue
            total = self.merge(total, part)
        return total

    def fragment_order(self) -> list[str]:
        """Fragment names, each after every fragment it spreads (back edges of cycles
        dropped). Iterative, so a chain of hundreds of fragments cannot exhaust the stack."""
        order: list[str] = []
        state: dict[str, bool] = {}  # False while on the current path, True when ordered
        for start in self.fragments:
            if start in state:
                continue
            state[start] = False
            stack = [(start, iter(self.spreads_in(start)))]
            while stack:
                name, spreads = stack[-1]
                for spread in spreads:
                    if spread in self.fragments and spread not in state:
                        state[spread] = False
                        stack.append((spread, iter(self.spreads_in(spread))))
                        break
                else:
                    stack.pop()
                    state[name] = True
                    order.append(name)
        return order

    def spreads_in(self, name: str) -> list[str]:
        # graphql-core caches this per selection set and reuses it in NoFragmentCyclesRule.
        spreads = self.context.get_fragment_spreads(self.fragments[name].selection_set)
        return [spread.name.value for spread in spreads]

    def type_named(self, type_condition: NamedTypeNode | None) -> GraphQLNamedType | None:
        return self.context.schema.get_type(type_condition.name.value) if type_condition else None


def field_definition(parent_type: GraphQLNamedType | None, name: str) -> GraphQLField | None:
    if name == "__schema":
        return SchemaMetaFieldDef
    if name == "__type":
        return TypeMetaFieldDef
    fields = getattr(parent_type, "fields", None)
    return fields.get(name) if fields else None
