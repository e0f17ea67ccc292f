"""Provider layer against loopback servers: recorded real transcripts (tests/fixtures/llm/
recorded/SOURCES.md) and one test per edge case of the issue. Sleeps between retries are
recorded, never slept."""

from __future__ import annotations

import email.utils
import json
import time

import pytest

from careercopilot.llm import ChatRequest, LLMError, Provider, ProviderConfig, Target
from careercopilot.llm.structured import MEMORY, complete_json
from tests.support.llm_server import LLMServer, Reply, json_reply, openai_chunk, reply_from_cassette, sse_reply

REQ = ChatRequest(system="You write cover letters.", messages=(("user", "Hello"),), max_tokens=64)


def provider(url: str, wire: str = "openai", **kw) -> Provider:
    waits: list[float] = []
    cfg = ProviderConfig(wire=wire, base_url=url + ("/v1" if wire == "openai" else ""), model="m",
                         api_key="sk-test-secret", **{"timeout_s": 5.0, **kw})
    p = Provider(cfg, sleep=waits.append)
    p.recorded_sleeps = waits  # type: ignore[attr-defined]
    return p


def run_stream(p: Provider, request: ChatRequest = REQ) -> tuple[list, object]:
    events = list(p.stream(request))
    done = [e for e in events if e.kind == "done"]
    return events, (done[0].completion if done else None)


def visible(events) -> str:
    out: list[str] = []
    for e in events:
        if e.kind == "reset":
            out.clear()
        elif e.kind == "delta":
            out.append(e.text)
    return "".join(out)


# --- recorded real transcripts ------------------------------------------------------------
def test_openai_recorded_stream():
    with LLMServer([reply_from_cassette("openai_chat_stream.yaml")]) as srv:
        events, done = run_stream(provider(srv.url))
    assert done.text == visible(events) == "The Los Angeles Dodgers won the World Series in 2020."
    assert done.finish_reason == "stop" and done.usage.estimated  # this recording has no usage
    sent = srv.requests[0]
    assert sent["path"] == "/v1/chat/completions" and sent["json"]["stream"] is True
    assert sent["headers"]["Authorization"] == "Bearer sk-test-secret"


def test_openai_recorded_non_stream():
    with LLMServer([reply_from_cassette("openai_chat.yaml")]) as srv:
        done = provider(srv.url).complete(REQ)
    assert done.text and done.finish_reason == "stop" and not done.usage.estimated
    assert done.usage.input_tokens > 0 and done.usage.output_tokens > 0


def test_anthropic_recorded_stream_ping_and_max_tokens():
    with LLMServer([reply_from_cassette("anthropic_stream.yaml")]) as srv:
        events, done = run_stream(provider(srv.url, wire="anthropic"))
    assert done.text.startswith('The phrase "I think, therefore I am" (originally in Latin as')
    assert done.finish_reason == "length" and done.truncated
    assert (done.usage.input_tokens, done.usage.output_tokens) == (27, 15)
    sent = srv.requests[0]
    assert sent["path"] == "/v1/messages" and sent["headers"]["x-api-key"] == "sk-test-secret"
    assert sent["json"]["system"] == REQ.system and sent["headers"]["anthropic-version"] == "2023-06-01"


def test_anthropic_recorded_message_non_stream():
    with LLMServer([reply_from_cassette("anthropic_message.yaml")]) as srv:
        done = provider(srv.url, wire="anthropic").complete(REQ)
    assert done.text.startswith("Paris is known as the") and (done.usage.input_tokens, done.usage.output_tokens) == (14, 65)


def test_deepseek_recorded_reasoning_is_not_visible_and_usage_read():
    with LLMServer([reply_from_cassette("deepseek_reasoning_stream.yaml")]) as srv:
        events, done = run_stream(provider(srv.url))
    assert "391" in done.text and "We are asked" not in done.text
    assert not done.usage.estimated and done.usage.output_tokens > 0


def test_openai_usage_chunk_with_empty_choices():
    with LLMServer([reply_from_cassette("litellm_openai_stream_usage.yaml")]) as srv:
        _, done = run_stream(provider(srv.url))
    assert (done.usage.input_tokens, done.usage.output_tokens) == (13, 20) and not done.usage.estimated


def test_ollama_recorded_stream_reasoning_field_and_length():
    with LLMServer([reply_from_cassette("ollama_openai_stream_reasoning.sse")]) as srv:
        events, done = run_stream(provider(srv.url))
    assert done.text == "" and done.finish_reason == "length" and "Okay" not in visible(events)


def test_vllm_line_framed_chunks_without_blank_lines():
    with LLMServer([reply_from_cassette("vllm_reasoning_stream_line_framed.sse")]) as srv:
        _, done = run_stream(provider(srv.url))
    assert done.text == "The best treatment for this pregnant woman..." and done.finish_reason == "stop"


def test_ollama_recorded_json_schema_answer():
    MEMORY._modes.clear()
    with LLMServer([reply_from_cassette("ollama_local_json_schema.yaml")]) as srv:
        value, done, mode = complete_json(provider(srv.url), REQ, {"type": "object"})
    assert value == {"city": "Paris", "country": "France"} and mode == "json_schema"
    assert srv.requests[0]["json"]["response_format"]["type"] == "json_schema"


def test_openai_recorded_401_is_not_retried():
    with LLMServer([reply_from_cassette("openai_chat_error.yaml")]) as srv:
        p = provider(srv.url)
        with pytest.raises(LLMError) as err:
            p.complete(REQ)
    assert err.value.kind == "auth" and err.value.status == 401 and len(srv.requests) == 1
    assert "sk-test-secret" not in str(err.value)


def test_anthropic_recorded_400_is_not_retried():
    with LLMServer([reply_from_cassette("anthropic_error_400.yaml")]) as srv:
        with pytest.raises(LLMError) as err:
            provider(srv.url, wire="anthropic").complete(REQ)
    assert err.value.kind == "bad_request" and "does not match the expected shape" in str(err.value)
    assert len(srv.requests) == 1


# --- SSE parsing edge cases -------------------------------------------------------------
def test_multiline_data_lines_of_one_event_are_joined():
    payload = json.dumps({"choices": [{"index": 0, "delta": {"content": "joined"}, "finish_reason": "stop"}]}, indent=1)
    event = "\n".join("data: " + line for line in payload.split("\n"))
    with LLMServer([sse_reply(event, "data: [DONE]")]) as srv:
        _, done = run_stream(provider(srv.url))
    assert done.text == "joined"


def test_comments_and_retry_only_events_are_skipped():
    with LLMServer([sse_reply(": OPENROUTER PROCESSING", "retry: 3000", "id: 7", openai_chunk("ok"),
                              ": keep-alive", openai_chunk(finish="stop"), "data: [DONE]")]) as srv:
        _, done = run_stream(provider(srv.url))
    assert done.text == "ok"


def test_done_ends_the_stream_even_if_more_follows():
    with LLMServer([sse_reply(openai_chunk("A"), openai_chunk(finish="stop"), "data: [DONE]",
                              openai_chunk(" junk after done"))]) as srv:
        _, done = run_stream(provider(srv.url))
    assert done.text == "A"


def test_empty_finish_reason_means_not_finished():
    chunks = [openai_chunk("Hal", finish=""), openai_chunk("f", finish="")]
    with LLMServer([sse_reply(*chunks, "data: [DONE]")]) as srv:
        p = provider(srv.url, max_retries=0)
        with pytest.raises(LLMError) as err:
            run_stream(p)
    assert err.value.kind == "incomplete" and err.value.partial_text == "Half"
    with LLMServer([sse_reply(*chunks, openai_chunk(finish="stop"))]) as srv:
        _, done = run_stream(provider(srv.url))
    assert done.text == "Half" and done.finish_reason == "stop"


def test_usage_is_optional_and_then_estimated():
    with LLMServer([sse_reply(openai_chunk("x" * 40), openai_chunk(finish="stop"), "data: [DONE]")]) as srv:
        _, done = run_stream(provider(srv.url))
    assert done.usage.estimated and done.usage.output_tokens == 10


def test_json_body_answering_a_stream_request():
    body = {"choices": [{"index": 0, "message": {"content": "whole"}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 1}}
    with LLMServer([json_reply(body)]) as srv:
        _, done = run_stream(provider(srv.url))
    assert done.text == "whole" and done.usage.output_tokens == 1


# --- errors after HTTP 200 ----------------------------------------------------------------
def test_anthropic_overloaded_error_mid_stream_is_retried_and_partial_discarded():
    start = 'event: message_start\ndata: {"type":"message_start","message":{"model":"c","usage":{"input_tokens":5,"output_tokens":1}}}'
    delta = lambda t: 'event: content_block_delta\ndata: ' + json.dumps(  # noqa: E731
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": t}})
    overloaded = 'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}'
    finish = ['event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":3}}',
              'event: message_stop\ndata: {"type":"message_stop"}']
    with LLMServer([sse_reply(start, delta("Partial"), overloaded),
                    sse_reply(start, delta("Full answer."), *finish)]) as srv:
        p = provider(srv.url, wire="anthropic")
        events, done = run_stream(p)
    kinds = [e.kind for e in events]
    assert kinds.index("reset") < kinds.index("done")
    assert done.text == visible(events) == "Full answer." and done.attempts == 2
    assert len(p.recorded_sleeps) == 1 and 0.8 <= p.recorded_sleeps[0] <= 1.2  # backoff, no Retry-After


def test_openai_error_object_mid_stream_is_classified_and_retried():
    err = 'data: {"error": {"message": "Provider returned error", "code": 502, "type": "server_error"}}'
    with LLMServer([sse_reply(openai_chunk("Par"), err),
                    sse_reply(openai_chunk("Whole"), openai_chunk(finish="stop"), "data: [DONE]")]) as srv:
        events, done = run_stream(provider(srv.url))
    assert done.text == "Whole" and any(e.kind == "reset" for e in events)


def test_partial_text_is_never_returned_as_complete_when_retries_run_out():
    cut = Reply(headers={"Content-Type": "text/event-stream"},
                chunks=[(openai_chunk("Dear hiring") + "\n\n").encode()], cut=True)
    with LLMServer([cut]) as srv:
        p = provider(srv.url, max_retries=2)
        seen = []
        with pytest.raises(LLMError) as err:
            for event in p.stream(REQ):
                seen.append(event)
    assert not any(e.kind == "done" for e in seen)
    assert err.value.kind == "incomplete" and err.value.partial_text == "Dear hiring" and len(srv.requests) == 3


def test_non_retryable_error_event_is_raised_at_once():
    bad = 'event: error\ndata: {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long"}}'
    with LLMServer([sse_reply(bad)]) as srv:
        with pytest.raises(LLMError) as err:
            run_stream(provider(srv.url, wire="anthropic"))
    assert err.value.kind == "bad_request" and err.value.status == 200 and len(srv.requests) == 1


# --- HTTP retries and Retry-After -----------------------------------------------------------
OK = json_reply({"choices": [{"index": 0, "message": {"content": "fine"}, "finish_reason": "stop"}]})


@pytest.mark.parametrize("status", [429, 500, 502, 503, 529])
def test_retryable_statuses_are_retried(status):
    with LLMServer([json_reply({"error": {"message": "busy"}}, status=status), OK]) as srv:
        p = provider(srv.url)
        assert p.complete(REQ).text == "fine"
    assert len(srv.requests) == 2 and len(p.recorded_sleeps) == 1


def test_retry_after_seconds_is_honoured():
    with LLMServer([json_reply({"error": "slow down"}, 429, {"Retry-After": "7"}), OK]) as srv:
        p = provider(srv.url)
        p.complete(REQ)
    assert p.recorded_sleeps == [7.0]


def test_retry_after_http_date_is_honoured():
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    with LLMServer([json_reply({"error": "slow down"}, 503, {"Retry-After": when}), OK]) as srv:
        p = provider(srv.url)
        p.complete(REQ)
    assert 17 <= p.recorded_sleeps[0] <= 21


def test_retry_after_ms_is_honoured_and_wins():
    with LLMServer([json_reply({"error": "slow"}, 429, {"retry-after-ms": "1500", "Retry-After": "2"}), OK]) as srv:
        p = provider(srv.url)
        p.complete(REQ)
    assert p.recorded_sleeps == [1.5]


def test_retry_after_beyond_the_cap_is_a_clear_error():
    with LLMServer([json_reply({"error": "quota"}, 429, {"Retry-After": "3600"}), OK]) as srv:
        with pytest.raises(LLMError) as err:
            provider(srv.url, retry_cap_s=60).complete(REQ)
    assert err.value.kind == "retry_wait_too_long" and "3600 s" in str(err.value) and len(srv.requests) == 1


def test_retries_stop_after_max_retries():
    with LLMServer([json_reply({"error": "down"}, 503)]) as srv:
        p = provider(srv.url, max_retries=2)
        with pytest.raises(LLMError) as err:
            p.complete(REQ)
    assert err.value.kind == "server" and len(srv.requests) == 3 and len(p.recorded_sleeps) == 2
    assert p.recorded_sleeps[1] > p.recorded_sleeps[0]  # exponential


def test_per_provider_read_timeout_is_a_retryable_timeout():
    slow = Reply(headers={"Content-Type": "text/event-stream"},
                 chunks=[(openai_chunk("a") + "\n\n").encode(), (openai_chunk(finish="stop") + "\n\n").encode()],
                 pauses={1: 3.0})
    fast = sse_reply(openai_chunk("b"), openai_chunk(finish="stop"))
    with LLMServer([slow, fast]) as srv:
        p = provider(srv.url, timeout_s=0.5)
        events, done = run_stream(p)
    assert done.text == "b" and any(e.kind == "reset" for e in events)


def test_connection_refused_is_classified():
    with LLMServer([OK]) as srv:
        url = srv.url
    with pytest.raises(LLMError) as err:
        provider(url, max_retries=0).complete(REQ)
    assert err.value.kind == "connection"


# --- local-model compatibility ------------------------------------------------------------
def test_think_block_split_across_chunks_is_stripped():
    parts = ["<thi", "nk>I should", " flatter</th", "ink>\nDear Ms. Lee,", " thank you."]
    with LLMServer([sse_reply(*[openai_chunk(x) for x in parts], openai_chunk(finish="stop"))]) as srv:
        events, done = run_stream(provider(srv.url))
    assert done.text == visible(events) == "Dear Ms. Lee, thank you."


def test_orphan_closing_think_tag_resets_what_was_shown():
    parts = ["Let me plan the letter.", "</think>", "Dear team,"]
    with LLMServer([sse_reply(*[openai_chunk(x) for x in parts], openai_chunk(finish="stop"))]) as srv:
        events, done = run_stream(provider(srv.url))
    assert done.text == "Dear team," and visible(events) == "Dear team,"
    assert any(e.kind == "reset" for e in events)


def test_structured_mode_ladder_is_probed_once_and_remembered():
    MEMORY._modes.clear()
    rejected = json_reply({"error": {"message": "response_format json_schema unsupported"}}, 400)
    fenced = json_reply({"choices": [{"index": 0, "message": {"content": 'Sure!\n```json\n{"ok": true,}\n```'},
                                      "finish_reason": "stop"}]})
    with LLMServer([rejected, fenced, fenced]) as srv:
        p = provider(srv.url)
        value, _, mode = complete_json(p, REQ, {"type": "object"})
        again, _, mode2 = complete_json(p, REQ, {"type": "object"})
    assert value == again == {"ok": True} and mode == mode2 == "json_object"
    formats = [r["json"].get("response_format", {}).get("type") for r in srv.requests]
    assert formats == ["json_schema", "json_object", "json_object"]


def test_ssrf_guard_runs_before_every_connection():
    calls: list[str] = []

    def guard(url: str) -> Target:
        calls.append(url)
        raise LLMError("private address refused", kind="blocked")

    with LLMServer([OK]) as srv:
        p = Provider(ProviderConfig(wire="openai", base_url=srv.url + "/v1", model="m"), guard=guard)
        with pytest.raises(LLMError) as err:
            p.complete(REQ)
    assert err.value.kind == "blocked" and calls and not srv.requests
