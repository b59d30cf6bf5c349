// Opens a page of `repnet report` in headless Chromium (puppeteer-core) and checks it works offline:
// no console error, no request but the file itself, a drawn network, the search, a dossier, the at-risk list.
// Prints one JSON line of measurements; exits 1 with the failures on stderr.
//   node check_report.cjs CHROMIUM REPORT.html SCREENSHOT_PREFIX QUERY EXPECTED_NAME [wait-layout]
// QUERY must find EXPECTED_NAME first; wait-layout waits for the whole ForceAtlas2 run before the screenshots.
const puppeteer = require("puppeteer-core");
const path = require("path");

async function main() {
  const [chromium, file, shots, query, expected, wait] = process.argv.slice(2);
  const waitLayout = wait === "wait-layout";
  const url = "file://" + path.resolve(file);
  const failures = [];
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
      "--no-first-run", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const requests = [];
    await page.setRequestInterception(true);
    page.on("request", (req) => {
      requests.push(req.url());
      if (req.url() === url) req.continue();
      else req.abort();
    });
    page.on("console", (msg) => {
      if (msg.type() === "error") failures.push("console error: " + msg.text());
    });
    page.on("pageerror", (err) => failures.push("page error: " + err.message));
    const t0 = Date.now();
    await page.goto(url, { waitUntil: "load", timeout: 120000 });
    await page.waitForFunction(() => window.repnetReport && window.repnetReport.ready, { timeout: 120000 });
    const loadMs = Date.now() - t0;
    const info = await page.evaluate(() => ({ nodes: window.repnetReport.nodes, edges: window.repnetReport.edges }));
    const others = requests.filter((u) => u !== url);
    if (others.length) failures.push("network requests: " + others.join(", "));

    // The network is drawn: the screenshot of its box has non-white pixels (counted in a separate blank page,
    // since WebGL canvases cannot be read back once presented).
    if (waitLayout) await page.waitForFunction(() => window.repnetReport.layoutDone, { timeout: 600000 });
    const layoutMs = await page.evaluate(() => window.repnetReport.layoutMs());
    const box = await page.$("#graph");
    const png = await box.screenshot({ encoding: "base64" });
    const counter = await browser.newPage();
    const painted = await counter.evaluate(async (data) => {
      const img = new Image();
      img.src = "data:image/png;base64," + data;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let count = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) count++;
      return count;
    }, png);
    await counter.close();
    if (painted < 500) failures.push(`graph canvas nearly blank: ${painted} painted pixels`);
    await page.screenshot({ path: shots + "-network.png" });

    // The at-risk list shows, with at least one entry.
    const atRisk = await page.$$eval("#at-risk-list > li", (xs) => xs.length);
    if (atRisk < 1) failures.push("at-risk list is empty");

    // Search by keyboard: Tab reaches the search box, typing lists matches, Enter opens the first dossier.
    let dossier = "";
    let timelineRows = 0;
    {
      await page.focus("#search");
      await page.keyboard.type(query);
      await page.waitForSelector("#search-results button", { timeout: 10000 }).catch(() => {});
      const first = await page.$eval("#search-results button", (b) => b.textContent).catch(() => "");
      if (!first.includes(expected)) failures.push(`search "${query}" first result "${first}", expected ${expected}`);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      dossier = await page.$eval("#dossier-h", (h) => h.textContent);
      if (!dossier.includes(expected)) failures.push(`dossier after Enter: "${dossier}"`);
      timelineRows = await page.$$eval("#timeline tbody tr", (xs) => xs.length);
      if (timelineRows < 1) failures.push("dossier has no timeline");
      const uncited = await page.$$eval("#timeline .cite", (xs) => xs.filter((x) => x.textContent.startsWith("[no source]")).length);
      if (uncited) failures.push(`timeline rows without a citation: ${uncited}`);
      const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
      if (focused !== "dossier") failures.push(`focus after opening the dossier: ${focused}`);
      await page.$eval("#dossier", (d) => d.scrollIntoView());
      await page.screenshot({ path: shots + "-dossier.png" });
    }
    // Phone-sized screen: no horizontal overflow of the page.
    await page.setViewport({ width: 390, height: 844 });
    await new Promise((r) => setTimeout(r, 300));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 2) failures.push(`page wider than a phone screen by ${overflow}px`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: shots + "-phone.png" });
    console.log(JSON.stringify({ loadMs, layoutMs, layoutWaited: waitLayout, nodes: info.nodes, edges: info.edges, painted, atRisk,
      dossier, timelineRows, requests: requests.length }));
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(failures.join("\n"));
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
