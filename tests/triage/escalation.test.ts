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

  it.each([
    // At the very start or end of the message, and in capitals.
    ['Manager, please call me back', { escalate: true, cues: ['manager'] }],
    ['put me through to your SUPERVISOR', { escalate: true, cues: ['supervisor'] }],
    // A plural "s" still makes the whole word.
    ['I will call my lawyers', { escalate: true, cues: ['lawyer'] }],
    ['Complaints about this order go where?', { escalate: true, cues: ['complaint'] }],
    // A letter after the cue makes it part of another word.
    ['a managerial decision', { escalate: false, cues: [] }],
    ['the supervisory board approved it', { escalate: false, cues: [] }],
    // A letter before the cue does too: "issue your" holds "sue you".
    ['Please issue your refund today', { escalate: false, cues: [] }],
  ])('counts a Latin cue only as a whole word: %j', (text, expected) => {
    expect(escalationSignal(text)).toEqual(expected);
  });

  it.each([
    ['投诉你们这家店', { escalate: true, cues: ['投诉'] }],
    ['我要在APP投诉', { escalate: true, cues: ['投诉'] }],
    ['call12315now', { escalate: true, cues: ['12315'] }],
  ])(
    'counts a Chinese cue or 12315 wherever it stands, even at the start or against Latin letters: %j',
    (text, expected) => {
      expect(escalationSignal(text)).toEqual(expected);
    },
  );

  it.each([
    // 投诉 fills characters 4094 and 4095, the last two read.
    [4094, { escalate: true, cues: ['投诉'] }],
    // 投诉 at 4095 and 4096: only 投 is read.
    [4095, { escalate: false, cues: [] }],
    [10_000, { escalate: false, cues: [] }],
  ])('reads only the first 4096 characters: 投诉 after %i spaces', (spaces, expected) => {
    expect(escalationSignal(`${' '.repeat(spaces)}投诉`)).toEqual(expected);
  });
});
