import type { HostDialogs } from '../../electron/main/host-handlers';

/**
 * Stands in for the system file pickers. A test queues the file the "user" will pick; when the queue
 * is empty the dialog behaves as if the user pressed Cancel.
 */
export class FakeDialogs implements HostDialogs {
  private readonly images: string[] = [];
  private readonly draftFiles: string[] = [];

  queueImage(file: string): void {
    this.images.push(file);
  }

  queueDraftFile(file: string): void {
    this.draftFiles.push(file);
  }

  async pickImageFile(): Promise<string | null> {
    return this.images.shift() ?? null;
  }

  async pickDraftFile(): Promise<string | null> {
    return this.draftFiles.shift() ?? null;
  }
}
