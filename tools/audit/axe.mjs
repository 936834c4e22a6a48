// axe-core with every rule (experimental ones included) on each URL, in the system Chromium
// (puppeteer-core, no browser download), at 375 px and 1280 px, light and dark.
// Usage: node axe.mjs CHROME_PATH URL...  Prints one JSON line per URL x width x scheme:
// {"url", "width", "scheme", "violations": [{"id", "impact", "help", "nodes", "targets"}]}.
// The pages' CSP forbids the injected script: the audit bypasses it (setBypassCSP).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [chrome, ...urls] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: chrome,
  args: ['--headless=new', '--no-sandbox'],
});
try {
  for (const url of urls) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage();
        await page.setBypassCSP(true);
        await page.setViewport({ width, height: 800 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(url, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const rules = axe.getRules().map((r) => r.ruleId);
          const result = await axe.run(document, {
            runOnly: { type: 'rule', values: rules },
            resultTypes: ['violations'],
          });
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.length,
            targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
          }));
        });
        console.log(JSON.stringify({ url, width, scheme, violations }));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
