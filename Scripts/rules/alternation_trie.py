"""Factors long word alternations of a PCRE2 pattern into a prefix tree.

PCRE2 (and its JIT) tries the branches of an alternation one after another, so a group of
a thousand street suffixes costs a thousand first-character tests wherever the pattern
reaches it. The same words written as a tree, (?:A(?:ve(?:nue)?|lley)|B(?:lvd|...)|...),
cost one test per level. `factor(pattern)` rewrites the branches of every non-capturing group that
are plain sequences of single-character atoms (letters, escapes, character
classes; no quantifier, no group, no bare '.', which would let a longer branch swallow
what a shorter one leaves to the rest of the pattern) into that tree, followed by the
group's other branches in their own order. It matches the same set of strings; a
branch that is a prefix of another is tried after it (longer first), which is what the
rule pack's lists intend (they are followed by a word boundary or a look-ahead).

Groups inside look-behinds are left alone (PCRE2 needs their branches of fixed length),
and so are groups with fewer than MIN_BRANCHES branches. `parse` and `render` round-trip
every pattern exactly; build_core.py checks that before it factors.
"""

MIN_BRANCHES = 6


class Group:
    """A parenthesised group: its opening text ("(?:", "(?<!", "(?i:", "("), its branches
    (each a list of items) and the quantifier written after its closing parenthesis."""

    def __init__(self, opener):
        self.opener = opener
        self.branches = [[]]
        self.quantifier = ""


class Atom:
    """One matching unit (a character, an escape, a class, '.', '^', '$') and its quantifier."""

    def __init__(self, text):
        self.text = text
        self.quantifier = ""


def _atom_end(pattern, i):
    """The index just past the atom that starts at `i`."""
    c = pattern[i]
    if c == "\\":
        nxt = pattern[i + 1]
        if nxt in "pPx" and i + 2 < len(pattern) and pattern[i + 2] == "{":
            return pattern.index("}", i) + 1
        if nxt == "Q":
            return pattern.index("\\E", i) + 2
        return i + 2
    if c == "[":
        j = i + 1
        if j < len(pattern) and pattern[j] == "^":
            j += 1
        if j < len(pattern) and pattern[j] == "]":
            j += 1
        while pattern[j] != "]":
            if pattern[j] == "\\":
                j += 2
            elif pattern.startswith("[:", j):
                j = pattern.index(":]", j) + 2
            else:
                j += 1
        return j + 1
    return i + 1


def _quantifier_end(pattern, i):
    """The index just past a quantifier at `i` (i itself when there is none)."""
    if i >= len(pattern):
        return i
    if pattern[i] in "?*+":
        j = i + 1
    elif pattern[i] == "{":
        close = pattern.find("}", i)
        body = pattern[i + 1:close] if close > 0 else ""
        if close < 0 or not body or not all(ch.isdigit() or ch == "," for ch in body):
            return i
        j = close + 1
    else:
        return i
    if j < len(pattern) and pattern[j] in "?+":
        j += 1
    return j


def parse(pattern):
    """The pattern as a top-level Group whose items are Atoms and Groups."""
    root = Group("")
    stack = [root]
    i = 0
    while i < len(pattern):
        c = pattern[i]
        top = stack[-1]
        if c == "(":
            j = i + 1
            if pattern.startswith("?", j):
                # (?:  (?=  (?!  (?<=  (?<!  (?>  (?i:  (?-i:  (?|  and option settings (?i)
                k = j + 1
                if pattern.startswith("<=", k) or pattern.startswith("<!", k):
                    k += 2
                elif pattern[k] in "<'" or pattern.startswith("P<", k):
                    # A named group: (?<name>, (?'name', (?P<name>.
                    k = pattern.index(">" if pattern[k] != "'" else "'", k + 2) + 1
                elif pattern[k] == "(":
                    # A conditional group: (?(name)yes|no).
                    k = pattern.index(")", k) + 1
                elif pattern[k] in ":=!>|":
                    k += 1
                else:
                    while pattern[k] not in ":)":
                        k += 1
                    if pattern[k] == ")":
                        # An option setting such as (?i): an atom of its own.
                        top.branches[-1].append(Atom(pattern[i:k + 1]))
                        i = k + 1
                        continue
                    k += 1
                j = k
            group = Group(pattern[i:j])
            top.branches[-1].append(group)
            stack.append(group)
            i = j
        elif c == "|":
            top.branches.append([])
            i += 1
        elif c == ")":
            stack.pop()
            end = _quantifier_end(pattern, i + 1)
            top.quantifier = pattern[i + 1:end]
            i = end
        else:
            end = _atom_end(pattern, i)
            atom = Atom(pattern[i:end])
            qend = _quantifier_end(pattern, end)
            atom.quantifier = pattern[end:qend]
            top.branches[-1].append(atom)
            i = qend
    assert len(stack) == 1, "unbalanced parentheses"
    return root


def render(node):
    """The pattern text of a parsed node."""
    if isinstance(node, Atom):
        return node.text + node.quantifier
    body = "|".join("".join(render(item) for item in branch) for branch in node.branches)
    if node.opener == "":
        return body
    return node.opener + body + ")" + node.quantifier


def _is_plain(branch):
    return all(isinstance(item, Atom) and not item.quantifier and item.text not in ("^", "$", ".") and not item.text.startswith("(?")
               for item in branch)


def _trie(branches):
    """Renders plain branches (lists of atom texts) as a prefix tree, longer branches first."""
    root = {}
    END = None
    for branch in branches:
        node = root
        for atom in branch:
            node = node.setdefault(atom, {})
        node[END] = {}

    def emit(node):
        parts = [atom + emit(child) for atom, child in node.items() if atom is not END]
        ends = END in node
        if not parts:
            return ""
        if len(parts) == 1 and not ends:
            return parts[0]
        return "(?:" + "|".join(parts) + ")" + ("?" if ends else "")

    return emit(root)


def factor(pattern, inside_lookbehind=False):
    """The pattern with every long plain alternation written as a prefix tree."""
    root = parse(pattern)
    assert render(root) == pattern, "parse/render round trip failed"

    def visit(group, behind):
        behind = behind or group.opener in ("(?<=", "(?<!")
        for branch in group.branches:
            for index, item in enumerate(branch):
                if isinstance(item, Group):
                    visit(item, behind)
                    plain = [b for b in item.branches if b and _is_plain(b)]
                    if not behind and item.opener in ("(?:", "(?i:", "(?-i:") and len(plain) >= MIN_BRANCHES:
                        rest = [b for b in item.branches if not (b and _is_plain(b))]
                        atoms = [[a.text for a in b] for b in plain]
                        # Duplicate branches add nothing; keep the first.
                        seen, unique = set(), []
                        for b in atoms:
                            if tuple(b) not in seen:
                                seen.add(tuple(b))
                                unique.append(b)
                        tree = _trie(unique)
                        # Branches that are not plain follow the tree, in their own order.
                        others = "".join("|" + "".join(render(x) for x in b) for b in rest)
                        replacement = Atom(item.opener + tree + others + ")")
                        replacement.quantifier = item.quantifier
                        branch[index] = replacement

    visit(root, inside_lookbehind)
    return render(root)


def widest_alternation(pattern):
    """The most branches any one group of the pattern has outside look-behinds (a look-behind
    keeps its word list flat: PCRE2 needs each of its branches to have a fixed length)."""
    widest = 0

    def visit(group, behind):
        nonlocal widest
        behind = behind or group.opener in ("(?<=", "(?<!")
        if not behind and group.opener:
            widest = max(widest, len(group.branches))
        for branch in group.branches:
            for item in branch:
                if isinstance(item, Group):
                    visit(item, behind)

    visit(parse(pattern), False)
    return widest
