"""Revision compare shows a choice block's label ("Police" / "Policie"), not its stored
value ("police"). Wagtail compares choice blocks by their raw value; this adds a comparison
for them (installed from GuidanceConfig.ready)."""

from typing import Any

from django.utils.encoding import force_str
from django.utils.html import escape
from wagtail import blocks
from wagtail.admin import compare


def choice_label(block: Any, value: Any) -> str:
    choices: dict[Any, Any] = {}
    for key, label in block.field.choices:
        if isinstance(label, (list, tuple)):  # grouped choices
            choices.update(dict(label))
        else:
            choices[key] = label
    return force_str(choices.get(value, value if value is not None else ""))


class ChoiceBlockComparison(compare.CharBlockComparison):
    def htmldiff(self) -> str:
        return compare.diff_text(
            choice_label(self.block, self.val_a), choice_label(self.block, self.val_b)
        ).to_html()

    def htmlvalue(self, val: Any) -> str:
        return escape(choice_label(self.block, val))


_wagtail_comparison_for_block = compare.get_comparison_class_for_block


def comparison_class_for_block(block: Any) -> type:
    if isinstance(block, blocks.ChoiceBlock) and not hasattr(block, "get_comparison_class"):
        return ChoiceBlockComparison
    return _wagtail_comparison_for_block(block)


def install() -> None:
    compare.get_comparison_class_for_block = comparison_class_for_block
