#!/usr/bin/env node
// Browser checks: every page of the seeded demo, in French and Arabic, loaded in headless
// Debian Chromium with JavaScript off (as a family's phone would), then
//   (a) axe-core, WCAG 2.0/2.1/2.2 A and AA rules,
//   (b) the Nu Html Checker (vnu) on the HTML exactly as served,
//   (c) a 320 px wide screenshot (and one with the first Tab stop focused) in out/.
// Starts the demo server itself on a free port with a temporary database and always stops it.
//
// Env: CARNET_BIN (default ../../target/debug/carnet next to this file), CHROMIUM
// (default /usr/bin/chromium), JAVA (default java on PATH).
// Prints one line per page check, details under failures, then "N passed, N failed";
// exits 1 on any axe violation or vnu error (or a page that did not load as expected).
// Also warns, without failing, about two things neither tool sees: a page wider than 320 px
// and, in Arabic, numbers whose digit groups are laid out right to left.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'out');
const HTML_DIR = join(OUT, 'html');
const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
const VNU_JAR = join(HERE, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const CARNET_BIN = process.env.CARNET_BIN ? resolve(process.env.CARNET_BIN) : resolve(HERE, '../../target/debug/carnet');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const JAVA = process.env.JAVA ?? 'java';

// The flags known to work on this kind of machine (shared/STACK.md). Playwright's launch()
// also gives every run a fresh, temporary --user-data-dir of its own and deletes it on close.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const LOCALES = ['fr', 'ar'];
const VIEWPORT = { width: 320, height: 640 };
const PASSWORD = 'carnet-demo';
// French family for the French pages; the Arabic-speaking family for the Arabic ones, so
// the Arabic pages also show the names and data an Arabic-speaking family really sees.
const GUARDIAN_PHONE = { fr: '06 39 98 00 01', ar: '06 39 98 00 03' };
const FAMILY_CHILD = { fr: 'Léa Martin', ar: 'Yasmine Haddad' };
// A well-formed number nobody has: asks for a code without using up a family's quota.
const UNKNOWN_PHONE = '06 12 34 56 78';
/** The submit button of the form in <main> that posts to `action` (a page may have several). */
const submitOf = (page, action) => page.locator(`main form[action="${action}"] button[type=submit]`);

// Each check loads one page in the no-JS context and returns the navigation's final response.
const PAGES = [
  { role: 'anonymous', name: 'home', path: '/' },
  { role: 'anonymous', name: 'sign-in', path: '/sign-in' },
  {
    role: 'anonymous', name: 'sign-in-code', path: '/sign-in/code', note: 'after requesting a code',
    load: async (page, base) => {
      await page.goto(`${base}/sign-in`);
      await page.fill('#phone', UNKNOWN_PHONE);
      return submitAndCapture(page, submitOf(page, '/sign-in'));
    },
  },
  { role: 'anonymous', name: 'staff-sign-in', path: '/staff/sign-in' },
  { role: 'anonymous', name: 'help', path: '/help' },
  { role: 'anonymous', name: 'privacy', path: '/privacy' },
  { role: 'anonymous', name: 'accessibility', path: '/accessibility' },
  { role: 'anonymous', name: 'simulator', path: '/simulator' },
  { role: 'anonymous', name: 'simulator-phone', path: '/simulator/33639980001' },
  { role: 'anonymous', name: 'not-found', path: '/nope', status: 404 },
  {
    role: 'anonymous', name: 'sign-in-failed', path: '/sign-in', status: 422, note: 'POST phone=abc',
    load: async (page, base) => {
      await page.goto(`${base}/sign-in`);
      await page.fill('#phone', 'abc');
      return submitAndCapture(page, submitOf(page, '/sign-in'));
    },
  },
  { role: 'guardian', name: 'family', path: '/family' },
  { role: 'guardian', name: 'family-access', path: '/family/access' },
  { role: 'guardian', name: 'settings', path: '/settings' },
  {
    role: 'guardian', name: 'settings-failed', path: '/settings', status: 422, note: 'POST quiet_start=99:99',
    load: async (page, base) => {
      await page.goto(`${base}/settings`);
      // quiet_start is <input type=time>: no browser lets a person type 99:99 into it, but
      // a basic phone's browser may send anything. The browser submits the real form and
      // only that one value is changed on its way out.
      const rewrite = async (route) => {
        const request = route.request();
        if (request.method() !== 'POST') return route.continue();
        const form = new URLSearchParams(request.postData() ?? '');
        form.set('quiet_start', '99:99');
        return route.continue({ postData: form.toString() });
      };
      const isSettings = (url) => url.pathname === '/settings';
      await page.route(isSettings, rewrite);
      try {
        return await submitAndCapture(page, submitOf(page, '/settings'));
      } finally {
        await page.unroute(isSettings, rewrite);
      }
    },
  },
  { role: 'staff', name: 'staff', path: '/staff' },
  { role: 'staff', name: 'class-roster', path: '/staff/classes/1' },
  { role: 'staff', name: 'roll-call', path: '/staff/classes/1/roll-call' },
  {
    role: 'staff', name: 'absence-board', path: '/staff/absences', ends: /^\/staff\/absences\?recorded=\d+$/, note: 'after a roll call with one absent',
    load: async (page, base) => {
      await page.goto(`${base}/staff/classes/1/roll-call`);
      await page.check('input[value=absent] >> nth=0');
      return submitAndCapture(page, submitOf(page, '/staff/classes/1/roll-call'));
    },
  },
  // The absence recorded just above (a fresh database: its id is 1).
  { role: 'staff', name: 'absence-proof', path: '/staff/absences/1/proof' },
  { role: 'staff', name: 'follow-up', path: '/staff/follow-up' },
  { role: 'staff', name: 'absence-record', path: '/staff/absences/new?class=1' },
  {
    role: 'staff', name: 'absence-recorded', path: '/staff/absences?changed=done', note: "the family's child recorded absent on its own",
    load: async (page, base, locale) => {
      await pickChild(page, base, '/staff/absences/new', locale);
      await page.check('#mark'); // the first choice: absent
      return submitAndCapture(page, page.locator('main form[method=post] button[type=submit]'));
    },
  },
  { role: 'staff', name: 'meetings', path: '/staff/meetings' },
  {
    role: 'staff', name: 'meeting-invited', path: '/staff/meetings?done=sent', note: "the family's child invited, two slots",
    load: async (page, base, locale) => {
      await pickChild(page, base, '/staff/meetings/new', locale);
      await page.fill('#purpose', 'Bilan du trimestre');
      await page.fill('#place', 'Salle 12');
      for (const [letter, time] of [['A', '17:00'], ['B', '17:30']]) {
        await page.fill(`#slot-${letter}-date`, dayIn(7));
        await page.fill(`#slot-${letter}-time`, time);
      }
      return submitAndCapture(page, page.locator('main form[method=post] button[type=submit]'));
    },
  },
  {
    role: 'staff', name: 'meeting-new-failed', path: '/staff/meetings/new', status: 422, note: 'POST with nothing filled in',
    load: async (page, base, locale) => {
      await pickChild(page, base, '/staff/meetings/new', locale);
      await page.fill('#duration', '');
      return submitAndCapture(page, page.locator('main form[method=post] button[type=submit]'));
    },
  },
  { role: 'staff', name: 'evening-new', path: '/staff/evenings/new' },
  {
    role: 'staff', name: 'evening-grid', path: '/staff/evenings/{id}', ends: /^\/staff\/evenings\/\d+\?done=opened$/, note: 'a parents\' evening opened',
    load: async (page, base) => {
      await page.goto(`${base}/staff/evenings/new`);
      await page.fill('#purpose', 'Réunion parents-professeurs');
      await page.fill('#place', 'CDI');
      await page.fill('#date', dayIn(9));
      return submitAndCapture(page, submitOf(page, '/staff/evenings/new'));
    },
  },
  { role: 'staff', name: 'help-requests', path: '/staff/help-requests' },
  {
    role: 'guardian', name: 'family-meeting', path: '/family/meetings/{id}', ends: /^\/family\/meetings\/\d+$/, note: 'the invitation',
    load: openFamilyMeeting,
  },
  {
    role: 'guardian', name: 'family-meeting-booked', path: '/family/meetings/{id}?saved=booked', ends: /^\/family\/meetings\/\d+\?saved=booked$/, note: 'the first slot booked',
    load: async (page, base) => {
      await openFamilyMeeting(page, base);
      await page.check('#slot');
      return submitAndCapture(page, page.locator('main form:has(input[name=slot]) button[type=submit]'));
    },
  },
  { role: 'guardian', name: 'family-calendar', path: '/family/calendar' },
  {
    role: 'guardian', name: 'family-reason', path: '/family/absences/{id}', ends: /^\/family\/absences\/\d+$/, note: 'the absence just recorded, once signalled',
    load: openFamilyReason,
  },
  {
    role: 'guardian', name: 'family-reason-failed', path: '/family/absences/{id}', ends: /^\/family\/absences\/\d+$/, status: 422, note: 'POST with no reason',
    load: async (page, base) => {
      await openFamilyReason(page, base);
      return submitAndCapture(page, page.locator('main form[method=post] button[type=submit]'));
    },
  },
];

/** A school day `days` from today, as a date input takes it. */
function dayIn(days) {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** On a class-then-pupil form, picks the class that lists the family's child, then the child. */
async function pickChild(page, base, path, locale) {
  for (let classId = 1; classId <= 8; classId++) {
    await page.goto(`${base}${path}?class=${classId}`);
    const option = page.locator('#pupil option', { hasText: FAMILY_CHILD[locale] });
    if (await option.count()) {
      await page.selectOption('#pupil', { label: (await option.first().textContent()).trim() });
      return;
    }
  }
  throw new Error(`no class lists ${FAMILY_CHILD[locale]}`);
}

/** The family's newest meeting page, from its home page. */
async function openFamilyMeeting(page, base) {
  await page.goto(`${base}/family`);
  const link = page.locator('main a[href^="/family/meetings/"]');
  if (!(await link.count())) throw new Error('no meeting on /family');
  return page.goto(`${base}${await link.last().getAttribute('href')}`);
}

/** The family's absence page, once the server has signalled it (hold window 0, checked every 5 s). */
async function openFamilyReason(page, base) {
  for (let i = 0; i < 40; i++) {
    await page.goto(`${base}/family`);
    const link = page.locator('main a[href^="/family/absences/"]');
    if (await link.count()) return page.goto(`${base}${await link.first().getAttribute('href')}`);
    await sleep(500);
  }
  throw new Error('no absence to give a reason for appeared on /family');
}

const isRedirect = (status) => status >= 300 && status < 400;

/** Clicks a submit button and returns the final (non-redirect) response of the navigation. */
async function submitAndCapture(page, button) {
  const final = page.waitForResponse(
    (r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame() && !isRedirect(r.status()),
  );
  final.catch(() => {}); // if the click fails, its own error is the one to report
  await button.click();
  const response = await final;
  await page.waitForLoadState('load');
  return response;
}

/** Chromium now and then answers a capture with "Unable to capture screenshot": try again. */
async function screenshot(page, options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.screenshot(options);
    } catch (error) {
      if (attempt >= 3) throw error;
      await sleep(200);
    }
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

// ---------------------------------------------------------------------------------------
// The demo server: started here, stopped here on every path out (normal end, exception,
// Ctrl-C, SIGTERM from CI).

let server = null;
let tempDir = null;
const serverAlive = () => server && server.exitCode === null && server.signalCode === null;

process.on('exit', () => {
  if (serverAlive()) server.kill('SIGKILL');
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (serverAlive()) server.kill('SIGKILL');
    process.exit(130);
  });
}

async function startServer() {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const log = createWriteStream(join(OUT, 'server.log'), { flags: attempt === 1 ? 'w' : 'a' });
    const db = join(tempDir, `carnet-${attempt}.db`);
    const args = ['demo', '--db', db, '--listen', `127.0.0.1:${port}`, '--absence-hold-minutes', '0'];
    server = spawn(CARNET_BIN, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CARNET_PUBLIC_URL: base },
    });
    server.stdout.pipe(log);
    server.stderr.pipe(log);
    const spawnError = new Promise((_, reject) => server.once('error', reject));
    spawnError.catch(() => {});
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && serverAlive()) {
      try {
        const response = await Promise.race([fetch(`${base}/healthz`), spawnError]);
        if (response.ok) return base;
      } catch (error) {
        if (error?.code === 'ENOENT') throw new Error(`${CARNET_BIN} not found: run cargo build first`);
      }
      await sleep(100);
    }
    await stopServer();
    // The port may have been taken between probing and binding: try another, twice.
    if (attempt >= 3) {
      throw new Error(`the demo server did not answer /healthz; see ${join(OUT, 'server.log')}`);
    }
  }
}

async function stopServer() {
  if (!serverAlive()) return;
  const exited = new Promise((done) => server.once('exit', done));
  server.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  if (!stopped && serverAlive()) {
    server.kill('SIGKILL');
    await exited;
  }
}

// ---------------------------------------------------------------------------------------
// Signing in, as a person would: the real forms, in the no-JS browser.

async function signInGuardian(page, base, locale) {
  const phone = GUARDIAN_PHONE[locale];
  const digits = `33${phone.replace(/\D/g, '').slice(1)}`;
  const smsCount = async () => (await smsBodies(page, base, digits)).length;
  const before = await smsCount();
  await page.goto(`${base}/sign-in`);
  await page.fill('#phone', phone);
  await page.check('#delivery'); // the first radio: by SMS
  const asked = await submitAndCapture(page, submitOf(page, '/sign-in'));
  if (new URL(asked.url()).pathname !== '/sign-in/code') {
    throw new Error(`asking for a code for ${phone} ended on ${asked.url()} (${asked.status()})`);
  }
  let code = null;
  for (let i = 0; i < 50 && !code; i++) {
    const bodies = await smsBodies(page, base, digits);
    if (bodies.length > before) code = bodies.at(-1).match(/\b(\d{6})\b/)?.[1] ?? null;
    if (!code) await sleep(200);
  }
  if (!code) throw new Error(`no login code for ${phone} appeared in the phone simulator`);
  await page.fill('#code', code);
  const signedIn = await submitAndCapture(page, submitOf(page, '/sign-in/code'));
  if (new URL(signedIn.url()).pathname !== '/family') {
    throw new Error(`the code for ${phone} ended on ${signedIn.url()} (${signedIn.status()})`);
  }
}

/** The simulator's messages to a number, oldest first, digits made ASCII for matching. */
async function smsBodies(page, base, digits) {
  // The context's own request client: same cookie jar, no page load, no script.
  const html = await (await page.context().request.get(`${base}/simulator/${digits}`)).text();
  return [...html.matchAll(/<p class="body"[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
    m[1]
      .replace(/[\u2066-\u2069]/g, '')
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)),
  );
}

async function signInStaff(page, base) {
  await page.goto(`${base}/staff/sign-in`);
  await page.fill('#username', 'cpe');
  await page.fill('#password', PASSWORD);
  const response = await submitAndCapture(page, submitOf(page, '/staff/sign-in'));
  if (new URL(response.url()).pathname !== '/staff') {
    throw new Error(`staff sign-in as cpe ended on ${response.url()} (${response.status()})`);
  }
}

// ---------------------------------------------------------------------------------------
// axe-core needs to run script in the page, and Carnet's pages are no-JS with a CSP that
// forbids scripts. Turning JS on in the no-JS context would change what is checked, and
// loading the URL again in another context would not be the same page: a failed POST
// cannot be replayed by a GET, and some pages change between loads (access logs, the
// simulator, one-time codes). So the document the no-JS browser received is replayed,
// byte for byte with its status and headers, into a second context of the same browser
// that has JS enabled, bypassCSP: true (so axe can be injected despite the CSP), the same
// 320 px viewport and a copy of the same cookies. Only that one document is fulfilled from
// the recording; its stylesheet comes from the running server as usual. Chromium parses
// the same bytes into the same DOM, and axe sees exactly the page the no-JS reader got.

//
// Known limit: axe's color-contrast rule skips text it takes for an icon-font ligature, and
// its test (glyph widths drawn on a canvas) takes most joined Arabic words for one. So in
// the Arabic pages contrast is checked on little of the text. The colours come from one
// stylesheet for every language, so the French pages cover the same colour pairs.

const DROPPED_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'set-cookie']);

async function runAxe(page, noJsContext, url, response, body) {
  const axeContext = page.context();
  await axeContext.clearCookies();
  await axeContext.addCookies(await noJsContext.cookies());
  const headers = Object.fromEntries(
    Object.entries(await response.allHeaders()).filter(([name]) => !DROPPED_HEADERS.has(name)),
  );
  const target = new URL(url).href;
  let replayed = false;
  await page.route(
    (u) => u.href === target,
    (route) => {
      replayed = true;
      return route.fulfill({ status: response.status(), headers, body });
    },
    { times: 1 },
  );
  await page.goto(target);
  // Never let axe judge a live reload by mistake (a GET where the no-JS browser had a POST).
  if (!replayed) throw new Error(`axe page for ${target} was not served from the recording`);
  await page.addScriptTag({ path: AXE_SOURCE });
  const axe = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  // Reflow at 320 px (WCAG 1.4.10) is not an axe rule: measured here, reported as a warning.
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    // Only the side a page can scroll to counts: the end side (right in LTR, left in RTL).
    // The skip link waits off-screen on the start side, which never scrolls.
    const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
    const wide = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (rtl ? r.left < -0.5 : r.right > width + 0.5);
    });
    const leaves = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    return { width, scrollWidth, elements: leaves.slice(0, 3).map((el) => el.outerHTML.slice(0, 160)) };
  });
  // Neither axe nor vnu sees bidi order. In an RTL page, digit groups separated by spaces
  // (a phone number written into a message, not isolated) are laid out right to left:
  // "06 12 34 56 78" shows as "78 56 34 12 06". Compared here on screen, group by group.
  const reversedNumbers = await page.evaluate(() => {
    if (getComputedStyle(document.documentElement).direction !== 'rtl') return [];
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const run of node.textContent.matchAll(/\d+(?:[ \u00a0]\d+)+/g)) {
        const boxes = [...run[0].matchAll(/\d+/g)].map((group) => {
          const range = document.createRange();
          range.setStart(node, run.index + group.index);
          range.setEnd(node, run.index + group.index + group[0].length);
          return range.getBoundingClientRect();
        });
        const reversed = boxes.some(
          (box, i) => i > 0 && box.width > 0 && Math.abs(box.top - boxes[i - 1].top) < 2 && box.left < boxes[i - 1].left,
        );
        if (reversed) found.push(`"${run[0]}" in ${node.parentElement.outerHTML.slice(0, 160)}`);
      }
    }
    return found;
  });
  return { violations: axe.violations, overflow, reversedNumbers };
}

// ---------------------------------------------------------------------------------------

function runVnu(files) {
  if (files.length === 0) return new Map();
  const result = spawnSync(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`could not run ${JAVA}: ${result.error.message}`);
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`vnu gave no JSON (exit ${result.status}): ${result.stderr || result.stdout}`.slice(0, 2000));
  }
  const byFile = new Map(files.map((f) => [basename(f), []]));
  for (const message of report.messages ?? []) {
    if (message.type !== 'error' && message.type !== 'non-document-error') continue;
    const file = message.url ? basename(decodeURIComponent(new URL(message.url).pathname)) : null;
    const list = byFile.get(file);
    const entry = {
      message: message.message,
      line: message.lastLine,
      column: message.firstColumn,
      extract: message.extract,
      span: [message.firstLine ?? message.lastLine, message.firstColumn, message.lastLine, message.lastColumn],
    };
    if (list) list.push(entry);
    else for (const each of byFile.values()) each.push(entry); // not tied to one file: counts against all
  }
  return byFile;
}

/** The exact source of a vnu message's span when it sits on one line (maud writes one line). */
function vnuSnippet(html, entry) {
  const [firstLine, firstColumn, lastLine, lastColumn] = entry.span;
  if (!lastLine || firstLine !== lastLine) return entry.extract;
  const line = html.split('\n')[lastLine - 1] ?? '';
  return line.slice((firstColumn ?? 1) - 1, lastColumn ?? line.length) || entry.extract;
}

const oneLine = (s, max = 300) => {
  const flat = String(s ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

async function main() {
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(HTML_DIR, { recursive: true });
  tempDir = mkdtempSync(join(os.tmpdir(), 'carnet-browser-'));
  const checks = [];
  let browser = null;
  try {
    const base = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const timings = { server: Date.now() - started };

    // Staff first, so the families' access logs have entries (a class roster is a logged
    // access); guardians next, so the phone simulator has login codes to show.
    for (const role of ['staff', 'guardian', 'anonymous']) {
      for (const locale of LOCALES) {
        const pages = PAGES.filter((p) => p.role === role);
        const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT, locale });
        const withJs = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: VIEWPORT, locale });
        noJs.setDefaultTimeout(15_000);
        withJs.setDefaultTimeout(15_000);
        const page = await noJs.newPage();
        const axePage = await withJs.newPage();
        let setupError = null;
        try {
          await page.goto(`${base}/?lang=${locale}`);
          if (role === 'guardian') await signInGuardian(page, base, locale);
          if (role === 'staff') await signInStaff(page, base);
          // After sign-in too: for a guardian this also stores the choice, as a person's click would.
          if (role !== 'anonymous') await page.goto(`${base}/?lang=${locale}`);
        } catch (error) {
          setupError = `signing in as ${role} (${locale}) failed: ${error.message.split('\n')[0]}`;
        }
        for (const spec of pages) {
          const check = { page: spec.name, path: spec.path, note: spec.note, role, locale, problems: [], axe: [], vnu: [], overflow: null, reversedNumbers: [] };
          checks.push(check);
          if (setupError) {
            check.problems.push(setupError);
            continue;
          }
          const stem = `${spec.name}.${locale}`;
          const pageStarted = Date.now();
          try {
            const response = spec.load ? await spec.load(page, base, locale) : await page.goto(`${base}${spec.path}`);
            const body = await response.body();
            const html = body.toString('utf8');
            const expected = spec.status ?? 200;
            if (response.status() !== expected) check.problems.push(`HTTP ${response.status()}, expected ${expected}`);
            const ended = new URL(response.url());
            const where = ended.pathname + ended.search;
            if (spec.ends ? !spec.ends.test(where) : where !== spec.path) check.problems.push(`ended on ${response.url()}`);
            const root = html.match(/<html\b[^>]*>/i)?.[0] ?? '';
            const lang = root.match(/\blang="([^"]*)"/)?.[1];
            const dir = root.match(/\bdir="([^"]*)"/)?.[1];
            const wantDir = locale === 'ar' ? 'rtl' : 'ltr';
            if (!lang?.startsWith(locale) || dir !== wantDir) {
              check.problems.push(`served as lang=${lang} dir=${dir}, expected ${locale}/${wantDir}`);
            }
            check.htmlFile = join(HTML_DIR, `${stem}.html`);
            writeFileSync(check.htmlFile, body);
            const loaded = Date.now();
            await screenshot(page, { path: join(OUT, `${stem}.png`), fullPage: true });
            // Keyboard only, no script: the first Tab stop (the skip link) must show where focus is.
            await page.keyboard.press('Tab');
            await screenshot(page, { path: join(OUT, `${stem}.focus.png`) });
            const shot = Date.now();
            const { violations, overflow, reversedNumbers } = await runAxe(axePage, noJs, response.url(), response, body);
            check.reversedNumbers = reversedNumbers;
            check.ms = { load: loaded - pageStarted, screenshots: shot - loaded, axe: Date.now() - shot };
            check.overflow = overflow;
            check.axe = violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
            }));
          } catch (error) {
            check.problems.push(`could not check: ${oneLine(error.message.split('\n').slice(0, 3).join(' '), 400)}`);
          }
        }
        await noJs.close();
        await withJs.close();
      }
    }
    timings.pages = Date.now() - started - timings.server;

    const vnuStarted = Date.now();
    const files = checks.filter((c) => c.htmlFile).map((c) => c.htmlFile);
    try {
      const byFile = runVnu(files);
      for (const check of checks.filter((c) => c.htmlFile)) {
        const html = readFileSync(check.htmlFile, 'utf8');
        check.vnu = (byFile.get(basename(check.htmlFile)) ?? []).map((e) => ({ ...e, snippet: vnuSnippet(html, e) }));
      }
    } catch (error) {
      for (const check of checks) check.problems.push(`vnu: ${error.message}`);
    }
    timings.vnu = Date.now() - vnuStarted;

    let passed = 0;
    let failed = 0;
    for (const check of checks) {
      const ok = check.problems.length === 0 && check.axe.length === 0 && check.vnu.length === 0;
      if (ok) passed++;
      else failed++;
      const label = `${check.locale} ${check.role.padEnd(9)} ${check.path}${check.note ? ` (${check.note})` : ''}`;
      const counts = ok ? '' : `: ${check.axe.length} axe rule(s), ${check.vnu.length} vnu error(s)${check.problems.length ? ', ' + check.problems.join('; ') : ''}`;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${counts}`);
      for (const v of check.axe) {
        console.log(`       axe ${v.id} [${v.impact}] ${v.help}`);
        for (const n of v.nodes.slice(0, 5)) console.log(`           ${n.target}: ${oneLine(n.html)}`);
        if (v.nodes.length > 5) console.log(`           … and ${v.nodes.length - 5} more`);
      }
      for (const e of check.vnu) console.log(`       vnu ${oneLine(e.message, 200)} at ${e.line}:${e.column}: ${oneLine(e.snippet)}`);
      if (check.overflow) {
        console.log(`       warning: wider than ${check.overflow.width}px (${check.overflow.scrollWidth}px): ${check.overflow.elements.map((h) => oneLine(h, 120)).join(' | ')}`);
      }
      for (const number of check.reversedNumbers ?? []) {
        console.log(`       warning: number shown right to left: ${oneLine(number, 240)}`);
      }
    }
    writeFileSync(join(OUT, 'report.json'), JSON.stringify({ timings, checks }, null, 2));
    const seconds = (ms) => (ms / 1000).toFixed(1);
    console.log(
      `took ${seconds(Date.now() - started)} s (server ${seconds(timings.server)} s, pages ${seconds(timings.pages)} s, vnu ${seconds(timings.vnu)} s); screenshots and HTML in ${OUT}`,
    );
    console.log(`${passed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await stopServer();
    rmSync(tempDir, { recursive: true, force: true });
    tempDir = null;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`browser checks could not run: ${error.stack ?? error}`);
    console.log('0 passed, 1 failed');
    process.exit(2);
  },
);
