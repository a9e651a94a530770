import { HostError } from '../../core/host-api/contract';
import { checkUrl } from '../../core/text/url-allowlist';

/** Hands an http, https or mailto link to the system; anything else is refused with the reason. */
export async function openExternalLink(url: string, openExternal: (url: string) => Promise<void>): Promise<{ opened: boolean }> {
  const check = checkUrl(url);
  if (!check.ok) throw new HostError('invalid-arguments', check.reason);
  await openExternal(check.url);
  return { opened: true };
}
