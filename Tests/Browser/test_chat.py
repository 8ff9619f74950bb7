#!/usr/bin/env python3
"""Real-browser test of Piper's web chat (selenium 4, headless Chromium).

Runs against PIPER_BROWSER_BASE_URL (default http://127.0.0.1:8080); scripts/test-browser.sh starts a server and
sets it. Walks a user's path: a new conversation, a todo added by chat, listed, deleted after a confirmation, the
panels' own controls, the About-me form kept across a reload, an API token made in the Account panel (its secret
shown once), the sign-in page, and the page at phone width. On failure it saves a screenshot, the page source and
the browser console to .build/browser-artifacts/ and exits 1.

Environment: PIPER_BROWSER_BASE_URL, PIPER_BROWSER_WAIT (seconds per wait, default 30), PIPER_BROWSER_TIMEOUT
(seconds for the whole run, default 300), PIPER_BROWSER_ARTIFACTS, CHROMIUM_BIN, CHROMEDRIVER_BIN.
"""

import json
import os
import re
import signal
import sys
import time
import traceback
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
BASE_URL = os.environ.get("PIPER_BROWSER_BASE_URL", "http://127.0.0.1:8080").rstrip("/")
WAIT = float(os.environ.get("PIPER_BROWSER_WAIT", "30"))
TIMEOUT = int(os.environ.get("PIPER_BROWSER_TIMEOUT", "300"))
ARTIFACTS = Path(os.environ.get("PIPER_BROWSER_ARTIFACTS", ROOT / ".build" / "browser-artifacts"))
POLL = 0.1

TODO_TITLE = "review the Q3 roadmap"


class StepFailure(Exception):
    """A check of the test did not hold."""


def log(message):
    print(f"test_chat: {message}", flush=True)


@contextmanager
def step(name):
    started = time.monotonic()
    log(f"--> {name}")
    yield
    log(f"    ok ({time.monotonic() - started:.1f}s)")


def check(condition, message):
    if not condition:
        raise StepFailure(message)


def make_driver():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                     "--lang=en-US", "--disable-gpu"):
        options.add_argument(argument)
    binary = os.environ.get("CHROMIUM_BIN") or next(
        (path for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(path)), None)
    if binary:
        options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(WAIT * 2)
    driver.set_script_timeout(WAIT)
    return driver


class ChatPage:
    """Drives the chat page through its stable IDs and data attributes."""

    def __init__(self, driver):
        self.driver = driver

    # ---- waiting ----

    def wait(self, condition, message, timeout=None):
        def probe(driver):
            try:
                return condition(driver)
            except (StaleElementReferenceException, WebDriverException):
                return False
        try:
            return WebDriverWait(self.driver, timeout or WAIT, poll_frequency=POLL).until(probe)
        except TimeoutException:
            raise StepFailure(f"timed out after {timeout or WAIT:.0f}s waiting for {message}") from None

    def css(self, selector):
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def one(self, selector):
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    # ---- page ----

    def open(self, path="/"):
        self.driver.get(BASE_URL + path)
        self.wait_ready()

    def reload(self):
        self.driver.refresh()
        self.wait_ready()

    def wait_ready(self):
        self.wait(lambda d: self.js("return document.readyState") == "complete"
                  and self.js("return document.body && document.body.dataset.ready") == "true",
                  "the page and app.js to load (body[data-ready=true])")

    def conversation_id(self):
        return self.js("return document.body.dataset.conversationId || ''")

    # ---- thread ----

    def piper_turn_ids(self):
        return [node.get_attribute("data-turn-id") for node in self.css("#thread [data-role=piper][data-turn-id]")]

    def composer_ready(self):
        composer = self.one("#composer")
        return composer.is_displayed() and composer.is_enabled() and self.one("#send").is_enabled()

    def new_piper_message(self, seen, message):
        """Waits until a piper message that is not in `seen` is shown and the composer is usable again."""
        def found(_):
            for node in self.css("#thread [data-role=piper][data-turn-id]"):
                if node.get_attribute("data-turn-id") not in seen and self.composer_ready():
                    return node
            banner = self.one("#error-banner")
            if banner.is_displayed():
                raise StepFailure(f"the error banner appeared while waiting for {message}: {banner.text!r}")
            return False
        return self.wait(found, message)

    def send(self, text, use_enter=True):
        self.wait(lambda _: self.composer_ready(), "the composer to be enabled")
        seen = set(self.piper_turn_ids())
        composer = self.one("#composer")
        composer.clear()
        composer.send_keys(text)
        if use_enter:
            composer.send_keys(Keys.ENTER)
        else:
            self.one("#send").click()
        reply = self.new_piper_message(seen, f"Piper's reply to {text!r}")
        user_texts = [node.text for node in self.css("#thread [data-role=user][data-turn-id]")]
        check(any(text.lower() in t.lower() for t in user_texts), f"the user's message {text!r} is not in the thread")
        log(f"    piper: {reply.text.strip()[:160]!r}")
        return reply

    def record_turn_responses(self):
        """Notes, from now on, the Accept header and the response Content-Type of every turn posted."""
        self.js("""
            window.piperTurnResponses = [];
            if (window.piperFetchRecorded) return;
            window.piperFetchRecorded = true;
            const original = window.fetch;
            window.fetch = async function (input, init) {
                const response = await original.apply(this, arguments);
                if (init && init.method === 'POST' && /\\/turns$/.test(String(input))) {
                    window.piperTurnResponses.push({
                        accept: (init.headers && init.headers.Accept) || '',
                        type: response.headers.get('Content-Type') || '',
                    });
                }
                return response;
            };
        """)

    def turn_responses(self):
        return self.js("return window.piperTurnResponses || []")

    # ---- panels ----

    def todo_titles(self):
        return [node.text.strip() for node in self.css("#todo-list li")]

    def has_todo(self, title):
        return any(title.lower() in text.lower() for text in self.todo_titles())

    def todo_item(self, title):
        for node in self.css("#todo-list li"):
            if title.lower() in node.text.lower():
                return node
        return None


def test_conversation_and_todos(page):
    with step("open / and wait for app.js"):
        page.open("/")
        for selector in ("#composer", "#send", "#thread", "#new-conversation", "#todo-list", "#project-list",
                         "#reminder-list", "#context-form"):
            check(page.css(selector), f"the page has no {selector}")
        check(page.one("#thread").get_attribute("aria-live") in ("polite", "assertive"), "#thread is not aria-live")
        check(page.css("label[for=composer]"), "the composer has no label")

    with step("start a new conversation"):
        before = page.conversation_id()
        page.one("#new-conversation").click()
        page.wait(lambda d: page.conversation_id() not in ("", before) and re.search(r"/c/[^/]+$", d.current_url),
                  "the URL to become /c/{id} and body[data-conversation-id] to be set")
        conversation = page.conversation_id()
        page.wait(lambda _: page.css(f'#conversation-list a[aria-current=page][data-id="{conversation}"]'),
                  "the new conversation to be current in #conversation-list")
        check(not page.css("#thread [data-role][data-turn-id]"), "a new conversation already has messages")
        page.wait(lambda d: d.switch_to.active_element == page.one("#composer"), "focus to move to the composer")
        log(f"    conversation {conversation}")

    with step("Shift+Enter adds a line without sending"):
        composer = page.one("#composer")
        composer.send_keys("first line", Keys.SHIFT, Keys.ENTER, Keys.SHIFT, "second line")
        check("\n" in composer.get_attribute("value"), "Shift+Enter did not add a line break")
        check(not page.css("#thread [data-role=user]"), "Shift+Enter sent the message")
        composer.clear()

    with step(f"add a todo by chat: 'add a todo to {TODO_TITLE}'"):
        page.send(f"add a todo to {TODO_TITLE}", use_enter=True)
        page.wait(lambda _: page.has_todo(TODO_TITLE), f"{TODO_TITLE!r} to appear in #todo-list")
        check(re.search(r"#?\d+", page.todo_item(TODO_TITLE).text), "the todo is shown without its number")

    with step("'show my todos' answers with a list, sent and received over the event stream"):
        page.record_turn_responses()
        reply = page.send("show my todos", use_enter=False)
        items = reply.find_elements(By.CSS_SELECTOR, "ul li, ol li")
        check(items, "the reply to 'show my todos' has no list")
        check(TODO_TITLE.lower() in reply.text.lower(), f"the listed todos do not include {TODO_TITLE!r}")
        responses = page.turn_responses()
        check(len(responses) == 1, f"expected one posted turn, saw {responses!r}")
        check(responses[0]["accept"] == "text/event-stream", f"the turn did not ask for the stream: {responses!r}")
        check(responses[0]["type"].startswith("text/event-stream"), f"the turn was not streamed: {responses!r}")
        check(not page.css("#thread [data-streaming], #thread [data-error]"),
              "a live or failed reply bubble was left in the thread")

    with step("'delete the roadmap todo' asks for confirmation"):
        reply = page.send("delete the roadmap todo")
        confirmations = reply.find_elements(By.CSS_SELECTOR, ".confirmation")
        check(confirmations, "the reply has no .confirmation")
        confirmation = confirmations[-1]
        # The prompt is the group's accessible name; the page shows it once, in the text or in the block.
        prompt = f"{confirmation.get_attribute('aria-label') or ''} {confirmation.text}"
        check(TODO_TITLE.lower() in prompt.lower(), f"the confirmation does not quote {TODO_TITLE!r}: {prompt!r}")
        check(page.has_todo(TODO_TITLE), "the todo disappeared before it was confirmed")
        buttons = [b for b in confirmation.find_elements(By.CSS_SELECTOR, "button") if b.is_enabled()]
        check(buttons, "the confirmation has no enabled button")

        def is_yes(button):
            reply_text = (button.get_attribute("data-reply") or "").strip().lower()
            return reply_text in ("yes", "y", "confirm") or button.text.strip().lower().startswith("yes")
        yes = next((b for b in buttons if is_yes(b)), None) or next(
            (b for b in buttons if (b.get_attribute("data-style") or "") in ("danger", "primary")), None)
        check(yes is not None, "no yes/primary/danger button in the confirmation")
        log(f"    clicking {yes.text!r}")
        seen = set(page.piper_turn_ids())
        yes.click()

    with step("the deletion is confirmed and the todo is gone"):
        reply = page.new_piper_message(seen, "Piper's reply to the confirmation")
        log(f"    piper: {reply.text.strip()[:160]!r}")
        check(re.search(r"delet|remov", reply.text, re.IGNORECASE), f"the reply does not confirm the deletion: "
              f"{reply.text!r}")
        page.wait(lambda _: not page.has_todo(TODO_TITLE), f"{TODO_TITLE!r} to leave #todo-list")
        stale = [b for b in page.css("#thread .confirmation button") if b.is_enabled()]
        check(not stale, "an answered confirmation still has enabled buttons")

    with step("the conversation survives a reload"):
        conversation = page.conversation_id()
        page.reload()
        check(page.conversation_id() == conversation, "the reloaded page shows another conversation")
        check(len(page.css("#thread [data-role=piper]")) >= 4, "the reloaded thread lacks Piper's replies")
        check(not [b for b in page.css("#thread .confirmation button") if b.is_enabled()],
              "after a reload, an answered confirmation has enabled buttons")


FAKE_TURN_STREAM = """
    const original = window.fetch;
    window.piperFakeStream = null;
    window.fetch = function (input, init) {
        const isTurn = init && init.method === 'POST' && /\\/turns$/.test(String(input));
        if (!isTurn) return original.apply(this, arguments);
        window.fetch = original;
        const encoder = new TextEncoder();
        let controller = null;
        const body = new ReadableStream({ start(c) { controller = c; } });
        window.piperFakeStream = {
            send(text) { controller.enqueue(encoder.encode(text)); },
            close() { controller.close(); },
        };
        return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
    };
"""


def sse(name, data):
    return f"event: {name}\ndata: {json.dumps(data)}\n\n"


def test_streamed_reply(page):
    """A model's reply cannot be made to stream here without a model, so the page's fetch answers this one turn
    with an event stream the test writes piece by piece."""
    def send_with_fake_stream(text):
        page.js(FAKE_TURN_STREAM)
        composer = page.one("#composer")
        composer.clear()
        composer.send_keys(text, Keys.ENTER)
        page.wait(lambda _: page.js("return !!window.piperFakeStream"), "the turn to be posted")

    def stream(text):
        page.js("window.piperFakeStream.send(arguments[0])", text)

    def live_text():
        return " ".join(node.text for node in page.css("#thread [data-streaming] .message-text"))

    with step("a streamed reply grows piece by piece, then shows as the recorded turn with its blocks"):
        page.open("/")
        before = page.conversation_id()
        page.one("#new-conversation").click()
        page.wait(lambda _: page.conversation_id() not in ("", before), "a new conversation")
        page.wait(lambda _: page.composer_ready(), "the composer to be enabled")
        send_with_fake_stream("what should I focus on?")
        stream(sse("delta", {"text": "Focus on "}))
        page.wait(lambda _: live_text() == "Focus on", "the first piece to show in a growing bubble")
        delta = sse("delta", {"text": "the launch <b>now</b>."})
        stream(delta[:20])
        stream(delta[20:])
        page.wait(lambda _: live_text() == "Focus on the launch <b>now</b>.", "the second piece to join the first")
        check(not page.css("#thread [data-streaming] b"), "a piece's text was read as HTML")
        turn = {"createdAt": "2026-01-01T09:00:00Z", "blocks": []}
        turns = [dict(turn, id="streamed-user", sequence=1, role="user", text="what should I focus on?"),
                 dict(turn, id="streamed-piper", sequence=2, role="piper", text="Focus on the launch.",
                      blocks=[{"type": "list", "title": "Next", "items": [{"text": "Write the launch plan"}]}])]
        stream(sse("turns", {"turns": turns}))
        page.js("window.piperFakeStream.close()")
        page.wait(lambda _: page.css("#thread [data-turn-id=streamed-piper]") and page.composer_ready(),
                  "the recorded reply to replace the growing bubble")
        check(not page.css("#thread [data-streaming]"), "the growing bubble stayed next to the recorded reply")
        reply = page.one("#thread [data-turn-id=streamed-piper]")
        check("Write the launch plan" in reply.text, f"the reply's list block is missing: {reply.text!r}")
        check(page.css("#thread [data-turn-id=streamed-user]"), "the recorded message is missing")

    with step("an error after the first piece leaves an error message and gives the text back"):
        send_with_fake_stream("and after that?")
        stream(sse("delta", {"text": "After that, "}))
        page.wait(lambda _: live_text() == "After that,", "the piece to show")
        stream(sse("error", {"error": {"status": 500, "code": "internal_error", "requestID": "test",
                                       "message": "Piper hit an unexpected problem."}}))
        page.js("window.piperFakeStream.close()")
        page.wait(lambda _: page.css("#thread [data-error]") and page.composer_ready(), "the error message")
        check("unexpected problem" in page.one("#thread [data-error]").text, "the error message lacks the reason")
        check(not page.css("#thread [data-streaming]"), "the growing bubble stayed after the error")
        check(page.one("#composer").get_attribute("value") == "and after that?", "the message was not given back")
        page.one("#composer").clear()


def test_todo_panel(page):
    stamp = time.strftime("%H%M%S")
    done_title, deleted_title = f"panel done check {stamp}", f"panel delete check {stamp}"

    with step("add two todos from the Todos panel"):
        for title in (done_title, deleted_title):
            field = page.one("#todo-new")
            field.clear()
            field.send_keys(title, Keys.ENTER)
            page.wait(lambda _, t=title: page.has_todo(t), f"{title!r} to appear in #todo-list")

    with step("tick a todo's checkbox to complete it"):
        page.todo_item(done_title).find_element(By.CSS_SELECTOR, "input[type=checkbox]").click()
        page.wait(lambda _: not page.has_todo(done_title), f"{done_title!r} to leave the open todos")

    with step("delete a todo with × after confirm()"):
        page.todo_item(deleted_title).find_element(By.CSS_SELECTOR, ".todo-delete").click()
        alert = page.wait(lambda d: d.switch_to.alert, "the confirm() dialog")
        check(deleted_title in alert.text, f"the confirm() text does not name the todo: {alert.text!r}")
        alert.accept()
        page.wait(lambda _: not page.has_todo(deleted_title), f"{deleted_title!r} to leave #todo-list")


def test_about_me(page):
    stamp = time.strftime("%Y%m%d-%H%M%S")
    values = {
        "#context-role": f"Senior PM {stamp}",
        "#context-focus": "Checkout conversion",
        "#context-priorities": "Ship the Q3 roadmap\nHire a designer",
        "#context-notes": f"Prefers short answers ({stamp}).",
    }
    with step("save the About-me form"):
        page.wait(lambda _: page.one("#context-form").get_attribute("data-loaded") == "true",
                  "the About-me form to load")
        for selector, value in values.items():
            field = page.one(selector)
            page.js("arguments[0].scrollIntoView({block: 'center'})", field)
            field.clear()
            for index, line in enumerate(value.split("\n")):
                if index:
                    field.send_keys(Keys.SHIFT, Keys.ENTER, Keys.SHIFT)
                field.send_keys(line)
        page.one("#context-save").click()
        page.wait(lambda _: "saved" in page.one("#context-status").text.lower(), "the form to say it was saved")

    with step("reload and see About me persisted"):
        page.reload()
        page.wait(lambda _: page.one("#context-form").get_attribute("data-loaded") == "true",
                  "the About-me form to load")
        for selector, value in values.items():
            actual = page.one(selector).get_attribute("value").replace("\r\n", "\n")
            check(actual == value, f"{selector} is {actual!r} after the reload, expected {value!r}")


def test_account_panel(page):
    stamp = time.strftime("%H%M%S")
    name = f"browser check {stamp}"

    def open_account():
        toggle = page.one("#toggle-account")
        page.js("arguments[0].scrollIntoView({block: 'center'})", toggle)
        toggle.click()
        page.wait(lambda _: page.one("#account-panel").is_displayed(), "the Account panel to open")
        check(toggle.get_attribute("aria-expanded") == "true", "#toggle-account does not say it is expanded")
        page.wait(lambda _: page.one("#account-panel").get_attribute("data-loaded") == "true",
                  "the Account panel to load")
        check(not page.one("#account-error").is_displayed(),
              f"the Account panel shows an error: {page.one('#account-error').text!r}")

    def token_item():
        return next((node for node in page.css("#token-list li") if name in node.text), None)

    with step("open the Account panel (single-user install: no sign-out, no password)"):
        page.open("/")
        check(not page.one("#sign-out").is_displayed(), "Sign out shows although nobody signs in here")
        check(not page.one("#account-panel").is_displayed(), "the Account panel is open before it is asked for")
        open_account()
        check(not page.css("#password-form"), "the local user is offered a password change")

    with step("create an API token and see its secret once"):
        field = page.one("#token-name")
        field.clear()
        field.send_keys(name)
        page.js("arguments[0].value = 'read'", page.one("#token-permission"))
        page.one("#token-create").click()
        page.wait(lambda _: page.one("#token-secret").is_displayed(), "the new token's secret to show")
        secret = page.one("#token-secret-value").text.strip()
        check(secret.startswith("pmt_") and len(secret) > 20, f"the secret does not look like a token: {secret!r}")
        check("won't show it again" in page.one("#token-secret").text, "the secret box does not say it shows once")
        page.wait(lambda _: token_item() is not None, f"{name!r} to appear in #token-list")
        check("Read only" in token_item().text, f"the token's permission is not shown: {token_item().text!r}")
        check("last used never" in token_item().text, f"the token's last use is not shown: {token_item().text!r}")
        check(secret not in page.one("#token-list").text, "the token list shows the secret")
        page.one("#token-secret [data-dismiss]").click()
        page.wait(lambda _: not page.one("#token-secret").is_displayed(), "Done to hide the secret")
        check(secret not in page.driver.page_source, "the secret stays in the page after Done")

    with step("after a reload the token is listed without its secret, and the activity shows it"):
        page.reload()
        open_account()
        page.wait(lambda _: token_item() is not None, f"{name!r} to be listed after a reload")
        check(secret not in page.driver.page_source, "the secret is shown again after a reload")
        check(not page.one("#token-secret").is_displayed(), "the secret box is open after a reload")
        page.wait(lambda _: "API token created" in page.one("#activity-list").text,
                  "the activity to list the token's creation")

    with step("revoke the token after confirm()"):
        token_item().find_element(By.CSS_SELECTOR, "[data-action=revoke-token]").click()
        alert = page.wait(lambda d: d.switch_to.alert, "the confirm() dialog")
        check(name in alert.text, f"the confirm() text does not name the token: {alert.text!r}")
        alert.accept()
        page.wait(lambda _: token_item() is not None and "revoked" in token_item().text, "the token to be revoked")
        page.one("#account-close").click()
        page.wait(lambda _: not page.one("#account-panel").is_displayed(), "the Account panel to close")


def test_sign_in_page(page):
    with step("the sign-in page loads its forms and says no sign-in is needed here"):
        page.open("/signin?next=%2F")
        for selector in ("#signin-form", "#signup-form", "#reset-form", "label[for=signin-identifier]"):
            check(page.css(selector), f"the sign-in page has no {selector}")
        check(page.one("#signin-identifier").is_displayed(), "the sign-in form is not shown")
        page.wait(lambda _: page.one("#local-note").is_displayed(), "the single-user note to show")
        page.one("[data-show=reset-section]").click()
        page.wait(lambda _: page.one("#reset-code").is_displayed(), "the reset form to show")
        check(not page.one("#signin-identifier").is_displayed(), "the sign-in form stays next to the reset form")
        page.open("/")


def test_narrow_screen(page):
    with step("at 400px wide the composer shows and the side columns collapse"):
        page.driver.set_window_size(400, 800)
        page.reload()
        page.wait(lambda _: page.js("return window.innerWidth") <= 420, "the window to be narrow")
        composer = page.one("#composer")
        page.wait(lambda _: composer.is_displayed(), "the composer to be visible")
        box = page.js("const r = arguments[0].getBoundingClientRect();"
                      "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
                      " width: window.innerWidth, height: window.innerHeight};", composer)
        check(box["left"] >= 0 and box["right"] <= box["width"] + 1, f"the composer overflows horizontally: {box}")
        check(box["top"] >= 0 and box["bottom"] <= box["height"] + 1, f"the composer is outside the viewport: {box}")
        check(page.one("#send").is_displayed(), "the send button is hidden at 400px")
        overflow = page.js("return document.documentElement.scrollWidth - window.innerWidth")
        check(overflow <= 1, f"the page scrolls horizontally by {overflow}px")
        check(not page.one("#todos-heading").is_displayed(), "the side panels are not collapsed at 400px")
        check(not page.one("#new-conversation").is_displayed(), "the conversation list is not collapsed at 400px")

    with step("the panel toggles open and close the side columns"):
        toggle = page.one("#toggle-panels")
        check(toggle.is_displayed(), "no visible #toggle-panels at 400px")
        toggle.click()
        page.wait(lambda _: page.one("#todos-heading").is_displayed(), "the Todos panel to show after the toggle")
        check(toggle.get_attribute("aria-expanded") == "true", "#toggle-panels does not say it is expanded")
        page.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        page.wait(lambda _: not page.one("#todos-heading").is_displayed(), "Escape to close the panels")
        page.wait(lambda d: d.switch_to.active_element == toggle, "focus to return to the toggle")
        page.one("#toggle-conversations").click()
        page.wait(lambda _: page.one("#new-conversation").is_displayed(), "the conversation list to show")
        page.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        page.wait(lambda _: not page.one("#new-conversation").is_displayed(), "the conversation list to close")
    page.driver.set_window_size(1280, 900)


def save_artifacts(driver, name):
    try:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        stem = ARTIFACTS / f"{time.strftime('%Y%m%d-%H%M%S')}-{name}"
        try:
            driver.switch_to.alert.dismiss()
        except WebDriverException:
            pass
        driver.save_screenshot(f"{stem}.png")
        Path(f"{stem}.html").write_text(driver.page_source, encoding="utf-8")
        lines = [f"{entry.get('level')} {entry.get('message')}" for entry in driver.get_log("browser")]
        Path(f"{stem}.console.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        log(f"saved {stem}.png, .html and .console.txt")
    except Exception as error:  # noqa: BLE001 - artifacts are best effort
        log(f"could not save artifacts: {error}")


def script_errors(driver):
    try:
        entries = driver.get_log("browser")
    except WebDriverException:
        return []
    return [entry["message"] for entry in entries
            if entry.get("level") == "SEVERE" and "favicon" not in entry.get("message", "")
            and ("Uncaught" in entry.get("message", "") or "SyntaxError" in entry.get("message", ""))]


def on_timeout(signum, frame):
    raise TimeoutError(f"the browser test did not finish within {TIMEOUT}s")


def main():
    log(f"base URL {BASE_URL}; wait {WAIT:.0f}s; overall timeout {TIMEOUT}s")
    signal.signal(signal.SIGALRM, on_timeout)
    signal.alarm(TIMEOUT)
    driver = None
    current = "start"
    try:
        driver = make_driver()
        page = ChatPage(driver)
        for current, test in (("conversation", test_conversation_and_todos), ("streamed", test_streamed_reply),
                              ("todo-panel", test_todo_panel),
                              ("about-me", test_about_me), ("account", test_account_panel),
                              ("sign-in", test_sign_in_page), ("narrow", test_narrow_screen)):
            test(page)
            errors = script_errors(driver)
            check(not errors, f"JavaScript errors in the console: {errors}")
        log("PASS")
        return 0
    except Exception as error:  # noqa: BLE001 - any failure fails the run with artifacts
        log(f"FAIL in {current}: {error}")
        if not isinstance(error, (StepFailure, TimeoutError)):
            traceback.print_exc()
        if driver is not None:
            save_artifacts(driver, current)
        return 1
    finally:
        signal.alarm(0)
        if driver is not None:
            try:
                driver.quit()
            except Exception:  # noqa: BLE001
                pass


if __name__ == "__main__":
    sys.exit(main())
