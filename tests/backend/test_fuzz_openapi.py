"""Fuzz the real service against its own OpenAPI document (issue 6 §3): schemathesis generates
requests for every operation of ``/v1/openapi.json`` as the running service serves it, valid and
invalid, and sends them over HTTP to waitress on 127.0.0.1. No answer may be a 5xx, and every
error must be our JSON error object ``{"error": {"code", "message"}}``.

Bounded: ``EXAMPLES`` generated requests per operation and mode, no shrinking, a time limit.
``POST /v1/token`` is fuzzed too, so the current token is read before every request.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable

from secondlook.api.openapi import document
from secondlook.bench.service import free_port
from secondlook.engine import Analyzer
from secondlook.server import make_server, stop_threaded

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]
EXAMPLES = 20
# schemathesis leaves out the document's own path, which it loaded the schema from
OPERATIONS = [f"{method.upper()} {path}"
              for path, item in document(0)["paths"].items() if path != "/v1/openapi.json"
              for method in item if method != "parameters"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Iterator[Any]:
    home: Path = tmp_path_factory.mktemp("fuzz-home")
    srv = make_server(free_port(), {"HOME": str(home), "ANALYZER": analyzer})
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield srv
    stop_threaded(srv, thread)
    assert not thread.is_alive(), "the service did not stop"


def _auth(server: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.app.extensions['secondlook'].token}"}


@pytest.fixture(scope="module")
def api_schema(server: Any) -> Any:
    port = server.app.config["PORT"]
    return schemathesis.openapi.from_url(f"http://127.0.0.1:{port}/v1/openapi.json",
                                         headers=_auth(server))


def test_the_served_document_lists_these_operations(api_schema: Any) -> None:
    served = {result.ok().label for result in api_schema.get_all_operations()}
    assert served == set(OPERATIONS)


def assert_json_error_or_success(response: Any) -> None:
    assert response.status_code < 500, f"{response.status_code}: {response.text[:300]}"
    if response.status_code >= 400:
        content_type = response.headers.get("content-type", [""])[0]  # lower-case names, lists
        assert content_type.startswith("application/json"), content_type
        body = json.loads(response.content)
        assert list(body) == ["error"], body
        assert set(body["error"]) == {"code", "message"}, body
        assert body["error"]["code"] and isinstance(body["error"]["message"], str)


@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode), ids=str)
@pytest.mark.parametrize("label", OPERATIONS)
def test_no_server_error_and_every_error_is_json(label: str, mode: Any, api_schema: Any,
                                                 server: Any) -> None:
    operation = api_schema.find_operation_by_label(label)
    seen = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck))
    def fuzz(case: Any) -> None:
        response = case.call(headers=_auth(server), timeout=30)
        seen.append(response.status_code)
        assert_json_error_or_success(response)
        case.validate_response(response, checks=[schemathesis.checks.not_a_server_error])

    try:
        fuzz()
    except Unsatisfiable:
        assert mode == schemathesis.GenerationMode.NEGATIVE
        pytest.skip(f"{label} takes no input that could be made invalid")
    assert seen, "schemathesis generated no request"
    if mode == schemathesis.GenerationMode.NEGATIVE:  # invalid input was sent and refused
        assert any(400 <= status < 500 for status in seen), seen
