// Lighthouse over several pages with one Chromium, for tests/a11y/test_lighthouse.py.
//
//   node lighthouse_pages.mjs NODE_PREFIX CHROMIUM URL...
//
// NODE_PREFIX is where `make lighthouse` installed the npm package (var/node/lighthouse).
// Prints one JSON object: {url: {scores: {category: 0..100}, failing: [audit ids and titles]}}.
// Only the accessibility, best-practices and SEO categories, desktop preset, the page loaded
// unthrottled: what they measure does not depend on the speed of the machine.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve as absolute } from "node:path";
import { pathToFileURL } from "node:url";

const [prefix, chromium, ...urls] = process.argv.slice(2);
const resolve = createRequire(join(absolute(prefix), "node_modules", "noop.js")).resolve;
const load = async (name) => import(pathToFileURL(resolve(name)).href);
const lighthouse = (await load("lighthouse")).default;
const desktop = (await load("lighthouse/core/config/desktop-config.js")).default;
const { launch } = await load("chrome-launcher");

const CATEGORIES = ["accessibility", "best-practices", "seo"];
const profile = mkdtempSync(join(tmpdir(), "egecms-lighthouse-"));
const chrome = await launch({
  chromePath: chromium,
  userDataDir: profile,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const results = {};
try {
  for (const url of urls) {
    const run = await lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        // "simulate" only models the performance metrics after the load (not asked for
        // here); the page itself loads unthrottled. "provided" would wait 5 s of network
        // and CPU quiet per page (Lighthouse's minimum for observed loads), for nothing.
        throttlingMethod: "simulate",
        disableFullPageScreenshot: true,
        // Our pages are server-rendered: a quarter of a second of quiet is "loaded".
        pauseAfterFcpMs: 250,
        pauseAfterLoadMs: 250,
        networkQuietThresholdMs: 250,
        cpuQuietThresholdMs: 250,
      },
      desktop,
    );
    const { categories, audits } = run.lhr;
    const failing = [];
    for (const category of Object.values(categories)) {
      for (const ref of category.auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          const items = (audit.details && audit.details.items) || [];
          const where = items
            .slice(0, 3)
            .map((item) => JSON.stringify(item.node?.snippet || item.snippet || item.sourceLocation?.url || item.description || item.source || item.url || ""))
            .join(", ");
          failing.push(`${category.id}: ${ref.id} (${audit.title}) ${where}`);
        }
      }
    }
    results[url] = {
      scores: Object.fromEntries(
        Object.entries(categories).map(([id, category]) => [id, Math.round(category.score * 100)]),
      ),
      failing,
      runWarnings: run.lhr.runWarnings,
      timing: Object.fromEntries(run.lhr.timing.entries.filter((e) => e.duration > 500).map((e) => [e.name, Math.round(e.duration)])),
    };
  }
} finally {
  await chrome.kill();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
