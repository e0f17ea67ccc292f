/* Runs the clipper extension's own background code (clipper/src: the manifest's
 * background.scripts, in their order, as Firefox loads them) in a Node vm context, with a
 * stand-in for the WebExtension namespace: storage.local in memory, runtime.onMessage,
 * scripting.executeScript answering a fixed page, identity.getRedirectURL. fetch, URL, crypto
 * are Node's own, so every API call really goes over loopback.
 *
 * Usage: node clipper_harness.js <clipper dir> < scenarios.json
 *   scenarios: [{name, storage: {...}, page: {url, html, json_ld, candidates}, messages: [{type, ...}]}]
 * Prints JSON: [{name, answers: [{ok, code, error, data}], storage: {...}}] — one fresh context
 * (fresh storage, fresh single-flight state) per scenario. Used by
 * tests/integration/clipper/test_failure_messages.py. */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

async function runScenario(dir, scenario, sources) {
  const store = JSON.parse(JSON.stringify(scenario.storage || {}));
  const copy = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  let listener = null;
  const browser = {
    storage: {
      local: {
        get: async (keys) => {
          const out = {};
          for (const k of [].concat(keys)) if (k in store) out[k] = copy(store[k]);
          return out;
        },
        set: async (items) => { Object.assign(store, copy(items)); },
        remove: async (keys) => { for (const k of [].concat(keys)) delete store[k]; },
      },
    },
    runtime: { onMessage: { addListener: (fn) => { listener = fn; } } },
    scripting: { executeScript: async () => [{ result: copy(scenario.page) }] },
    identity: { getRedirectURL: () => "https://cfopmgcbnklaojlkjcgecfokcdhmnonf.chromiumapp.org/" },
  };
  const context = vm.createContext({
    browser, fetch, URL, URLSearchParams, TextEncoder, btoa, crypto: globalThis.crypto, console,
    setTimeout, clearTimeout,
  });
  for (const [file, code] of sources) vm.runInContext(code, context, { filename: path.join(dir, file) });
  if (!listener) throw new Error("the background scripts registered no runtime.onMessage listener");
  const answers = [];
  for (const message of scenario.messages) {
    const answer = await new Promise((resolve) => {
      if (listener(message, {}, resolve) !== true) resolve(null);
    });
    answers.push(answer);
  }
  return { name: scenario.name, answers, storage: store };
}

async function main() {
  const dir = process.argv[2];
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  const sources = manifest.background.scripts.map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]);
  const scenarios = JSON.parse(fs.readFileSync(0, "utf8"));
  const results = [];
  for (const scenario of scenarios) results.push(await runScenario(dir, scenario, sources));
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
