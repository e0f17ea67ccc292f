/* The options page's and the popup's one way to ask the background service worker: send
 * ``message`` and return its ``data``, or throw an Error with the worker's words. Right after
 * install or a browser start the worker may not be listening yet ("Receiving end does not
 * exist"): the message is sent again every 250 ms for up to 5 s before that counts as an error. */
const ccMessages = globalThis.browser ?? globalThis.chrome;

async function ccAsk(message) {
  let answer;
  for (let tries = 0; ; tries += 1) {
    try {
      answer = await ccMessages.runtime.sendMessage(message);
      break;
    } catch (e) {
      if (tries >= 20 || !/receiving end does not exist|could not establish connection/i.test(String(e && e.message))) {
        throw new Error("The extension's background did not answer; reload the extension.");
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  if (!answer) throw new Error("The extension's background did not answer; reload the extension.");
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}
