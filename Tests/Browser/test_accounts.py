#!/usr/bin/env python3
"""Real-browser test of signing in, on a Piper server in accounts mode (selenium 4, headless Chromium).

scripts/test-browser.sh starts the server with PIPER_AUTH_MODE=accounts and sets PIPER_BROWSER_BASE_URL. The
path: a signed-out page sends the browser to /signin; the first account is created there; Piper answers in
chat; a lost access cookie is renewed from the refresh cookie without asking again; sign-out ends the
session; a wrong password is refused with a message; the right one signs back in; erasing the data asks for
the phrase, deletes it and signs out. It shares the page driver
and artifacts of test_chat.py.
"""

import sys
import time
import traceback

import test_chat
from test_chat import ChatPage, StepFailure, check, make_driver, save_artifacts, script_errors, step

NAME, USERNAME, PASSWORD = "Robin", "robin", "correct horse staple"


def log(message):
    print(f"test_accounts: {message}", flush=True)


def path_of(page):
    return page.js("return location.pathname + location.search")


def wait_for_chat(page, message):
    page.wait(lambda _: page.js("return location.pathname") == "/" and page.css("#composer"), message)
    page.wait_ready()


def test_first_account(page):
    with step("a signed-out page goes to sign-in, and the first account signs up there"):
        page.open("/")
        check(path_of(page).startswith("/signin?next="), f"/ did not redirect to sign-in: {path_of(page)}")
        page.one("[data-show=signup-section]").click()
        page.wait(lambda _: page.one("#signup-name").is_displayed(), "the sign-up form to show")
        for field, value in (("#signup-name", NAME), ("#signup-email", "robin@example.com"),
                             ("#signup-username", USERNAME), ("#signup-password", PASSWORD)):
            page.one(field).send_keys(value)
        page.one("#signup-form button[type=submit]").click()
        wait_for_chat(page, "the chat page after sign-up")
        page.send("add a todo to call Sam")


def test_silent_renewal(page):
    with step("a lost access cookie is renewed from the refresh cookie without signing in again"):
        page.driver.delete_cookie("piper_access")
        page.driver.get(test_chat.BASE_URL + "/")
        wait_for_chat(page, "the chat page again, renewed")
        check(page.driver.get_cookie("piper_access") is not None, "no new access cookie was set")


def test_sign_out_and_in(page):
    with step("sign-out ends the session; a wrong password is refused; the right one signs back in"):
        page.one("#sign-out").click()
        page.wait(lambda _: page.js("return location.pathname") == "/signin", "the sign-in page after sign-out")
        page.open("/")
        check(path_of(page).startswith("/signin"), "a signed-out browser still opened the chat page")
        page.one("#signin-identifier").send_keys(USERNAME)
        page.one("#signin-password").send_keys("not the password")
        page.one("#signin-form button[type=submit]").click()
        page.wait(lambda _: page.one("#auth-error").is_displayed(), "the wrong-password message")
        check("don't match" in page.one("#auth-error").text, f"unexpected message: {page.one('#auth-error').text!r}")
        page.one("#signin-password").clear()
        page.one("#signin-password").send_keys(PASSWORD)
        page.one("#signin-form button[type=submit]").click()
        wait_for_chat(page, "the chat page after signing in")
        page.open("/")
        page.wait(lambda _: page.has_todo("call Sam"), "the todo made before signing out")


def test_erase(page):
    with step("erasing your data asks for the phrase, deletes your todos and signs you out"):
        page.one("#toggle-account").click()
        page.wait(lambda _: page.one("#erase-data").is_displayed(), "the erase button in the Account panel")
        check(page.one("#export-data").get_attribute("href").endswith("/api/v1/me/export"), "no export link")
        page.one("#erase-data").click()
        prompt = page.wait(lambda d: d.switch_to.alert, "the confirmation prompt")
        prompt.send_keys("erase my data")
        prompt.accept()
        page.wait(lambda _: page.js("return location.pathname") == "/signin", "the sign-in page after erasing")
        page.one("#signin-identifier").send_keys(USERNAME)
        page.one("#signin-password").send_keys(PASSWORD)
        page.one("#signin-form button[type=submit]").click()
        wait_for_chat(page, "the chat page after signing in again")
        check(not page.has_todo("call Sam"), "the todo survived erasure")


def main():
    log(f"base URL {test_chat.BASE_URL}")
    driver = None
    current = "start"
    started = time.monotonic()
    try:
        driver = make_driver()
        page = ChatPage(driver)
        for current, test in (("first-account", test_first_account), ("renewal", test_silent_renewal),
                              ("sign-out-and-in", test_sign_out_and_in), ("erase", test_erase)):
            test(page)
            errors = [e for e in script_errors(driver) if "401" not in e]
            check(not errors, f"JavaScript errors in the console: {errors}")
        log(f"PASS ({time.monotonic() - started:.1f}s)")
        return 0
    except Exception as error:  # noqa: BLE001 - any failure fails the run with artifacts
        log(f"FAIL in {current}: {error}")
        if not isinstance(error, StepFailure):
            traceback.print_exc()
        if driver is not None:
            save_artifacts(driver, f"accounts-{current}")
        return 1
    finally:
        if driver is not None:
            try:
                driver.quit()
            except Exception:  # noqa: BLE001
                pass


if __name__ == "__main__":
    sys.exit(main())
