/* Calls to the Career Copilot REST API (/api/v1) and the user-facing wording of every failure.
 * Credentials: the "Sign in with Career Copilot" sign-in (auth.js: a JWT access token, refreshed
 * before expiry and once after a 401) when there is one for the stored address, else the personal
 * access token pasted in the options (the fallback). Used by the service worker (background.js). */

const ccBrowser = globalThis.browser ?? globalThis.chrome;

/** A failure the popup/options page shows as is. code ∈ no-address, bad-address, no-credential,
 *  signed-out, unreachable, token, scope, too-large, no-job, refused-clip, rate-limit, not-api,
 *  unavailable, server, http (this file); signin (auth.js); list, no-page (background.js). */
class ClipError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const CC_OPTIONS = "the extension's options (popup → Options)";

/** The message when fetch() itself fails. Browsers give one opaque TypeError for every network
 *  failure — refused connection, unknown host, TLS handshake or certificate error — by design (Fetch
 *  standard, "network error"), so the extension cannot tell them apart: for an https address the
 *  message names the certificate check the user can do. */
function ccUnreachable(appUrl) {
  const tls = /^https:/i.test(appUrl)
    ? ` If it is running, open ${appUrl} in a browser tab: a certificate warning there (self-signed, expired or`
      + " for another name) means its operator must fix the certificate (for an app on this computer, use http://)."
    : "";
  return new ClipError("unreachable", `Can't reach Career Copilot at ${appUrl}: check that the app is running and that `
    + `the address in ${CC_OPTIONS} is the one you open Career Copilot at.${tls}`);
}

/** {appUrl, token, signIn, signInEnded}: the address (no trailing slash), the personal token ("" if
 *  none), the stored sign-in for that address (null if none; auth.js) and whether the app ended the
 *  last sign-in made for that address (refused, revoked, expired; auth.js `ccForgetSignIn`). */
async function ccSettings() {
  const s = await ccBrowser.storage.local.get(["appUrl", "token", CC_ENDED_KEY]);
  const appUrl = String(s.appUrl || "").trim().replace(/\/+$/, "");
  return { appUrl, token: String(s.token || "").trim(), signIn: appUrl ? await ccStoredSignIn(appUrl) : null,
           signInEnded: Boolean(appUrl) && s[CC_ENDED_KEY] === appUrl };
}

/** True for an absolute http(s) URL with a host. */
function ccIsWebAddress(appUrl) {
  try {
    const u = new URL(appUrl);
    return (u.protocol === "http:" || u.protocol === "https:") && Boolean(u.host);
  } catch (e) {
    return false;
  }
}

/** The stored settings, or the ClipError saying what is missing: no address, an address that is not
 *  a web address, no credential (never signed in or signed out here), or a sign-in the app ended. */
async function ccRequireSettings() {
  const s = await ccSettings();
  if (!s.appUrl) {
    throw new ClipError("no-address", `Set your Career Copilot address first: open ${CC_OPTIONS}, enter the address `
      + "you open Career Copilot at, then sign in (or paste a personal access token).");
  }
  if (!ccIsWebAddress(s.appUrl)) {
    throw new ClipError("bad-address", `"${s.appUrl}" is not a web address: in ${CC_OPTIONS}, enter the address you `
      + "open Career Copilot at, starting with https:// (or http:// for an app on this computer).");
  }
  if (!s.signIn && !s.token) {
    if (s.signInEnded) throw new ClipError("signed-out", CC_SIGNED_OUT);
    throw new ClipError("no-credential", `Not signed in to Career Copilot at ${s.appUrl}: open ${CC_OPTIONS}, `
      + "then sign in (or paste a personal access token).");
  }
  return s;
}

async function ccFetch(appUrl, method, path, body, bearer) {
  try {
    return await fetch(`${appUrl}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${bearer}`, Accept: "application/json",
                 ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
    });
  } catch (e) {
    throw ccUnreachable(appUrl);
  }
}

/** The answer's problem+json (RFC 9457) or JSON body; null when it is not JSON. */
async function ccJson(response) {
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}

/** The ClipError for a refused answer of the API (`response` not ok; `data` its JSON or null). Every
 *  status /api/v1 documents (careercopilot/apiv1/auth.py, routes_clip.py, body_limit.py) has its
 *  own wording, and so do the answers of something that is not the API (a wrong address, a proxy). */
function ccRefusal(response, data, { appUrl, signIn }) {
  const status = response.status;
  const detail = data && typeof data.detail === "string" ? data.detail : "";
  const said = detail ? ` (${detail.replace(/\.$/, "")})` : "";
  switch (status) {
    case 401: // a sign-in's 401 never gets here: ccApi refreshes, then ends the sign-in
      return new ClipError("token", "Career Copilot refused the token: it is wrong, revoked or expired. Create a new "
        + `one in Career Copilot under Settings → API tokens and paste it in ${CC_OPTIONS}.`);
    case 403:
      if (signIn) {
        return new ClipError("scope", `${detail || "The sign-in lacks a scope."} Sign out and sign in again in `
          + `${CC_OPTIONS}, and allow the clipper to change your postings and applications.`);
      }
      return new ClipError("scope", `${detail || "The token lacks a scope."} Create a token with postings: read & write `
        + "(and applications: read & write, to save to the board) under Settings → API tokens and paste it in "
        + `${CC_OPTIONS}.`);
    case 404:
    case 405:
      return new ClipError("not-api", `${appUrl} answered, but not as Career Copilot's API (HTTP ${status}). In `
        + `${CC_OPTIONS}, set the address you open Career Copilot at, without a page path (e.g. https://copilot.example.org).`);
    case 413:
      return new ClipError("too-large", `${detail || "This page is too large to clip."} Clip the posting's own page `
        + "(not a search or list page), or add it in Career Copilot with \"Add posting from URL\".");
    case 422:
      if (data && Array.isArray(data.errors) && data.errors.length) {
        const first = data.errors[0] || {};
        const where = Array.isArray(first.loc) ? first.loc.filter((p) => p !== "body").join(".") : "";
        return new ClipError("refused-clip", `Career Copilot refused the clip: ${where ? `${where}: ` : ""}`
          + `${first.msg || "invalid"}. Reload the page and clip again; if it persists, add the posting in Career `
          + "Copilot with \"Add posting from URL\".");
      }
      return new ClipError("no-job", detail || "This page has no job posting Career Copilot can read. Open the "
        + "posting's own page and clip again.");
    case 429: {
      const seconds = Number(response.headers.get("Retry-After"));
      const when = Number.isFinite(seconds) && seconds > 0 ? `in ${Math.ceil(seconds)} s` : "in a minute";
      return new ClipError("rate-limit", `Too many requests to Career Copilot: try again ${when}.`);
    }
    case 502:
    case 503:
    case 504:
      return new ClipError("unavailable", `Career Copilot at ${appUrl} is not available right now (HTTP ${status}`
        + `${said}: the app is down, restarting or overloaded). Try again in a few minutes; if it lasts, tell its operator.`);
    default:
      if (status >= 500) {
        return new ClipError("server", `Career Copilot failed on this request (HTTP ${status}${said}). Try again in a `
          + "minute; if it keeps failing, tell its operator (the app's log has the error).");
      }
      return new ClipError("http", `Career Copilot refused the request (HTTP ${status}${said}). Reload the page and `
        + "try again; if it persists, update the extension.");
  }
}

/** METHOD appUrl/api/v1{path} with the sign-in (or the personal token); the JSON answer, or a
 *  ClipError. With the sign-in, a 401 refreshes the access token and retries once; a 401 again, or
 *  a refused refresh, ends the sign-in (ClipError "signed-out"). */
async function ccApi(method, path, body) {
  const settings = await ccRequireSettings();
  const { appUrl, token, signIn } = settings;
  let response;
  if (signIn) {
    let access = await ccAccessToken(signIn);
    response = await ccFetch(appUrl, method, path, body, access);
    if (response.status === 401) {
      access = await ccRefresh(appUrl, access);
      response = await ccFetch(appUrl, method, path, body, access);
      if (response.status === 401) {
        await ccForgetSignIn(appUrl);
        throw new ClipError("signed-out", CC_SIGNED_OUT);
      }
    }
  } else {
    response = await ccFetch(appUrl, method, path, body, token);
  }
  const data = await ccJson(response);
  if (!response.ok) throw ccRefusal(response, data, settings);
  if (data === null && response.status !== 204) {
    // a 2xx that is not JSON: a web page (the address of something else, a login portal, a proxy)
    throw new ClipError("not-api", `${appUrl} answered, but not as Career Copilot's API (a web page instead of JSON). `
      + `In ${CC_OPTIONS}, set the address you open Career Copilot at, without a page path (e.g. https://copilot.example.org).`);
  }
  return data;
}

if (typeof module !== "undefined") module.exports = { ClipError, ccApi, ccRefusal, ccRequireSettings, ccSettings, ccUnreachable };
