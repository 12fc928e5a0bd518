/**
 * Services whose description is too long for a page of its own on the smallest screen. The schema
 * allows 2,000 characters (a long text is not wrong), and the services slide gives a long service a
 * page of its own (core/deck/service-slides.ts), but a slide does not scroll and its type never
 * shrinks below the base size: a description longer than that page holds ends with "…" after the
 * lines that fit. Measured at the four screen sizes: under a one-line title 13 lines of about 96
 * characters fit the 800×480 screen (on the touch screen's page, under its pager; the larger screens
 * hold 17 to 34 lines), so about 1,250 characters; under a title of two lines one line less.
 */
import type { Content } from '../content/schema';
import { descriptionRoom, servicesFit } from '../deck/service-slides';

/** One service whose description will not fit. */
export interface LongService {
  /** Its index in `content.services`, for its name (core/content/place.ts). */
  index: number;
  length: number;
  /** About how many characters fit, rounded down to fifty. */
  fits: number;
}

/** The services whose description is longer than a page of its own holds, in content order. */
export function longServices(content: Pick<Content, 'services'>): LongService[] {
  return content.services.flatMap((service, index) => {
    if (service.description === undefined || servicesFit([service])) return [];
    const fits = Math.floor(descriptionRoom(service.title).chars / 50) * 50;
    return [{ index, length: [...service.description].length, fits }];
  });
}
