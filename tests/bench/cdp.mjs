// Start-up measured over the bare DevTools protocol: Chromium driven through a pipe, with
// nothing of a test harness in the page. (Playwright sets up worlds and scripts of its own in
// every page it drives, and `waitForFunction` evaluates its injected script while the page is
// still loading: at 4× slowdown that alone cost ~100 ms of the page's main thread.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Chromium on the DevTools protocol: `send(method, params, sessionId)` answers a promise;
 *  `close()` stops Chromium and removes its profile. */
export function launch(args) {
  const profile = mkdtempSync(join(tmpdir(), 'mos-bench-'));
  const proc = spawn('/usr/bin/chromium', ['--headless=new', ...args, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const waiting = new Map();
  let next = 0;
  let buffered = '';
  proc.stdio[4].on('data', (chunk) => {
    buffered += chunk.toString();
    for (let end; (end = buffered.indexOf('\0')) >= 0; buffered = buffered.slice(end + 1)) {
      const message = JSON.parse(buffered.slice(0, end));
      const pending = waiting.get(message.id);
      if (!pending) continue;
      waiting.delete(message.id);
      if (message.error) pending.no(new Error(`${pending.method}: ${message.error.message}`));
      else pending.ok(message.result);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((ok, no) => {
      const id = ++next;
      waiting.set(id, { ok, no, method });
      proc.stdio[3].write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  // Chromium is asked to close and given a moment before it is killed; its profile goes once
  // it has exited, and its helper processes may write there a moment longer, hence the retries.
  const close = async () => {
    const exited = new Promise((done) => proc.once('exit', done));
    const pause = (ms) => new Promise((done) => setTimeout(done, ms));
    await Promise.race([send('Browser.close').catch(() => {}), pause(3000)]);
    await Promise.race([exited, pause(3000)]);
    proc.kill();
    await exited;
    for (let attempt = 1; ; attempt++) {
      try {
        rmSync(profile, { recursive: true, force: true });
        return;
      } catch (error) {
        if (attempt === 50) throw error;
        await pause(100);
      }
    }
  };
  return { send, close };
}

// In the page, before anything else: when the app marks "mos-interactive", mark
// "mos-painted" once the next frame has been produced (a task queued from that frame's
// animation callback runs after it), so the figure shows when the page was on screen too.
// The largest contentful paint so far is kept too, as Lighthouse reads it.
const PAINTED = `(() => {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__mosLcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const mark = performance.mark.bind(performance);
  performance.mark = function (name, options) {
    const entry = mark(name, options);
    if (name === 'mos-interactive') requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => mark('mos-painted');
      channel.port2.postMessage(0);
    });
    return entry;
  };
})()`;

// The marks, the largest contentful paint, and the bytes that came over the network (as sent,
// compressed) for the page and every file that had arrived by the time it was interactive.
const READ = `(() => {
  const [interactive, contentful, painted] = ['mos-interactive', 'first-contentful-paint', 'mos-painted']
    .map((name) => (performance.getEntriesByName(name)[0] || {}).startTime);
  const before = interactive === undefined ? [] : [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => e.responseEnd <= interactive);
  const bytes = before.reduce((n, e) => n + e.transferSize, 0);
  return JSON.stringify([interactive, contentful, painted, window.__mosLcp, bytes]);
})()`;

/** Lighthouse's mobile preset as DevTools applies it ("devtools" throttling): slow 4G. */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

/** Opens `url` in a fresh browser context at `rate`× CPU slowdown and returns, in ms from
 *  navigation, when the home page became interactive, its first contentful paint and when
 *  the interactive page was painted. The page is left alone until then: it is read once a
 *  second, after the fact. With `stored` ([key, text] pairs), the context's localStorage holds
 *  them first: written from a tab on the site's favicon (fetching nothing of the app), which
 *  is closed before the measured tab opens. */
export async function startUp({ send }, url, rate, stored = [], network = null) {
  const { browserContextId } = await send('Target.createBrowserContext');
  try {
    if (stored.length) {
      const { targetId } = await send('Target.createTarget', { url: new URL('/favicon.svg', url).href, browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const write = `(${JSON.stringify(stored)}).forEach(([k, v]) => localStorage.setItem(k, v)), localStorage.length`;
      for (let tries = 0; ; tries++) {
        const { result } = await send('Runtime.evaluate', { expression: write, returnByValue: true }, sessionId);
        if (result.value === stored.length) break;
        if (tries === 50) throw new Error('bench: could not fill localStorage');
        await new Promise((r) => setTimeout(r, 100));
      }
      await send('Target.closeTarget', { targetId });
      await new Promise((r) => setTimeout(r, 500));
    }
    const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Emulation.setCPUThrottlingRate', { rate }, sessionId);
    if (network) {
      await send('Network.enable', {}, sessionId);
      await send('Network.emulateNetworkConditions', network, sessionId);
    }
    await send('Page.enable', {}, sessionId);
    await send('Page.addScriptToEvaluateOnNewDocument', { source: PAINTED }, sessionId);
    await send('Page.navigate', { url }, sessionId);
    for (let second = 0; second < 30; second++) {
      await new Promise((r) => setTimeout(r, 1000));
      const read = await send('Runtime.evaluate', { expression: READ, returnByValue: true }, sessionId);
      const [interactive, contentful, painted, largest, bytes] = JSON.parse(read.result.value);
      if (interactive !== null && painted !== null) return { interactive, contentful, painted, largest, bytes };
    }
    throw new Error(`bench: ${url} did not become interactive within 30 s`);
  } finally {
    await send('Target.disposeBrowserContext', { browserContextId });
  }
}
