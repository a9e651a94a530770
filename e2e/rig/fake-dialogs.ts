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

  private readonly portableFiles: string[] = [];
  private readonly copyDestinations: string[] = [];

  queuePortableDraftFile(file: string): void {
    this.portableFiles.push(file);
  }

  queueCopyDestination(file: string): void {
    this.copyDestinations.push(file);
  }

  async pickPortableDraftFile(): Promise<string | null> {
    return this.portableFiles.shift() ?? null;
  }

  async chooseCopyDestination(): Promise<string | null> {
    return this.copyDestinations.shift() ?? null;
  }

  private readonly handoffDestinations: string[] = [];
  /** Directions of the hand-offs whose save dialog was shown, in order. */
  readonly handoffsAsked: string[] = [];

  /** Where the user will save the next Send for review / Return to reporter file. */
  queueHandoffDestination(file: string): void {
    this.handoffDestinations.push(file);
  }

  async chooseHandoffDestination(_suggestedName: string, direction: string): Promise<string | null> {
    this.handoffsAsked.push(direction);
    return this.handoffDestinations.shift() ?? null;
  }

  private readonly draftsFolders: string[] = [];

  queueDraftsFolder(folder: string): void {
    this.draftsFolders.push(folder);
  }

  async pickDraftsFolder(): Promise<string | null> {
    return this.draftsFolders.shift() ?? null;
  }

  private readonly exportDestinations: string[] = [];
  /** Names the save dialog suggested for exports, in order. */
  readonly suggestedExportNames: string[] = [];

  queueExportDestination(file: string): void {
    this.exportDestinations.push(file);
  }

  async chooseExportDestination(suggestedName: string): Promise<string | null> {
    this.suggestedExportNames.push(suggestedName);
    return this.exportDestinations.shift() ?? null;
  }

  private readonly importFiles: string[] = [];

  /** The file the user will pick in Import…. */
  queueImportFile(file: string): void {
    this.importFiles.push(file);
  }

  async pickImportFile(): Promise<string | null> {
    return this.importFiles.shift() ?? null;
  }

  private readonly houseStyleFiles: string[] = [];
  private readonly houseStyleDestinations: string[] = [];

  /** The style file the user will pick in Settings ▸ House style ▸ Import…. */
  queueHouseStyleFile(file: string): void {
    this.houseStyleFiles.push(file);
  }

  /** Where the user will save Settings ▸ House style ▸ Export…. */
  queueHouseStyleDestination(file: string): void {
    this.houseStyleDestinations.push(file);
  }

  async pickHouseStyleFile(): Promise<string | null> {
    return this.houseStyleFiles.shift() ?? null;
  }

  async chooseHouseStyleDestination(): Promise<string | null> {
    return this.houseStyleDestinations.shift() ?? null;
  }
}
