// End-to-end check of the built-in Direct Line channel with the official client, botframework-directlinejs
// (the version Web Chat 4.18 ships). Usage: node e2e.js http://127.0.0.1:PORT
// Prints one JSON object on stdout; exits non-zero only when the script itself breaks.
'use strict';

// DirectLineJS calls the REST API through rxjs ajax, which needs a browser XMLHttpRequest, and reads the global
// WebSocket even with webSocket:false; Node 20 has neither, so the browser's are provided as in a page.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = global.WebSocket || require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const base = process.argv[2];
if (!base) {
  console.error('usage: node e2e.js <base url>');
  process.exit(2);
}
const domain = `${base}/v3/directline`;
const TIMEOUT_MS = 15000;

async function pageToken() {
  const response = await fetch(`${base}/api/directline/token`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`page token endpoint answered ${response.status}`);
  return response.json();
}

function connect(options) {
  const directLine = new DirectLine({ domain, webSocket: false, pollingInterval: 200, ...options });
  const seen = [];
  const waiters = [];
  const errors = [];
  const subscription = directLine.activity$.subscribe(activity => {
    seen.push(activity);
    for (const waiter of [...waiters]) {
      if (waiter.match(activity)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(activity);
      }
    }
  }, error => errors.push(error && error.status !== undefined ? error.status : String(error)));
  const waitFor = (description, match) => {
    const found = seen.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve };
      waiters.push(waiter);
      setTimeout(() => reject(new Error(`timed out waiting for ${description}`)), TIMEOUT_MS);
    });
  };
  const post = activity => new Promise((resolve, reject) =>
    directLine.postActivity(activity).subscribe(resolve, error => reject(new Error(`postActivity failed: ${error && error.status}`))));
  const status = () => directLine.connectionStatus$.getValue();
  const end = () => { subscription.unsubscribe(); directLine.end(); };
  return { directLine, seen, errors, waitFor, post, status, end };
}

function waitForStatus(client, wanted) {
  return new Promise((resolve, reject) => {
    const subscription = client.directLine.connectionStatus$.subscribe(status => {
      if (wanted.includes(status)) {
        setImmediate(() => subscription.unsubscribe());
        resolve(status);
      }
    });
    setTimeout(() => reject(new Error(`timed out waiting for status ${wanted}`)), TIMEOUT_MS);
  });
}

function message(text, clientActivityID) {
  return { type: 'message', text, from: { id: 'r_js', name: 'Test', role: 'user' }, locale: 'fr-FR', channelData: { clientActivityID } };
}

async function exchange(client, text, clientActivityID) {
  const id = await client.post(message(text, clientActivityID));
  const echo = await client.waitFor(`echo of ${clientActivityID}`, a => a.id === id && a.channelData && a.channelData.clientActivityID === clientActivityID);
  const reply = await client.waitFor(`reply to ${id}`, a => a.replyToId === id && a.from && a.from.role === 'bot');
  return { id, echo, reply };
}

const brief = a => ({ id: a.id, type: a.type, text: a.text, role: a.from && a.from.role, fromId: a.from && a.from.id, timestamp: a.timestamp, replyToId: a.replyToId, clientActivityID: a.channelData && a.channelData.clientActivityID });

async function main() {
  const result = {};
  const first = await pageToken();
  result.conversationId = first.conversationId;
  result.userId = first.userId;

  // Start, receive the welcome, send twice and read the echo and the reply of each.
  const client = connect({ token: first.token });
  const welcome = await client.waitFor('welcome', a => a.from && a.from.role === 'bot' && !a.replyToId);
  result.welcome = brief(welcome);
  result.statusAfterStart = client.status();
  const one = await exchange(client, 'bonjour', 'js-1');
  result.first = { postedId: one.id, echo: brief(one.echo), reply: brief(one.reply) };
  const watermarkAfterFirst = client.directLine.watermark;
  result.watermarkAfterFirst = watermarkAfterFirst;
  const two = await exchange(client, 'encore', 'js-2');
  result.second = { postedId: two.id, echo: brief(two.echo), reply: brief(two.reply) };
  result.watermarkAfterSecond = client.directLine.watermark;
  result.clientSawConversationUpdate = client.seen.some(a => a.type === 'conversationUpdate');
  client.end();

  // Reconnect with the watermark taken after the first exchange: only the second exchange comes back.
  const resumed = connect({ token: first.token, conversationId: first.conversationId, watermark: watermarkAfterFirst });
  await resumed.waitFor('reply of the second exchange', a => a.id === two.reply.id);
  await new Promise(resolve => setTimeout(resolve, 600));
  result.reconnect = { status: resumed.status(), ids: resumed.seen.map(a => a.id) };
  resumed.end();

  // A second conversation's token must not open the first conversation.
  const second = await pageToken();
  const raw = await fetch(`${domain}/conversations/${first.conversationId}/activities?watermark=`, {
    headers: { Authorization: `Bearer ${second.token}`, 'x-ms-bot-agent': 'DirectLine/3.0 (directlinejs e2e)' },
  });
  result.otherTokenHttpStatus = raw.status;
  result.otherTokenErrorCode = (await raw.json()).error.code;
  const intruder = connect({ token: second.token, conversationId: first.conversationId });
  result.otherTokenClientStatus = await waitForStatus(intruder, [ConnectionStatus.FailedToConnect, ConnectionStatus.Online]);
  result.otherTokenClientErrors = intruder.errors;
  intruder.end();
  return result;
}

main().then(
  result => { console.log(JSON.stringify({ ok: true, result })); process.exit(0); },
  error => { console.log(JSON.stringify({ ok: false, error: String(error && error.stack || error) })); process.exit(0); });
