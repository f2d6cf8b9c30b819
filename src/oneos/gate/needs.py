"""What a check or rubric criterion needs, as a small expression over signal ids.

`a & (b | c) & !d` reads "a, and b or c, and no d". Evaluating it gives the verdict, the
signals that were found (the evidence), what is missing, and any harmful signal found where a
`!` forbids it, so a report can say why without a second set of rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from oneos.gate.reader import Reader, says

_TOKEN = re.compile(r"\s*([()&|!]|[a-z_0-9]+)")


# Nodes and outcomes are read on every pack, many times: plain slotted classes, whose
# attributes read fastest (a named tuple's fields cost twice as much); never changed.
class Node:
    """One node of a parsed expression: an atom (`id`) or an operator over children."""

    __slots__ = ("children", "id", "op")

    def __init__(self, op: str, id: str = "", children: tuple[Node, ...] = ()) -> None:
        self.op = op  # "atom", "not", "all", "any"
        self.id = id
        self.children = children


class Outcome:
    """A need evaluated on one pack."""

    __slots__ = ("found", "harmful", "missing", "ok")

    def __init__(
        self, ok: bool, found: tuple[str, ...], missing: tuple[str, ...], harmful: tuple[str, ...]
    ) -> None:
        self.ok = ok
        self.found = found
        """Signals found where the need asks for them (their hits are the evidence)."""
        self.missing = missing
        """What is missing, in plain words."""
        self.harmful = harmful
        """Signals found where the need forbids them."""


def parse_need(text: str) -> Node:
    """Parse `a & (b | c) & !d`; `&` binds tighter than `|`."""
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != re.sub(r"\s+", "", text):
        raise ValueError(f"cannot read need {text!r}")
    node, rest = _any(tokens)
    if rest:
        raise ValueError(f"unexpected {rest[0]!r} in need {text!r}")
    return node


def _any(tokens: list[str]) -> tuple[Node, list[str]]:
    return _chain(tokens, "|", "any", _all)


def _all(tokens: list[str]) -> tuple[Node, list[str]]:
    return _chain(tokens, "&", "all", _unary)


def _chain(
    tokens: list[str], symbol: str, op: str, operand: Callable[[list[str]], tuple[Node, list[str]]]
) -> tuple[Node, list[str]]:
    """Operands joined by one operator: `a & b & c` or `a | b`."""
    node, tokens = operand(tokens)
    children = [node]
    while tokens and tokens[0] == symbol:
        node, tokens = operand(tokens[1:])
        children.append(node)
    return (children[0] if len(children) == 1 else Node(op, children=tuple(children))), tokens


def _unary(tokens: list[str]) -> tuple[Node, list[str]]:
    if not tokens:
        raise ValueError("need ends too early")
    head, rest = tokens[0], tokens[1:]
    if head == "!":
        node, rest = _unary(rest)
        return Node("not", children=(node,)), rest
    if head == "(":
        node, rest = _any(rest)
        if not rest or rest[0] != ")":
            raise ValueError("missing )")
        return node, rest[1:]
    if head in "&|)":
        raise ValueError(f"unexpected {head!r}")
    return Node("atom", id=head), rest


def atoms(node: Node) -> list[str]:
    """Every signal id the expression names, in order."""
    if node.op == "atom":
        return [node.id]
    return [a for child in node.children for a in atoms(child)]


def evaluate(node: Node, reader: Reader) -> Outcome:
    """Evaluate on one pack, collecting evidence, what is missing and what is harmful.

    Outcomes are immutable and depend only on which signals were found, so each distinct
    one is built once and shared: about 170 are asked for per pack, and building a record
    costs more than the look-up.
    """
    if node.op == "atom":  # the commonest node: its shared outcome looked up inline
        found = reader.found(node.id)
        return _ATOMS.get((node.id, False, found)) or _atom(node.id, False, found)
    if node.op == "not":
        inner = node.children[0]
        if inner.op != "atom":
            raise ValueError("`!` applies to one signal")
        return _atom(inner.id, True, reader.found(inner.id))
    results = [evaluate(child, reader) for child in node.children]
    # The children are shared outcomes, alive in these tables, so their ids name them; the
    # entry keeps its node alive too, so its id cannot be taken by another node.
    key = (id(node), *map(id, results))
    known = _COMBINED.get(key)
    if known is not None and known[0] is node:
        return known[1]
    outcome = _combine(node.op, results)
    _COMBINED[key] = (node, outcome)
    return outcome


def _atom(signal_id: str, negated: bool, found: bool) -> Outcome:
    key = (signal_id, negated, found)
    outcome = _ATOMS.get(key)
    if outcome is None:
        if negated:
            outcome = Outcome(not found, (), (), (signal_id,) if found else ())
        elif found:
            outcome = Outcome(True, (signal_id,), (), ())
        else:
            outcome = Outcome(False, (), (says(signal_id),), ())
        _ATOMS[key] = outcome
    return outcome


def _combine(op: str, results: list[Outcome]) -> Outcome:
    found = tuple(e for r in results if r.ok for e in r.found)
    harmful = tuple(h for r in results for h in r.harmful)
    if op == "all":
        missing = tuple(m for r in results for m in r.missing)
        return Outcome(all(r.ok for r in results), found, missing, harmful)
    if any(r.ok for r in results):
        return Outcome(True, found, (), ())
    options = [" and ".join(r.missing) for r in results if r.missing]
    return Outcome(False, (), ("either " + ", or ".join(options),) if options else (), harmful)


_ATOMS: dict[tuple[str, bool, bool], Outcome] = {}
_COMBINED: dict[tuple[int, ...], tuple[Node, Outcome]] = {}


def describe(node: Node) -> str:
    """The expression in plain words (for `--explain`)."""
    if node.op == "atom":
        return says(node.id)
    if node.op == "not":
        return "no " + describe(node.children[0])
    parts = [describe(c) for c in node.children]
    if node.op == "all":
        return "; ".join(parts)
    return "either " + ", or ".join(parts)
