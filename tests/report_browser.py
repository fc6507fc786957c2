#!/usr/bin/env python3
"""Opens a vocmine report in headless Chromium, the network disabled, and checks it.

    python3 tests/report_browser.py out/report.html [--screenshot docs/report.png] [--max-ms 2000]

Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: no
port, no package needed). Checks, from the rendered page:
  - no console error, no uncaught exception, no failed or attempted network request;
  - the persona × theme heatmap (cells with their numbers as text), persona cards with
    quotes, and the trends are present;
  - every Arabic and Persian quote is laid out right to left (computed `direction`),
    its highlight is a <mark> inside it whose text is the quote's highlight in the JSON
    data block, and quote text = before + highlight + after;
  - the page renders within --max-ms.
Takes a full-page screenshot with --screenshot. Exit status 0 when every check passes,
1 when one fails, 3 when no Chromium can be found (the caller decides what that means).
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell"):
        p = shutil.which(name)
        if p:
            return p
    return None


class Browser:
    """A Chromium process driven over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, exe, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        # keep our ends out of the child; its ends become fds 3 and 4
        os.set_inheritable(to_chrome_r, True)
        os.set_inheritable(from_chrome_w, True)

        def child_fds():
            a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [
            exe,
            "--headless=new",
            "--remote-debugging-pipe",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--metrics-recording-only",
            # no network at all: every name resolves nowhere and every proxy is dead
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>",
            "--user-data-dir=" + profile,
            "--window-size=1360,1000",
            "about:blank",
        ]
        self.proc = subprocess.Popen(args, preexec_fn=child_fds, close_fds=False, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_chrome, json.dumps(msg).encode() + b"\0")
        want = self.next_id
        while True:
            m = self.read()
            if m.get("id") == want:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def read(self, timeout=30):
        deadline = time.time() + timeout
        while b"\0" not in self.buf:
            if time.time() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.poll() is not None else ""
                raise RuntimeError("Chromium closed the pipe " + err[-2000:])
            self.buf += chunk
        raw, self.buf = self.buf.split(b"\0", 1)
        return json.loads(raw)

    def wait_event(self, method, timeout=30):
        for i, e in enumerate(self.events):
            if e.get("method") == method:
                return self.events.pop(i)
        deadline = time.time() + timeout
        while time.time() < deadline:
            m = self.read(timeout=max(0.1, deadline - time.time()))
            if m.get("method") == method:
                return m
            self.events.append(m)
        raise TimeoutError(method)

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


CHECKS_JS = r"""
(() => {
  const data = JSON.parse(document.getElementById('vocmine-data').textContent);
  const out = {rendered: document.body.getAttribute('data-rendered'), render_ms: Number(document.body.getAttribute('data-render-ms') || 0),
               errors_text: document.getElementById('errors').textContent, lang: document.documentElement.lang,
               page_dir: getComputedStyle(document.documentElement).direction};
  const cells = [...document.querySelectorAll('table.heatmap td.cell')];
  out.heatmaps = document.querySelectorAll('table.heatmap').length;
  out.cells = cells.length;
  out.cells_with_numbers = cells.filter(c => /\d%/.test(c.textContent)).length;
  out.significant_marks = cells.filter(c => /[▲▼]/.test(c.textContent)).length;
  out.low_support = document.querySelectorAll('table.heatmap td.cell.low').length;
  out.cards = document.querySelectorAll('article.card').length;
  out.cards_with_quotes = [...document.querySelectorAll('article.card')].filter(c => c.querySelector('blockquote.quote mark')).length;
  out.trend_charts = document.querySelectorAll('#trends figure.trend svg circle').length;
  out.ratings_rows = document.querySelectorAll('table.ratings tbody tr').length;
  out.emergent = document.querySelectorAll('#emergent li').length;
  // the quotes of the data, by id, to compare with the DOM
  const byId = {};
  const walk = v => { if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object') { if ('hl' in v && 'pre' in v) byId[v.id] = v; Object.values(v).forEach(walk); } };
  walk(data.cards);
  out.quotes = [];
  for (const bq of document.querySelectorAll('blockquote.quote')) {
    const q = byId[bq.getAttribute('data-quote-id')];
    const mark = bq.querySelector('mark');
    const cite = bq.querySelector('cite');
    const text = [...bq.childNodes].filter(n => n !== cite).map(n => n.textContent).join('');
    out.quotes.push({id: bq.getAttribute('data-quote-id'), lang: bq.lang, dir_attr: bq.getAttribute('dir'), direction: getComputedStyle(bq).direction,
      mark: mark ? mark.textContent : null, mark_direction: mark ? getComputedStyle(mark).direction : null, text,
      want_hl: q ? q.hl : null, want_text: q ? q.pre + q.hl + q.post : null});
  }
  // a click on a cell shows its numbers in the detail line
  if (cells.length) { cells[0].click(); out.detail = cells[0].closest('section').querySelector('.detail').textContent; }
  return out;
})()
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("--screenshot")
    ap.add_argument("--shot-height", type=int, default=3800, help="height of the screenshot at most (CSS pixels)")
    ap.add_argument("--shot-width", type=int, default=1360)
    ap.add_argument("--max-ms", type=float, default=2000)
    ap.add_argument("--require-rtl", action="store_true", help="fail unless Arabic and Persian quotes are on the page")
    args = ap.parse_args()
    exe = find_chromium()
    if not exe:
        print("report_browser: no Chromium found (apt-get install chromium)")
        return 3
    path = os.path.abspath(args.report)
    failures = []

    def check(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory() as profile:
        b = Browser(exe, profile)
        try:
            target = b.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            s = b.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                b.send(domain + ".enable", {}, s)
            b.send("Network.emulateNetworkConditions", {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}, s)
            b.send("Emulation.setDeviceMetricsOverride", {"width": args.shot_width, "height": 1000, "deviceScaleFactor": 1, "mobile": False}, s)
            t0 = time.time()
            b.send("Page.navigate", {"url": "file://" + path}, s)
            b.wait_event("Page.loadEventFired", timeout=60)
            load_s = time.time() - t0
            r = b.send("Runtime.evaluate", {"expression": CHECKS_JS, "returnByValue": True}, s)
            if "exceptionDetails" in r:
                raise RuntimeError("checks failed to run: " + json.dumps(r["exceptionDetails"])[:2000])
            res = r["result"]["value"]
            # let late console messages arrive
            time.sleep(0.3)
            b.send("Runtime.evaluate", {"expression": "1"}, s)
            console_errors, requests = [], []
            for e in b.events:
                m, p = e.get("method"), e.get("params", {})
                if m == "Runtime.exceptionThrown":
                    console_errors.append(p.get("exceptionDetails", {}).get("text", "") + " " + json.dumps(p.get("exceptionDetails", {}).get("exception", {}).get("description", "")))
                elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                    console_errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
                elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                    console_errors.append(p["entry"].get("text", ""))
                elif m == "Network.requestWillBeSent":
                    url = p.get("request", {}).get("url", "")
                    if not url.startswith(("file://", "data:", "about:")):
                        requests.append(url)
            if args.screenshot:
                metrics = b.send("Page.getLayoutMetrics", {}, s)
                size = metrics.get("cssContentSize") or metrics.get("contentSize")
                shot = b.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                         "clip": {"x": 0, "y": 0, "width": min(size["width"], args.shot_width), "height": min(size["height"], args.shot_height), "scale": 1}}, s)
                os.makedirs(os.path.dirname(os.path.abspath(args.screenshot)), exist_ok=True)
                with open(args.screenshot, "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
                print(f"screenshot: {args.screenshot}")
        finally:
            b.close()

    print(f"page: {path} ({os.path.getsize(path) / 1e3:.1f} kB), load {load_s * 1000:.0f} ms, render {res['render_ms']} ms (in page)")
    check(not console_errors, "no console errors" + ("" if not console_errors else ": " + "; ".join(console_errors)[:1500]))
    check(not requests, "no network request" + ("" if not requests else ": " + ", ".join(requests[:5])))
    check(res["rendered"] == "1" and not res["errors_text"], "the page rendered every section " + res["errors_text"][:500])
    check(res["heatmaps"] >= 1 and res["cells"] > 0 and res["cells_with_numbers"] == res["cells"],
          f"heatmap: {res['heatmaps']} table(s), {res['cells']} cells, {res['cells_with_numbers']} with a number, {res['significant_marks']} significant, {res['low_support']} low support")
    check("%" in (res.get("detail") or ""), f"a click on a cell shows its numbers: {res.get('detail', '')[:160]!r}")
    want_dir = "rtl" if res["lang"] in ("ar", "fa") else "ltr"
    check(res["page_dir"] == want_dir, f"page in {res['lang']} laid out {res['page_dir']}")
    check(res["cards"] > 0 and res["cards_with_quotes"] > 0, f"persona cards: {res['cards']}, {res['cards_with_quotes']} with highlighted quotes")
    check(res["trend_charts"] > 0, f"trends: {res['trend_charts']} points drawn")
    rtl = [q for q in res["quotes"] if q["lang"] in ("ar", "fa")]
    langs = sorted({q["lang"] for q in rtl})
    if args.require_rtl:
        check(langs == ["ar", "fa"], f"Arabic and Persian quotes on the page: {langs}")
    bad = [q for q in rtl if q["direction"] != "rtl" or q["dir_attr"] != "rtl"]
    check(not bad, f"{len(rtl)} Arabic/Persian quotes laid out right to left" + ("" if not bad else f": {bad[:2]}"))
    bad = [q for q in res["quotes"] if q["want_hl"] and q["mark"] != q["want_hl"]]
    check(not bad, f"every highlight is the matched text ({sum(1 for q in res['quotes'] if q['mark'])} marks)" + ("" if not bad else f": {bad[:2]}"))
    bad = [q for q in res["quotes"] if q["want_text"] is not None and q["text"] != q["want_text"]]
    check(not bad, "quote text in the DOM is the table's text" + ("" if not bad else f": {bad[:2]}"))
    for q in rtl[:4]:
        print(f"     {q['lang']} dir={q['direction']} mark={q['mark']!r} in {q['text'][:70]!r}")
    check(res["render_ms"] <= args.max_ms and load_s * 1000 <= args.max_ms * 2, f"rendered in {res['render_ms']} ms (limit {args.max_ms:.0f})")
    if failures:
        print(f"report_browser: {len(failures)} check(s) failed")
        return 1
    print("report_browser: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
