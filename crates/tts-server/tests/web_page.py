"""The web page at `/` in headless Chromium (run by tests/web_page.rs): it loads the model's
voices and languages, shows the controls of the model's task, optionally clones a voice from a
clip (Base models), speaks through the streaming API, plays and draws it, and offers it as a WAV.

argv: BASE_URL SCREENSHOT [CLIP NAME TRANSCRIPT]. With a clip, the clone box uploads it and the
page speaks with the new voice at temperature 0 and seed 3. Prints one JSON line.
"""

import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CONTROLS = ["text", "instructions", "clone-audio", "clone-name", "clone-text", "clone-upload",
            "voice", "language", "key", "temperature", "top_k", "top_p", "repetition_penalty",
            "seed", "speak", "stop", "download-button", "ttfa", "rtf", "wave"]

base_url, screenshot = sys.argv[1], sys.argv[2]
clone = sys.argv[3:6] if len(sys.argv) > 3 else None
options = webdriver.ChromeOptions()
for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
             "--autoplay-policy=no-user-gesture-required", "--window-size=1000,1100"):
    options.add_argument(flag)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.get(base_url + "/")
    wait = WebDriverWait(driver, 60)
    # The task comes from /v1/models; the status names it once the page has set itself up.
    wait.until(lambda d: d.find_element(By.ID, "status").text.startswith("Model "))
    if clone:
        clip, name, transcript = clone
        driver.find_element(By.ID, "clone-audio").send_keys(clip)
        driver.find_element(By.ID, "clone-name").clear()
        driver.find_element(By.ID, "clone-name").send_keys(name)
        driver.find_element(By.ID, "clone-text").send_keys(transcript)
        driver.find_element(By.ID, "clone-upload").click()
        wait.until(lambda d: d.find_element(By.ID, "voice").get_attribute("value") == name)
        driver.find_element(By.ID, "temperature").send_keys("0")
        driver.find_element(By.ID, "seed").send_keys("3")
    else:
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#voice option")) > 0)
    voice = driver.find_element(By.ID, "voice").get_attribute("value")
    language = driver.find_element(By.ID, "language").get_attribute("value")
    driver.find_element(By.ID, "speak").click()
    wait.until(lambda d: d.execute_script("return document.body.dataset.done") is not None)
    # The download's bytes, base64.
    download = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(document.getElementById('download').href).then((r) => r.arrayBuffer()).then((b) => {"
        "  const u = new Uint8Array(b); let s = '';"
        "  for (let i = 0; i < u.length; i += 8192) s += String.fromCharCode(...u.subarray(i, i + 8192));"
        "  done(btoa(s)); });")
    # Pixels of the waveform that are not the canvas's background.
    drawn = driver.execute_script(
        "const c = document.getElementById('wave');"
        "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;")
    driver.save_screenshot(screenshot)
    print(json.dumps({
        "bytes": int(driver.execute_script("return document.body.dataset.done")),
        "played": int(driver.execute_script("return document.body.dataset.played")),
        "download": download,
        "waveform_pixels": drawn,
        "ttfa": driver.find_element(By.ID, "ttfa").text,
        "rtf": driver.find_element(By.ID, "rtf").text,
        "displayed": {c: driver.find_element(By.ID, c).is_displayed() for c in CONTROLS},
        "voice": voice,
        "language": language,
        "status": driver.find_element(By.ID, "status").text,
        "text": driver.find_element(By.ID, "text").get_attribute("value"),
    }))
finally:
    driver.quit()
