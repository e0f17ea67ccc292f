"""Issue 12 finding 5: a malformed stream event or response body of either wire format is a
``protocol`` LLMError — never a TypeError/AttributeError out of the parser (which left the document
``streaming`` forever). Each row is a shape a broken proxy or server really can send; the stream rows
also run through the real client against a loopback server."""

from __future__ import annotations

import json

import pytest

from careercopilot.llm import LLMError, Provider, ProviderConfig, wire_anthropic, wire_openai
from careercopilot.llm.types import ChatRequest
from tests.support.llm_server import LLMServer, json_reply, openai_chunk, sse_reply

OPENAI_CHUNKS = [
    ("choices-int", {"choices": 5}),
    ("choices-str", {"choices": "abc"}),
    ("choices-dict", {"choices": {"0": {"delta": {"content": "x"}}}}),
    ("choice-int", {"choices": [7]}),
    ("choice-str", {"choices": ["hello"]}),
    ("delta-str", {"choices": [{"index": 0, "delta": "oops"}]}),
    ("delta-list", {"choices": [{"index": 0, "delta": ["a"]}]}),
    ("content-int", {"choices": [{"index": 0, "delta": {"content": 42}}]}),
    ("content-dict", {"choices": [{"index": 0, "delta": {"content": {"text": "x"}}}]}),
    ("payload-list", [1, 2, 3]),
    ("payload-str", "just a string"),
    ("payload-int", 17),
    ("payload-null", None),
]

OPENAI_BODIES = [
    ("body-list", [1]),
    ("body-str", "text"),
    ("choices-int", {"choices": 5}),
    ("choice-str", {"choices": ["x"]}),
    ("message-str", {"choices": [{"message": "hi"}]}),
    ("content-int", {"choices": [{"message": {"content": 5}}]}),
    ("content-list", {"choices": [{"message": {"content": [1, 2]}}]}),
    ("choices-dict", {"choices": {"a": 1}}),
    ("body-null", None),
    ("body-number", 3.5),
]

ANTHROPIC_EVENTS = [
    ("payload-list", "content_block_delta", [1]),
    ("payload-str", "content_block_delta", "oops"),
    ("payload-null", "message_start", None),
    ("message-str", "message_start", {"type": "message_start", "message": "m"}),
    ("start-usage-str", "message_start", {"type": "message_start", "message": {"usage": "lots"}}),
    ("start-usage-word", "message_start", {"type": "message_start", "message": {"usage": {"input_tokens": "ten"}}}),
    ("delta-str", "content_block_delta", {"type": "content_block_delta", "delta": "oops"}),
    ("text-int", "content_block_delta", {"type": "content_block_delta", "delta": {"type": "text_delta", "text": 5}}),
    ("text-list", "content_block_delta", {"type": "content_block_delta",
                                          "delta": {"type": "text_delta", "text": ["a"]}}),
    ("msg-delta-str", "message_delta", {"type": "message_delta", "delta": "stop"}),
    ("msg-usage-str", "message_delta", {"type": "message_delta", "delta": {}, "usage": "x"}),
    ("msg-usage-word", "message_delta", {"type": "message_delta", "delta": {}, "usage": {"output_tokens": "many"}}),
    ("msg-usage-list", "message_delta", {"type": "message_delta", "delta": {}, "usage": {"output_tokens": [1]}}),
]

ANTHROPIC_BODIES = [
    ("body-list", [1]),
    ("body-str", "x"),
    ("content-int", {"content": 5}),
    ("content-str", {"content": "hello"}),
    ("text-int", {"content": [{"type": "text", "text": 3}]}),
    ("usage-str", {"content": [], "usage": "u"}),
    ("usage-word", {"content": [], "usage": {"input_tokens": "ten"}}),
    ("usage-list", {"content": [], "usage": [1]}),
    ("body-null", None),
    ("usage-dict-count", {"content": [], "usage": {"output_tokens": {"n": 1}}}),
]


def _protocol(call) -> LLMError:
    with pytest.raises(LLMError) as info:
        call()
    assert info.value.kind == "protocol" and not info.value.retryable
    return info.value


@pytest.mark.parametrize("payload", [r[1] for r in OPENAI_CHUNKS], ids=[r[0] for r in OPENAI_CHUNKS])
def test_openai_chunk_shapes(payload):
    _protocol(lambda: wire_openai.StreamState().feed(payload))


@pytest.mark.parametrize("payload", [r[1] for r in OPENAI_BODIES], ids=[r[0] for r in OPENAI_BODIES])
def test_openai_body_shapes(payload):
    _protocol(lambda: wire_openai.parse_response(payload))


@pytest.mark.parametrize("event,payload", [r[1:] for r in ANTHROPIC_EVENTS], ids=[r[0] for r in ANTHROPIC_EVENTS])
def test_anthropic_event_shapes(event, payload):
    _protocol(lambda: wire_anthropic.StreamState().feed(event, payload))


@pytest.mark.parametrize("payload", [r[1] for r in ANTHROPIC_BODIES], ids=[r[0] for r in ANTHROPIC_BODIES])
def test_anthropic_body_shapes(payload):
    _protocol(lambda: wire_anthropic.parse_response(payload))


def test_well_formed_events_still_pass():
    st = wire_openai.StreamState()
    assert st.feed({"choices": [{"index": 0, "delta": {"content": "Hi", "role": "assistant"}}]}) == "Hi"
    assert st.feed({"choices": [{"index": 0, "delta": {"content": None}, "finish_reason": "stop"}]}) == ""
    assert st.feed({"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 1}}) == ""
    assert st.finish_reason == "stop" and st.usage.output_tokens == 1
    an = wire_anthropic.StreamState()
    an.feed("message_start", {"type": "message_start", "message": {"model": "c", "usage": {"input_tokens": 4}}})
    assert an.feed("ping", {"type": "ping"}) == ""
    assert an.feed("", {"type": "content_block_delta", "delta": {"type": "text_delta", "text": "Yo"}}) == "Yo"
    an.feed("", {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 2}})
    an.feed("", {"type": "message_stop"})
    assert an.finish_reason == "stop" and an.usage.output_tokens == 2


def _stream_rows():
    for name, payload in OPENAI_CHUNKS:
        yield name, "openai", [openai_chunk("Dear team, "), "data: " + json.dumps(payload)]
    for name, event, payload in ANTHROPIC_EVENTS:
        yield name, "anthropic", ["event: content_block_delta\ndata: " + json.dumps(
            {"type": "content_block_delta", "delta": {"type": "text_delta", "text": "Dear team, "}}),
            f"event: {event}\ndata: " + json.dumps(payload)]


@pytest.mark.parametrize("wire,events", [r[1:] for r in _stream_rows()], ids=[f"{r[1]}-{r[0]}" for r in _stream_rows()])
def test_client_stream_over_loopback(wire, events):
    with LLMServer([sse_reply(*events)]) as srv:
        provider = Provider(ProviderConfig(wire=wire, base_url=srv.url + "/v1", model="m", max_retries=2),
                            sleep=lambda s: None)
        exc = _protocol(lambda: list(provider.stream(ChatRequest(system="s", messages=(("user", "u"),)))))
        assert len(srv.requests) == 1  # a malformed answer is not retried
    assert exc.partial_text == "Dear team, "


@pytest.mark.parametrize("payload", [r[1] for r in OPENAI_BODIES], ids=[r[0] for r in OPENAI_BODIES])
def test_client_complete_over_loopback(payload):
    with LLMServer([json_reply(payload)]) as srv:
        provider = Provider(ProviderConfig(wire="openai", base_url=srv.url + "/v1", model="m"), sleep=lambda s: None)
        _protocol(lambda: provider.complete(ChatRequest(system="s", messages=(("user", "u"),))))
