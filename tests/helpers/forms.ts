// Submits a page's server-action form over plain HTTP the way a browser without JavaScript does
// (React renders each action form with hidden $ACTION_* fields; Next runs the action from the
// multipart POST). Lets API tests drive the login, settings and user forms through the real app.
import { baseUrl } from "./api";

const ENTITIES: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const unescape = (s: string) => s.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (m) => ENTITIES[m]);

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/\$/g, "\\$")}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : null;
}

/** The hidden fields of the first form on `html` whose markup contains `marker` (e.g. `name="email"`). */
export function hiddenFields(html: string, marker: string): Array<[string, string]> {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    if (!form.includes(marker)) continue;
    return [...form.matchAll(/<input\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => attr(tag, "type") === "hidden" && attr(tag, "name"))
      .map((tag) => [attr(tag, "name")!, attr(tag, "value") ?? ""]);
  }
  throw new Error(`no form containing ${marker}`);
}

export interface FormPost {
  /** page that renders the form */
  page: string;
  /** a string only that form's markup contains, e.g. `name="email"` */
  form: string;
  /** a list is sent as that many fields of one name, in order (rows of a form) */
  values: Record<string, string | string[]>;
  cookie?: string;
  /** read the form as this session instead (a page may not show the form to `cookie`'s role) */
  pageCookie?: string;
  headers?: Record<string, string>;
  /** change a hidden field (e.g. a hidden "next") */
  override?: Record<string, string>;
  base?: string;
}

/** The id of the server action behind that form (React puts it in the $ACTION_n:0 field). */
export function actionId(html: string, marker: string): string {
  const ref = hiddenFields(html, marker).find(([k]) => /^\$ACTION_\d+:0$/.test(k) || k.startsWith("$ACTION_ID_"));
  if (!ref) throw new Error("no server action on that form");
  return ref[0].startsWith("$ACTION_ID_") ? ref[0].slice("$ACTION_ID_".length) : JSON.parse(ref[1]).id;
}

/** GETs the page, then POSTs its form with `values`; never follows redirects. */
export async function submitForm(f: FormPost): Promise<Response> {
  const base = f.base ?? baseUrl();
  const reader = f.pageCookie ?? f.cookie;
  const page = await fetch(`${base}${f.page}`, { headers: reader ? { cookie: reader } : {} });
  if (page.status !== 200) throw new Error(`GET ${f.page} answered ${page.status}`);
  const body = new FormData();
  for (const [k, v] of hiddenFields(await page.text(), f.form)) body.append(k, f.override?.[k] ?? v);
  for (const [k, v] of Object.entries(f.values)) for (const x of [v].flat()) body.append(k, x);
  return fetch(`${base}${f.page}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { ...(f.cookie ? { cookie: f.cookie } : {}), ...f.headers },
  });
}

/** Cookie header value for the `name=value` pairs a response set. */
export function cookiesFrom(res: Response): string {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}
