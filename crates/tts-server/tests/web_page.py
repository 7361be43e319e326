"""The web page at `/` in headless Chromium (run by tests/web_page.rs): it loads the model's
voices and languages, speaks the default text through the streaming API and plays it.

argv: BASE_URL. Prints one JSON line: {"bytes": N, "voice": ..., "language": ..., "status": ...}.
"""

import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base_url = sys.argv[1]
options = webdriver.ChromeOptions()
for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required"):
    options.add_argument(flag)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.get(base_url + "/")
    wait = WebDriverWait(driver, 60)
    # The voices come from /v1/audio/voices, the languages from /v1/models.
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#voice option")) > 0)
    voice = driver.find_element(By.ID, "voice").get_attribute("value")
    language = driver.find_element(By.ID, "language").get_attribute("value")
    driver.find_element(By.ID, "speak").click()
    wait.until(lambda d: d.execute_script("return document.body.dataset.done") is not None)
    print(json.dumps({
        "bytes": int(driver.execute_script("return document.body.dataset.done")),
        "voice": voice,
        "language": language,
        "status": driver.find_element(By.ID, "status").text,
        "text": driver.find_element(By.ID, "text").get_attribute("value"),
    }))
finally:
    driver.quit()
