"""The live workshop page end to end, in headless Chromium driven by Selenium through Debian's
chromedriver: open the page, click an item and read the panel, change the file and see the
page update within 1 s, score an interaction through the form and see exactly its lines change,
save an invalid file and see the located error then the recovery, and open the hostile map.
Screenshots of each step go to OUT (out/browser/). Checks only: never part of placegraph.

Usage: browser_e2e.py PLACEGRAPH_BINARY REPOSITORY_ROOT WORK_FOLDER OUT_FOLDER"""
import json
import os
import shutil
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.dirname(__file__))
from serve_process import Server  # noqa: E402

binary, root, work, out = sys.argv[1:5]
os.makedirs(out, exist_ok=True)
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)


def browser():
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1400,1100", "--disable-extensions", "--no-first-run"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shot(driver, name, top=False):
    if top:
        driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(os.path.join(out, name))


def wait(driver, condition, seconds=5):
    return WebDriverWait(driver, seconds, poll_frequency=0.02).until(lambda d: condition(d))


def visible(driver, element_id):
    return driver.execute_script("return !document.getElementById(arguments[0]).hidden", element_id)


map_path = os.path.join(work, "map.yaml")
shutil.copy(os.path.join(root, "examples/camden-estate/map.yaml"), map_path)
server = Server(binary, map_path, "--edit")
driver = browser()
try:
    state = json.loads(server.get("/api/state")[0])
    driver.get(server.url)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#map svg g.node[data-id]"), 15)
    check(driver.find_element(By.ID, "place").text == state["place"], "the page shows the place's name")
    shot(driver, "01-page.png")

    # Click the item at the start of the first conflict and read the panel.
    conflict = state["conflicts"][0]
    item = next(i for i in state["items"] if i["id"] == conflict["from"])
    node = driver.find_element(By.CSS_SELECTOR, '#map g.node[data-id="%s"]' % item["id"])
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node)
    wait(driver, lambda d: visible(d, "panel"))
    check(driver.find_element(By.ID, "panel-title").text == item["name"], "clicking an item opens its panel")
    panel_conflicts = driver.find_element(By.ID, "panel-conflicts").text
    check(conflict["toName"] in panel_conflicts, "the panel lists the item's conflict")
    near = driver.find_elements(By.CSS_SELECTOR, "#map g.node.near")
    check(len(near) > 0, "the item's neighbours are highlighted (%d)" % len(near))
    shot(driver, "02-panel.png")
    driver.find_element(By.ID, "panel-title").send_keys(Keys.ESCAPE)
    wait(driver, lambda d: not visible(d, "panel"))
    check(True, "Escape closes the panel")

    # Keyboard: a map item takes focus and opens with Enter.
    node = driver.find_element(By.CSS_SELECTOR, '#map g.node[data-id="%s"]' % item["id"])
    driver.execute_script("arguments[0].focus()", node)
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    wait(driver, lambda d: visible(d, "panel"))
    check(True, "Enter on a focused item opens its panel")
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)

    # Change the file on disk: the page updates within 1 s and says what changed.
    text = open(map_path).read()
    first = state["interactions"][0]
    version = state["version"]
    lines = text.split("\n")
    start = first["line"] - 1
    end = start + 1
    while end < len(lines) and not lines[end].lstrip().startswith("- ") and lines[end].strip():
        end += 1
    new_effect = 1 if first["effect"] < 0 else -1
    block = [line[: len(line) - len(line.lstrip())] + "effect: %d" % new_effect
             if line.strip().startswith("effect:") else line for line in lines[start:end]]
    changed = "\n".join(lines[:start] + block + lines[end:])
    saved = time.monotonic()
    with open(map_path, "w") as handle:
        handle.write(changed)
    wait(driver, lambda d: d.execute_script(
        "return document.getElementById('status').textContent.indexOf(arguments[0]) < 0 && "
        "!document.getElementById('changes').hidden", version), 3)
    elapsed = time.monotonic() - saved
    check(elapsed < 1.0, "the page updated %.0f ms after the save (under 1 s)" % (elapsed * 1000))
    check("Re-scored" in driver.find_element(By.ID, "change-list").text, "the page says what was re-scored")
    shot(driver, "03-reloaded.png", top=True)

    # Score through the form: exactly that interaction's lines change.
    state = json.loads(server.get("/api/state")[0])
    target = next(i for i in state["interactions"] if i["line"] and i["effect"] != 3 and not i["mutual"])
    before = open(map_path).read().split("\n")
    Select(driver.find_element(By.ID, "score-from")).select_by_value(target["from"])
    Select(driver.find_element(By.ID, "score-to")).select_by_value(target["to"])
    radio = driver.find_element(By.CSS_SELECTOR, '#score-effect input[value="3"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", radio)
    radio.click()
    driver.find_element(By.ID, "score-submit").click()
    wait(driver, lambda d: d.find_element(By.ID, "score-result").text.startswith("Saved"), 5)
    after = open(map_path).read().split("\n")
    first_line = target["line"] - 1
    changed_lines = [n for n in range(max(len(before), len(after)))
                     if n >= len(before) or n >= len(after) or before[n] != after[n]]
    check(len(before) == len(after), "the form's edit keeps the file's line count")
    check(changed_lines and all(first_line <= n < first_line + 8 for n in changed_lines)
          and all(before[n] == after[n] for n in range(first_line)),
          "the form changed only the interaction's lines (%s)" % [n + 1 for n in changed_lines])
    check(any("effect: 3" in after[n] or "indivisible" in after[n] for n in changed_lines),
          "the new effect is in the file")
    shot(driver, "04-scored.png")

    # An invalid save: located errors on the page, the last good map kept; then the recovery.
    good = open(map_path).read()
    broken_lines = good.split("\n")
    broken_at = broken_lines.index("services:")
    broken_lines[broken_at] = "services: [unclosed"
    with open(map_path, "w") as handle:
        handle.write("\n".join(broken_lines))
    wait(driver, lambda d: visible(d, "problems"), 3)
    problems = driver.find_element(By.ID, "problem-list").text
    check(("map.yaml:%d:" % (broken_at + 1)) in problems or "map.yaml:" in problems,
          "the error is located: " + problems.split("\n")[0])
    check(len(driver.find_elements(By.CSS_SELECTOR, "#problem-list pre.quoted")) > 0, "the error quotes the line")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#map svg g.node")) > 0, "the last good map stays on screen")
    shot(driver, "05-error.png", top=True)
    with open(map_path, "w") as handle:
        handle.write(good)
    wait(driver, lambda d: not visible(d, "problems"), 3)
    check(True, "fixing the file clears the error")
    shot(driver, "06-recovered.png", top=True)

    driver.find_element(By.ID, "projector").click()
    check("projector" in driver.find_element(By.TAG_NAME, "body").get_attribute("class"), "projector mode enlarges the page")
    shot(driver, "07-projector.png", top=True)
finally:
    driver.quit()
    code, seconds = server.stop()
    check(code in (130, -2), "Ctrl-C stops the server (exit %s) in %.2f s" % (code, seconds))

# The hostile map: its labels stay text.
hostile = os.path.join(work, "hostile.yaml")
shutil.copy(os.path.join(root, "Tests/PlaceGraphKitTests/Fixtures/hostile.yaml"), hostile)
server = Server(binary, hostile)
driver = browser()
try:
    state = json.loads(server.get("/api/state")[0])
    driver.get(server.url)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#map svg g.node[data-id]"), 15)
    check(driver.find_element(By.ID, "place").get_attribute("textContent") == state["place"],
          "the hostile place name is shown as text")
    node = driver.find_elements(By.CSS_SELECTOR, "#map g.node[data-id]")[0]
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node)
    wait(driver, lambda d: visible(d, "panel"))
    scripts = driver.execute_script("return [...document.scripts].map(s => s.getAttribute('src'))")
    check(scripts == ["/app.js"], "the only script on the page is app.js (%s)" % scripts)
    check(not driver.find_elements(By.CSS_SELECTOR, "img, iframe, object, embed, #map script"),
          "no element came from a label")
    try:
        driver.switch_to.alert
        check(False, "no alert opened")
    except NoAlertPresentException:
        check(True, "no alert opened")
    shot(driver, "08-hostile.png")
finally:
    driver.quit()
    server.stop()

print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
