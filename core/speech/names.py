"""Which CRM names a recording mentions, judged from an unprompted transcript, and whether a prompted one invented any.

Whisper spells a name right when the name is in its prompt, but a prompt full of names also makes it write names
nobody said ("move the renewal to negotiation" -> "<Company>, <Deal> Television, ..."). So the recognizer first
transcribes without names, then asks this module which names sound like something it heard:

    index = NameIndex(vocabulary, is_common)
    matches = index.close_to(first_pass_text)          # [NameMatch("Castellan Foods", heard "castle and foods")]
    prompt = ", ".join(m.name for m in matches)
    problem = index.invented(first_pass_text, second_pass_text, matches)   # None, or why to distrust pass 2

Heard and spoken forms are compared twice, as letters and as a rough sound key (see `sound_key`), with RapidFuzz:
tiny speech models hear "Quillon" as "quill on" and "Ravensworth" as "ravens worth", which share sounds more
than letters.
A name is matched whole or by the part that was said ("Castellan" out of "Castellan Cold Storage"), but a part
must hold a word the model finds unusual (`is_common` says which words are ordinary), or "the" would match half
the vocabulary.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from core.speech.base import FUNCTION_WORDS, unique_terms



@dataclass(frozen=True)
class Closeness:
    """How close heard words must be to a name (RapidFuzz ratio 0-100, letters or sound key) to count as it."""

    match: float  # names whose sound key has 6 characters or more
    short: float  # names whose sound key has 3-5 characters (for 3, the letters must agree too: see _similar)
    part: float  # a leading part of a name (a first name) heard as ordinary words ("mark"), by spelling alone
    core: float  # the unusual words of the name ("Ravensworth" of "Ravensworth Boiler Retrofit") vs some heard words
    limit: int  # at most this many names
    per_span: int  # at most this many competing names for one stretch of heard words


STRICT = Closeness(match=78, short=85, part=90, core=65, limit=8, per_span=2)
LOOSE = Closeness(match=70, short=78, part=86, core=55, limit=14, per_span=3)
FAVOURED = 64  # the first names of the vocabulary (the likeliest: see vocabulary_from_snapshot) may match loosely
KEEP_SCORE = 70.0  # a name a prompted pass wrote must be this close to the first-pass words it replaced

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    """Lower-case words; hyphens and slashes split words, "&" is "and", possessive 's is dropped."""
    text = (text or "").lower().replace("’", "'").replace("&", " and ")
    return [re.sub(r"'s$", "", w) for w in _WORD.findall(re.sub(r"[-/]", " ", text))]


_SOUND_RULES = [(re.compile(p), r) for p, r in [
    (r"[^a-z0-9]", ""), (r"x", "ks"), (r"([a-z])\1+", r"\1"), (r"^kn|^gn|^pn|^wr", lambda m: m.group(0)[1]),
    (r"tch|sch", "x"), (r"ph", "f"), (r"gh(?=[aeiou])", "g"), (r"gh", ""), (r"ck|cq", "k"),
    (r"sh|ch", "x"), (r"th", "0"), (r"wh", "w"), (r"qu", "kw"), (r"q", "k"),
    (r"c(?=[eiy])", "s"), (r"c", "k"), (r"dg(?=[eiy])", "j"), (r"z", "s"), (r"v", "f"),
    (r"(?<=[aeiou])[wy](?![aeiou])", ""), (r"h(?![aeiou])", ""),
    (r"^[aeiou]+", "a"), (r"(?<=.)[aeiouy]+", ""), (r"([a-z0-9])\1+", r"\1"),
]]


def sound_key(text: str) -> str:
    """A rough spelling-independent key: consonant skeleton with common English spellings merged.

    "Castellan" -> "kstln", "castle and" -> "kstlnd"; "Quillon" and "quill on" -> "kwln". Vowels after the first letter are
    dropped, because small models get consonants right far more often than vowels.
    """
    key = (text or "").lower()
    for pattern, repl in _SOUND_RULES:
        key = pattern.sub(repl, key)
    return key


@dataclass(frozen=True)
class NameMatch:
    name: str  # the vocabulary name, or the part of it that was said ("Castellan")
    score: float  # 0-100
    start: int  # heard words [start, end) that sound like it
    end: int
    heard: str


@dataclass(frozen=True)
class _Unit:
    text: str
    letters: str
    key: str
    n_words: int
    whole: bool  # a whole vocabulary name, not a leading part of one
    core: tuple[str, ...]  # its unusual words ("ravensworth" of "Ravensworth Boiler Retrofit"); empty if none
    rank: int  # position in the vocabulary of the first name it comes from (the caller puts likely names first)


class NameIndex:
    """The vocabulary's names and distinctive parts of names, ready to compare with heard text."""

    def __init__(self, vocabulary: Sequence[str], is_common: Callable[[str], bool] | None = None,
                 favoured: int = FAVOURED):
        self.is_common = functools.lru_cache(maxsize=4096)(is_common or (lambda w: False))
        units: dict[str, _Unit] = {}

        self.favoured = favoured

        def add(text: str, whole: bool, rank: int) -> None:
            ws = words(text)
            letters = "".join(ws)
            if letters and letters not in units:
                core = tuple(w for w in ws if not self.is_common(w))
                units[letters] = _Unit(text, letters, sound_key(letters), len(ws), whole, core, rank)

        terms = unique_terms(vocabulary)
        for rank, term in enumerate(terms):
            add(term, True, rank)
        for rank, term in enumerate(terms):  # then leading parts: a first name, a company's first word(s)
            ws = term.split()
            for j in range(1, len(ws)):
                if any(not self.is_common(w) for w in words(" ".join(ws[:j]))):
                    add(" ".join(ws[:j]).strip(",.;:&"), False, rank)
        self.units = list(units.values())
        # every unusual word of any name: a second pass that writes one must have heard something like it
        self.name_words = sorted({w for term in unique_terms(vocabulary) for w in words(term)
                                  if not self.is_common(w)})

    def close_to(self, heard: str, closeness: Closeness = STRICT) -> list[NameMatch]:
        """Names (or said parts of names) that sound like some run of heard words, in the order heard."""
        try:
            from rapidfuzz import fuzz
        except ImportError:
            return []
        hw = words(heard)
        if not hw or not self.units:
            return []
        windows = []
        for i in range(len(hw)):
            for j in range(i + 1, min(len(hw), i + 8) + 1):
                if all(w in FUNCTION_WORDS for w in hw[i:j]):
                    continue  # "on the" is never a misheard name
                text = "".join(hw[i:j])
                windows.append((i, j, text, sound_key(text), all(self.is_common(w) for w in hw[i:j])))
        found: list[NameMatch] = []
        for unit in self.units:
            need = closeness if unit.rank < self.favoured else _stricter(closeness, STRICT)
            best = None
            for i, j, text, key, ordinary in windows:
                if not (max(1, unit.n_words - 1) <= j - i <= 2 * unit.n_words + 1):
                    continue
                if abs(len(text) - len(unit.letters)) > max(3, len(unit.letters) // 2):
                    continue
                if ordinary and not unit.whole:  # "mark" is a word before it is a first name: spelling only
                    score, floor = fuzz.ratio(text, unit.letters), need.part
                else:
                    score = _similar(fuzz, text, key, unit.letters, unit.key)
                    floor = need.match if len(unit.key) > 5 else need.short
                if score < floor or (best is not None and (score, i - j) <= (best[0], best[1] - best[2])):
                    continue
                if unit.core and len(unit.core) < unit.n_words and not any(
                        _best_part(fuzz, hw[i:j], w, sound_key(w), strict=False) >= need.core for w in unit.core):
                    continue  # "harbour lane boiler retrofit" is not "Ravensworth Boiler Retrofit"
                best = (score, i, j)
            if best is not None:
                found.append(NameMatch(unit.text, best[0], best[1], best[2], " ".join(hw[best[1]:best[2]])))
        # the best names first; a longer name wins a tie; at most per_span names fight over the same heard words
        found.sort(key=lambda m: (-m.score, -len(words(m.name)), m.start))
        chosen: list[NameMatch] = []
        for match in found:
            rivals = [c for c in chosen if c.start < match.end and match.start < c.end]
            if len(rivals) >= closeness.per_span or any(words(match.name) == words(c.name) for c in chosen):
                continue
            if any(_contains(c.name, match.name) and c.start <= match.start and match.end <= c.end for c in rivals):
                continue  # "Castellan" where "Castellan Foods" already covers these words
            chosen.append(match)
            if len(chosen) >= closeness.limit:
                break
        return sorted(chosen, key=lambda m: (m.start, -m.score))

    def invented(self, first: str, second: str, prompted: Sequence[NameMatch]) -> str | None:
        """Why the second (prompted) transcript cannot be trusted, or None.

        Distrusted when it repeats a name more often than the first pass held something like it, or when a name
        stands where the first pass heard words that do not sound like it (the prompt leaking into the text).
        """
        try:
            from rapidfuzz import fuzz
        except ImportError:
            return None
        w1, w2 = words(first), words(second)
        if not w2:
            return "the second pass heard nothing"
        all_names = [words(u.text) for u in self.units] + [[w] for w in self.name_words]
        found = _occurrences(w2, all_names)
        for name_words, spans in found.items():
            if len(spans) > max(1, len(_occurrences(w1, [list(name_words)]).get(name_words, []))):
                return f"repeats {' '.join(name_words)!r}"
        sure = [m for m in prompted if m.score >= STRICT.match]
        listed = [part for part in re.split(r"[,;]", second) if words(part) and _covered(words(part), all_names)]
        unsure = [part for part in listed if not any(_contains(part, m.name) or _contains(m.name, part) for m in sure)]
        if len(listed) >= 2 and unsure and len(re.split(r"[,;]", first)) < len(re.split(r"[,;]", second)):
            return f"lists names as its prompt does ({', '.join(p.strip() for p in listed)})"
        blocks = align_words(w1, w2)
        for name_words, spans in found.items():
            for start, end in spans:
                near = [k for k, (a0, a1, b0, b1) in enumerate(blocks) if b0 < end and start < b1]
                lo, hi = near[0], near[-1]
                while lo > 0 and blocks[lo - 1][2] == blocks[lo - 1][3]:
                    lo -= 1  # first-pass words the second dropped next to the name belong to it
                while hi + 1 < len(blocks) and blocks[hi + 1][2] == blocks[hi + 1][3]:
                    hi += 1
                span = blocks[lo:hi + 1]
                if all(w1[a0:a1] == w2[b0:b1] for a0, a1, b0, b1 in span):
                    continue  # the first pass has these very words
                a0, a1 = span[0][0], span[-1][1]
                if any(m.start < a1 and a0 < m.end
                       and (_contains(m.name, " ".join(name_words)) or _contains(" ".join(name_words), m.name))
                       for m in sure):
                    continue  # the name the first pass's words here clearly sounded like
                said = w1[max(0, a0 - 1):a1 + 1]
                letters = "".join(name_words)
                if _best_part(fuzz, said, letters, sound_key(letters)) < KEEP_SCORE:
                    return f"{' '.join(name_words)!r} where the first pass heard {' '.join(w1[a0:a1]) or 'nothing'!r}"
        return None


def restore_dropped_edges(first: str, second: str, head_most: int = 4) -> str:
    """The second transcript with words the first heard before its start (or after its end) put back.

    A prompted pass sometimes skips the opening words ("set the Castellan ..." -> "Castellan ...") as if they
    belonged to the prompt, or stops before the end. The two are aligned word by word (`align_words`); up to
    `head_most` words the first pass heard before the second's first word, and all it heard after its last, are
    put back.
    """
    w1, w2 = words(first), words(second)
    if not w1 or not w2:
        return second
    blocks = align_words(w1, w2)
    head = tail = 0
    for a0, a1, b0, b1 in blocks:
        if b1 > b0:
            break
        head += a1 - a0
    for a0, a1, b0, b1 in reversed(blocks):
        if b1 > b0:
            break
        tail += a1 - a0
    text = second.strip()
    if 0 < head <= head_most:
        text = first_words(first, head) + " " + text
    if tail and head + tail < len(w1):
        text = text.rstrip(" .!?,") + " " + last_words(first, tail)
    return text


def align_words(w1: Sequence[str], w2: Sequence[str], gap: float = 0.7,
                merge: float = 0.5) -> list[tuple[int, int, int, int]]:
    """Word alignment: blocks (a0, a1, b0, b1) pairing w1[a0:a1] with w2[b0:b1], in order, covering both.

    A block is one word against one, two words against one ("salt marsh" / "saltmarsh") or one against two, or one
    word against nothing (cost `gap`). Paired words cost 1 - their similarity (letters or sound key, as for names),
    twice that plus `merge` for two against one; so "set the salt mush" against "saltmarsh" leaves "set the"
    unpaired.
    """
    from rapidfuzz import fuzz

    def cost_of(a: str, b: str) -> float:
        return 0.0 if a == b else 1.0 - max(fuzz.ratio(a, b), fuzz.ratio(sound_key(a), sound_key(b))) / 100.0

    n, m = len(w1), len(w2)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    step: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            options = []
            if i:
                options.append((cost[i - 1][j] + gap, (1, 0)))
            if j:
                options.append((cost[i][j - 1] + gap, (0, 1)))
            if i and j:
                options.append((cost[i - 1][j - 1] + cost_of(w1[i - 1], w2[j - 1]), (1, 1)))
            if i >= 2 and j:
                options.append((cost[i - 2][j - 1] + 2 * cost_of(w1[i - 2] + w1[i - 1], w2[j - 1]) + merge, (2, 1)))
            if i and j >= 2:
                options.append((cost[i - 1][j - 2] + 2 * cost_of(w1[i - 1], w2[j - 2] + w2[j - 1]) + merge, (1, 2)))
            cost[i][j], step[i][j] = min(options)
    blocks = []
    i, j = n, m
    while i or j:
        di, dj = step[i][j]
        blocks.append((i - di, i, j - dj, j))
        i, j = i - di, j - dj
    return blocks[::-1]


def first_words(text: str, n: int) -> str:
    """The first n words of text as written (words as counted by `words`)."""
    count = 0
    for m in re.finditer(r"\S+", text):
        count += len(words(m.group(0)))
        if count >= n:
            return text[:m.end()].rstrip(" ,;:")
    return text


def last_words(text: str, n: int) -> str:
    """The last n words of text as written."""
    count = 0
    for m in reversed(list(re.finditer(r"\S+", text))):
        count += len(words(m.group(0)))
        if count >= n:
            return text[m.start():].strip()
    return text


def _similar(fuzz, letters: str, key: str, name_letters: str, name_key: str) -> float:
    """0-100: how alike heard letters/key and a name's are; short keys ("mr" for "Moira") need the letters too."""
    spelled = fuzz.ratio(letters, name_letters)
    sounded = fuzz.ratio(key, name_key) if key and name_key else 0.0
    if len(name_key) <= 2:
        return spelled if spelled >= 90 else min(spelled, 60.0)
    if len(name_key) == 3:
        return max(spelled, sounded) if sounded == 100 and spelled >= 50 else spelled
    return max(spelled, sounded)


def _best_part(fuzz, heard: Sequence[str], letters: str, key: str, strict: bool = True) -> float:
    """The best similarity between a name (letters, key) and any run of the heard words.

    strict: short keys need the letters to agree too (see _similar); otherwise the better of the two counts.
    """
    best = 0.0
    for i in range(len(heard)):
        for j in range(i + 1, len(heard) + 1):
            text = "".join(heard[i:j])
            if strict:
                score = _similar(fuzz, text, sound_key(text), letters, key)
            else:
                score = max(fuzz.ratio(text, letters), fuzz.ratio(sound_key(text), key) if key else 0.0)
            best = max(best, score)
    return best


def _stricter(a: Closeness, b: Closeness) -> Closeness:
    return Closeness(max(a.match, b.match), max(a.short, b.short), max(a.part, b.part), max(a.core, b.core),
                     a.limit, a.per_span)


def _covered(ws: list[str], names: list[list[str]]) -> bool:
    """Whether ws is nothing but names (and "and"/"the")."""
    hits = _occurrences(ws, names)
    inside = {k for spans in hits.values() for s, e in spans for k in range(s, e)}
    return all(k in inside or w in ("and", "the") for k, w in enumerate(ws))


def _contains(longer: str, shorter: str) -> bool:
    return f" {' '.join(words(shorter))} " in f" {' '.join(words(longer))} "


def _occurrences(ws: list[str], names: list[list[str]]) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Where each name (as words) occurs in ws; a shorter name inside a longer occurrence is not counted."""
    hits: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for name in sorted(names, key=len, reverse=True):
        n = len(name)
        if not n:
            continue
        for i in range(len(ws) - n + 1):
            if ws[i:i + n] == name:
                covered = any(s <= i and i + n <= e for spans in hits.values() for s, e in spans)
                if not covered:
                    hits.setdefault(tuple(name), []).append((i, i + n))
    return hits
