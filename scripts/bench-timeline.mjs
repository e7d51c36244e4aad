// Timeline figures for `npm run bench`: frame times while panning (drag) and zooming (wheel),
// and how long dragging the "as of" line takes to update the linked matrix.

const round = (v, d = 1) => (v == null || !Number.isFinite(v) ? null : Number(v.toFixed(d)));
const percentile = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Starts recording frame intervals and whether the timeline changed (DOM or canvas). */
const startFrames = (timeline) =>
  timeline.evaluate((el) => {
    const b = (window.__cgFrames = { frames: [], on: true, changes: 0 });
    b.observer = new MutationObserver((list) => {
      if (b.on) b.changes += list.length;
    });
    b.observer.observe(el, { subtree: true, childList: true, attributes: true });
    const proto = CanvasRenderingContext2D.prototype;
    b.clearRect = proto.clearRect;
    proto.clearRect = function (...args) {
      if (b.on && el.contains(this.canvas)) b.changes++;
      return b.clearRect.apply(this, args);
    };
    let last = performance.now();
    const loop = (t) => {
      b.frames.push(t - last);
      last = t;
      if (b.on) requestAnimationFrame(loop);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(loop);
    });
  });

const stopFrames = (page) =>
  page.evaluate(() => {
    const b = window.__cgFrames;
    b.on = false;
    b.observer.disconnect();
    CanvasRenderingContext2D.prototype.clearRect = b.clearRect;
    return { frames: b.frames, changes: b.changes };
  });

/** p95 of the frame intervals, and how many frames took longer than two at 60 Hz. */
const summarise = ({ frames, changes }) =>
  changes > 0
    ? { p95: round(percentile(frames, 95)), long: frames.filter((f) => f > 34).length }
    : undefined;

async function drag(page, from, dx, steps) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let k = 1; k <= steps; k++) {
    await page.mouse.move(from.x + (k * dx) / steps, from.y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

/**
 * Measures the timeline on the current page (the explorer `/`): fills `result.panFrameP95Ms`,
 * `zoomFrameP95Ms`, `cursorAsofP95Ms` (drag → matrix commit) and `cursorFrameP95Ms`.
 */
export async function measureTimeline(page, result, nextFrame) {
  const timeline = page.getByRole('region', { name: 'Timeline' }).first();
  if (!((await timeline.count()) > 0 && (await timeline.isVisible()))) {
    result.notes.push('no timeline on the page: timeline figures not measured');
    return;
  }
  const svg = timeline.locator('svg').first();
  await svg.scrollIntoViewIfNeeded().catch(() => {});
  const box = await svg.boundingBox();
  if (!box || box.width < 200) return;
  const y = box.y + box.height * 0.6;
  const mid = { x: box.x + box.width * 0.6, y };

  // Zoom in with the wheel (to a window where a pan can move), then pan, then zoom back out.
  await startFrames(timeline);
  for (let k = 0; k < 12; k++) {
    await page.mouse.move(mid.x, mid.y);
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(16);
  }
  const zoomIn = await stopFrames(page);
  await page.waitForTimeout(400);

  await startFrames(timeline);
  await drag(page, { x: box.x + box.width * 0.75, y }, -320, 40);
  await nextFrame(page);
  const pan = summarise(await stopFrames(page));
  if (pan) [result.panFrameP95Ms, result.panLongFrames] = [pan.p95, pan.long];
  else result.notes.push('the timeline did not change while dragging: pan not measured');

  await startFrames(timeline);
  for (let k = 0; k < 12; k++) {
    await page.mouse.move(mid.x, mid.y);
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  const zoomOut = await stopFrames(page);
  const zoom = summarise({
    frames: [...zoomIn.frames, ...zoomOut.frames],
    changes: zoomIn.changes + zoomOut.changes,
  });
  if (zoom) [result.zoomFrameP95Ms, result.zoomLongFrames] = [zoom.p95, zoom.long];
  else result.notes.push('the timeline did not change on the wheel: zoom not measured');
  await page.waitForTimeout(400);

  await measureCursor(page, timeline, result, nextFrame);
}

/** Drags the "as of" line and reads the `cg:asof` measures (input → matrix commit). */
async function measureCursor(page, timeline, result, nextFrame) {
  const knob = timeline.locator('[data-cursor] .cursor-hit').first();
  if ((await knob.count()) === 0) {
    result.notes.push('the "as of" line is not in view: cursor drag not measured');
    return;
  }
  const kb = await knob.boundingBox();
  if (!kb) return;
  await page.evaluate(() => performance.clearMeasures('cg:asof'));
  await startFrames(timeline);
  await drag(page, { x: kb.x + kb.width / 2, y: kb.y + 40 }, -240, 40);
  await nextFrame(page);
  const frames = summarise(await stopFrames(page));
  const asof = await page.evaluate(() =>
    performance.getEntriesByName('cg:asof').map((e) => e.duration),
  );
  result.cursorSamples = asof.length;
  if (asof.length === 0) {
    result.problems.push('dragging the "as of" line produced no "cg:asof" measures');
    return;
  }
  result.cursorAsofP95Ms = round(percentile(asof, 95));
  if (frames) result.cursorFrameP95Ms = frames.p95;
}
