/* "Sign in with Career Copilot": OAuth 2.0 authorization code + PKCE for this first-party client
 * (server side: careercopilot/services/first_party.py, README "First-party sign-in").
 *
 * Flow (RFC 6749 §4.1, RFC 7636 S256, RFC 9700):
 *   1. the options page (a tab, so it outlives a slow sign-in; an MV3 service worker may be stopped
 *      after 30 s idle) makes a random `state` (32 bytes) and PKCE verifier (64 bytes, base64url →
 *      86 characters), and calls `identity.launchWebAuthFlow({interactive: true})` on
 *      `<app>/oauth/authorize?response_type=code&client_id=clipper&redirect_uri=<R>&code_challenge=
 *      BASE64URL(SHA-256(verifier))&code_challenge_method=S256&scope=postings:write applications:write&state=…`;
 *   2. the user signs in to Career Copilot if needed and approves on its consent page; the app
 *      redirects to R?code=…&state=…, which the browser catches before any network request and
 *      hands back (`launchWebAuthFlow` resolves with that URL);
 *   3. the page checks `state`, then the service worker exchanges the code (`ccExchangeCode`) and
 *      keeps `{appUrl, accessToken, refreshToken, expiresAt, scope}` in storage.local (never sync).
 *
 * Redirect URI R = `identity.getRedirectURL()`: `https://<extension id>.chromiumapp.org/` in
 * Chromium, `https://<sha1(add-on id)>.extensions.allizom.org/` in Firefox. These hosts are
 * virtual: the browser intercepts the navigation and only the extension with that id receives it,
 * so the server can list them as exact `https://` redirect URIs (OAUTH_CLIENTS; the server refuses
 * anything else, character for character). The manifest's `key` pins the Chromium id
 * (cfopmgcbnklaojlkjcgecfokcdhmnonf) for every unpacked install. launchWebAuthFlow works in
 * headless Chromium too (it opens the consent page as a browser tab, tests/e2e/test_clipper.py),
 * so no extension-page redirect is needed. Mix-up attacks (RFC 9207) need several authorization
 * servers; the extension talks to the one address in its options, bound to `state`.
 *
 * Tokens: access tokens are JWTs valid `expires_in` s (3600 by default), refresh tokens rotate on
 * every use (7 days each). `ccAccessToken` refreshes 60 s before expiry, `ccRefresh` also after a
 * 401; refreshes are single-flight (one at a time per service worker), because presenting a spent
 * refresh token twice is a replay to the server, which then revokes the whole sign-in. Any
 * `invalid_grant`/`invalid_client` answer (replayed, revoked, expired, client unregistered)
 * removes the stored sign-in and raises ClipError("signed-out"). `ccSignOut` revokes it (RFC 7009).
 * Loaded by the service worker (importScripts / manifest "scripts") and by options.html.
 */

const CC_CLIENT_ID = "clipper";
/** What clipping (postings) and "Save to board" (applications) need; write includes read. */
const CC_SCOPE = "postings:write applications:write";
/** Refresh this long before the access token's expiry (clock skew, a slow request). */
const CC_REFRESH_MARGIN_MS = 60000;
const CC_SIGNIN_KEY = "signIn";
/** storage.local key: the address whose last sign-in the app ended (so the next call says "signed
 *  out, sign in again" instead of "not signed in"); cleared by a new sign-in or by "Sign out". */
const CC_ENDED_KEY = "signInEnded";
const CC_SIGNED_OUT = "You are signed out of Career Copilot (the sign-in was ended, revoked or expired). Sign in again in the extension's options.";

function ccBase64Url(bytes) {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function ccRandom(n) {
  return ccBase64Url(crypto.getRandomValues(new Uint8Array(n)));
}

/** {verifier, challenge}: 86-character verifier, S256 challenge (43 characters). */
async function ccPkcePair() {
  const verifier = ccRandom(64);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return { verifier, challenge: ccBase64Url(new Uint8Array(digest)) };
}

function ccRedirectUri() {
  return ccBrowser.identity.getRedirectURL();
}

/** The stored sign-in for `appUrl` (null when none, or made for another address). */
async function ccStoredSignIn(appUrl) {
  const s = (await ccBrowser.storage.local.get([CC_SIGNIN_KEY]))[CC_SIGNIN_KEY];
  return s && s.refreshToken && s.appUrl === appUrl ? s : null;
}

/** Forget the stored sign-in. `endedFor`: the address when the app ended the sign-in (refused a
 *  refresh or an access token: replayed, revoked, expired), remembered under CC_ENDED_KEY. */
async function ccForgetSignIn(endedFor) {
  await ccBrowser.storage.local.remove(CC_SIGNIN_KEY);
  if (endedFor) await ccBrowser.storage.local.set({ [CC_ENDED_KEY]: endedFor });
}

/** POST appUrl/oauth/{token|revoke} (form-encoded); {status, data} or ClipError("unreachable"). */
async function ccOAuthPost(appUrl, endpoint, fields) {
  let response;
  try {
    response = await fetch(`${appUrl}/oauth/${endpoint}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({ client_id: CC_CLIENT_ID, ...fields }).toString(),
      credentials: "omit",
    });
  } catch (e) {
    throw ccUnreachable(appUrl);
  }
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  return { status: response.status, data };
}

/** A token endpoint answer → the stored sign-in, or the ClipError for its failure. */
async function ccKeepTokens(appUrl, { status, data }) {
  if (status === 200 && data && data.access_token && data.refresh_token) {
    const signIn = {
      appUrl, accessToken: data.access_token, refreshToken: data.refresh_token, scope: data.scope || "",
      expiresAt: Date.now() + 1000 * Number(data.expires_in || 0),
    };
    await ccBrowser.storage.local.set({ [CC_SIGNIN_KEY]: signIn });
    await ccBrowser.storage.local.remove(CC_ENDED_KEY);
    return signIn;
  }
  const error = data && data.error;
  if (error === "invalid_grant" || error === "invalid_client" || error === "unauthorized_client") {
    await ccForgetSignIn(appUrl);
    throw new ClipError("signed-out", CC_SIGNED_OUT);
  }
  if (status === 429) throw new ClipError("rate-limit", "Too many sign-in requests; try again in a minute.");
  const detail = data && data.error_description ? `: ${data.error_description}` : "";
  throw new ClipError("server", `Career Copilot's sign-in answered HTTP ${status}${detail}.`);
}

/** Step 3: the code from the redirect → the stored sign-in (service worker). */
async function ccExchangeCode(appUrl, code, verifier, redirectUri) {
  const answer = await ccOAuthPost(appUrl, "token", {
    grant_type: "authorization_code", code, code_verifier: verifier, redirect_uri: redirectUri,
  });
  if (answer.status !== 200) {
    const detail = answer.data && answer.data.error_description;
    throw new ClipError("signin", `Career Copilot refused the sign-in${detail ? `: ${detail}` : ""}. Try again.`);
  }
  return ccKeepTokens(appUrl, answer);
}

let ccRefreshing = null;

/** A new access token with the stored refresh token (rotation); single-flight. `stale`: the access
 *  token that was refused — if another refresh already replaced it, that result is used. */
function ccRefresh(appUrl, stale) {
  if (!ccRefreshing) {
    ccRefreshing = (async () => {
      const current = await ccStoredSignIn(appUrl);
      if (!current) throw new ClipError("signed-out", CC_SIGNED_OUT);
      if (current.accessToken !== stale && current.expiresAt - CC_REFRESH_MARGIN_MS > Date.now()) return current;
      return ccKeepTokens(appUrl, await ccOAuthPost(appUrl, "token", {
        grant_type: "refresh_token", refresh_token: current.refreshToken,
      }));
    })().finally(() => {
      ccRefreshing = null;
    });
  }
  return ccRefreshing.then((s) => s.accessToken);
}

/** The access token to send now (refreshed first when it expires within a minute). */
async function ccAccessToken(signIn) {
  if (signIn.expiresAt - CC_REFRESH_MARGIN_MS > Date.now()) return signIn.accessToken;
  return ccRefresh(signIn.appUrl, signIn.accessToken);
}

/** Revoke the sign-in at the server (RFC 7009) and forget it here. → {revoked: bool} (false when
 *  the app could not be reached: the tokens are forgotten anyway and the refresh token lapses). */
async function ccSignOut() {
  if (ccRefreshing) await ccRefreshing.catch(() => null); // revoke the newest token of the chain
  const s = (await ccBrowser.storage.local.get([CC_SIGNIN_KEY]))[CC_SIGNIN_KEY];
  await ccForgetSignIn();
  await ccBrowser.storage.local.remove(CC_ENDED_KEY); // the user signed out: "not signed in" from now on
  if (!s || !s.refreshToken) return { revoked: true };
  try {
    const { status } = await ccOAuthPost(s.appUrl, "revoke", { token: s.refreshToken, token_type_hint: "refresh_token" });
    return { revoked: status === 200 };
  } catch (e) {
    return { revoked: false };
  }
}

/** Steps 1–2 in the options page: → {code, verifier, redirectUri}; Error with the user's wording. */
async function ccAuthorize(appUrl) {
  const { verifier, challenge } = await ccPkcePair();
  const state = ccRandom(32);
  const redirectUri = ccRedirectUri();
  const url = `${appUrl}/oauth/authorize?` + new URLSearchParams({
    response_type: "code", client_id: CC_CLIENT_ID, redirect_uri: redirectUri, code_challenge: challenge,
    code_challenge_method: "S256", scope: CC_SCOPE, state,
  }).toString();
  let answer;
  try {
    answer = await ccBrowser.identity.launchWebAuthFlow({ url, interactive: true });
  } catch (e) {
    throw new Error("Sign-in did not finish (the window was closed). If Career Copilot said the sign-in request "
      + `can't be used, its operator must register this extension: OAUTH_CLIENTS with redirect URI ${redirectUri}`);
  }
  const back = new URL(answer);
  if (!answer.startsWith(redirectUri) || back.searchParams.get("state") !== state) {
    throw new Error("Sign-in refused: the answer did not belong to this sign-in request. Try again.");
  }
  const error = back.searchParams.get("error");
  if (error === "access_denied") throw new Error("Sign-in cancelled.");
  if (error) throw new Error(`Career Copilot refused the sign-in: ${back.searchParams.get("error_description") || error}`);
  const code = back.searchParams.get("code");
  if (!code) throw new Error("Career Copilot sent no authorization code. Try again.");
  return { code, verifier, redirectUri };
}

if (typeof module !== "undefined") {
  module.exports = { ccPkcePair, ccAuthorize, ccExchangeCode, ccRefresh, ccAccessToken, ccSignOut, ccStoredSignIn };
}
