/* The posting in view, read inside the page (chrome.scripting.executeScript({func: ccExtractPosting})).
 *
 * Self-contained: the browser serializes this function into the page, so it may use nothing
 * from outside its body. Returns {url, title, json_ld, candidates, html}:
 *  - json_ld: the schema.org JobPosting node scoped to the posting in view, or null. Blocks
 *    are read one by one (a broken block hides nothing else); nodes are found in arrays,
 *    "@graph" and ItemList "itemListElement". With several JobPosting nodes (a listing, or a
 *    posting page that also lists "similar jobs") the one whose url is this page's (scheme,
 *    host and path; query and fragment ignored) wins, else the one whose title the page's <h1>
 *    shows; none is picked when neither tells them apart.
 *  - candidates: how many JobPosting nodes the page holds.
 *  - html: the rendered page (document.documentElement.outerHTML), cut to maxHtml characters.
 */
function ccExtractPosting(maxHtml) {
  const here = location.href;
  const bare = (u) => {
    try {
      const x = new URL(u, here);
      return (x.origin + x.pathname).replace(/\/+$/, "").toLowerCase();
    } catch (e) {
      return "";
    }
  };
  const isJob = (n) => [].concat(n["@type"] || []).some(
    (t) => typeof t === "string" && /(^|[/:#])JobPosting$/.test(t));
  const nodes = [];
  const walk = (n) => {
    if (Array.isArray(n)) {
      n.forEach(walk);
    } else if (n && typeof n === "object") {
      if (isJob(n)) nodes.push(n);
      if (n["@graph"]) walk(n["@graph"]);
      if (n.itemListElement) walk([].concat(n.itemListElement).map((e) => (e && e.item) || e));
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(s.textContent));
    } catch (e) {
      /* invalid JSON in this block (the server repairs raw newlines when it reads the HTML) */
    }
  }
  let pick = nodes.length === 1 ? nodes[0] : null;
  if (nodes.length > 1) {
    pick = nodes.find((n) => typeof n.url === "string" && bare(n.url) === bare(here)) || null;
    if (!pick) {
      const h1 = ((document.querySelector("h1") || {}).textContent || "").replace(/\s+/g, " ").trim().toLowerCase();
      const same = nodes.filter((n) => typeof n.title === "string" && h1 && n.title.trim().toLowerCase() === h1);
      pick = same.length === 1 ? same[0] : null;
    }
  }
  const html = document.documentElement.outerHTML;
  return {
    url: here,
    title: document.title,
    json_ld: pick,
    candidates: nodes.length,
    html: html.length <= maxHtml ? html : html.slice(0, maxHtml),
  };
}

if (typeof module !== "undefined") module.exports = { ccExtractPosting };
