"""What the caller's query selects below the field being resolved: a resolver asks the
services for costly parts (search highlights, facet counts) only when they will be read."""

from typing import Any

from graphql import FieldNode, FragmentSpreadNode, GraphQLResolveInfo, InlineFragmentNode


def selects(info: GraphQLResolveInfo, *path: str) -> bool:
    """True when the field being resolved selects ``path`` (names as written in the query,
    through fragments and inline fragments), e.g. ``selects(info, "edges", "highlights")``."""
    level = list(info.field_nodes)
    for name in path:
        level = [f for node in level for f in _fields(info, node) if f.name.value == name]
        if not level:
            return False
    return True


def _fields(info: GraphQLResolveInfo, node: Any) -> list[FieldNode]:
    out: list[FieldNode] = []
    pending = list(node.selection_set.selections) if node.selection_set else []
    while pending:
        selection = pending.pop()
        if isinstance(selection, FieldNode):
            out.append(selection)
        elif isinstance(selection, InlineFragmentNode):
            pending.extend(selection.selection_set.selections)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = info.fragments.get(selection.name.value)
            if fragment is not None:
                pending.extend(fragment.selection_set.selections)
    return out
