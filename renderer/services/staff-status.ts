/** Fetches GET /api/status for the staff view (over http:// or kiosk://, like the payload). */
import type { StaffStatus } from '../../core/api';

/** The status, or throws on a network or HTTP error. */
export async function fetchStaffStatus(signal?: AbortSignal): Promise<StaffStatus> {
  const response = await fetch(new URL('api/status', document.baseURI), {
    cache: 'no-store',
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`api/status: HTTP ${response.status}`);
  return (await response.json()) as StaffStatus;
}
