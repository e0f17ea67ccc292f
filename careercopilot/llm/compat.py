"""Local-model compatibility: reasoning blocks, context windows, structured output.

* ``<think>…</think>`` (DeepSeek-R1 distills, Qwen3, QwQ on Ollama/LM Studio/llama.cpp)
  is removed from visible text, also when it arrives split across stream chunks, and
  when a model omits the opening tag and only closes it (R1 distills through some chat
  templates start inside the block). Dedicated fields (``reasoning_content``,
  ``reasoning``, ``thinking``) are never treated as visible text by the wire parsers.
* Context windows: tokens are estimated as ⌈characters / 4⌉ (OpenAI's rule of thumb for
  English; no tokenizer is bundled for arbitrary local models). :func:`fit_to_context`
  shortens the longest inputs first and reports what was cut, so the UI can show it.
* Structured output ladder: ``json_schema`` → ``json_object`` → ``prompt`` (instruction
  only). :func:`parse_json_tolerant` reads what weak models write around JSON: code
  fences, prose before/after, a ``<think>`` block, trailing commas.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

OPEN_TAG = "<think>"
CLOSE_TAG = "</think>"
_THINK_BLOCK = re.compile(r"<think>.*?(?:</think>|\Z)", re.S | re.I)
STRUCTURED_LADDER = ("json_schema", "json_object", "prompt")


def strip_think(text: str) -> str:
    """``text`` without reasoning blocks (closed, unclosed at the end, or only closed)."""
    low = text.lower()
    close, opening = low.find(CLOSE_TAG), low.find(OPEN_TAG)
    changed = False
    if close != -1 and (opening == -1 or opening > close):
        text, changed = text[close + len(CLOSE_TAG):], True
    if OPEN_TAG in text.lower():
        text, changed = _THINK_BLOCK.sub("", text), True
    return text.strip() if changed else text


class ThinkFilter:
    """Streaming version of :func:`strip_think`.

    ``feed(chunk)`` returns ``(visible_text, reset)``: ``reset`` is True when a closing
    tag without an opening one showed that everything emitted so far was reasoning —
    the caller must discard what it has shown.
    """

    def __init__(self) -> None:
        self._pending = ""  # text that may be the start of a tag
        self._inside = False
        self._emitted = False

    def feed(self, chunk: str) -> tuple[str, bool]:
        buf = self._pending + chunk
        self._pending = ""
        out: list[str] = []
        reset = False
        while buf:
            low = buf.lower()
            if self._inside:
                idx = low.find(CLOSE_TAG)
                if idx == -1:
                    keep = _partial_suffix(low, CLOSE_TAG)
                    self._pending = buf[len(buf) - keep:] if keep else ""
                    buf = ""
                else:
                    self._inside = False
                    buf = buf[idx + len(CLOSE_TAG):].lstrip("\n")
                continue
            o, c = low.find(OPEN_TAG), low.find(CLOSE_TAG)
            if c != -1 and (o == -1 or c < o):  # orphan closing tag: all before was reasoning
                out.clear()
                reset = reset or self._emitted
                self._emitted = False
                buf = buf[c + len(CLOSE_TAG):].lstrip("\n")
                continue
            if o != -1:
                out.append(buf[:o])
                self._inside = True
                buf = buf[o + len(OPEN_TAG):]
                continue
            keep = max(_partial_suffix(low, OPEN_TAG), _partial_suffix(low, CLOSE_TAG))
            out.append(buf[: len(buf) - keep])
            self._pending = buf[len(buf) - keep:] if keep else ""
            buf = ""
        text = "".join(out)
        if text:
            self._emitted = True
        return text, reset

    def flush(self) -> str:
        """Text held back at the end of the stream (a lone ``<`` is just text)."""
        rest, self._pending = ("" if self._inside else self._pending), ""
        return rest


def _partial_suffix(low: str, tag: str) -> int:
    """Length of the longest suffix of ``low`` that is a proper prefix of ``tag``."""
    for n in range(min(len(tag) - 1, len(low)), 0, -1):
        if tag.startswith(low[-n:]):
            return n
    return 0


def estimate_tokens(text: str) -> int:
    """≈ tokens in ``text`` (4 characters per token, rounded up)."""
    return math.ceil(len(text) / 4)


@dataclass(frozen=True)
class Truncation:
    """What :func:`fit_to_context` removed from one input (shown to the user)."""

    name: str
    kept_chars: int
    dropped_chars: int


def fit_to_context(
    inputs: dict[str, str], *, context_tokens: int, reserved_tokens: int
) -> tuple[dict[str, str], list[Truncation]]:
    """Shorten ``inputs`` so their estimated tokens fit ``context_tokens - reserved_tokens``.

    ``reserved_tokens`` covers the fixed prompt and the answer (``max_tokens``). The
    longest input is cut first (at a line or word boundary), repeatedly, until it fits.
    Returns the new inputs and one :class:`Truncation` per shortened input.
    Raises ValueError when even empty inputs would not fit.
    """
    budget_chars = (context_tokens - reserved_tokens) * 4
    if budget_chars <= 0:
        raise ValueError(
            f"the model's context ({context_tokens} tokens) is smaller than the prompt and answer ({reserved_tokens})"
        )
    out = dict(inputs)
    original = {k: len(v) for k, v in inputs.items()}
    while sum(len(v) for v in out.values()) > budget_chars:
        name = max(out, key=lambda k: len(out[k]))
        excess = sum(len(v) for v in out.values()) - budget_chars
        text = out[name]
        target = max(0, len(text) - excess)
        cut = text[:target]
        boundary = max(cut.rfind("\n"), cut.rfind(" "))
        if boundary > target * 0.8:
            cut = cut[:boundary]
        out[name] = cut.rstrip()
        if target == 0:
            out[name] = ""
    notes = [
        Truncation(name, len(out[name]), original[name] - len(out[name]))
        for name in inputs
        if len(out[name]) < original[name]
    ]
    return out, notes


_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.S)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def parse_json_tolerant(text: str) -> object:
    """The JSON value in a model's answer.

    Tries, in order: the whole text; the first fenced code block; the first balanced
    ``{…}`` or ``[…]``; each again with trailing commas removed. Reasoning blocks are
    stripped first. Raises ValueError when no JSON value is found.
    """
    text = strip_think(text).strip()
    candidates = [text]
    fence = _FENCE.search(text)
    if fence:
        candidates.append(fence.group(1).strip())
    block = _balanced(text)
    if block:
        candidates.append(block)
    for candidate in candidates:
        for variant in (candidate, _TRAILING_COMMA.sub(r"\1", candidate)):
            try:
                return json.loads(variant)
            except ValueError:
                continue
    raise ValueError(f"no JSON object in the model's answer (starts {text[:80]!r})")


def _balanced(text: str) -> str | None:
    start = min((i for i in (text.find("{"), text.find("[")) if i != -1), default=-1)
    if start == -1:
        return None
    opener = text[start]
    closer = "}" if opener == "{" else "]"
    depth = 0
    in_string = False
    escaped = False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    return None


def json_instruction(schema: dict) -> str:
    """The prompt-only fallback: an instruction that asks for JSON matching ``schema``."""
    return (
        "Answer with one JSON object only — no prose, no code fence — matching this JSON schema:\n"
        + json.dumps(schema, separators=(",", ":"))
    )
