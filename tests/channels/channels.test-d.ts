import { describe, expectTypeOf, it } from 'vitest';
import {
  type Channel,
  type ChannelId,
  type ChannelRecommendation,
  CHANNELS,
  detectHandoff,
  type EmailRequest,
  getChannel,
  type HandoffDetection,
  hotlineDialString,
  isChannelOpen,
  isOpen,
  nextChannelOpening,
  nextOpening,
  recommendChannels,
  routeToServiceModule,
  validateEmailRequest,
} from '../../src/channels/index.js';
import type { BusinessHours } from '../../src/calendar/index.js';
import type { SafeResult } from '../../src/shared/result.js';

describe('channels types', () => {
  it('getChannel narrows by id', () => {
    expectTypeOf(getChannel('email')).toEqualTypeOf<Channel<'email'>>();
    expectTypeOf(getChannel('email').response).toHaveProperty('complex');
    expectTypeOf(getChannel('email').response.complex.minutes).toEqualTypeOf<number>();
    expectTypeOf(getChannel('hotline').hours).toEqualTypeOf<BusinessHours>();
    expectTypeOf(CHANNELS[3].id).toEqualTypeOf<'social-media'>();
    // @ts-expect-error: not a channel id
    getChannel('fax');
  });

  it('hours functions take a channel id or a Channel and a Date', () => {
    expectTypeOf(isOpen).parameters.toEqualTypeOf<[ChannelId | Channel, Date]>();
    expectTypeOf(nextOpening).returns.toEqualTypeOf<Date>();
    expectTypeOf(isChannelOpen).toEqualTypeOf(isOpen);
    expectTypeOf(nextChannelOpening).toEqualTypeOf(nextOpening);
    // @ts-expect-error: a string is not a Date
    isOpen('hotline', '2026-10-01');
  });

  it('recommendChannels and detectHandoff', () => {
    expectTypeOf(recommendChannels('feedback')).toEqualTypeOf<ChannelRecommendation[]>();
    expectTypeOf(recommendChannels('feedback')[0]!.channel).toEqualTypeOf<ChannelId>();
    expectTypeOf(detectHandoff('x')).toEqualTypeOf<HandoffDetection>();
    expectTypeOf(detectHandoff('x').phrase).toEqualTypeOf<string | undefined>();
    // @ts-expect-error: not an issue type
    recommendChannels('weather');
    // @ts-expect-error: text must be a string
    detectHandoff(42);
  });

  it('email and hotline', () => {
    expectTypeOf(validateEmailRequest).returns.toEqualTypeOf<SafeResult<EmailRequest>>();
    expectTypeOf(
      hotlineDialString({ phone: 'mobile', callerInBeijing: true }).digits,
    ).toEqualTypeOf<string>();
    // @ts-expect-error: fax is not a phone kind
    hotlineDialString({ phone: 'fax', callerInBeijing: true });
    expectTypeOf(routeToServiceModule('feedback').module.id).toEqualTypeOf<
      'pre-sales' | 'after-sales' | 'promotions' | 'tech-support'
    >();
  });
});
