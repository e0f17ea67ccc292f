/* Calls to the Career Copilot REST API (/api/v1) and the user-facing wording of every failure.
 * Credentials: the "Sign in with Career Copilot" sign-in (auth.js: a JWT access token, refreshed
 * before expiry and once after a 401) when there is one for the stored address, else the personal
 * access token pasted in the options (the fallback). Used by the service worker (background.js). */

const ccBrowser = globalThis.browser ?? globalThis.chrome;

/** A failure the popup/options page shows as is: code ∈ setup, unreachable, token, signed-out,
 *  signin, scope, too-large, no-job, list, no-page, rate-limit, server. */
class ClipError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** {appUrl, token, signIn}: the address (no trailing slash), the personal token ("" if none) and
 *  the stored sign-in for that address (null if none; auth.js). */
async function ccSettings() {
  const s = await ccBrowser.storage.local.get(["appUrl", "token"]);
  const appUrl = String(s.appUrl || "").trim().replace(/\/+$/, "");
  return { appUrl, token: String(s.token || "").trim(), signIn: appUrl ? await ccStoredSignIn(appUrl) : null };
}

/** The stored settings; ClipError("setup") without an address or any credential. */
async function ccRequireSettings() {
  const s = await ccSettings();
  if (!s.appUrl || (!s.signIn && !s.token)) {
    throw new ClipError("setup", "Open the extension's options: set your Career Copilot address, then sign in (or paste a personal access token).");
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
    throw new ClipError("unreachable", `Can't reach Career Copilot at ${appUrl}: is the app running and the address right?`);
  }
}

/** METHOD appUrl/api/v1{path} with the sign-in (or the personal token); the JSON answer, or a
 *  ClipError. With the sign-in, a 401 refreshes the access token and retries once; a 401 again, or
 *  a refused refresh, ends the sign-in (ClipError "signed-out"). */
async function ccApi(method, path, body) {
  const { appUrl, token, signIn } = await ccRequireSettings();
  let response;
  if (signIn) {
    let access = await ccAccessToken(signIn);
    response = await ccFetch(appUrl, method, path, body, access);
    if (response.status === 401) {
      access = await ccRefresh(appUrl, access);
      response = await ccFetch(appUrl, method, path, body, access);
      if (response.status === 401) {
        await ccForgetSignIn();
        throw new ClipError("signed-out", CC_SIGNED_OUT);
      }
    }
  } else {
    response = await ccFetch(appUrl, method, path, body, token);
  }
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  if (response.ok) return data;
  const detail = data && typeof data.detail === "string" ? data.detail : "";
  switch (response.status) {
    case 401:
      throw new ClipError("token", "Career Copilot refused the token: it is wrong, revoked or expired. Create a new one in Settings → API tokens and paste it in the options.");
    case 403:
      if (signIn) throw new ClipError("scope", `${detail || "The sign-in lacks a scope."} Sign in again and allow the clipper to change your postings and applications.`);
      throw new ClipError("scope", `${detail || "The token lacks a scope."} Give the token postings: read & write (and applications: read & write to save to the board).`);
    case 413:
      throw new ClipError("too-large", detail || "This page is too large to clip.");
    case 422:
      throw new ClipError("no-job", detail || "Career Copilot found no job posting on this page.");
    case 429:
      throw new ClipError("rate-limit", detail || "Too many requests; try again in a minute.");
    default:
      throw new ClipError("server", `Career Copilot answered HTTP ${response.status}${detail ? `: ${detail}` : ""}.`);
  }
}

if (typeof module !== "undefined") module.exports = { ClipError, ccApi, ccRequireSettings, ccSettings };
