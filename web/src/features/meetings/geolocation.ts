/** Why the position could not be had (`meetings.geo.*`). */
export type GeoProblem = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

export class GeoError extends Error {
  constructor(readonly problem: GeoProblem) {
    super(problem);
  }
}

export interface Position {
  latitude: number;
  longitude: number;
  /** Metres, as the device estimates it. */
  accuracy: number;
}

/**
 * The device's position, once (`navigator.geolocation`; the browser asks the person first and
 * gives it only on https or localhost). Rejects with a GeoError saying why not.
 */
export function currentPosition(timeoutMs = 15_000): Promise<Position> {
  return new Promise((resolve, reject) => {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geo) {
      reject(new GeoError('unsupported'));
      return;
    }
    geo.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy }),
      (e) => reject(new GeoError(e.code === 1 ? 'denied' : e.code === 3 ? 'timeout' : 'unavailable')),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    );
  });
}

export function geoProblem(e: unknown): GeoProblem {
  return e instanceof GeoError ? e.problem : 'unavailable';
}

export const GEO_PROBLEMS: GeoProblem[] = ['unsupported', 'denied', 'unavailable', 'timeout'];
