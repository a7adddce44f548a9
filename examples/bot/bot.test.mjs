// The example bot, over real HTTP on 127.0.0.1 (node:test, run by `npm test` after the build).
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { botOpenApi } from './openapi.mjs';
import { createBot, MAX_BODY_BYTES } from './server.mjs';

const PHONE = '13812345678';
let base;
let server;
let logDir;
const logged = [];

before(async () => {
  logDir = await mkdtemp(join(tmpdir(), 'tiantian-bot-'));
  const bot = createBot({ logDir, log: (line) => logged.push(line) });
  server = await bot.listen(0);
  base = `http://127.0.0.1:${server.address().port}/message`;
});
after(() => new Promise((done) => server.close(done)));

const post = (body, raw = false) =>
  fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ? body : JSON.stringify(body),
  });

test('answers a customer with the triage: 支付成功未发货, channels and a deadline', async () => {
  const response = await post({ conversationId: 'c-1', text: '付款三天了还没发货' });
  assert.equal(response.status, 200);
  const answer = await response.json();
  assert.equal(answer.issueType, 'paid-not-shipped');
  assert.equal(answer.status, 'matched');
  assert.ok(answer.channels.length >= 2);
  assert.equal(answer.deadline, answer.channels[0].due);
  assert.ok(!Number.isNaN(Date.parse(answer.deadline)));
  assert.ok(answer.reply.length > 0);
});

test('says when the customer asks for a person', async () => {
  const answer = await (await post({ conversationId: 'c-2', text: '转人工' })).json();
  assert.equal(answer.handoff, true);
});

test('refuses bad JSON, a body that is not an object, a bad id and an empty text with 400 and the issue', async () => {
  for (const [body, raw, path] of [
    ['{"conversationId": ', true, []],
    ['[1,2]', true, []],
    [{ conversationId: '../../etc/passwd', text: 'hi' }, false, ['conversationId']],
    [{ conversationId: 'c-3', text: '   ' }, false, ['text']],
    [{ conversationId: 'c-3', text: 42 }, false, ['text']],
  ]) {
    const response = await post(body, raw);
    assert.equal(response.status, 400, JSON.stringify(body));
    const { error } = await response.json();
    assert.deepEqual(error.issues[0].path, path);
  }
});

test('refuses a 1 MB body with 413 without reading it all', async () => {
  const text = 'a'.repeat(1024 * 1024);
  const response = await post({ conversationId: 'c-4', text });
  assert.equal(response.status, 413);
  assert.match((await response.json()).error.issues[0].message, new RegExp(String(MAX_BODY_BYTES)));
});

test('keeps concurrent messages of one conversation in order in its case log', async () => {
  const texts = Array.from({ length: 12 }, (_, i) => `第${i}次催发货`);
  const responses = await Promise.all(texts.map((text) => post({ conversationId: 'c-5', text })));
  assert.deepEqual(
    responses.map((r) => r.status),
    texts.map(() => 200),
  );
  const lines = (await readFile(join(logDir, 'c-5.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 1 + 2 * texts.length);
  assert.deepEqual(
    lines.map((l) => l.size),
    lines.map((_, i) => i + 1),
  );
  assert.equal(lines[0].event.type, 'opened');
});

test('no log line and no stored case log holds an unmasked phone number', async () => {
  const response = await post({
    conversationId: 'c-6',
    text: `订单一直没发货，我的手机是 ${PHONE}，请联系我`,
  });
  assert.equal(response.status, 200);
  const files = await readdir(logDir);
  const stored = (await Promise.all(files.map((f) => readFile(join(logDir, f), 'utf8')))).join('\n');
  assert.ok(stored.includes('138****5678'), 'the masked number is kept');
  assert.ok(!stored.includes(PHONE));
  assert.ok(logged.length > 0);
  assert.ok(logged.every((line) => !line.includes(PHONE)));
});

test('openapi.json is what the package JSON Schemas give', async () => {
  const shipped = JSON.parse(await readFile(new URL('./openapi.json', import.meta.url), 'utf8'));
  assert.deepEqual(shipped, botOpenApi());
});
