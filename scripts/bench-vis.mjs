// vis-timeline on the same data, in the same run, for comparison (issue 5): time to first render
// and frame times while panning and zooming, measured as for our timeline.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const round = (v, d = 1) => (v == null || !Number.isFinite(v) ? null : Number(v.toFixed(d)));
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Copies vis-timeline's standalone build next to a page that renders a dataset with it. */
export function prepareVisPage(dist) {
  const js = require.resolve('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
  const css = join(dirname(js), '../../styles/vis-timeline-graph2d.min.css');
  const dir = join(dist, 'bench');
  mkdirSync(dir, { recursive: true });
  copyFileSync(js, join(dir, 'vis-timeline.min.js'));
  copyFileSync(css, join(dir, 'vis-timeline.min.css'));
  writeFileSync(
    join(dir, 'vis.html'),
    '<!doctype html><meta charset="utf-8"><title>vis-timeline bench</title>' +
      '<link rel="stylesheet" href="vis-timeline.min.css"><script src="vis-timeline.min.js"></script>' +
      '<body style="margin:0"><div id="tl" style="width:1440px"></div></body>',
  );
}

/** Builds the timeline in the page: a group per party, a point per statement; resolves when drawn. */
const render = (dataUrl) =>
  new Promise((resolve, reject) => {
    fetch(dataUrl)
      .then((r) => r.json())
      .then((ds) => {
        const t0 = performance.now();
        const groups = ds.parties.map((p) => ({ id: p.id, content: p.name.en ?? p.id }));
        const items = ds.statements.map((s, i) => ({
          id: i,
          group: s.party,
          start: s.date.length === 7 ? `${s.date}-01` : s.date,
          type: 'point',
          content: '',
        }));
        const dates = items.map((i) => i.start).sort();
        const timeline = new window.vis.Timeline(document.getElementById('tl'), items, groups, {
          stack: false,
          start: dates[0],
          end: dates[dates.length - 1],
          height: '700px',
        });
        let done = false;
        timeline.on('changed', () => {
          if (done) return;
          done = true;
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
      })
      .catch(reject);
  });

async function frames(page, act) {
  await page.evaluate(() => {
    const b = (window.__visFrames = { frames: [], on: true });
    let last = performance.now();
    const loop = (t) => {
      b.frames.push(t - last);
      last = t;
      if (b.on) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await act();
  const list = await page.evaluate(() => {
    window.__visFrames.on = false;
    return window.__visFrames.frames;
  });
  return list.length ? round(percentile(list.slice(1), 95)) : null;
}

/** Renders `dataUrl` with vis-timeline and measures it; `undefined` figures when it timed out. */
export async function measureVis(browser, baseUrl, name, dataUrl, timeoutMs = 30_000) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const out = { dataset: name, renderMs: null, panFrameP95Ms: null, zoomFrameP95Ms: null };
  try {
    await page.goto(`${baseUrl}bench/vis.html`);
    page.setDefaultTimeout(timeoutMs);
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('first render still running')), timeoutMs);
    });
    out.renderMs = round(await Promise.race([page.evaluate(render, dataUrl), late]), 0);
    clearTimeout(timer);
    const box = await page.locator('.vis-center').first().boundingBox();
    const y = box.y + Math.min(box.height, 600) * 0.5;
    const x = box.x + box.width * 0.6;
    out.zoomFrameP95Ms = await frames(page, async () => {
      await page.mouse.move(x, y);
      for (let k = 0; k < 12; k++) {
        await page.mouse.wheel(0, -120);
        await page.waitForTimeout(16);
      }
    });
    out.panFrameP95Ms = await frames(page, async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let k = 1; k <= 40; k++) {
        await page.mouse.move(x - k * 8, y);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
    });
  } catch (e) {
    out.note = `vis-timeline did not finish within ${timeoutMs / 1000} s (${String(e?.message ?? e).split('\n')[0]})`;
  } finally {
    // A page still busy rendering does not close quickly; do not wait for it.
    await Promise.race([context.close(), new Promise((r) => setTimeout(r, 2000))]);
  }
  return out;
}
