// A chat bot's webhook on node:http, no framework: `node examples/bot/server.mjs [port]` after
// `npm run build` (it imports the built package by name). POST /message with JSON
// `{ "conversationId": "c-42", "text": "付款三天了还没发货" }` answers with the reply, the channels and
// the deadline. Personal data is masked before anything is logged or stored; each conversation's
// case log is kept as JSON lines in the log folder (one event a line, with its leaf hash and the
// log's root after it), so it can be verified later with `tiantian-support case verify`.
import { appendFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { detectHandoff, triage } from 'tiantian-support';
import { appendCaseEvent, createCaseLog } from 'tiantian-support/cases';
import { assessScamRisk, redactPii } from 'tiantian-support/safety';

/** The largest body a request may have; a larger one gets 413 without being read further. */
export const MAX_BODY_BYTES = 64 * 1024;
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A bot server: `listen(port)` resolves to the `http.Server`; `logLines` are what it logged. */
export function createBot({ logDir, log = (line) => console.log(line) }) {
  const logs = new Map(); // conversationId → case log
  const queues = new Map(); // conversationId → the promise of its last append (appends run in order)

  /**
   * Appends to the conversation's log in arrival order. The events are made inside the queue, with
   * the instant of their turn: a case log's instants never go back, and two concurrent requests may
   * be answered in one order and queued in the other.
   */
  function record(conversationId, makeEvents) {
    const previous = queues.get(conversationId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const known = logs.get(conversationId);
      let caseLog = known ?? createCaseLog();
      const events = makeEvents({ opened: known !== undefined, at: new Date() });
      const lines = [];
      for (const event of events) {
        caseLog = await appendCaseEvent(caseLog, event);
        const entry = caseLog.entries[caseLog.entries.length - 1];
        lines.push(JSON.stringify({ ...entry, size: caseLog.size, root: caseLog.root }));
      }
      logs.set(conversationId, caseLog);
      await appendFile(join(logDir, `${conversationId}.jsonl`), `${lines.join('\n')}\n`);
    });
    queues.set(
      conversationId,
      next.catch(() => {}),
    );
    return next;
  }

  async function answer(body) {
    const { conversationId, text } = body;
    const masked = redactPii(text).text;
    const now = new Date();
    const handoff = detectHandoff(text);
    const result = triage(text, { now });
    const risk = assessScamRisk(text);
    const reply =
      result.script?.text ??
      (result.answer.length > 0 ? result.answer.join('\n') : '抱歉，我没有理解您的问题。');
    const channels = result.channels.map((entry) => ({
      channel: entry.channel,
      due: entry.deadline.due.toISOString(),
    }));
    const maskedReply = redactPii(reply).text;
    await record(conversationId, ({ opened, at }) => [
      ...(opened
        ? []
        : [{ type: 'opened', at, issueType: result.issueType ?? 'contact-human', channel: 'online-chat' }]),
      { type: 'message', at, from: 'customer', text: masked },
      { type: 'message', at, from: 'bot', text: maskedReply },
    ]);
    log(`${conversationId} <- ${masked}`);
    return {
      conversationId,
      status: result.status,
      issueType: result.issueType,
      handoff: handoff.handoff,
      risk: risk.level,
      reply,
      channels,
      deadline: channels[0]?.due ?? null,
    };
  }

  function send(response, status, body) {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  }

  function problem(response, status, message, path = []) {
    send(response, status, {
      error: { issues: [{ code: status === 413 ? 'too_big' : 'invalid_request', message, path }] },
    });
  }

  const server = createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/message') {
      problem(response, 404, 'POST /message is the only route');
      return;
    }
    const chunks = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        refused = true;
        problem(response, 413, `The body is larger than ${MAX_BODY_BYTES} bytes`);
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', async () => {
      if (refused) return;
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        problem(response, 400, 'The body is not JSON');
        return;
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        problem(response, 400, 'Expected a JSON object { conversationId, text }');
        return;
      }
      if (typeof body.conversationId !== 'string' || !CONVERSATION_ID.test(body.conversationId)) {
        problem(response, 400, 'conversationId must be 1 to 64 letters, digits, "-" or "_"', [
          'conversationId',
        ]);
        return;
      }
      if (typeof body.text !== 'string' || body.text.trim() === '') {
        problem(response, 400, 'text must be a non-empty string', ['text']);
        return;
      }
      try {
        send(response, 200, await answer(body));
      } catch (error) {
        log(`error: ${error instanceof Error ? error.message : String(error)}`);
        problem(response, 500, 'The message could not be handled');
      }
    });
  });

  return {
    server,
    async listen(port = 0) {
      await mkdir(logDir, { recursive: true });
      await new Promise((done) => server.listen(port, '127.0.0.1', done));
      return server;
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8787);
  const bot = createBot({ logDir: join(process.cwd(), 'bot-logs') });
  await bot.listen(port);
  console.log(`bot: POST http://127.0.0.1:${port}/message  (case logs in ./bot-logs)`);
}
