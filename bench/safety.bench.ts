// Safety speed on a 1 MB customer-service log, side by side with a plain regular-expression masker
// and a plain keyword regex (the baselines of tests/safety/baselines.ts). Target: redactPii and
// assessScamRisk on 1 MB in milliseconds (tens, not hundreds).
import { bench, describe } from 'vitest';
import { redactPii } from '../src/safety/redact.js';
import { assessScamRisk } from '../src/safety/scam.js';
import { plainRegexPii, plainRegexScam } from '../tests/safety/baselines.js';

const LINE =
  '顾客：你好，我的订单号1550672064762308113还没发货，手机13812345678，退款到卡6222021001123456789。' +
  'Agent: please do not share your verification code; see https://item.taobao.com/item.htm?id=1\n';
const MEGABYTE = LINE.repeat(Math.ceil(1_000_000 / LINE.length)).slice(0, 1_000_000);

describe('mask 1 MB of log text', () => {
  bench('tiantian-support redactPii', () => {
    redactPii(MEGABYTE);
  });
  bench('plain regex masker (no validation)', () => {
    plainRegexPii(MEGABYTE);
  });
});

describe('assess 1 MB of text for scams', () => {
  bench('tiantian-support assessScamRisk', () => {
    assessScamRisk(MEGABYTE);
  });
  bench('plain keyword regex', () => {
    plainRegexScam(MEGABYTE);
  });
});
