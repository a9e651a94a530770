import { host } from '../host';
import { useArticleStore } from '../store/article-store';

/**
 * Shows, once per start, the host's notice that the settings file was unreadable and reset (the bad
 * file is kept). Added to an alert already on screen rather than hiding it.
 */
export async function showSettingsNotice(): Promise<void> {
  try {
    const { notice } = await host.getSettings({});
    if (!notice) return;
    const { alert, showAlert } = useArticleStore.getState();
    showAlert(alert ? `${alert} ${notice}` : notice);
  } catch {
    // Nothing to show: the Settings dialog reports a host that cannot read the settings.
  }
}
