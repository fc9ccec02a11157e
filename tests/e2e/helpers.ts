// E2E helpers: a fresh project with a user and key per spec, filled with the labelled corpus
// (realistic conversations with every failure mode) sent through the real ingest API, spread over
// the past week, then scored by the real worker.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { createApiKey } from "../../lib/auth/keys";
import { hashPassword } from "../../lib/auth/passwords";
import { pool } from "../../lib/db/pool";
import { loadCorpus as readCorpus, wireEvents } from "../../lib/scoring/eval";
import { ORIGINAL_CORPUS_DIR } from "../fixtures/corpora";
import { until } from "../helpers/until";

export const baseUrl = () => process.env.BATON_E2E_BASE_URL!;
const HERE = path.dirname(new URL(import.meta.url).pathname);
/** Where screenshot() writes its PNGs, for a person to look at. */
export const SCREENS_DIR = path.join(HERE, "../.artifacts/screens");

export interface E2EProject {
  projectId: string;
  key: string;
  email: string;
  password: string;
}

export async function createProjectWithUser(name = "E2E project"): Promise<E2EProject> {
  const suffix = crypto.randomBytes(4).toString("hex");
  const projectId = `prj_e2e_${suffix}`;
  const email = `e2e-${suffix}@baton.test`;
  const password = `pw-${suffix}-secret`;
  const userId = `usr_${suffix}`;
  await pool().query(`INSERT INTO projects (id, name) VALUES ($1, $2)`, [projectId, name]);
  await pool().query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'E2E', $3)`, [userId, email, await hashPassword(password)]);
  await pool().query(`INSERT INTO project_members (project_id, user_id) VALUES ($1, $2)`, [projectId, userId]);
  const { secret } = await createApiKey({ projectId, name: "e2e" });
  return { projectId, key: secret, email, password };
}

/** Sends every corpus conversation, each moved to a different hour of the past 6 days. */
export async function loadCorpus(p: E2EProject): Promise<string[]> {
  const ids: string[] = [];
  const events: Array<Record<string, unknown>> = [];
  readCorpus(ORIGINAL_CORPUS_DIR).forEach(({ name, fixture }, i) => {
    const wire = wireEvents(name, fixture.events);
    const first = Date.parse(String(wire[0].timestamp));
    const start = Date.now() - (i * 3 + 1) * 3_600_000;
    for (const e of wire) events.push({ ...e, timestamp: new Date(start + Date.parse(String(e.timestamp)) - first).toISOString() });
    ids.push(String(wire[0].conversationId));
  });
  await ingest(p.key, events);
  await waitForScored(p, ids.length);
  return ids;
}

/** Sends events through the real ingest API with `key`, 500 a request; throws unless each answers 200. */
export async function ingest(key: string, events: Array<Record<string, unknown>>) {
  for (let i = 0; i < events.length; i += 500) {
    const res = await fetch(`${baseUrl()}/api/v1/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ events: events.slice(i, i + 500) }),
    });
    if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
  }
}

/**
 * Waits until at least `count` of the project's conversations (with a release, when `released`)
 * are scored with every event stored for them; throws at the deadline. A conversation sent over
 * several requests is scored once per arrival, so "scored" alone could be a scoring of part of it.
 */
export async function waitForScored(p: { projectId: string }, count: number, opts: { released?: boolean; timeoutMs?: number } = {}) {
  let n = 0;
  await until(`${count} conversations scored with all their events`, async () => {
    const { rows } = await pool().query(
      `SELECT count(*)::int AS n FROM conversations c
        WHERE c.project_id = $1 AND c.scored_at IS NOT NULL AND (NOT $2 OR c.release IS NOT NULL)
          AND c.event_count = (SELECT count(*) FROM events e WHERE e.project_id = c.project_id AND e.conversation_id = c.id)`,
      [p.projectId, opts.released ?? false],
    );
    n = rows[0].n;
    return n >= count;
  }, opts.timeoutMs ?? 30_000).catch((err: Error) => {
    throw new Error(`only ${n} of ${count} conversations scored with all their events in time (${err.message})`);
  });
}

/** A fresh project holding `events` (until `count` conversations are scored, with a release when `released`), and `page` logged in to it. */
export async function signedInProject(page: Page, name: string, events: Array<Record<string, unknown>>, wait: { count: number; released?: boolean }) {
  const p = await createProjectWithUser(name);
  await ingest(p.key, events);
  await waitForScored(p, wait.count, { released: wait.released });
  await logIn(page, p);
  return p;
}

export async function logIn(page: Page, p: E2EProject) {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel("Email").fill(p.email);
  await page.getByLabel("Password").fill(p.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl()}/`);
}

/**
 * Bound of one full-page screenshot. Measured on the loaded 2-core box (load 12–15, the edge page
 * at 1440 and 390 px, 40 captures): 0.25–4.4 s. A page that has not answered in 15 s is stalled,
 * not slow, and three screenshots with one retry each still fit a test's 60 s.
 */
export const SCREENSHOT_TIMEOUT_MS = 15_000;

/** Chromium's largest texture side: a taller page is captured to this height. */
const MAX_CAPTURE_HEIGHT = 16_384;

/** `promise`'s value, or `fallback` when it has not settled within `ms` (a hung renderer never answers). */
function within<T>(ms: number, promise: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((r) => (timer = setTimeout(() => r(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The page's drawn size, for the message of a stalled screenshot. */
async function pageSize(page: Page): Promise<string> {
  const v = page.viewportSize();
  const doc = await within(2_000, page.evaluate(() => `${document.documentElement.scrollWidth}×${document.documentElement.scrollHeight} px`), "unknown (the page did not answer in 2 s)")
    .catch((err: Error) => `unknown (${err.message.split("\n")[0]})`);
  return `viewport ${v ? `${v.width}×${v.height}` : "unknown"}, document ${doc}`;
}

/**
 * A full-page screenshot into tests/.artifacts/screens/<name>.png, bounded: the step fails within
 * 2 × `opts.timeoutMs` (SCREENSHOT_TIMEOUT_MS), naming the step and the page's size, instead of running into the
 * test timeout.
 *
 * The capture never takes Chromium's beyond-viewport path. Playwright's full-page capture of a page
 * taller than its viewport is Page.captureScreenshot with captureBeyondViewport, which sometimes never
 * returns a frame on a loaded machine and leaves the renderer drawing nothing for seconds after
 * (CI, 2026-11-29: the edge page at 390 px hung 120 s, then passed in 2.3 s on the same commit; a
 * later fresh-clone run: "the page drew no frame in 5 s" after the stall). Headless Chromium tools
 * report the same hang of that path. So the viewport is first grown to the document's height
 * (at most 16,384 px, Chromium's texture limit), the page then fits its viewport and Playwright
 * captures it as a plain viewport frame; the viewport is restored afterwards, whatever happened.
 *
 * One retry, for a stall of any other cause: before it the page is asked for two animation frames,
 * so a renderer that is really hung fails fast; any other error fails at once.
 */
export async function screenshot(page: Page, name: string, opts: { timeoutMs?: number; onStall?: () => void } = {}) {
  const timeoutMs = opts.timeoutMs ?? SCREENSHOT_TIMEOUT_MS;
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  const shoot = async () => {
    const viewport = page.viewportSize();
    // bounded like the capture itself: a hung renderer answers neither
    const height = await within(timeoutMs, page.evaluate(() => document.documentElement.scrollHeight), 0);
    const grow = viewport !== null && height > viewport.height;
    if (grow) await page.setViewportSize({ width: viewport.width, height: Math.min(height, MAX_CAPTURE_HEIGHT) });
    try {
      await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true, timeout: timeoutMs });
    } finally {
      if (grow) await page.setViewportSize(viewport);
    }
  };
  let first: Error;
  try {
    await shoot();
    return;
  } catch (err) {
    if ((err as Error).name !== "TimeoutError") throw err;
    first = err as Error;
  }
  const size = await pageSize(page);
  console.warn(`screenshot ${name}: Chromium's full-page capture stalled for ${timeoutMs} ms (${size}); retrying once`);
  opts.onStall?.();
  try {
    const drew = await within(5_000, page.evaluate(() => new Promise<boolean>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))), false);
    if (!drew) throw new Error("the page drew no frame in 5 s (renderer hung)");
    await shoot();
  } catch (err) {
    throw new Error(
      `screenshot "${name}" stalled twice (${timeoutMs} ms each; ${size}). First: ${first.message.split("\n")[0]}. Second: ${(err as Error).message.split("\n")[0]}`,
    );
  }
}

/** `<name>-light`, `-dark` and `-390` full-page screenshots; at 390 px nothing in the page body may be wider than the phone (tables scroll inside their card). */
export async function screenshots(page: Page, name: string) {
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: "light" });
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  expect(await page.locator("main").evaluate((m) => m.scrollWidth - m.clientWidth)).toBeLessThanOrEqual(0);
  // nor anything else on the page (an absolutely placed element escapes a scroll container)
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(await escapingPanels(page), "elements sticking out of their card at 390 px").toEqual([]);
  await page.setViewportSize(size);
}

/**
 * Elements drawn past the left or right edge of the card (`.panel`) they sit in, unless a scroll
 * container between them clips them (a wide table scrolling in its card is fine): a button sticking
 * out of its card does not widen the page, so the scrollWidth checks above miss it.
 */
export async function escapingPanels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clips = (el: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const out: string[] = [];
    const reported: Element[] = [];
    for (const panel of document.querySelectorAll("main .panel")) {
      if (clips(panel)) continue; // the card itself scrolls
      const box = panel.getBoundingClientRect();
      if (!box.width || !box.height) continue; // not drawn (a closed popover)
      for (const el of panel.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || (r.right <= box.right + 1 && r.left >= box.left - 1)) continue;
        let clipped = false;
        for (let a = el.parentElement; a && a !== panel && !clipped; a = a.parentElement) clipped = clips(a);
        // one line per escaping element, not one more for each of its children
        if (clipped || reported.some((x) => x.contains(el))) continue;
        reported.push(el);
        const label = (panel.getAttribute("aria-label") ?? panel.querySelector("h2, h3")?.textContent ?? "panel").trim();
        out.push(`${label}: <${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 40)}" spans ${Math.round(r.left)}–${Math.round(r.right)}, card ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    return out;
  });
}
