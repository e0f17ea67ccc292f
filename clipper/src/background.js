/* The extension's service worker (Chromium) / background script (Firefox): the only part that
 * talks to Career Copilot. Messages from the popup and options page:
 *   {type: "clip", tabId}          read the posting in that tab, POST /api/v1/clips
 *   {type: "save", postingId}      POST /api/v1/applications {posting_id} (the board's "saved")
 *   {type: "check"}                GET /api/v1/postings?limit=1 (does the address + sign-in/token work?)
 *   {type: "signin", appUrl, code, verifier, redirectUri}
 *                                  exchange the code the options page got (auth.js) → {scope, expiresAt}
 *   {type: "signout"}              revoke the sign-in (POST /oauth/revoke) and forget it → {revoked}
 *   {type: "status"}               → {appUrl, signedIn, hasToken, expiresAt} for the options page
 * Answer: {ok: true, data} or {ok: false, code, error} (error is for the user). */

if (typeof importScripts === "function") {
  importScripts("extract.js", "api.js", "auth.js"); // Chromium service worker; Firefox lists them in "scripts"
}

/** Pages above this many characters are cut (the server takes up to CLIP_MAX_BYTES, 3 MB). */
const MAX_HTML_CHARS = 1500000;

async function clipTab(tabId) {
  await ccRequireSettings(); // say "set up first" before reading anything
  let page;
  try {
    const [first] = await ccBrowser.scripting.executeScript({ target: { tabId }, func: ccExtractPosting, args: [MAX_HTML_CHARS] });
    page = first && first.result;
  } catch (e) {
    page = null;
  }
  if (!page || !/^https?:/i.test(page.url || "")) {
    throw new ClipError("no-page", "This tab can't be clipped: open a job posting on a web site (http or https).");
  }
  if (!page.json_ld && page.candidates > 1) {
    throw new ClipError("list", `This page lists ${page.candidates} jobs. Open the posting you want and clip it there.`);
  }
  const body = { url: page.url, html: page.html };
  if (page.json_ld) body.json_ld = page.json_ld;
  return ccApi("POST", "/clips", body);
}

const handlers = {
  clip: (msg) => clipTab(msg.tabId),
  save: (msg) => ccApi("POST", "/applications", { posting_id: msg.postingId }),
  check: () => ccApi("GET", "/postings?limit=1"),
  signin: async (msg) => {
    const s = await ccExchangeCode(msg.appUrl, msg.code, msg.verifier, msg.redirectUri);
    return { scope: s.scope, expiresAt: s.expiresAt };
  },
  signout: () => ccSignOut(),
  status: async () => {
    const s = await ccSettings();
    return { appUrl: s.appUrl, signedIn: Boolean(s.signIn), hasToken: Boolean(s.token),
             expiresAt: s.signIn ? s.signIn.expiresAt : null };
  },
};

ccBrowser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const handler = msg && handlers[msg.type];
  if (!handler) return false;
  handler(msg).then(
    (data) => sendResponse({ ok: true, data }),
    (e) => sendResponse({ ok: false, code: e.code || "error", error: e.message || String(e) }),
  );
  return true; // answer asynchronously
});
