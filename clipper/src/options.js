/* Options page: the Career Copilot address; "Sign in with Career Copilot" (auth.js: the
 * authorization code flow runs here, the code exchange and every token in the service worker),
 * "Sign out" (revokes); the personal access token fallback with "Save and test". Everything is
 * kept in storage.local. A sign-in belongs to one address: saving another address signs out. */
const ccB = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

const ask = ccAsk; // messages.js

function address() {
  const appUrl = $("app-url").value.trim().replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/i.test(appUrl)) throw new Error("The address must start with http:// or https://");
  return appUrl;
}

/** Store the address; a sign-in made for another address is revoked first. */
async function keepAddress(appUrl) {
  const { appUrl: before } = await ccB.storage.local.get(["appUrl"]);
  if (before && before.replace(/\/+$/, "") !== appUrl) await ask({ type: "signout" });
  await ccB.storage.local.set({ appUrl });
}

async function showState() {
  const s = await ask({ type: "status" });
  $("signin-state").textContent = s.signedIn ? `Signed in to ${s.appUrl}.` : "Not signed in.";
  $("signin").hidden = s.signedIn;
  $("signout").hidden = !s.signedIn;
}

/** Fill the fields from storage — only those still empty: storage answers asynchronously, and a
 *  value typed before it answered is the user's (overwriting it with "" left the required address
 *  empty, so "Save and test" silently did nothing). ``body[data-loaded]`` is set once done. */
async function load() {
  const s = await ccB.storage.local.get(["appUrl", "token"]);
  if (!$("app-url").value) $("app-url").value = s.appUrl || "";
  if (!$("token").value) $("token").value = s.token || "";
  $("redirect-uri").textContent = ccB.identity.getRedirectURL();
  try {
    await showState();
  } finally {
    document.body.dataset.loaded = "true";
  }
}

$("signin").addEventListener("click", async () => {
  $("signin").disabled = true;
  try {
    const appUrl = address();
    await keepAddress(appUrl);
    $("status").textContent = "Signing in: finish in the Career Copilot window…";
    const { code, verifier, redirectUri } = await ccAuthorize(appUrl);
    await ask({ type: "signin", appUrl, code, verifier, redirectUri });
    await ask({ type: "check" });
    $("status").textContent = "Signed in. Career Copilot accepts this sign-in.";
  } catch (e) {
    $("status").textContent = e.message;
  } finally {
    $("signin").disabled = false;
    await showState();
  }
});

$("signout").addEventListener("click", async () => {
  try {
    const { revoked } = await ask({ type: "signout" });
    $("status").textContent = revoked ? "Signed out."
      : "Signed out in this browser, but Career Copilot could not be reached to end the sign-in: it lapses within 7 days unused (changing your Career Copilot password ends it at once).";
  } catch (e) {
    $("status").textContent = e.message;
  }
  await showState();
});

$("form").addEventListener("submit", async (event) => {
  event.preventDefault();
  let appUrl;
  try {
    appUrl = address();
  } catch (e) {
    $("status").textContent = e.message;
    return;
  }
  const token = $("token").value.trim();
  try {
    await keepAddress(appUrl);
    await ccB.storage.local.set({ token });
    await showState();
    $("status").textContent = "Saved. Testing…";
    let problem = null;
    try {
      await ask({ type: "check" });
    } catch (e) {
      problem = e.message;
    }
    const signedIn = !$("signout").hidden;
    $("status").textContent = problem === null
      ? (signedIn ? "Saved. Career Copilot accepts this sign-in." : "Saved. Career Copilot accepts this token.")
      : `Saved, but: ${problem}`;
    await showState();
  } catch (e) {  // the background unreachable: say so instead of leaving the status empty
    $("status").textContent = e.message;
  }
});

load();
