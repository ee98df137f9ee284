// What a render costs: the template's base price scaled by quality, resolution, frame rate and
// length. Preview renders (low quality, HD) and free templates cost nothing.
import type { PriceType, RenderQuality, RenderResolution } from '../../../prisma/generated/client/enums.ts';
import { AppError, ErrorCode, badInput } from '../../kit/errors.ts';

const QUALITY: Record<RenderQuality, number> = { Low: 0.6, Medium: 0.8, High: 1, Full: 1.3, Lossless: 1.6 };
const RESOLUTION: Record<RenderResolution, number> = { HD: 1, FullHD: 1.25, TwoK: 1.6, FourK: 2.2 };
/** The base price covers this many seconds; longer videos cost proportionally more. */
const BASE_SECONDS = 30;

export interface PriceRequest {
  basePriceMinor: bigint;
  quality: RenderQuality;
  resolution: RenderResolution;
  frameRate: number;
  durationSec: number;
  priceType: PriceType;
}

/** Output sizes of each resolution (16:9; other aspect ratios keep the long side). */
export const RESOLUTION_LONG_SIDE: Record<RenderResolution, number> = { HD: 1280, FullHD: 1920, TwoK: 2560, FourK: 3840 };

export function priceOf(request: PriceRequest): bigint {
  switch (request.priceType) {
    case 'Preview':
      if (request.quality !== 'Low' || request.resolution !== 'HD') throw badInput('A preview renders at Low quality and HD resolution.', 'priceType');
      return 0n;
    case 'Free':
      if (request.basePriceMinor !== 0n) throw badInput('This template is not free: use priceType Cash.', 'priceType');
      return 0n;
    case 'Cash': {
      const factor = QUALITY[request.quality] * RESOLUTION[request.resolution] * (request.frameRate >= 50 ? 1.5 : 1) * Math.max(1, request.durationSec / BASE_SECONDS);
      // Whole minor units, rounded up to a multiple of 100 so prices read cleanly.
      return ((BigInt(Math.ceil(Number(request.basePriceMinor) * factor)) + 99n) / 100n) * 100n;
    }
    case 'Plan':
      // Paid by the subscription: identity counts it against the plan's included renders (submit).
      return 0n;
    default:
      // Reseller billing comes with tenant wallets.
      throw new AppError(ErrorCode.NOT_IMPLEMENTED, `priceType ${request.priceType} is not available yet: use Cash, Free or Preview.`);
  }
}
