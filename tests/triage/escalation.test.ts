import { describe, expect, it } from 'vitest';
import { escalationSignal } from '../../src/triage/escalation.js';

describe('escalationSignal', () => {
  it.each([
    ['再不处理我就打12315投诉', { escalate: true, cues: ['投诉', '12315'] }],
    ['不给退就给差评，还要曝光你们', { escalate: true, cues: ['差评', '曝光'] }],
    ['I want your manager, or my lawyer will call', { escalate: true, cues: ['manager', 'lawyer'] }],
    ['voy a llamar a mi abogado', { escalate: true, cues: ['abogado'] }],
    ['优惠券用不了', { escalate: false, cues: [] }],
    ['the management of my time', { escalate: false, cues: [] }],
  ])('%j', (text, expected) => {
    expect(escalationSignal(text)).toEqual(expected);
  });
});
