/* The /clip window (issue 14, bookmarklet path). The bookmarklet, running on the job site,
 * opens this window and waits for "cc-clip-ready"; it then posts {type: "cc-clip", url, html}
 * to THIS origin only (postMessage targetOrigin = the app's origin). Here a message is taken
 * only from window.opener, and only when the page's URL is on the origin that sent it (a page
 * can't clip in another site's name). Any page can open this window, though (attack a12 W1: a
 * hostile page posted a planted "job" of its own origin), so the window only PREVIEWS what it
 * read (POST /clip/preview stores nothing) and shows title, company and the page's site; the
 * posting is stored (POST /clip/parse) only when the user presses "Add to my postings", then
 * saved to the board with POST /clip/save. All are same-origin requests with the session
 * cookie, so the Origin guard lets them through. */
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  let posting = null;
  let clip = null;

  function show(id, on) { $(id).hidden = !on; }
  function status(text) { $("clip-status").textContent = text; }
  function error(text) { $("clip-error").textContent = text; show("clip-error", Boolean(text)); }

  async function post(path, body) {
    const r = await fetch(path, { method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    if (r.status === 401) {
      show("clip-signin", true);
      throw new Error("Sign in to Career Copilot first (in another tab), then press Retry.");
    }
    if (!r.ok) throw new Error((data && data.detail) || `Career Copilot answered HTTP ${r.status}.`);
    return data;
  }

  function render(data) {
    posting = data.posting;
    $("clip-title").textContent = posting.title;
    $("clip-company").textContent = posting.company;
    $("clip-location").textContent = posting.location || "";
    show("clip-location-sep", Boolean(posting.location));
    if (data.match) {
      $("clip-score").textContent = String(Math.round(data.match.score));
      const names = (l) => (l || []).slice(0, 5).map((s) => s.skill).join(", ");
      const why = [];
      if ((data.match.matched_skills || []).length) why.push(`Matches ${names(data.match.matched_skills)}`);
      if ((data.match.missing_skills || []).length) why.push(`Missing ${names(data.match.missing_skills)}`);
      $("clip-why").textContent = why.join(" · ");
    } else {
      $("clip-score").textContent = "–";
      $("clip-why").textContent = "No score yet: upload a resume in Career Copilot.";
    }
    show("clip-result", true);
    show("clip-save", !data.application_id);
    show("clip-saved", Boolean(data.application_id));
    status("Clipped: only you can see this posting.");
  }

  function confirmation(data) {
    $("clip-site").textContent = data.site;
    $("clip-confirm-title").textContent = data.title;
    $("clip-confirm-company").textContent = data.company;
    $("clip-confirm-location").textContent = data.location || "";
    show("clip-confirm-sep", Boolean(data.location));
    const notes = Array.isArray(data.notes) ? data.notes : [];
    $("clip-notes").textContent = notes.join(" ");
    show("clip-notes", notes.length > 0);
    show("clip-confirm", true);
    status("Nothing is stored until you press Add to my postings.");
  }

  async function run(step) {
    error("");
    show("clip-retry", false);
    try {
      await step();
      show("clip-signin", false);
    } catch (e) {
      status("");
      error(e.message);
      show("clip-retry", true);
    }
  }

  let stage = "preview";
  function send() {
    if (stage === "preview") {
      status("Reading the posting…");
      return run(async () => confirmation(await post("/clip/preview", clip)));
    }
    status("Adding the posting…");
    return run(async () => {
      render(await post("/clip/parse", clip));
      show("clip-confirm", false);
    });
  }

  window.addEventListener("message", (event) => {
    if (!window.opener || event.source !== window.opener) return;
    const d = event.data;
    if (!d || d.type !== "cc-clip" || typeof d.url !== "string" || typeof d.html !== "string") return;
    let origin = "";
    try { origin = new URL(d.url).origin; } catch (e) { origin = ""; }
    if (origin !== event.origin) {
      error("The page's address does not match the site that sent it; nothing was clipped.");
      return;
    }
    if (clip) return; // one page per window: a later message can't swap what the user confirms
    clip = { url: d.url, html: d.html };
    show("clip-intro", false);
    send();
  });

  $("clip-retry").addEventListener("click", () => { if (clip) send(); });
  $("clip-store").addEventListener("click", async () => {
    if (!clip || $("clip-store").disabled) return;
    stage = "store";
    $("clip-store").disabled = true;
    await send();
    $("clip-store").disabled = Boolean(posting); // stored: done; failed: Retry or press again
  });
  $("clip-save").addEventListener("click", async () => {
    error("");
    $("clip-save").disabled = true;
    try {
      const app = await post("/clip/save", { posting_id: posting.posting_id });
      $("clip-open").href = `/applications/${app.application_id}`;
      show("clip-save", false);
      show("clip-saved", true);
    } catch (e) {
      error(e.message);
    } finally {
      $("clip-save").disabled = false;
    }
  });

  if (window.opener) {
    status("Waiting for the job page…");
    window.opener.postMessage("cc-clip-ready", "*"); // a constant: nothing of the app leaves this window
    setTimeout(() => { if (!clip) { status(""); show("clip-intro", true); } }, 4000);
  } else {
    show("clip-intro", true);
  }
})();
