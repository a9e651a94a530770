import path from 'node:path';

export interface DataFolders {
  draftsFolder: string;
  stateFolder: string;
}

/**
 * Drafts live where people keep documents, app state in the per-user app folder. COPYDESK_DATA_DIR
 * puts both under one folder (`drafts/`, `state/`), for tests and portable setups.
 */
export function resolveDataFolders(options: { dataDirOverride: string | undefined; documents: string; userData: string }): DataFolders {
  if (options.dataDirOverride) {
    const root = path.resolve(options.dataDirOverride);
    return { draftsFolder: path.join(root, 'drafts'), stateFolder: path.join(root, 'state') };
  }
  return { draftsFolder: path.join(options.documents, 'Copydesk Drafts'), stateFolder: options.userData };
}
