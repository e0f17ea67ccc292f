/* Popup: "Clip this job" sends the posting in the target tab to Career Copilot through the
 * service worker and shows the parsed title, company, location and the match score with its
 * reasons; "Save to board" creates the application. The target tab is the active tab, or
 * ?tab=<id> when the popup page is opened in a tab of its own. */
const ccB = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
let posting = null;

async function targetTab() {
  const given = new URLSearchParams(location.search).get("tab");
  if (given) return Number(given);
  const [tab] = await ccB.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : null;
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = false;
}

/** "Matches python, sql · Missing kafka · Pay ✗ below your floor" — the short explanation. */
function reasons(match) {
  const parts = [];
  const names = (list) => (list || []).slice(0, 5).map((s) => s.skill).join(", ");
  if ((match.matched_skills || []).length) parts.push(`Matches ${names(match.matched_skills)}`);
  if ((match.missing_skills || []).length) parts.push(`Missing ${names(match.missing_skills)}`);
  for (const c of match.checks || []) if (c.ok === false) parts.push(`${c.name} ✗ ${c.reason}`);
  return parts.join(" · ");
}

function showPosting(data) {
  posting = data.posting;
  $("result").dataset.postingId = String(posting.posting_id);
  $("title").textContent = posting.title;
  $("company").textContent = posting.company;
  $("location").textContent = posting.location || "";
  $("location-sep").hidden = !posting.location;
  if (data.match) {
    $("score").textContent = String(Math.round(data.match.score));
    $("score-label").textContent = "/ 100 match";
    $("why").textContent = reasons(data.match);
  } else {
    $("score").textContent = "–";
    $("score-label").textContent = "no score yet: upload a resume in Career Copilot";
    $("why").textContent = "";
  }
  $("result").hidden = false;
  $("save").hidden = Boolean(data.application_id);
  $("saved").hidden = !data.application_id;
  $("status").textContent = "Clipped: only you can see this posting.";
}

const send = ccAsk; // messages.js

$("clip").addEventListener("click", async () => {
  $("error").hidden = true;
  $("clip").disabled = true;
  $("status").textContent = "Clipping…";
  try {
    const tabId = await targetTab();
    showPosting(await send({ type: "clip", tabId }));
  } catch (e) {
    $("status").textContent = "";
    showError(e.message);
  } finally {
    $("clip").disabled = false;
  }
});

$("save").addEventListener("click", async () => {
  $("error").hidden = true;
  $("save").disabled = true;
  try {
    const app = await send({ type: "save", postingId: posting.posting_id });
    const { appUrl } = await ccB.storage.local.get(["appUrl"]);
    $("open-app").href = `${String(appUrl || "").replace(/\/+$/, "")}/applications/${app.id}`;
    $("save").hidden = true;
    $("saved").hidden = false;
  } catch (e) {
    showError(e.message);
  } finally {
    $("save").disabled = false;
  }
});
