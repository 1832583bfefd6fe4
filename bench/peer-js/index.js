'use strict';
// bench/'s peer: the Bot Framework JavaScript SDK (botbuilder 4.23, CloudAdapter) serving POST /api/messages on
// loopback with Node's own http server, anonymous (no app id, as Cnam.Bot's development mode), so the load
// command can drive it with deliveryMode "expectReplies" exactly as it drives Cnam.Bot. PORT and KNOWLEDGE_DATA
// come from the environment (the load command sets both).
const http = require('http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, UserState } = require('botbuilder');
const { Knowledge } = require('./knowledge');
const { PeerBot } = require('./bot');

const port = Number(process.env.PORT || 3979);
const data = process.env.KNOWLEDGE_DATA;
if (!data) {
  console.error('KNOWLEDGE_DATA must name the knowledge/Data folder');
  process.exit(2);
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error && error.message}`);
  await context.sendActivity('Une erreur est survenue.');
};
const storage = new MemoryStorage();
const bot = new PeerBot(new Knowledge(data), new ConversationState(storage), new UserState(storage));

// The Request/Response shapes CloudAdapter.process expects (restify's and express's), over Node's http objects.
function response(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; },
    header(name, value) { res.setHeader(name, value); },
    send(body) {
      if (typeof body === 'string') {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.write(body);
      } else {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.write(JSON.stringify(body));
      }
    },
    end() { res.end(); },
  };
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.end('ok');
    return;
  }
  if (req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    await adapter.process({ body, headers: req.headers, method: req.method }, response(res), (context) => bot.run(context));
  });
});
server.keepAliveTimeout = 65000;
server.listen(port, '127.0.0.1', () => console.log(`peer bot on http://127.0.0.1:${port}`));
