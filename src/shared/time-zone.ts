/**
 * The platform's time zone: Beijing time (北京时间), in which the guide states its hours and promises
 * (“工作日早9点至晚9点”) and the China workday calendar counts its days.
 *
 * @example
 * PLATFORM_TIME_ZONE; //=> 'Asia/Shanghai'
 */
export const PLATFORM_TIME_ZONE = 'Asia/Shanghai';

/**
 * The type of {@link PLATFORM_TIME_ZONE}.
 *
 * @example
 * const zone: PlatformTimeZone = PLATFORM_TIME_ZONE;
 */
export type PlatformTimeZone = typeof PLATFORM_TIME_ZONE;
